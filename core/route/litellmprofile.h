#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace brc::route {

enum class LiteLlmRoute : quint8;

/// How one LiteLLM release reads Bedrock model strings, as data.
///
/// The router (LiteLlmRouter) is written once; a release is a profile. A future LiteLLM version
/// is one more profile here, with the switches that changed, not a fork of the parser.
struct LiteLlmProfile
{
    /// How get_bedrock_invoke_provider works in a release.
    enum class ProviderRule : quint8 {
        FirstDotSegment, ///< before 1.60: model.split(".")[0], whatever it is
        Scan, ///< 1.60 on: nova check, "." segment, "/" segment, substring scan
    };

    QString version; ///< "1.81.9"
    QString shortName; ///< "1.81", accepted by --litellm
    QString description; ///< one line for the console's version selector

    /// Substring markers, tested in this order anywhere in the string; first match wins.
    QList<QPair<QString, LiteLlmRoute>> routeMarkers;
    /// get_bedrock_base_model: the leading prefixes removed once each, in order.
    QStringList baseModelPrefixes;
    bool baseModelArnTail = true; ///< "arn" anywhere: keep the text after the last "/"
    bool baseModelThroughputSuffix = true; ///< drop ":N" of a trailing ":N:Mk"
    bool baseModelRegionPath = true; ///< drop a leading "aws-region/"
    QStringList pathRegions; ///< the regions a "region/" path prefix may name
    bool crashOnBarePrefix = true; ///< "bedrock/us" raises IndexError
    /// Routing-stripped name also checked against the converse list ("cris only" ids).
    bool alternateMembership = true;
    QStringList crossRegionPrefixes;

    ProviderRule providerRule = ProviderRule::Scan;
    bool novaFirst = true; ///< "nova" anywhere (case-insensitive) means the nova provider
    QStringList invokeProviderLiterals; ///< BEDROCK_INVOKE_PROVIDERS_LITERAL, declared order
    QSet<QString> invokeProvidersWithHandler; ///< providers the invoke route can send for
    QSet<QString> encodedSpecs; ///< specs whose "spec/" is removed and whose id is percent-encoded
    QString unknownProviderError; ///< %1 provider (or None), %2 model
    bool invokeRemovesEveryMarker = false; ///< invoke strips every "invoke/", not only the first
    bool unknownProviderNamesStrippedModel = false; ///< the error quotes the model after "invoke/" removal

    bool arnRegion = true; ///< the region field of an ARN is a region source
    bool converseEndpointOverride = true; ///< converse posts to aws_bedrock_runtime_endpoint before api_base
    bool converseEncodesId = true;
    bool fakeStreamAi21 = true;

    /// The ids routed to Converse by default (bedrock_converse_models).
    QSet<QString> converseModels;

    /// The releases the console knows, newest first.
    static const QList<LiteLlmProfile> &all();
    /// By full or short version ("1.81.9", "1.81", "1.53"); nullptr when unknown.
    static const LiteLlmProfile *find(QStringView version);
    static const LiteLlmProfile &latest();
};

} // namespace brc::route
