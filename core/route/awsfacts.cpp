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

const QString *knownRegion(QStringView name)
{
    static const StringIndex s_index(regions());
    return s_index.find(name);
}

bool isRegion(QStringView name)
{
    return knownRegion(name) != nullptr;
}

QString runtimeEndpoint(const QString &region, bool fips)
{
    // Known regions share one prebuilt string each.
    struct Table
    {
        StringIndex regions { AwsFacts::regions() };
        QStringList plain;
        QStringList fips;
    };
    static const Table s_table = [] {
        Table table;
        for (const QString &r : table.regions.strings()) {
            const QString host = r + QLatin1Char('.') + dnsSuffix(r);
            table.plain.append(QLatin1String("https://bedrock-runtime.") + host);
            table.fips.append(QLatin1String("https://bedrock-runtime-fips.") + host);
        }
        return table;
    }();
    if (const qsizetype known = s_table.regions.indexOf(region); known >= 0) {
        return (fips ? s_table.fips : s_table.plain).at(known);
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
    static const QStringList s_fips
        = toList({ "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "us-gov-east-1", "us-gov-west-1" });
    return contains(s_fips, region);
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
    for (const Geo &g : geos()) {
        if (text::equals(g.prefix, geo)) {
            return g.sources.isEmpty() ? partition(region) == QLatin1String("aws") : contains(g.sources, region);
        }
    }
    return false;
}

QString geoForRegion(QStringView region)
{
    static const QStringList s_preferred = toList({ "us-gov", "us", "eu", "apac" });
    for (const QString &prefix : s_preferred) {
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
    static const QStringList s_profileOnly = toList({
        "amazon.nova-",
        "anthropic.claude-3-5-sonnet-20241022-v2",
        "anthropic.claude-3-5-haiku",
        "anthropic.claude-3-7-",
        "anthropic.claude-sonnet-4",
        "anthropic.claude-opus-4",
        "anthropic.claude-haiku-4",
        "meta.llama3-2-",
        "meta.llama3-3-",
        "meta.llama4-",
        "deepseek.r1-",
        "mistral.pixtral-",
        "writer.palmyra-",
    });
    if (bareModelId.isEmpty()) {
        return false;
    }
    const QChar first = bareModelId.front();
    for (const QString &prefix : s_profileOnly) {
        if (prefix.front() == first && text::startsWith(bareModelId, prefix)) {
            return true;
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
