#include "aws/awsenvironment.h"
#include "commands.h"
#include "common/jsonwriter.h"
#include "output.h"
#include "route/litellmprofile.h"
#include "route/modelcatalog.h"
#include "route/routejson.h"
#include "route/routeparser.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <cstdio>
#include <cstdlib>

namespace brc::cli {

namespace {

using namespace brc::route;

QString orDash(const std::optional<QString> &value)
{
    return value ? (value->isEmpty() ? QStringLiteral("\"\"") : *value) : QStringLiteral("-");
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("-") : value;
}

void line(QString &out, const char *label, const QString &value)
{
    out += QStringLiteral("    %1 %2\n").arg(QLatin1String(label), -18).arg(value);
}

QString readable(const ParsedRoute &r)
{
    QString out;
    out += r.input + QLatin1Char('\n');
    const LiteLlmView &l = r.litellm;
    out += QStringLiteral("  LiteLLM %1\n").arg(l.version);
    if (l.otherProvider) {
        line(out, "provider", *l.otherProvider + QStringLiteral(" (not Bedrock)"));
    } else {
        line(out, "route",
            l.accepted() ? routeName(l.route) + QStringLiteral(" (") + l.configClass + QLatin1Char(')')
                         : QStringLiteral("rejected before routing"));
        line(out, "invoke provider",
            l.accepted() ? l.invokeProvider.value_or(QStringLiteral("None")) : QStringLiteral("-"));
        line(out, "model id sent", orDash(l.modelId));
        line(out, "path segment", orDash(l.pathModelId));
        line(out, "base model", orDash(l.baseModel));
        line(out, "region",
            l.region.isEmpty() ? QStringLiteral("-")
                               : l.region + QStringLiteral(" (") + regionSourceName(l.regionSource) + QLatin1Char(')'));
        line(out, "url", orDash(l.url()));
        line(out, "stream url", orDash(l.streamUrl()));
        line(out, "error", orDash(l.error));
    }
    const AwsView &a = r.aws;
    out += QStringLiteral("  AWS\n");
    line(out, "model id", orDash(a.modelId));
    if (a.arn) {
        line(out, "arn",
            QStringLiteral("%1 in %2, account %3, partition %4 (%5)")
                .arg(a.arn->resourceType, orDash(a.arn->region), orDash(a.arn->account), a.arn->partition,
                    a.arn->resourceId));
    }
    line(out, "geo prefix",
        orDash(a.geoPrefix.isEmpty() && !a.unknownPrefix.isEmpty() ? a.unknownPrefix + QStringLiteral(" (unknown)")
                                                                   : a.geoPrefix));
    line(out, "provider", orDash(a.provider));
    line(out, "model", orDash(a.family));
    line(out, "version", orDash(a.version));
    if (!a.suffix.isEmpty()) {
        line(out, "suffix", a.suffix);
    }
    line(out, "region", a.region + QStringLiteral(" (") + a.regionReason + QLatin1Char(')'));
    line(out, "converse", orDash(a.url(BedrockOperation::Converse)));
    line(out, "converse stream", orDash(a.url(BedrockOperation::ConverseStream)));
    line(out, "invoke", orDash(a.url(BedrockOperation::Invoke)));
    line(out, "invoke stream", orDash(a.url(BedrockOperation::InvokeStream)));
    if (a.facts) {
        line(out, "context window",
            a.facts->maxInputTokens > 0 ? QString::number(a.facts->maxInputTokens) : QStringLiteral("-"));
        line(out, "max output tokens",
            a.facts->maxOutputTokens > 0 ? QString::number(a.facts->maxOutputTokens) : QStringLiteral("-"));
    }
    if (a.needsInferenceProfile) {
        line(out, "inference profile", QStringLiteral("required (no on-demand throughput)"));
    }
    if (r.diagnostics.isEmpty()) {
        out += QStringLiteral("  no problems found\n");
    } else {
        out += QStringLiteral("  diagnostics\n");
        for (const Diagnostic &d : r.diagnostics) {
            out += QStringLiteral("    %1 %2 [%3,%4): %5\n")
                       .arg(severityName(d.severity), -7)
                       .arg(d.code)
                       .arg(d.span.start)
                       .arg(d.span.end)
                       .arg(d.message);
            if (d.hasFix()) {
                out += QStringLiteral("            fix: ") + d.fix + QLatin1Char('\n');
            }
        }
    }
    return out;
}

struct Emitter
{
    const RouteParser &parser;
    const RouteContext &context;
    bool json;
    JsonWriter writer;
    bool first = true;

