#pragma once

#include "route/diagnostic.h"
#include "route/routecontext.h"

#include <QString>

#include <optional>

namespace brc::config {
struct Deployment;
}
namespace brc::route {
class RouteParser;
}

namespace brc::ui {

/// What the model list shows of one deployment's route: a few words instead of a ParsedRoute,
/// so that 10,000 rows cost little memory.
struct RouteSummary
{
    QString route;
    QString region;
    QString provider;
    int problemCount = 0;
    std::optional<route::Severity> worst;
    QString tooltip; ///< one line per diagnostic

    /// The RouteContext of a deployment: its literal region, endpoint, api_base and model_id
    /// (`os.environ/` references are not values and are left out), plus `environment`.
    static route::RouteContext contextOf(
        const config::Deployment &deployment, const route::RouteEnvironment &environment);
    static RouteSummary of(const route::RouteParser &parser, const QString &model, const route::RouteContext &context);
};

} // namespace brc::ui
