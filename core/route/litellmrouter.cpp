#include "litellmrouter.h"

#include "awsfacts.h"
#include "modelcatalog.h"
#include "textsearch.h"
#include "urlencoding.h"

#include <string>

namespace brc::route {

namespace {

const QString s_bedrockPrefix = QStringLiteral("bedrock/");
const QString s_invokeMarker = QStringLiteral("invoke/");
const QString s_converseMarker = QStringLiteral("converse/");
const QString s_converseLikeMarker = QStringLiteral("converse_like/");
const QString s_openaiMarker = QStringLiteral("openai/");
const QString s_agentMarker = QStringLiteral("agent/");
const QString s_agentCoreMarker = QStringLiteral("agentcore/");
const QString s_bedrockArn = QStringLiteral("arn:aws:bedrock");
const QString s_defaultRegion = QStringLiteral("us-west-2");

QStringView beforeFirst(QStringView text, char16_t separator)
{
    const qsizetype index = text::indexOf(text, separator);
    return index < 0 ? text : text.first(index);
}

/// Python's str.replace(marker, "") on a view.
QString removeAll(QStringView text, QStringView marker)
{
    qsizetype at = text::indexOf(text, marker);
    if (at < 0) {
        return text.toString();
    }
    QString result;
    result.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        result.append(text.mid(from, at - from));
        from = at + marker.size();
        at = text::indexOf(text, marker, from);
    }
    result.append(text.mid(from));
    return result;
}

/// ":N:Mk" at the end: the length of the ":Mk" part to drop, else 0.
qsizetype throughputSuffixLength(QStringView text)
{
    qsizetype i = text.size() - 1;
    if (i < 0 || text[i] != u'k') {
        return 0;
    }
    qsizetype digitsEnd = i;
    while (i > 0 && text[i - 1].isDigit() && text[i - 1].unicode() < 0x80) {
        --i;
    }
    if (i == digitsEnd || i == 0 || text[i - 1] != u':') {
        return 0;
    }
    const qsizetype suffixStart = i - 1;
    i = suffixStart;
    qsizetype versionDigits = 0;
    while (i > 0 && text[i - 1].isDigit() && text[i - 1].unicode() < 0x80) {
        --i;
        ++versionDigits;
    }
    if (versionDigits == 0 || i == 0 || text[i - 1] != u':') {
        return 0;
    }
    return text.size() - suffixStart;
}

} // namespace

/// get_runtime_endpoint's endpoint_url without its default: api_base, then
/// aws_bedrock_runtime_endpoint, then AWS_BEDROCK_RUNTIME_ENDPOINT; empty when none is set.
static const QString &endpointOverride(const RouteContext &context)
{
    return !context.apiBase.isEmpty()        ? context.apiBase
        : !context.runtimeEndpoint.isEmpty() ? context.runtimeEndpoint
                                             : context.environment.runtimeEndpoint;
}

QString defaultRuntimeEndpoint(QStringView region)
{
    // Known regions share one prebuilt string each; others are built.
    static const QStringList s_endpoints = [] {
        QStringList endpoints;
        for (const QString &r : AwsFacts::regions()) {
            endpoints.append(immortalString(
                QString(QLatin1String("https://bedrock-runtime.") + r + QLatin1String(".amazonaws.com"))));
        }
        return endpoints;
    }();
    if (const qsizetype known = AwsFacts::regionIndex(region); known >= 0) {
        return s_endpoints.at(known);
    }
    QString url;
    url.reserve(region.size() + 40);
    url.append(QLatin1String("https://bedrock-runtime."));
    url.append(region);
    url.append(QLatin1String(".amazonaws.com"));
    return url;
}

LiteLlmRouter::LiteLlmRouter(const LiteLlmProfile &profile, const ModelCatalog &catalog)
    : m_profile(profile)
    , m_catalog(catalog)
    , m_converse(profile.converseModels)
    , m_handlers(profile.invokeProvidersWithHandler)
    , m_encodedSpecs(profile.encodedSpecs)
    , m_crossRegion(profile.crossRegionPrefixes)
    , m_pathRegions(profile.pathRegions)
{
    const QString &pattern = m_profile.unknownProviderError;
    const qsizetype providerAt = pattern.indexOf(QLatin1String("%1"));
    const qsizetype modelAt = pattern.indexOf(QLatin1String("%2"));
    Q_ASSERT(providerAt >= 0 && modelAt > providerAt);
    m_errorParts[0] = pattern.first(providerAt);
    m_errorParts[1] = pattern.mid(providerAt + 2, modelAt - providerAt - 2);
    m_errorParts[2] = pattern.mid(modelAt + 2);
}

