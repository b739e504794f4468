#include "awsmodelreader.h"

#include "awsfacts.h"
#include "modelcatalog.h"
#include "stringindex.h"
#include "textsearch.h"
#include "urlencoding.h"

namespace brc::route {

namespace {

struct RouteWord
{
    QLatin1String text;
    bool agent;
};

constexpr RouteWord s_routeWords[] = {
    { QLatin1String("converse_like/"), false },
    { QLatin1String("converse/"), false },
    { QLatin1String("async_invoke/"), false },
    { QLatin1String("invoke/"), false },
    { QLatin1String("agentcore/"), true },
    { QLatin1String("agent/"), true },
};

constexpr QLatin1String s_specs[] = {
    QLatin1String("llama"),
    QLatin1String("deepseek_r1"),
    QLatin1String("qwen3"),
    QLatin1String("qwen2"),
    QLatin1String("moonshot"),
    QLatin1String("openai"),
    QLatin1String("stability"),
    QLatin1String("anthropic"),
    QLatin1String("mistral"),
    QLatin1String("meta"),
    QLatin1String("amazon"),
    QLatin1String("cohere"),
    QLatin1String("ai21"),
    QLatin1String("twelvelabs"),
    QLatin1String("nova"),
    QLatin1String("nova-2"),
};

const StringIndex &specIndex()
{
    static const StringIndex s_index = [] {
        QStringList specs;
        for (QLatin1String spec : s_specs) {
            specs.append(QString(spec));
        }
        return StringIndex(specs);
    }();
    return s_index;
}

/// Versions most ids carry, shared instead of copied.
const StringIndex &commonVersions()
{
    static const StringIndex s_index(
        QStringList { QStringLiteral("v1:0"), QStringLiteral("v2:0"), QStringLiteral("v1"), QStringLiteral("v2"),
            QStringLiteral("v3:0"), QStringLiteral("1:0"), QStringLiteral("v2:1"), QStringLiteral("v1:2") });
    return s_index;
}

ArnResourceKind kindOf(QStringView type, QStringView service)
{
    struct Entry
    {
        QLatin1String type;
        ArnResourceKind kind;
    };
    static constexpr Entry s_kinds[] = {
        { QLatin1String("foundation-model"), ArnResourceKind::FoundationModel },
        { QLatin1String("inference-profile"), ArnResourceKind::InferenceProfile },
        { QLatin1String("application-inference-profile"), ArnResourceKind::ApplicationInferenceProfile },
        { QLatin1String("provisioned-model"), ArnResourceKind::ProvisionedModel },
        { QLatin1String("imported-model"), ArnResourceKind::ImportedModel },
        { QLatin1String("custom-model"), ArnResourceKind::CustomModel },
        { QLatin1String("custom-model-deployment"), ArnResourceKind::CustomModelDeployment },
        { QLatin1String("prompt"), ArnResourceKind::Prompt },
        { QLatin1String("default-prompt-router"), ArnResourceKind::PromptRouter },
        { QLatin1String("prompt-router"), ArnResourceKind::PromptRouter },
        { QLatin1String("runtime"), ArnResourceKind::AgentCoreRuntime },
    };
    if (service == QLatin1String("sagemaker") && type == QLatin1String("endpoint")) {
        return ArnResourceKind::Marketplace;
    }
    for (const Entry &entry : s_kinds) {
        if (type == entry.type) {
            return entry.kind;
        }
    }
    return ArnResourceKind::Unknown;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// Length of a trailing ":<digits>k" or "[...]" context/throughput suffix.
qsizetype suffixLength(QStringView name)
{
    if (name.endsWith(u']')) {
        const qsizetype open = text::lastIndexOf(name, u'[');
        return open >= 0 ? name.size() - open : 0;
    }
    if (!name.endsWith(u'k')) {
        return 0;
    }
    qsizetype i = name.size() - 1;
    while (i > 0 && isAsciiDigit(name[i - 1])) {
        --i;
    }
    if (i == name.size() - 1 || i == 0 || name[i - 1] != u':') {
        return 0;
    }
    return name.size() - (i - 1);
}

/// Length of a trailing "-v2:0", "-v1", "-1:0" version, including its dash.
qsizetype versionLength(QStringView name)
{
    qsizetype i = name.size();
    // optional ":<digits>"
    qsizetype j = i;
    while (j > 0 && isAsciiDigit(name[j - 1])) {
        --j;
    }
    if (j < i && j > 0 && name[j - 1] == u':') {
        i = j - 1;
    }
    const qsizetype digitsEnd = i;
    while (i > 0 && isAsciiDigit(name[i - 1])) {
        --i;
    }
    if (i == digitsEnd) {
        return 0;
    }
    const bool hasV = i > 0 && name[i - 1] == u'v';
    if (hasV) {
        --i;
    } else if (digitsEnd == name.size()) {
        return 0; // a bare trailing number ("-120b" is part of the name, "-1:0" is a version)
    }
    if (i == 0 || name[i - 1] != u'-') {
        return 0;
    }
    return name.size() - (i - 1);
}

} // namespace

AwsModelReader::AwsModelReader(const ModelCatalog &catalog)
    : m_catalog(catalog)
{
    QStringList families;
    for (const QString &id : catalog.ids()) {
        AwsView view;
        Segments segments;
        readModelId(id, 0, id.size(), view, segments);
        if (!view.family.isEmpty()) {
            families.append(view.family);
        }
    }
    m_families = StringIndex(families);
}

std::optional<Arn> AwsModelReader::parseArn(QStringView text)
{
    if (!text::startsWithInsensitive(text, QLatin1String("arn:"))) {
        return std::nullopt;
    }
    qsizetype colons[5];
    qsizetype from = 0;
    for (int i = 0; i < 5; ++i) {
        colons[i] = text::indexOf(text, u':', from);
        if (colons[i] < 0) {
            return std::nullopt;
        }
        from = colons[i] + 1;
    }
    Arn arn;
    arn.partition = text.mid(colons[0] + 1, colons[1] - colons[0] - 1).toString();
    arn.service = text.mid(colons[1] + 1, colons[2] - colons[1] - 1).toString();
    arn.region = text.mid(colons[2] + 1, colons[3] - colons[2] - 1).toString();
    arn.account = text.mid(colons[3] + 1, colons[4] - colons[3] - 1).toString();
    const QStringView resource = text.mid(colons[4] + 1);
    const qsizetype slash = text::indexOf(resource, u'/');
    arn.resourceType = (slash < 0 ? resource : resource.first(slash)).toString();
    arn.resourceId = slash < 0 ? QString() : resource.mid(slash + 1).toString();
    arn.kind = kindOf(arn.resourceType, arn.service);
    return arn;
}

AwsModelReader::CatalogKey AwsModelReader::readModelId(
    const QString &input, qsizetype start, qsizetype end, AwsView &view, Segments &segments) const
{
    CatalogKey key;
    const QStringView id = QStringView(input).mid(start, end - start);
    qsizetype pos = 0;
    const qsizetype firstDot = text::indexOf(id, u'.');
    if (firstDot > 0) {
        const QStringView head = id.first(firstDot);
        const auto vendorFollows = [&] {
            const qsizetype secondDot = text::indexOf(id, u'.', firstDot + 1);
            return secondDot > firstDot + 1 && AwsFacts::isVendor(id.mid(firstDot + 1, secondDot - firstDot - 1));
        };
        if (const QString *geo = AwsFacts::knownGeoPrefix(head)) {
            view.geoPrefix = QString(*geo); // inline copy, see read()
        } else if (vendorFollows() && !AwsFacts::isVendor(head)) {
            view.unknownPrefix = head.toString();
        }
        if (!view.geoPrefix.isEmpty() || !view.unknownPrefix.isEmpty()) {
            segments.append({ SegmentKind::GeoPrefix, { int(start), int(start + firstDot + 1) } });
            pos = firstDot + 1;
        }
    }
    const qsizetype vendorDot = pos == 0 ? firstDot : text::indexOf(id, u'.', pos);
    if (vendorDot > pos) {
        const QStringView vendor = id.mid(pos, vendorDot - pos);
        const QString *known = AwsFacts::knownVendor(vendor);
        view.provider = known ? *known : vendor.toString();
        segments.append({ SegmentKind::Vendor, { int(start + pos), int(start + vendorDot + 1) } });
        key.start = view.geoPrefix.isEmpty() ? start + pos : start;
        key.bareStart = start + pos;
        pos = vendorDot + 1;
    }
    QStringView name = id.mid(pos);
    const qsizetype suffix = suffixLength(name);
    if (suffix > 0) {
        view.suffix = name.last(suffix).toString();
        name.chop(suffix);
    }
    const qsizetype version = view.provider.isEmpty() ? 0 : versionLength(name);
    if (version > 0) {
        view.version = commonVersions().intern(name.last(version - 1));
        name.chop(version);
    }
    view.family = m_families.intern(name);
    const qsizetype nameStart = start + pos;
    if (!name.isEmpty()) {
        segments.append({ view.provider.isEmpty() ? SegmentKind::Unparsed : SegmentKind::Model,
            { int(nameStart), int(nameStart + name.size()) } });
    }
    if (version > 0) {
        segments.append(
            { SegmentKind::Version, { int(nameStart + name.size()), int(nameStart + name.size() + version) } });
    }
    if (suffix > 0) {
        segments.append({ SegmentKind::Suffix, { int(end - suffix), int(end) } });
    }
    key.end = end - suffix;
    return key;
}

void AwsModelReader::read(const QString &input, const RouteContext &context, AwsView &view, Segments &segments,
    const LiteLlmView *litellm) const
{
    // Fields that share another string are set as `field = QString(other)`: QString's copy
    // constructor and move assignment are inline, its copy assignment is a call into QtCore,
    // and a parse sets several such fields.
    // Tolerate what LiteLLM rejects (case, stray spaces) so the view still explains the string.
    qsizetype pos = 0;
    qsizetype end = input.size();
    while (pos < end && input.at(pos).isSpace()) {
        ++pos;
    }
    while (end > pos && input.at(end - 1).isSpace()) {
        --end;
    }
    const QStringView all(input);
    if (text::startsWithInsensitive(all.mid(pos, end - pos), QLatin1String("bedrock/"))) {
        segments.append({ SegmentKind::ProviderPrefix, { int(pos), int(pos + 8) } });
        pos += 8;
    }

    bool agent = false;
    for (bool matched = true; matched;) {
        matched = false;
        // Every route word starts with c, a or i.
        const char16_t first = pos < end ? text::foldAscii(all[pos].unicode()) : u'\0';
        if (first != u'c' && first != u'a' && first != u'i') {
            break;
        }
        for (const RouteWord &word : s_routeWords) {
            if (text::startsWithInsensitive(all.mid(pos, end - pos), word.text)) {
                segments.append({ SegmentKind::RouteMarker, { int(pos), int(pos + word.text.size()) } });
                pos += word.text.size();
                agent = agent || word.agent;
                matched = !word.agent;
                break;
            }
        }
    }
    // "openai/" first is the openai route; later it is an invoke spec.
    if (segments.size() <= 1 && text::startsWith(all.mid(pos, end - pos), u"openai/")) {
        segments.append({ SegmentKind::RouteMarker, { int(pos), int(pos + 7) } });
        pos += 7;
    }
    if (!agent) {
        const qsizetype slash = text::indexOf(all, u'/', pos);
        const QString *spec = slash > pos && slash < end ? specIndex().find(all.mid(pos, slash - pos)) : nullptr;
        if (spec) {
            view.spec = *spec;
            segments.append({ SegmentKind::Spec, { int(pos), int(slash + 1) } });
            pos = slash + 1;
        }
        // Without a spec the next "/" is the one just found (most ids have none at all).
        const qsizetype regionSlash = spec ? text::indexOf(all, u'/', pos) : slash;
        const QString *region
            = regionSlash > pos && regionSlash < end ? AwsFacts::knownRegion(all.mid(pos, regionSlash - pos)) : nullptr;
        if (region) {
            view.regionPath = *region;
            segments.append({ SegmentKind::RegionPath, { int(pos), int(regionSlash + 1) } });
            pos = regionSlash + 1;
        }
    }

    const QStringView id = all.mid(pos, end - pos);
    // LiteLLM's id is often the same text: share it (and its encoding) instead of copying.
    const bool sameId = litellm && litellm->modelId && text::equals(*litellm->modelId, id);
    // A catalog id's stored copy and encoding are shared too (LiteLLM's view has just looked the
    // same text up, so the index finds it at once).
    const qsizetype known = m_catalog.idIndex(id);
    if (sameId) {
        view.modelId = QString(*litellm->modelId);
    } else {
        view.modelId = known >= 0 ? m_catalog.ids().at(known) : id.toString();
    }
    view.arn = parseArn(id);
    CatalogKey key;
    if (view.arn) {
        const Arn &arn = *view.arn;
        int at = int(pos);
        const auto add = [&](SegmentKind kind, qsizetype length, qsizetype separator) {
            segments.append({ kind, { at, at + int(length + separator) } });
            at += int(length + separator);
        };
        add(SegmentKind::ArnPrefix, 3, 1);
        add(SegmentKind::ArnPartition, arn.partition.size(), 1);
        add(SegmentKind::ArnService, arn.service.size(), 1);
        add(SegmentKind::ArnRegion, arn.region.size(), 1);
        add(SegmentKind::ArnAccount, arn.account.size(), 1);
        add(SegmentKind::ArnResourceType, arn.resourceType.size(), arn.resourceId.isEmpty() ? 0 : 1);
        if (arn.kind == ArnResourceKind::FoundationModel || arn.kind == ArnResourceKind::InferenceProfile) {
            key = readModelId(input, at, end, view, segments);
        } else if (!arn.resourceId.isEmpty()) {
            segments.append({ SegmentKind::ArnResourceId, { at, int(end) } });
        }
    } else if (agent) {
        if (!id.isEmpty()) {
            segments.append({ SegmentKind::AgentId, { int(pos), int(end) } });
        }
    } else if (!id.isEmpty()) {
        key = readModelId(input, pos, end, view, segments);
    }

    // The region the call goes to.
    const RouteEnvironment &env = context.environment;
    if (view.arn && AwsFacts::looksLikeRegion(view.arn->region)) {
        view.region = view.arn->region;
        view.regionSource = RegionSource::ModelArn;
        view.regionReason = QStringLiteral("the ARN names its region; Bedrock serves the resource only there");
    } else if (!context.region.isEmpty()) {
        view.region = QString(context.region);
        view.regionSource = RegionSource::Parameter;
        view.regionReason = QStringLiteral("aws_region_name is set on the deployment");
    } else if (!env.awsRegionName.isEmpty()) {
        view.region = env.awsRegionName;
        view.regionSource = RegionSource::EnvRegionName;
        view.regionReason = QStringLiteral("AWS_REGION_NAME is set in the environment");
    } else if (!env.awsRegion.isEmpty()) {
        view.region = env.awsRegion;
        view.regionSource = RegionSource::EnvRegion;
        view.regionReason = QStringLiteral("AWS_REGION is set in the environment");
    } else if (!env.sessionRegion.isEmpty()) {
        view.region = env.sessionRegion;
        view.regionSource = RegionSource::Session;
        view.regionReason
            = QStringLiteral("the AWS session's region (%1)")
                  .arg(env.sessionRegionOrigin.isEmpty() ? QStringLiteral("AWS config") : env.sessionRegionOrigin);
    } else {
        view.region = QStringLiteral("us-west-2");
        view.regionSource = RegionSource::Default;
        view.regionReason = QStringLiteral("no region is configured anywhere; LiteLLM falls back to us-west-2");
    }

    const QString &configured = !context.runtimeEndpoint.isEmpty() ? context.runtimeEndpoint
        : !context.apiBase.isEmpty()                               ? context.apiBase
                                                                   : env.runtimeEndpoint;
    QString endpoint;
    if (!configured.isEmpty()) {
        QStringView trimmed = configured;
        while (trimmed.endsWith(u'/')) {
            trimmed.chop(1);
        }
        endpoint = trimmed.size() == configured.size() ? configured : trimmed.toString();
    }
    if (endpoint.isEmpty()) {
        view.fips = context.useFips;
        endpoint = AwsFacts::runtimeEndpoint(view.region, view.fips);
    } else {
        view.fips = text::contains(endpoint, QLatin1String("-fips."));
    }
    view.endpoint = std::move(endpoint);
    // LiteLLM's path id is its id either as written or percent-encoded whole: a different length
    // means it is the encoding Bedrock expects.
    const bool sharedEncoding
        = sameId && litellm->pathModelId && litellm->pathModelId->size() != litellm->modelId->size();
    if (sharedEncoding) {
        view.encodedModelId = QString(*litellm->pathModelId);
    } else if (known >= 0) {
        view.encodedModelId = QString(m_catalog.encodedId(known));
    } else {
        view.encodedModelId = percentEncodeAll(view.modelId);
    }

    // Catalog facts and profile-only models, on the id Bedrock sees: [geo.]vendor.family[-version].
    if (!view.provider.isEmpty()) {
        const QStringView withGeo = all.mid(key.start, key.end - key.start);
        const QStringView bare = all.mid(key.bareStart, key.end - key.bareStart);
        Q_ASSERT(text::startsWith(bare, view.provider) && text::startsWith(withGeo, view.geoPrefix));
        // The catalog key is most often the whole id, whose place in the catalog is known.
        view.facts = known >= 0 && withGeo.size() == id.size() ? m_catalog.factsAt(known) : m_catalog.facts(withGeo);
        if (!view.facts && key.bareStart > key.start) {
            view.facts = m_catalog.facts(bare);
        }
        // An unknown prefix ("ca.") is its own finding; the id is not bare.
        view.needsInferenceProfile = !view.arn && view.geoPrefix.isEmpty() && view.unknownPrefix.isEmpty()
            && AwsFacts::needsInferenceProfile(bare);
    }
}

} // namespace brc::route
