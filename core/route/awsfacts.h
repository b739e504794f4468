#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace brc::route {

/// What AWS documents about Bedrock's regions, partitions and cross-region profiles
/// (the Bedrock user guide, botocore's endpoint data, aws-cdk's inference-profile table).
namespace AwsFacts {

/// Every region name Bedrock's runtime is known in, all partitions.
const QStringList &regions();
bool isRegion(QStringView name);
/// The stored name of a known region (shared, not copied, by callers that keep it), or nullptr.
const QString *knownRegion(QStringView name);
/// The position of a known region in regions(), or -1.
qsizetype regionIndex(QStringView name);
/// https://bedrock-runtime[-fips].REGION.DNS-SUFFIX
QString runtimeEndpoint(const QString &region, bool fips);
/// Shape check only: lower-case letters, digits and dashes, as LiteLLM's ^[a-z0-9-]+$.
bool looksLikeRegion(QStringView name);

/// The partition a region belongs to: aws, aws-us-gov, aws-cn, aws-iso, aws-iso-b, aws-eusc.
QString partition(QStringView region);
/// amazonaws.com, amazonaws.com.cn, c2s.ic.gov, sc2s.sgov.gov, amazonaws.eu.
QString dnsSuffix(QStringView region);
/// Regions with a bedrock-runtime-fips host.
bool hasFipsRuntime(QStringView region);

/// The geographic cross-region prefixes: us, eu, apac, jp, au, us-gov, global.
const QStringList &geoPrefixes();
bool isGeoPrefix(QStringView prefix);
const QString *knownGeoPrefix(QStringView prefix);
/// Whether a profile with this prefix can be called from `region` (the source region).
bool geoAcceptsRegion(QStringView geo, QStringView region);
/// The prefix to use from `region`: us for us-*/ca-*, eu for eu-*, apac for ap-*/me-central-1,
/// us-gov for GovCloud; empty when no geographic profile serves the region.
QString geoForRegion(QStringView region);
/// The source regions a prefix serves, for messages ("us-east-1, us-east-2, ...").
QStringList geoSourceRegions(QStringView geo);

/// Models Bedrock serves only through an inference profile (no on-demand throughput), matched
/// on the id without its geo prefix: Nova, Claude 3.5 v2 and later, Llama 3.2/3.3/4, ...
bool needsInferenceProfile(QStringView bareModelId);

/// The vendor segments of Bedrock model ids ("anthropic", "amazon", ...).
bool isVendor(QStringView segment);
const QString *knownVendor(QStringView segment);

} // namespace AwsFacts

} // namespace brc::route