int LiteLlmRouter::modelOffset(const QString &input)
{
    return text::startsWith(input, s_bedrockPrefix) ? int(s_bedrockPrefix.size()) : 0;
}

std::optional<QStringView> LiteLlmRouter::baseModelView(QStringView model) const
{
    return baseModelView(model, true);
}

std::optional<QStringView> LiteLlmRouter::baseModelView(QStringView model, bool mayHoldArn) const
{
    QStringView text = model;
    for (const QString &prefix : m_profile.baseModelPrefixes) {
        if (text::startsWith(text, prefix)) {
            text = text.mid(prefix.size());
        }
    }
    if (m_profile.baseModelArnTail && mayHoldArn && text::containsInsensitive(text, QLatin1String("arn"))) {
        const qsizetype slash = text::lastIndexOf(text, u'/');
        if (slash >= 0) {
            text = text.mid(slash + 1);
        }
    }
    if (m_profile.baseModelThroughputSuffix) {
        text.chop(throughputSuffixLength(text));
    }
    const qsizetype dot = text::indexOf(text, u'.');
    const QStringView head = dot < 0 ? text : text.first(dot);
    if (m_crossRegion.contains(head)) {
        if (dot < 0) {
            if (m_profile.crashOnBarePrefix) {
                return std::nullopt;
            }
        } else {
            text = text.mid(dot + 1);
        }
    } else if (m_profile.baseModelRegionPath) {
        const qsizetype slash = text::indexOf(text, u'/');
        if (slash >= 0 && m_pathRegions.contains(text.first(slash))) {
            text = text.mid(slash + 1);
        }
    }
    return text;
}

std::optional<QString> LiteLlmRouter::baseModel(QStringView model) const
{
    const std::optional<QStringView> base = baseModelView(model);
    if (!base) {
        return std::nullopt;
    }
    // Most base models are in the converse list: share its string.
    return m_converse.intern(*base);
}

std::optional<QString> LiteLlmRouter::invokeProvider(QStringView model) const
{
    if (m_profile.providerRule == LiteLlmProfile::ProviderRule::FirstDotSegment) {
        if (!text::contains(model, s_invokeMarker)) {
            return m_handlers.intern(beforeFirst(model, u'.'));
        }
        const QString stripped = removeAll(model, s_invokeMarker);
        return m_handlers.intern(beforeFirst(stripped, u'.'));
    }
    if (const QString *literal = scanInvokeProvider(model)) {
        return *literal;
    }
    return std::nullopt;
}

const QString *LiteLlmRouter::scanInvokeProvider(QStringView model) const
{
    static const QString s_nova = QStringLiteral("nova");
    QStringView text = model;
    if (text::startsWith(text, s_invokeMarker)) {
        text = text.mid(s_invokeMarker.size());
    }
    if (m_profile.novaFirst && text::containsInsensitive(text, QLatin1String("nova"))) {
        return &s_nova;
    }
    // The index's copies: immortal, so a view that keeps one costs no reference count.
    const QStringList &literals = m_literals.strings();
    if (const qsizetype at = m_literals.indexOf(beforeFirst(text, u'.')); at >= 0) {
        return &literals.at(at);
    }
    if (const qsizetype at = m_literals.indexOf(beforeFirst(text, u'/')); at >= 0) {
        return &literals.at(at);
    }
    // The first literal in declared order found anywhere. Searched literal by literal: the common
    // providers come first in the list, so most strings stop after one or two searches.
    for (const QString &literal : literals) {
        if (text::contains(text, literal)) {
            return &literal;
        }
    }
    return nullptr;
}

