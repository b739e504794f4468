#include "awsfacts.h"

#include "stringindex.h"
#include "textsearch.h"

namespace brc::route::AwsFacts {

namespace {

QStringList toList(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (const char *item : items) {
        list.append(QString::fromLatin1(item));
    }
    return list;
}

bool contains(const QStringList &list, QStringView value)
{
    return text::listContains(list, value);
}

struct Geo
{
    QString prefix;
    QStringList sources; ///< empty: every commercial region
};

const QList<Geo> &geos()
{
    // BEDROCK-API.md §3.6: union across models; per-model subsets apply.
    static const QList<Geo> s_geos = {
        { QStringLiteral("us"),
            toList({ "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "ca-west-1" }) },
        { QStringLiteral("eu"),
            toList({ "eu-central-1", "eu-west-1", "eu-west-3", "eu-west-2", "eu-north-1", "eu-south-1", "eu-south-2",
                "eu-central-2" }) },
        { QStringLiteral("apac"),
            toList({ "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1",
                "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-7", "ap-east-2",
                "me-central-1" }) },
        { QStringLiteral("jp"), toList({ "ap-northeast-1", "ap-northeast-3" }) },
        { QStringLiteral("au"), toList({ "ap-southeast-2", "ap-southeast-4" }) },
        { QStringLiteral("us-gov"), toList({ "us-gov-east-1", "us-gov-west-1" }) },
        { QStringLiteral("global"), {} },
    };
    return s_geos;
}

/// Whether `geo` accepts calls from `region` (a source region), by its list of sources.
bool serves(const Geo &geo, QStringView region)
{
    return geo.sources.isEmpty() ? partition(region) == QLatin1String("aws") : contains(geo.sources, region);
}

/// The regions with a FIPS runtime host (hasFipsRuntime for any region, known or not).
bool hasFipsRuntimeListed(QStringView region)
{
    static const QStringList s_fips
        = toList({ "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "us-gov-east-1", "us-gov-west-1" });
    return contains(s_fips, region);
}

} // namespace

const QStringList &regions()
{
    static const QStringList s_regions = toList({
        "us-east-1",
        "us-east-2",
        "us-west-1",
        "us-west-2",
        "ca-central-1",
        "ca-west-1",
        "mx-central-1",
        "sa-east-1",
        "eu-central-1",
        "eu-central-2",
        "eu-west-1",
        "eu-west-2",
        "eu-west-3",
        "eu-north-1",
        "eu-south-1",
        "eu-south-2",
        "ap-east-1",
        "ap-east-2",
        "ap-south-1",
        "ap-south-2",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-4",
        "ap-southeast-5",
        "ap-southeast-7",
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-northeast-3",
        "me-central-1",
        "me-south-1",
        "il-central-1",
        "af-south-1",
        "us-gov-east-1",
        "us-gov-west-1",
        "cn-north-1",
        "cn-northwest-1",
        "us-iso-east-1",
        "us-isob-east-1",
        "eusc-de-east-1",
    });
    return s_regions;
}

namespace {

/// What the facts below say of one known region, gathered once: a parse asks several of them
/// about the same region, and this answers all of them with one lookup.
struct RegionFacts
{
    qsizetype index = -1; ///< in regions()
    QString name;
    QString runtimeEndpoint;
    QString fipsRuntimeEndpoint;
    QString preferredGeo; ///< geoForRegion
    quint8 geoMask = 0; ///< bit i set when geos()[i] accepts calls from the region
    bool fipsRuntime = false;
};

/// The prefixes geoForRegion suggests, best first.
const QStringList &preferredGeos()
{
    static const QStringList s_preferred = toList({ "us-gov", "us", "eu", "apac" });
    return s_preferred;
}

/// The index of `prefix` in geos(), or -1.
qsizetype geoIndex(QStringView prefix)
{
    const QList<Geo> &all = geos();
    for (qsizetype g = 0; g < all.size(); ++g) {
        if (text::equals(all.at(g).prefix, prefix)) {
            return g;
        }
    }
    return -1;
}

const RegionFacts *regionFacts(QStringView name)
{
    struct Table
    {
        StringIndex names { AwsFacts::regions() };
        QList<RegionFacts> facts;
    };
    static const Table s_table = [] {
        Table table;
        const QList<Geo> &all = geos();
        Q_ASSERT(all.size() <= 8);
        for (const QString &r : table.names.strings()) {
            RegionFacts f;
            f.index = table.facts.size();
            f.name = r;
            const QString host = r + QLatin1Char('.') + dnsSuffix(r);
            f.runtimeEndpoint = immortalString(QString(QLatin1String("https://bedrock-runtime.") + host));
            f.fipsRuntimeEndpoint = immortalString(QString(QLatin1String("https://bedrock-runtime-fips.") + host));
            for (qsizetype g = 0; g < all.size(); ++g) {
                if (serves(all.at(g), r)) {
                    f.geoMask |= quint8(1u << g);
                }
            }
            f.fipsRuntime = hasFipsRuntimeListed(r);
            table.facts.append(f);
        }
        for (RegionFacts &f : table.facts) {
            for (const QString &prefix : preferredGeos()) {
                const qsizetype g = geoIndex(prefix);
                if (f.geoMask & (1u << g)) {
                    f.preferredGeo = immortalString(prefix);
                    break;
                }
            }
        }
        return table;
    }();
    // Within one parse, and across a batch with one context, the same region is asked for
    // again and again: compare with the last answer before hashing.
    thread_local const RegionFacts *t_last = nullptr;
    if (t_last && text::equals(t_last->name, name)) {
        return t_last;
    }
    const qsizetype at = s_table.names.indexOf(name);
    if (at < 0) {
        return nullptr;
    }
    t_last = &s_table.facts.at(at);
    return t_last;
}

} // namespace

const QString *knownRegion(QStringView name)
{
    const RegionFacts *facts = regionFacts(name);
    return facts ? &facts->name : nullptr;
}

qsizetype regionIndex(QStringView name)
{
    const RegionFacts *facts = regionFacts(name);
    return facts ? facts->index : -1;
}

bool isRegion(QStringView name)
{
    return knownRegion(name) != nullptr;
}

QString runtimeEndpoint(const QString &region, bool fips)
{
    // Known regions share one prebuilt string each.
    if (const RegionFacts *facts = regionFacts(region)) {
        return fips ? facts->fipsRuntimeEndpoint : facts->runtimeEndpoint;
    }
    return QLatin1String(fips ? "https://bedrock-runtime-fips." : "https://bedrock-runtime.") + region
        + QLatin1Char('.') + dnsSuffix(region);
}

bool looksLikeRegion(QStringView name)
{
    if (name.isEmpty()) {
        return false;
    }
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-')) {
            return false;
        }
    }
    return true;
}

QString partition(QStringView region)
{
    if (region.startsWith(QLatin1String("us-gov-"))) {
        return QStringLiteral("aws-us-gov");
    }
    if (region.startsWith(QLatin1String("cn-"))) {
        return QStringLiteral("aws-cn");
    }
    if (region.startsWith(QLatin1String("us-isob-"))) {
        return QStringLiteral("aws-iso-b");
    }
    if (region.startsWith(QLatin1String("us-iso-"))) {
        return QStringLiteral("aws-iso");
    }
    if (region.startsWith(QLatin1String("eusc-"))) {
        return QStringLiteral("aws-eusc");
    }
    return QStringLiteral("aws");
}

QString dnsSuffix(QStringView region)
{
    if (region.startsWith(QLatin1String("cn-"))) {
        return QStringLiteral("amazonaws.com.cn");
    }
    if (region.startsWith(QLatin1String("us-isob-"))) {
        return QStringLiteral("sc2s.sgov.gov");
    }
    if (region.startsWith(QLatin1String("us-iso-"))) {
        return QStringLiteral("c2s.ic.gov");
    }
    if (region.startsWith(QLatin1String("eusc-"))) {
        return QStringLiteral("amazonaws.eu");
    }
    return QStringLiteral("amazonaws.com");
}

bool hasFipsRuntime(QStringView region)
{
    if (const RegionFacts *facts = regionFacts(region)) {
        return facts->fipsRuntime;
    }
    return hasFipsRuntimeListed(region);
}

const QStringList &geoPrefixes()
{
    static const QStringList s_prefixes = [] {
        QStringList list;
        for (const Geo &geo : geos()) {
            list.append(geo.prefix);
        }
        return list;
    }();
    return s_prefixes;
}

const QString *knownGeoPrefix(QStringView prefix)
{
    static const StringIndex s_index(geoPrefixes());
    return s_index.find(prefix);
}

bool isGeoPrefix(QStringView prefix)
{
    return knownGeoPrefix(prefix) != nullptr;
}

bool geoAcceptsRegion(QStringView geo, QStringView region)
{
    if (const RegionFacts *facts = regionFacts(region)) {
        const qsizetype g = geoIndex(geo);
        return g >= 0 && (facts->geoMask & (1u << g));
    }
    for (const Geo &g : geos()) {
        if (text::equals(g.prefix, geo)) {
            return serves(g, region);
        }
    }
    return false;
}

QString geoForRegion(QStringView region)
{
    if (const RegionFacts *facts = regionFacts(region)) {
        return facts->preferredGeo;
    }
    for (const QString &prefix : preferredGeos()) {
        if (geoAcceptsRegion(prefix, region)) {
            return prefix;
        }
    }
    return {};
}

QStringList geoSourceRegions(QStringView geo)
{
    for (const Geo &g : geos()) {
        if (text::equals(g.prefix, geo)) {
            return g.sources;
        }
    }
    return {};
}

bool needsInferenceProfile(QStringView bareModelId)
{
    // By vendor, then the start of the model name after "vendor.".
    struct Vendor
    {
        QStringView name;
        std::initializer_list<QStringView> models;
    };
    static const Vendor s_profileOnly[] = {
        { u"anthropic",
            { u"claude-3-5-sonnet-20241022-v2", u"claude-3-5-haiku", u"claude-3-7-", u"claude-sonnet-4",
                u"claude-opus-4", u"claude-haiku-4" } },
        { u"amazon", { u"nova-" } },
        { u"meta", { u"llama3-2-", u"llama3-3-", u"llama4-" } },
        { u"deepseek", { u"r1-" } },
        { u"mistral", { u"pixtral-" } },
        { u"writer", { u"palmyra-" } },
    };
    const qsizetype dot = text::indexOf(bareModelId, u'.');
    if (dot <= 0) {
        return false;
    }
    const QStringView vendor = bareModelId.first(dot);
    const QStringView model = bareModelId.mid(dot + 1);
    for (const Vendor &v : s_profileOnly) {
        if (text::equals(v.name, vendor)) {
            for (QStringView prefix : v.models) {
                if (text::startsWith(model, prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
    return false;
}

const QString *knownVendor(QStringView segment)
{
    static const StringIndex s_vendors(toList({
        "anthropic",
        "amazon",
        "meta",
        "mistral",
        "cohere",
        "ai21",
        "deepseek",
        "writer",
        "qwen",
        "openai",
        "stability",
        "twelvelabs",
        "google",
        "nvidia",
        "minimax",
        "moonshot",
        "moonshotai",
        "luma",
        "zai",
    }));
    return s_vendors.find(segment);
}

bool isVendor(QStringView segment)
{
    return knownVendor(segment) != nullptr;
}

} // namespace brc::route::AwsFacts