    void emit(const QString &input)
    {
        const ParsedRoute route = parser.parse(input, context);
        if (json) {
            writer.clear();
            writeJson(writer, route);
            writeOut(writer.data());
            writeOut(QByteArrayView("\n", 1));
        } else {
            if (!first) {
                writeOut(QByteArrayView("\n", 1));
            }
            writeOut(readable(route));
        }
        first = false;
    }
};

} // namespace

int runParse(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser options;
    options.setApplicationDescription(QStringLiteral(
        "Break Bedrock model strings down two ways: exactly as LiteLLM reads them, and as AWS expects them,\n"
        "with diagnostics where the two part. MODEL may be '-' to read one string per line from standard input.\n\n"
        "Without --region/--endpoint the environment is read as LiteLLM does: AWS_REGION_NAME, AWS_REGION,\n"
        "AWS_BEDROCK_RUNTIME_ENDPOINT, then AWS_DEFAULT_REGION and the AWS config file (AWS_CONFIG_FILE,\n"
        "AWS_PROFILE). Exit status: 0 when every input was parsed (LiteLLM's errors are results), 2 on bad usage."));
    options.addHelpOption();
    QStringList versions;
    for (const LiteLlmProfile &profile : LiteLlmProfile::all()) {
        versions << profile.shortName;
    }
    options.addOption({ QStringLiteral("litellm"),
        QStringLiteral("LiteLLM version to reproduce: %1 (default %2).")
            .arg(versions.join(QStringLiteral(", ")), LiteLlmProfile::latest().shortName),
        QStringLiteral("version") });
    options.addOption({ QStringLiteral("region"), QStringLiteral("LiteLLM's aws_region_name."), QStringLiteral("R") });
    options.addOption({ QStringLiteral("endpoint"), QStringLiteral("LiteLLM's aws_bedrock_runtime_endpoint."),
        QStringLiteral("URL") });
    options.addOption({ QStringLiteral("api-base"), QStringLiteral("LiteLLM's api_base."), QStringLiteral("URL") });
    options.addOption({ QStringLiteral("model-id"), QStringLiteral("LiteLLM's model_id (replaces the id in the path)."),
        QStringLiteral("ID") });
    options.addOption({ QStringLiteral("fips"), QStringLiteral("AWS view: use the FIPS runtime endpoint.") });
    options.addOption({ QStringLiteral("json"), QStringLiteral("One JSON object per input, one per line.") });
    options.addPositionalArgument(
        QStringLiteral("MODEL"), QStringLiteral("Model strings, or - for standard input."), QStringLiteral("MODEL..."));
    if (!options.parse(arguments)) {
        return usageError(command, options.errorText());
    }
    if (options.isSet(QStringLiteral("help"))) {
        writeHelp(options, command);
        return 0;
    }
    const QStringList models = options.positionalArguments();
    if (models.isEmpty()) {
        return usageError(command, QStringLiteral("no MODEL given"));
    }
    const LiteLlmProfile *profile = LiteLlmProfile::latest().version.isEmpty() ? nullptr : &LiteLlmProfile::latest();
    if (options.isSet(QStringLiteral("litellm"))) {
        profile = LiteLlmProfile::find(options.value(QStringLiteral("litellm")));
        if (!profile) {
            return usageError(command,
                QStringLiteral("unknown LiteLLM version '%1' (known: %2)")
                    .arg(options.value(QStringLiteral("litellm")), versions.join(QStringLiteral(", "))));
        }
    }

    RouteContext context;
    context.region = options.value(QStringLiteral("region"));
    context.runtimeEndpoint = options.value(QStringLiteral("endpoint"));
    context.apiBase = options.value(QStringLiteral("api-base"));
    context.modelIdOverride = options.value(QStringLiteral("model-id"));
    context.useFips = options.isSet(QStringLiteral("fips"));
    context.environment = aws::readRouteEnvironment(QProcessEnvironment::systemEnvironment());

    const RouteParser parser(*profile, ModelCatalog::builtin());
    Emitter emitter { parser, context, options.isSet(QStringLiteral("json")), {} };
    for (const QString &model : models) {
        if (model != QLatin1String("-")) {
            emitter.emit(model);
            continue;
        }
        char *buffer = nullptr;
        size_t capacity = 0;
        ssize_t length;
        while ((length = ::getline(&buffer, &capacity, stdin)) >= 0) {
            qsizetype n = qsizetype(length);
            if (n > 0 && buffer[n - 1] == '\n') {
                --n;
                if (n > 0 && buffer[n - 1] == '\r') {
                    --n;
                }
            }
            emitter.emit(QString::fromUtf8(buffer, n));
        }
        std::free(buffer);
    }
    return 0;
}

} // namespace brc::cli