qsizetype LiteLlmRouter::routeMarker(QStringView model, qsizetype *at) const
{
    // Every marker ends in "/", and model strings hold few: test the markers only where one ends.
    const auto &markers = m_profile.routeMarkers;
    const char16_t *h = model.utf16();
    qsizetype best = markers.size();
    for (qsizetype slash = text::indexOf(model, u'/'); slash >= 0; slash = text::indexOf(model, u'/', slash + 1)) {
        const qsizetype end = slash + 1;
        for (qsizetype m = 0; m < best; ++m) {
            const QString &marker = markers.at(m).first;
            const qsizetype length = marker.size();
            if (length <= end && h[end - length] == marker.front().unicode()
                && text::sameChars(h + end - length, reinterpret_cast<const char16_t *>(marker.constData()), length)) {
                best = m;
                if (at) {
                    *at = end - length;
                }
                break;
            }
        }
    }
    return best < markers.size() ? best : -1;
}

QString LiteLlmRouter::withoutMarker(
    QStringView model, QStringView marker, MarkerRemoval removal, qsizetype *catalogIndex) const
{
    if (catalogIndex) {
        *catalogIndex = -1;
    }
    // Most ids carry no marker, or one at the start; what is left is then one piece of the input,
    // and most often an id the catalog knows, whose stored copy the view shares.
    const qsizetype at = text::indexOf(model, marker);
    QStringView rest = model;
    if (at == 0 && (removal == MarkerRemoval::First || text::indexOf(model, marker, marker.size()) < 0)) {
        rest = model.mid(marker.size());
    } else if (at >= 0 && removal == MarkerRemoval::Every) {
        return removeAll(model, marker);
    } else if (at >= 0) {
        QString id = model.toString();
        id.remove(at, marker.size());
        return id;
    }
    const qsizetype known = m_catalog.idIndex(rest);
    if (catalogIndex) {
        *catalogIndex = known;
    }
    return known >= 0 ? m_catalog.ids().at(known) : rest.toString();
}

QString LiteLlmRouter::unknownProviderError(const std::optional<QString> &provider, QStringView model) const
{
    static const QString s_none = QStringLiteral("None");
    return unknownProviderError(provider ? QStringView(*provider) : QStringView(s_none), model);
}

