#include "config/configlinter.h"

#include "config/configdocument.h"
#include "config/yamlscalar.h"
#include "route/awsfacts.h"
#include "route/routeparser.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace brc::config {

using route::Severity;

namespace {

int editDistance(QStringView a, QStringView b)
{
    // Damerau-Levenshtein (optimal string alignment), case-insensitive.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i) {
        d[size_t(i)][0] = int(i);
    }
    for (qsizetype j = 0; j <= m; ++j) {
        d[0][size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            int best = std::min({ d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                d[size_t(i - 1)][size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[i - 1].toLower() == b[j - 2].toLower()
                && a[i - 2].toLower() == b[j - 1].toLower()) {
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            }
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

/// The closest candidate within a distance that grows with the length, or empty.
QString closest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max(1, std::min(3, int(word.size()) / 4));
    bestDistance += 1;
    for (const QString &candidate : candidates) {
        if (std::abs(int(candidate.size()) - int(word.size())) >= bestDistance) {
            continue;
        }
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

/// Keys whose value is a secret, and the environment variable LiteLLM itself falls back to.
QString secretEnvName(const QString &key)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("aws_access_key_id"), QStringLiteral("AWS_ACCESS_KEY_ID") },
        { QStringLiteral("aws_secret_access_key"), QStringLiteral("AWS_SECRET_ACCESS_KEY") },
        { QStringLiteral("aws_session_token"), QStringLiteral("AWS_SESSION_TOKEN") },
        { QStringLiteral("aws_web_identity_token"), QStringLiteral("AWS_WEB_IDENTITY_TOKEN") },
        { QStringLiteral("api_key"), QStringLiteral("API_KEY") },
        { QStringLiteral("master_key"), QStringLiteral("LITELLM_MASTER_KEY") },
        { QStringLiteral("redis_password"), QStringLiteral("REDIS_PASSWORD") },
        { QStringLiteral("s3_access_key_id"), QStringLiteral("S3_ACCESS_KEY_ID") },
        { QStringLiteral("s3_secret_access_key"), QStringLiteral("S3_SECRET_ACCESS_KEY") },
        { QStringLiteral("database_url"), QStringLiteral("DATABASE_URL") },
    };
    return names.value(key);
}

QString upperSnake(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        out += c.isLetterOrNumber() && c.unicode() < 128 ? c.toUpper() : QLatin1Char('_');
    }
    while (out.contains(QLatin1String("__"))) {
        out.replace(QLatin1String("__"), QLatin1String("_"));
    }
    while (out.startsWith(QLatin1Char('_'))) {
        out.remove(0, 1);
    }
    while (out.endsWith(QLatin1Char('_'))) {
        out.chop(1);
    }
    return out;
}

ConfigDiagnostic at(const ConfigValue &value, const QString &code, Severity severity, const QString &message)
{
    ConfigDiagnostic d;
    d.code = code;
    d.severity = severity;
    d.message = message;
    d.line = value.line;
    d.column = value.column;
    d.path = value.path;
    return d;
}

void setFix(ConfigDiagnostic &d, const Result<TextEdit> &edit, const QString &description)
{
    if (edit) {
        d.hasFix = true;
        d.fix = *edit;
        d.fixDescription = description;
    }
}

/// An error about a scalar value, with "did you mean" and a fix when there is a suggestion.
ConfigDiagnostic suggesting(const ConfigDocument &document, const ConfigValue &value, const QString &code,
    const QString &message, const QString &suggestion)
{
    ConfigDiagnostic d = at(value, code, Severity::Error,
        suggestion.isEmpty() ? message : message + QStringLiteral("; did you mean %1?").arg(suggestion));
    if (!suggestion.isEmpty()) {
        setFix(d, document.scalarEdit(value.node, suggestion), QStringLiteral("use %1").arg(suggestion));
    }
    return d;
}

/// Whether a deployment goes to Bedrock, or plainly means to: `bedrock/...`, a Bedrock model id
/// or ARN without the prefix, or AWS parameters. `gpt-4o`, `openai/...`, `vertex_ai/...` do not.
bool isMeantForBedrock(const Deployment &deployment)
{
    const QString model = deployment.model().trimmed().toLower();
    if (model.startsWith(QLatin1String("bedrock/"))) {
        return true;
    }
    if (deployment.param(u"custom_llm_provider").text.trimmed().toLower() == QLatin1String("bedrock")) {
        return true;
    }
    if (model.contains(QLatin1Char('/')) && !model.startsWith(QLatin1String("arn:"))) {
        return false; // another LiteLLM provider's prefix
    }
    for (const ConfigValue &param : deployment.litellmParams) {
        if (param.key.startsWith(QLatin1String("aws_"))) {
            return true;
        }
    }
    if (model.startsWith(QLatin1String("arn:"))) {
        return true;
    }
    const QStringList segments = model.split(QLatin1Char('.'));
    return segments.size() > 1
        && (route::AwsFacts::isVendor(segments[0])
            || (route::AwsFacts::isGeoPrefix(segments[0]) && route::AwsFacts::isVendor(segments[1])));
}

bool isStringValue(const ConfigDocument &document, const ConfigValue &value)
{
    if (!value.isScalar || value.isNull) {
        return false;
    }
    const YamlNode &node = document.tree().node(document.tree().resolved(value.node));
    return YamlScalar::type(node) == YamlScalar::Type::String;
}

} // namespace

const QStringList &ConfigLinter::knownParams()
{
    static const QStringList keys = {
        // Bedrock (LiteLLM's provider_create_fields.json and base_aws_llm.py)
        QStringLiteral("model"),
        QStringLiteral("aws_access_key_id"),
        QStringLiteral("aws_secret_access_key"),
        QStringLiteral("aws_session_token"),
        QStringLiteral("api_key"),
        QStringLiteral("aws_region_name"),
        QStringLiteral("aws_session_name"),
        QStringLiteral("aws_profile_name"),
        QStringLiteral("aws_role_name"),
        QStringLiteral("aws_web_identity_token"),
        QStringLiteral("aws_bedrock_runtime_endpoint"),
        QStringLiteral("aws_sts_endpoint"),
        QStringLiteral("aws_external_id"),
        QStringLiteral("aws_session_tags"),
        QStringLiteral("model_id"),
        QStringLiteral("aws_batch_role_arn"),
        QStringLiteral("s3_bucket_name"),
        QStringLiteral("s3_region_name"),
        QStringLiteral("s3_access_key_id"),
        QStringLiteral("s3_secret_access_key"),
        QStringLiteral("guardrailConfig"),
        QStringLiteral("performanceConfig"),
        QStringLiteral("requestMetadata"),
        QStringLiteral("serviceTier"),
        QStringLiteral("additionalModelRequestFields"),
        // LiteLLM router and completion parameters
        QStringLiteral("api_base"),
        QStringLiteral("api_version"),
        QStringLiteral("litellm_credential_name"),
        QStringLiteral("rpm"),
        QStringLiteral("tpm"),
        QStringLiteral("timeout"),
        QStringLiteral("stream_timeout"),
        QStringLiteral("max_tokens"),
        QStringLiteral("max_completion_tokens"),
        QStringLiteral("max_new_tokens"),
        QStringLiteral("temperature"),
        QStringLiteral("top_p"),
        QStringLiteral("top_k"),
        QStringLiteral("stop"),
        QStringLiteral("seed"),
        QStringLiteral("n"),
        QStringLiteral("presence_penalty"),
        QStringLiteral("frequency_penalty"),
        QStringLiteral("response_format"),
        QStringLiteral("reasoning_effort"),
        QStringLiteral("thinking"),
        QStringLiteral("max_retries"),
        QStringLiteral("num_retries"),
        QStringLiteral("drop_params"),
        QStringLiteral("additional_drop_params"),
        QStringLiteral("extra_headers"),
        QStringLiteral("headers"),
        QStringLiteral("tags"),
        QStringLiteral("weight"),
        QStringLiteral("order"),
        QStringLiteral("region_name"),
        QStringLiteral("custom_llm_provider"),
        QStringLiteral("organization"),
        QStringLiteral("input_cost_per_token"),
        QStringLiteral("output_cost_per_token"),
        QStringLiteral("input_cost_per_second"),
        QStringLiteral("output_cost_per_second"),
        QStringLiteral("cache_control_injection_points"),
        QStringLiteral("merge_reasoning_content_in_choices"),
        QStringLiteral("use_in_pass_through"),
        QStringLiteral("use_litellm_proxy"),
        QStringLiteral("mock_response"),
        QStringLiteral("mock_timeout"),
        QStringLiteral("user_continue_message"),
        QStringLiteral("budget_duration"),
        QStringLiteral("max_budget"),
        QStringLiteral("configurable_clientside_auth_params"),
        QStringLiteral("realtime_protocol"),
        QStringLiteral("tenant_id"),
        QStringLiteral("client_id"),
        QStringLiteral("client_secret"),
        QStringLiteral("azure_ad_token"),
        QStringLiteral("vertex_project"),
        QStringLiteral("vertex_location"),
        QStringLiteral("vertex_credentials"),
        QStringLiteral("vertex_ai_project"),
        QStringLiteral("vertex_ai_location"),
        QStringLiteral("auto_router_config"),
        QStringLiteral("auto_router_default_model"),
        QStringLiteral("auto_router_embedding_model"),
        QStringLiteral("auto_router_config_path"),
        QStringLiteral("base_model"),
    };
    return keys;
}

ConfigLinter::ConfigLinter()
    : m_routes(std::make_unique<route::RouteParser>())
{
}

ConfigLinter::~ConfigLinter() = default;

void ConfigLinter::lintRoutes(const ConfigDocument &document, QList<ConfigDiagnostic> &out) const
{
    const YamlTree &tree = document.tree();
    QHash<QString, route::ParsedRoute> cache;
    for (const Deployment &deployment : document.deployments()) {
        const ConfigValue model = deployment.param(u"model");
        if (!model.isScalar || model.isNull || !isMeantForBedrock(deployment)) {
            continue;
        }
        const route::RouteContext context = deployment.routeContext();
        const QString key = model.text + QChar(0x1f) + context.region + QChar(0x1f) + context.runtimeEndpoint
            + QChar(0x1f) + context.apiBase + QChar(0x1f) + context.modelIdOverride;
        auto found = cache.constFind(key);
        if (found == cache.constEnd()) {
            found = cache.insert(key, m_routes->parse(model.text, context));
        }
        const route::ParsedRoute &parsed = *found;
        if (parsed.litellm.otherProvider) {
            continue; // another LiteLLM provider: not ours to judge
        }
        const YamlNode &node = tree.node(model.node);
        // Columns inside the string are exact when the written text is the value itself.
        int offset = -1;
        if (node.isScalar() && node.style != YamlScalarStyle::Literal && node.style != YamlScalarStyle::Folded) {
            const qsizetype quote = node.style == YamlScalarStyle::Plain ? 0 : 1;
            const QByteArray written
                = tree.source().mid(node.valueStart + quote, node.end - node.valueStart - 2 * quote);
            if (written == node.value) {
                offset = int(quote);
            }
        }
        for (const route::Diagnostic &finding : parsed.diagnostics) {
            if (finding.code == QLatin1String(route::codes::InvalidRegion) && !context.region.isEmpty()) {
                continue; // config.invalid-region reports it at the aws_region_name value, with a fix
            }
            ConfigDiagnostic d = at(model, QStringLiteral("route.") + finding.code, finding.severity, finding.message);
            if (offset >= 0 && model.text.size() > 0) {
                const int start = std::clamp(finding.span.start, 0, int(model.text.size()));
                d.column = model.column + offset + int(QStringView(model.text).left(start).size());
            }
            if (finding.hasFix() && node.isScalar()) {
                setFix(d, document.scalarEdit(model.node, finding.fix), QStringLiteral("model: %1").arg(finding.fix));
            }
            out.append(d);
        }
    }
}

QList<ConfigDiagnostic> ConfigLinter::lint(const ConfigDocument &document, const LintOptions &options) const
{
    QList<ConfigDiagnostic> out;
    const QList<Deployment> &deployments = document.deployments();

    lintRoutes(document, out);

    // Duplicate model_info.id.
    QHash<QString, const Deployment *> ids;
    for (const Deployment &deployment : deployments) {
        const ConfigValue id = deployment.info(u"id");
        if (!id.isScalar || id.isNull) {
            continue;
        }
        if (const Deployment *first = ids.value(id.text)) {
            out.append(at(id, QStringLiteral("config.duplicate-model-id"), Severity::Error,
                QStringLiteral("model_info.id \"%1\" is also the id of model_list[%2] (line %3); LiteLLM "
                               "keeps only one of them")
                    .arg(id.text)
                    .arg(first->index)
                    .arg(first->info(u"id").line)));
        } else {
            ids.insert(id.text, &deployment);
        }
    }

    // Load-balanced groups that disagree on route or region.
    QHash<QString, QList<const Deployment *>> groups;
    QStringList groupOrder;
    for (const Deployment &deployment : deployments) {
        if (!deployment.modelName.isScalar || deployment.modelName.text.isEmpty()) {
            continue;
        }
        auto &group = groups[deployment.modelName.text];
        if (group.isEmpty()) {
            groupOrder.append(deployment.modelName.text);
        }
        group.append(&deployment);
    }
    QHash<QString, QString> routeOf;
    for (const QString &name : std::as_const(groupOrder)) {
        const auto &group = groups[name];
        if (group.size() < 2) {
            continue;
        }
        QMap<QString, QStringList> byRoute;
        QMap<QString, QStringList> byRegion;
        for (const Deployment *deployment : group) {
            const QString model = deployment->model();
            if (!model.startsWith(QLatin1String("bedrock/"))) {
                continue;
            }
            auto cached = routeOf.constFind(model);
            if (cached == routeOf.constEnd()) {
                cached = routeOf.insert(model, route::routeName(m_routes->parse(model).litellm.route));
            }
            const QString where = QStringLiteral("[%1]").arg(deployment->index);
            byRoute[cached->isEmpty() ? QStringLiteral("rejected") : *cached].append(where);
            const ConfigValue region = deployment->param(u"aws_region_name");
            byRegion[region.isScalar && !region.text.isEmpty() ? region.text : QStringLiteral("(not set)")].append(
                where);
        }
        auto describe = [](const QMap<QString, QStringList> &map) {
            QStringList parts;
            for (auto it = map.begin(); it != map.end(); ++it) {
                parts.append(QStringLiteral("%1 (model_list%2)").arg(it.key(), it.value().join(QLatin1Char(','))));
            }
            return parts.join(QStringLiteral(", "));
        };
        if (byRoute.size() > 1) {
            out.append(at(group.first()->modelName, QStringLiteral("config.group-route-mismatch"), Severity::Warning,
                QStringLiteral("deployments of \"%1\" are load-balanced but use different LiteLLM routes: %2; "
                               "requests will behave differently depending on which one is picked")
                    .arg(name, describe(byRoute))));
        }
        if (byRegion.size() > 1) {
            out.append(at(group.first()->modelName, QStringLiteral("config.group-region-mismatch"), Severity::Info,
                QStringLiteral("deployments of \"%1\" are spread over regions: %2").arg(name, describe(byRegion))));
        }
    }

    // Literal secrets.
    QHash<QString, QString> envNameOfValue; // in memory only: which reference a value was given
    QSet<QString> usedEnvNames;
    for (const ConfigValue &reference : document.environmentReferences()) {
        usedEnvNames.insert(reference.envName());
    }
    auto checkSecret = [&](const ConfigValue &value, const QString &scope) {
        const QString base = secretEnvName(value.key);
        if (base.isEmpty() || !isStringValue(document, value) || value.isEnvReference()
            || value.text.trimmed().isEmpty()) {
            return;
        }
        QString name = envNameOfValue.value(value.key + QChar(0x1f) + value.text);
        if (name.isEmpty()) {
            name = value.key == QLatin1String("api_key") && !scope.isEmpty()
                ? upperSnake(scope) + QStringLiteral("_API_KEY")
                : base;
            const QString stem = name;
            for (int i = 2; usedEnvNames.contains(name); ++i) {
                name = stem + QStringLiteral("_%1").arg(i);
            }
            usedEnvNames.insert(name);
            envNameOfValue.insert(value.key + QChar(0x1f) + value.text, name);
        }
        ConfigDiagnostic d = at(value, QStringLiteral("config.literal-secret"), Severity::Error,
            QStringLiteral("%1 is written in the file; keep the secret out of the config and reference "
                           "it as os.environ/%2")
                .arg(value.key, name));
        if (value.node == document.tree().resolved(value.node)) {
            setFix(d, document.scalarEdit(value.node, QStringLiteral("os.environ/") + name),
                QStringLiteral("replace the value by os.environ/%1 (after storing the secret)").arg(name));
            d.movesSecret = true;
        }
        out.append(d);
    };
    for (const Deployment &deployment : deployments) {
        for (const ConfigValue &value : deployment.litellmParams) {
            checkSecret(value, deployment.modelName.text);
        }
    }
    for (const char *section : { "general_settings", "router_settings", "litellm_settings" }) {
        for (const ConfigValue &value : document.sectionEntries(section)) {
            checkSecret(value, QString());
        }
    }
    const int credentials = document.tree().resolved(document.section("credential_list"));
    if (credentials >= 0 && document.tree().node(credentials).isSequence()) {
        for (int item : document.tree().node(credentials).children) {
            const int values = document.tree().resolved(
                document.tree().valueOf(document.tree().resolved(item), "credential_values"));
            if (values < 0 || !document.tree().node(values).isMapping()) {
                continue;
            }
            const auto &children = document.tree().node(values).children;
            for (size_t i = 0; i + 1 < children.size(); i += 2) {
                ConfigValue value;
                const YamlNode &k = document.tree().node(children[i]);
                const YamlNode &v = document.tree().node(document.tree().resolved(children[i + 1]));
                value.key = QString::fromUtf8(k.value);
                value.node = children[i + 1];
                value.keyNode = children[i];
                value.isScalar = v.isScalar();
                value.isNull = v.isScalar() && YamlScalar::type(v) == YamlScalar::Type::Null;
                value.text = QString::fromUtf8(v.value);
                value.line = document.tree().node(children[i + 1]).line;
                value.column = document.tree().node(children[i + 1]).column;
                value.path = document.pathOf(children[i + 1]);
                checkSecret(value, QString());
            }
        }
    }

    // os.environ/ names the environment lacks.
    if (options.environment) {
        QSet<QString> defined = *options.environment;
        for (const ConfigValue &value : document.sectionEntries("environment_variables")) {
            defined.insert(value.key);
        }
        const QString source
            = options.environmentSource.isEmpty() ? QStringLiteral("the environment") : options.environmentSource;
        for (const ConfigValue &reference : document.environmentReferences()) {
            if (!defined.contains(reference.envName())) {
                out.append(at(reference, QStringLiteral("config.env-unset"), Severity::Error,
                    QStringLiteral("%1 is not set in %2; LiteLLM would read it as empty")
                        .arg(reference.envName(), source)));
            }
        }
    }

    // Unknown litellm_params keys, credentials and regions.
    const QStringList credentialNames = document.credentialNames();
    const QStringList &known = knownParams();
    const QSet<QString> knownSet(known.begin(), known.end());
    for (const Deployment &deployment : deployments) {
        for (const ConfigValue &value : deployment.litellmParams) {
            if (!knownSet.contains(value.key)) {
                const QString suggestion = closest(value.key, known);
                ConfigDiagnostic d = at(value, QStringLiteral("config.unknown-param"),
                    suggestion.isEmpty() ? Severity::Info : Severity::Warning,
                    suggestion.isEmpty()
                        ? QStringLiteral("litellm_params.%1 is not a parameter LiteLLM knows for "
                                         "Bedrock; it is passed to the provider as is")
                              .arg(value.key)
                        : QStringLiteral("litellm_params.%1 is not a known parameter; did you mean %2?")
                              .arg(value.key, suggestion));
                const YamlNode &keyNode = document.tree().node(value.keyNode);
                d.line = keyNode.line;
                d.column = keyNode.column;
                if (!suggestion.isEmpty() && !deployment.param(suggestion).isPresent()) {
                    setFix(d, document.renameKeyEdit(value.keyNode, suggestion),
                        QStringLiteral("rename to %1").arg(suggestion));
                }
                out.append(d);
            }
            if (value.key == QLatin1String("litellm_credential_name") && value.isScalar && !value.isNull
                && !credentialNames.contains(value.text)) {
                out.append(suggesting(document, value, QStringLiteral("config.unknown-credential"),
                    QStringLiteral("credential \"%1\" is not in credential_list").arg(value.text),
                    closest(value.text, credentialNames)));
            }
            if (value.key == QLatin1String("aws_region_name") && value.isScalar && !value.isNull
                && !value.isEnvReference() && !route::AwsFacts::isRegion(value.text)) {
                const QString suggestion = route::AwsFacts::isRegion(value.text.trimmed().toLower())
                    ? value.text.trimmed().toLower()
                    : closest(value.text, route::AwsFacts::regions());
                out.append(suggesting(document, value, QStringLiteral("config.invalid-region"),
                    QStringLiteral("\"%1\" is not an AWS region").arg(value.text), suggestion));
            }
        }
    }

    std::stable_sort(out.begin(), out.end(), [](const ConfigDiagnostic &a, const ConfigDiagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

QList<TextEdit> ConfigLinter::applicableFixes(const QList<ConfigDiagnostic> &diagnostics, bool includeSecretMoves)
{
    QList<TextEdit> edits;
    for (const ConfigDiagnostic &d : diagnostics) {
        if (!d.hasFix || (d.movesSecret && !includeSecretMoves) || edits.contains(d.fix)) {
            continue;
        }
        const bool overlaps = std::any_of(edits.begin(), edits.end(), [&](const TextEdit &e) {
            return (d.fix.start < e.end && e.start < d.fix.end)
                || (d.fix.start == e.start && (d.fix.start == d.fix.end || e.start == e.end));
        });
        if (!overlaps) {
            edits.append(d.fix);
        }
    }
    return edits;
}

} // namespace brc::config
