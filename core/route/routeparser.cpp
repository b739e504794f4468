#include "routeparser.h"

#include "litellmprofile.h"
#include "modelcatalog.h"

namespace brc::route {

RouteParser::RouteParser(const LiteLlmProfile &profile, const ModelCatalog &catalog)
    : m_router(profile, catalog)
    , m_aws(catalog)
    , m_linter(m_router)
{
    const LiteLlmProfile &oldest = LiteLlmProfile::all().constLast();
    if (&oldest != &profile && oldest.version != profile.version) {
        m_legacy = std::make_unique<LiteLlmRouter>(oldest, catalog);
    }
}

RouteParser::RouteParser()
    : RouteParser(LiteLlmProfile::latest(), ModelCatalog::builtin())
{
}

RouteParser::~RouteParser() = default;

ParsedRoute RouteParser::parse(const QString &input, const RouteContext &context) const
{
    ParsedRoute route;
    route.input = QString(input); // inline copy, see AwsModelReader::read
    RouteMarkerMatch marker;
    m_router.route(input, context, route.litellm, &marker);
    m_aws.read(input, context, route.aws, route.segments, &route.litellm);
    if (m_legacy && route.litellm.accepted() && !route.litellm.error) {
        const LegacyOutcome legacy { m_legacy->profile().version, m_legacy->routeError(input) };
        m_linter.lint(route, context, &legacy, &marker);
    } else {
        m_linter.lint(route, context, nullptr, &marker);
    }
    return route;
}

} // namespace brc::route