QString LiteLlmRouter::unknownProviderError(QStringView name, QStringView model) const
{
    // The profile's "...%1...%2..." pattern, split once at construction: no pattern parsing here,
    // and the parts copied straight into one string of the final size.
    const QStringView parts[] = { m_errorParts[0], name, m_errorParts[1], model, m_errorParts[2] };
    qsizetype size = 0;
    for (QStringView part : parts) {
        size += part.size();
    }
    QString error(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(error.data());
    for (QStringView part : parts) {
        std::char_traits<char16_t>::copy(out, part.utf16(), size_t(part.size()));
        out += part.size();
    }
    return error;
}

LiteLlmRoute LiteLlmRouter::chooseRoute(QStringView model) const
{
    std::optional<QStringView> base;
    bool computed = false;
    return chooseRoute(model, base, computed);
}

LiteLlmRoute LiteLlmRouter::chooseRoute(QStringView model, std::optional<QStringView> &base, bool &baseComputed,
    RouteMarkerMatch *marker, const QString **converseBase, bool mayHoldArn) const
{
    qsizetype at = -1;
    const qsizetype index = routeMarker(model, &at);
    if (marker) {
        marker->known = true;
        marker->index = index;
        marker->at = at;
    }
    if (index >= 0) {
        return m_profile.routeMarkers.at(index).second;
    }
    base = baseModelView(model, mayHoldArn);
    baseComputed = true;
    if (!base) {
        return LiteLlmRoute::Rejected;
    }
    // The stored converse-list string equal to the base model, handed back so that the caller
    // shares it without a second lookup.
    const QString *listed = m_converse.find(*base);
    if (converseBase) {
        *converseBase = listed;
    }
    if (listed) {
        return LiteLlmRoute::Converse;
    }
    if (m_profile.alternateMembership) {
        QStringView alternate = model;
        for (const QString &prefix : m_profile.baseModelPrefixes) {
            if (text::startsWith(alternate, prefix)) {
                alternate = alternate.mid(prefix.size());
            }
        }
        if (alternate.size() != base->size() && m_converse.contains(alternate)) {
            return LiteLlmRoute::Converse;
        }
    }
    return LiteLlmRoute::Invoke;
}

std::optional<QString> LiteLlmRouter::arnRegion(QStringView text) const
{
    if (!m_profile.arnRegion || !text::contains(text, s_bedrockArn)) {
        return std::nullopt;
    }
    qsizetype start = -1;
    for (int colon = 0; colon < 3; ++colon) {
        start = text::indexOf(text, u':', start + 1);
        if (start < 0) {
            return std::nullopt;
        }
    }
    const qsizetype end = text::indexOf(text, u':', start + 1);
    const QStringView field = end < 0 ? text.mid(start + 1) : text.mid(start + 1, end - start - 1);
    if (field.isEmpty()) {
        return std::nullopt;
    }
    return field.toString();
}

void LiteLlmRouter::resolveRegion(LiteLlmView &view, QStringView arnSource, const RouteContext &context) const
{
    const RouteEnvironment &env = context.environment;
    if (!context.region.isEmpty()) {
        view.region = QString(context.region); // inline copy, see AwsModelReader::read
        view.regionSource = RegionSource::Parameter;
    } else if (std::optional<QString> fromArn = arnRegion(arnSource)) {
        view.region = std::move(*fromArn);
        view.regionSource = RegionSource::ModelArn;
    } else if (!env.awsRegionName.isEmpty()) {
        view.region = env.awsRegionName;
        view.regionSource = RegionSource::EnvRegionName;
    } else if (!env.awsRegion.isEmpty()) {
        view.region = env.awsRegion;
        view.regionSource = RegionSource::EnvRegion;
    } else if (!env.sessionRegion.isEmpty()) {
        view.region = env.sessionRegion;
        view.regionSource = RegionSource::Session;
    } else {
        view.region = s_defaultRegion;
        view.regionSource = RegionSource::Default;
    }
}

std::optional<QString> LiteLlmRouter::routeError(const QString &input) const
{
    if (!text::startsWith(input, s_bedrockPrefix)) {
        return route(input, {}).error;
    }
    const QStringView model = QStringView(input).mid(s_bedrockPrefix.size());
    if (m_profile.providerRule == LiteLlmProfile::ProviderRule::FirstDotSegment
        && m_handlers.contains(beforeFirst(model, u'.')) && !text::contains(model, s_invokeMarker)) {
        // Settled without choosing the route: either route succeeds. Converse raises nothing,
        // the invoke provider (the first segment) has a handler, and a string that starts with
        // a vendor name cannot be a bare cross-region prefix.
        return std::nullopt;
    }
    const LiteLlmRoute chosen = chooseRoute(model);
    if (chosen == LiteLlmRoute::Rejected) {
        return QStringLiteral("IndexError: list index out of range");
    }
    if (chosen != LiteLlmRoute::Invoke) {
        return chosen == LiteLlmRoute::Converse ? std::nullopt : route(input, {}).error;
    }
    // Most strings name a provider with a handler: decide that on views, building no string.
    if (m_profile.providerRule == LiteLlmProfile::ProviderRule::FirstDotSegment) {
        if (!text::contains(model, s_invokeMarker)) {
            const QStringView provider = beforeFirst(model, u'.');
            if (m_handlers.contains(provider)) {
                return std::nullopt;
            }
            return unknownProviderError(provider, model);
        }
    } else if (const QString *literal = scanInvokeProvider(model); literal && m_handlers.contains(*literal)) {
        return std::nullopt;
    }
    const std::optional<QString> provider = invokeProvider(model);
    if (provider && m_handlers.contains(*provider)) {
        return std::nullopt;
    }
    // The invoke error quotes the model; no URL is needed for it.
    if (m_profile.unknownProviderNamesStrippedModel && text::contains(model, s_invokeMarker)) {
        return unknownProviderError(provider, removeAll(model, s_invokeMarker));
    }
    return unknownProviderError(provider, model);
}

LiteLlmView LiteLlmRouter::route(const QString &input, const RouteContext &context) const
{
    return route(input, context, nullptr);
}

LiteLlmView LiteLlmRouter::route(const QString &input, const RouteContext &context, RouteMarkerMatch *marker) const
{
    LiteLlmView view;
    route(input, context, view, marker);
    return view;
}

void LiteLlmRouter::route(
    const QString &input, const RouteContext &context, LiteLlmView &view, RouteMarkerMatch *marker) const
{
    view.version = QString(m_profile.version); // inline copy, see AwsModelReader::read

    QStringView model;
    if (text::startsWith(input, s_bedrockPrefix)) {
        model = QStringView(input).mid(s_bedrockPrefix.size());
    } else {
        const qsizetype slash = text::indexOf(input, u'/');
        const QStringView head = slash < 0 ? QStringView(input) : QStringView(input).first(slash);
        if (head == QLatin1String("bedrock") || (slash < 0 && m_catalog.isOtherProvider(input))) {
            // get_llm_provider: "bedrock".split("/", 1)[1]
            view.error = QStringLiteral("BadRequestError: GetLLMProvider Exception - list index out of range "
                                        "(original model: %1)")
                             .arg(input);
            return;
        }
        if (slash >= 0 && m_catalog.isOtherProvider(head.toString())) {
            view.otherProvider = head.toString();
            return;
        }
        const bool replicateShaped = text::contains(input, u':') && input.size() > 64;
        if (replicateShaped || !m_catalog.acceptsUnprefixed(input)) {
            view.error = QStringLiteral("BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you "
                                        "are trying to call. You passed model=")
                + input;
            return;
        }
        model = input;
    }

    // Three rules look for "arn" (the base model's ARN tail, the ARN region, a finding): one scan
    // tells them all whether to look.
    const bool mayHoldArn = text::containsInsensitive(model, QLatin1String("arn"));
    if (marker) {
        marker->mayHoldArn = mayHoldArn;
    }
    std::optional<QStringView> base;
    bool baseComputed = false;
    const QString *converseBase = nullptr;
    const LiteLlmRoute route = chooseRoute(model, base, baseComputed, marker, &converseBase, mayHoldArn);
    if (route == LiteLlmRoute::Rejected) {
        view.error = QStringLiteral("IndexError: list index out of range");
        return;
    }
    view.route = route;
    view.invokeProvider = invokeProvider(model);
    if (!baseComputed) {
        base = baseModelView(model, mayHoldArn);
    }
    if (base) {
        // After chooseRoute's lookup the listed string is known: a miss is a new string.
        view.baseModel = converseBase ? *converseBase : baseComputed ? base->toString() : m_converse.intern(*base);
    }
    if (mayHoldArn) {
        view.regionFromModel = arnRegion(model);
    }

    switch (route) {
    case LiteLlmRoute::Converse:
        routeConverse(view, model, context);
        break;
    case LiteLlmRoute::Invoke:
        routeInvoke(view, model, model, context, view.invokeProvider, view.baseModel);
        break;
    case LiteLlmRoute::OpenAI:
        routeOpenAI(view, model, context);
        break;
    case LiteLlmRoute::ConverseLike:
        routeConverseLike(view, model, context);
        break;
    case LiteLlmRoute::Agent:
        routeAgent(view, model, context);
        break;
    case LiteLlmRoute::AgentCore:
        routeAgentCore(view, model, context);
        break;
    case LiteLlmRoute::Rejected:
        break;
    }
}

void LiteLlmRouter::routeConverse(LiteLlmView &view, QStringView model, const RouteContext &context) const
{
    view.configClass = QStringLiteral("AmazonConverseConfig");
    qsizetype known = -1;
    const QString id = withoutMarker(model, s_converseMarker, MarkerRemoval::Every, &known);
    const bool overridden = !context.modelIdOverride.isEmpty();
    const QString &sent = overridden ? context.modelIdOverride : id;
    view.modelId = sent;
    if (!m_profile.converseEncodesId) {
        view.pathModelId = sent;
    } else if (known >= 0 && !overridden) {
        view.pathModelId = m_catalog.encodedId(known);
    } else {
        view.pathModelId = percentEncodeAll(sent);
    }
    resolveRegion(view, overridden ? QStringView(context.modelIdOverride) : model, context);

    const RouteEnvironment &env = context.environment;
    QString base;
    if (m_profile.converseEndpointOverride && !context.runtimeEndpoint.isEmpty()) {
        base = context.runtimeEndpoint;
    } else if (m_profile.converseEndpointOverride && !env.runtimeEndpoint.isEmpty()) {
        base = env.runtimeEndpoint;
    } else if (!endpointOverride(context).isEmpty()) {
        base = endpointOverride(context);
    } else {
        base = defaultRuntimeEndpoint(view.region);
    }
    view.urlBase = std::move(base);
    view.urlAction = QLatin1StringView("converse");
    const bool fakeStream = m_profile.fakeStreamAi21 && text::contains(id, QLatin1String("ai21"));
    view.streamUrlAction = fakeStream ? view.urlAction : QLatin1StringView("converse-stream");
}

QString LiteLlmRouter::invokeConfigClass(const std::optional<QString> &provider, const std::optional<QString> &base)
{
    if (!provider) {
        return QStringLiteral("AmazonInvokeConfig");
    }
    const QString &p = *provider;
    if (p == QLatin1String("amazon")) {
        return QStringLiteral("AmazonTitanConfig");
    }
    if (p == QLatin1String("anthropic")) {
        const bool legacyClaude = base
            && (*base == QLatin1String("anthropic.claude-v2") || *base == QLatin1String("anthropic.claude-instant-v1")
                || *base == QLatin1String("anthropic.claude-v2:1"));
        return legacyClaude ? QStringLiteral("AmazonAnthropicConfig") : QStringLiteral("AmazonAnthropicClaudeConfig");
    }
    if (p == QLatin1String("meta") || p == QLatin1String("llama")) {
        return QStringLiteral("AmazonLlamaConfig");
    }
    static const QList<QPair<QString, QString>> s_classes = {
        { QStringLiteral("ai21"), QStringLiteral("AmazonAI21Config") },
        { QStringLiteral("cohere"), QStringLiteral("AmazonCohereConfig") },
        { QStringLiteral("mistral"), QStringLiteral("AmazonMistralConfig") },
        { QStringLiteral("moonshot"), QStringLiteral("AmazonMoonshotConfig") },
        { QStringLiteral("deepseek_r1"), QStringLiteral("AmazonDeepSeekR1Config") },
        { QStringLiteral("nova"), QStringLiteral("AmazonInvokeNovaConfig") },
        { QStringLiteral("qwen3"), QStringLiteral("AmazonQwen3Config") },
        { QStringLiteral("qwen2"), QStringLiteral("AmazonQwen2Config") },
        { QStringLiteral("twelvelabs"), QStringLiteral("AmazonTwelveLabsPegasusConfig") },
    };
    for (const auto &[name, configClass] : s_classes) {
        if (p == name) {
            return configClass;
        }
    }
    return QStringLiteral("AmazonInvokeConfig");
}

void LiteLlmRouter::routeInvoke(LiteLlmView &view, QStringView model, QStringView errorModel,
    const RouteContext &context, const std::optional<QString> &provider, const std::optional<QString> &base) const
{
    view.configClass = invokeConfigClass(provider, base);

    QString id = withoutMarker(
        model, s_invokeMarker, m_profile.invokeRemovesEveryMarker ? MarkerRemoval::Every : MarkerRemoval::First);
    if (!context.modelIdOverride.isEmpty()) {
        view.modelId = context.modelIdOverride;
        view.pathModelId = percentEncodeAll(context.modelIdOverride);
    } else {
        if (provider && m_encodedSpecs.contains(*provider)) {
            const QString spec = *provider + QLatin1Char('/');
            if (text::contains(id, spec)) {
                id = removeAll(id, spec);
                view.pathModelId = percentEncodeAll(id);
            }
        }
        if (!view.pathModelId) {
            view.pathModelId = id;
        }
        view.modelId = std::move(id);
    }
    resolveRegion(view, model, context);

    const QString &configured = endpointOverride(context);
    view.urlBase = configured.isEmpty() ? defaultRuntimeEndpoint(view.region) : configured;
    view.urlAction = QLatin1StringView("invoke");
    const bool fakeStream = m_profile.fakeStreamAi21 && provider && *provider == QLatin1String("ai21");
    view.streamUrlAction = fakeStream ? view.urlAction : QLatin1StringView("invoke-with-response-stream");

    if (!provider || !m_handlers.contains(*provider)) {
        const QStringView quoted
            = m_profile.unknownProviderNamesStrippedModel ? QStringView(*view.modelId) : errorModel;
        view.error = unknownProviderError(provider, quoted);
    }
}

void LiteLlmRouter::routeOpenAI(LiteLlmView &view, QStringView model, const RouteContext &context) const
{
    view.configClass = QStringLiteral("AmazonBedrockOpenAIConfig");
    QStringView id = model;
    if (text::startsWith(id, s_bedrockPrefix)) {
        id = id.mid(s_bedrockPrefix.size());
    }
    if (text::startsWith(id, s_openaiMarker)) {
        id = id.mid(s_openaiMarker.size());
    }
    view.modelId = id.toString();
    view.pathModelId = view.modelId;
    resolveRegion(view, model, context);
    const QString &configured = endpointOverride(context);
    view.urlBase = configured.isEmpty() ? defaultRuntimeEndpoint(view.region) : configured;
    view.urlAction = QLatin1StringView("invoke");
    view.streamUrlAction = QLatin1StringView("invoke-with-response-stream");
}

void LiteLlmRouter::routeConverseLike(LiteLlmView &view, QStringView model, const RouteContext &context) const
{
    const QString stripped = removeAll(model, s_converseLikeMarker);
    if (chooseRoute(stripped) != LiteLlmRoute::Converse) {
        // get_bedrock_chat_config(stripped) is an invoke config: the invoke URL, then its checks.
        routeInvoke(view, stripped, stripped, context, invokeProvider(stripped), baseModel(stripped));
        return;
    }
    view.configClass = QStringLiteral("AmazonConverseConfig");
    resolveRegion(view, model, context);
    if (context.apiBase.isEmpty()) {
        view.error = QStringLiteral("ValueError: api_base is required");
        return;
    }
    view.urlBase = context.apiBase;
}

void LiteLlmRouter::routeAgent(LiteLlmView &view, QStringView model, const RouteContext &context) const
{
    view.configClass = QStringLiteral("AmazonInvokeAgentConfig");
    resolveRegion(view, model, context);
    const QStringView rest = model.mid(text::indexOf(model, s_agentMarker) + s_agentMarker.size());
    const qsizetype slash = text::indexOf(rest, u'/');
    if (slash < 0) {
        view.error
            = QStringLiteral("ValueError: Invalid model format. Expected format: 'model=agent/AGENT_ID/ALIAS_ID'");
        return;
    }
    view.modelId = rest.toString();
    QString base = endpointOverride(context);
    if (base.isEmpty()) {
        base = QLatin1String("https://bedrock-agent-runtime.") + view.region + QLatin1String(".amazonaws.com");
    }
    view.urlBase = base + QLatin1String("/agents/") + rest.first(slash) + QLatin1String("/agentAliases/")
        + rest.mid(slash + 1) + QLatin1String("/sessions/{session_id}/text");
}

void LiteLlmRouter::routeAgentCore(LiteLlmView &view, QStringView model, const RouteContext &context) const
{
    view.configClass = QStringLiteral("AmazonAgentCoreConfig");
    const QStringView arn = model.mid(text::indexOf(model, s_agentCoreMarker) + s_agentCoreMarker.size());
    view.modelId = arn.toString();
    if (!arn.startsWith(QLatin1String("arn:"))) {
        view.error = QStringLiteral("ValueError: Invalid ARN format: ") + arn;
        return;
    }
    // The runtime ARN's own region; the region parameter and environment are not consulted.
    const QList<QStringView> fields = arn.split(u':');
    view.region = fields.size() > 3 ? fields.at(3).toString() : QString();
    view.regionSource = RegionSource::ModelArn;
    view.pathModelId = percentEncodeAll(arn);
    const QString base = !context.runtimeEndpoint.isEmpty() ? context.runtimeEndpoint
        : !context.environment.runtimeEndpoint.isEmpty()
        ? context.environment.runtimeEndpoint
        : QLatin1String("https://bedrock-agentcore.") + view.region + QLatin1String(".amazonaws.com");
    view.urlBase = base + QLatin1String("/runtimes/") + *view.pathModelId + QLatin1String("/invocations");
}

} // namespace brc::route
