#include "errorfix.h"

#include "route/awsfacts.h"
#include "route/parsedroute.h"

#include <initializer_list>

namespace brc::bedrock {

namespace {

std::optional<route::Diagnostic> linterFix(const route::ParsedRoute &route, std::initializer_list<const char *> codes)
{
    for (const char *code : codes) {
        for (const route::Diagnostic &diagnostic : route.diagnostics) {
            if (diagnostic.hasFix() && diagnostic.code == QLatin1String(code)) {
                return diagnostic;
            }
        }
    }
    return std::nullopt;
}

/// The geo prefix of the call's region inserted before the vendor segment ("amazon.").
std::optional<route::Diagnostic> geoPrefixFix(const route::ParsedRoute &route)
{
    if (!route.aws.geoPrefix.isEmpty() || route.aws.arn) {
        return std::nullopt;
    }
    const QString geo = route::AwsFacts::geoForRegion(route.aws.region);
    if (geo.isEmpty()) {
        return std::nullopt;
    }
    for (const route::Segment &segment : route.segments) {
        if (segment.kind == route::SegmentKind::Vendor) {
            QString fixed = route.input;
            fixed.insert(segment.span.start, geo + u'.');
            return route::Diagnostic { QStringLiteral("add-geo-prefix"), route::Severity::Info,
                QStringLiteral("Call the %1 cross-region inference profile: Bedrock spreads its requests over the "
                               "regions of %1, which raises the throughput available from %2.")
                    .arg(geo, route.aws.region),
                { segment.span.start, segment.span.start }, fixed };
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<route::Diagnostic> fixForError(const Error &error, const route::ParsedRoute &route)
{
    const QString &type = error.awsType;
    const QString lower = error.message.toLower();
    if (type == QLatin1String("ThrottlingException")
        || (type == QLatin1String("ValidationException") && lower.contains(QLatin1String("on-demand throughput")))) {
        if (auto fix = linterFix(route, { route::codes::NeedsInferenceProfile })) {
            return fix;
        }
        return geoPrefixFix(route);
    }
    if (type == QLatin1String("ValidationException") && lower.contains(QLatin1String("model identifier is invalid"))) {
        return linterFix(route,
            { route::codes::GeoPrefixRegionMismatch, route::codes::UnknownGeoPrefix, route::codes::GeoPrefixCase });
    }
    if (type == QLatin1String("ResourceNotFoundException") || error.code == QLatin1String("bedrock.unknown_provider")) {
        return linterFix(route, { route::codes::ArnNeedsConverse, route::codes::RawArnInPath });
    }
    return std::nullopt;
}

} // namespace brc::bedrock
