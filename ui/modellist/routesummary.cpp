#include "routesummary.h"

#include "config/deployment.h"
#include "route/parsedroute.h"
#include "route/routeparser.h"

#include <QCoreApplication>

namespace brc::ui {

route::RouteContext RouteSummary::contextOf(
    const config::Deployment &deployment, const route::RouteEnvironment &environment)
{
    route::RouteContext context = deployment.routeContext();
    context.environment = environment;
    return context;
}

RouteSummary RouteSummary::of(
    const route::RouteParser &parser, const QString &model, const route::RouteContext &context)
{
    const route::ParsedRoute parsed = parser.parse(model, context);
    RouteSummary summary;
    if (parsed.litellm.otherProvider) {
        summary.route = QCoreApplication::translate("brc::ui::RouteSummary", "(%1)").arg(*parsed.litellm.otherProvider);
        return summary;
    }
    summary.route = parsed.litellm.accepted() ? route::routeName(parsed.litellm.route)
                                              : QCoreApplication::translate("brc::ui::RouteSummary", "rejected");
    summary.region = parsed.litellm.region;
    summary.provider = parsed.litellm.invokeProvider.value_or(parsed.aws.provider);
    if (summary.provider.isEmpty()) {
        summary.provider = parsed.aws.provider;
    }
    summary.problemCount = int(parsed.diagnostics.size());
    summary.worst = parsed.worstSeverity();
    QStringList lines;
    for (const route::Diagnostic &diagnostic : parsed.diagnostics) {
        lines.append(route::severityName(diagnostic.severity) + QStringLiteral(": ") + diagnostic.message);
    }
    summary.tooltip = lines.join(QLatin1Char('\n'));
    return summary;
}

} // namespace brc::ui
