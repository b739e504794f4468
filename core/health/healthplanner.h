#pragma once

#include "bedrock/chatrequest.h"
#include "health/healthcheck.h"
#include "route/routecontext.h"

#include <QList>
#include <QProcessEnvironment>

#include <optional>

namespace brc::config {
class ConfigDocument;
struct ConfigValue;
struct Deployment;
} // namespace brc::config
namespace brc::route {
class RouteParser;
}

namespace brc::health {

/// Which APIs a health run calls for each deployment.
enum class HealthApis { LiteLlm, Converse, Invoke, Both };

/// Turns the Bedrock deployments of a LiteLLM config into the calls the proxy's /health would
/// make: the route as LiteLLM reads it (region, endpoint, model_id from litellm_params, with
/// `os.environ/NAME` read from `environment`), the request body for the API, and the deployment's
/// credential settings. Deployments whose model is not `bedrock/...` are skipped.
class HealthPlanner final
{
public:
    HealthPlanner(const route::RouteParser &parser, QProcessEnvironment environment);

    /// Every Bedrock deployment of `document`, or only `rows` when not empty.
    [[nodiscard]] QList<HealthTarget> plan(const config::ConfigDocument &document, const bedrock::ChatRequest &chat,
        HealthApis apis = HealthApis::LiteLlm, bool stream = false, const QList<int> &rows = {}) const;

    /// One deployment's route context (region, endpoint, api_base, model_id).
    [[nodiscard]] route::RouteContext routeContext(const config::Deployment &deployment) const;
    /// One deployment's credential settings as written (`os.environ/` read); the resolver adds
    /// LiteLLM's environment fallbacks, so its explanation can tell the two apart.
    [[nodiscard]] aws::CredentialRequest credentialRequest(const config::Deployment &deployment) const;

    /// A litellm_params value with `os.environ/NAME` read from the environment; empty when absent.
    [[nodiscard]] QString paramValue(const config::Deployment &deployment, QStringView key) const;
    /// A value as the proxy would read it: os.environ/ references resolved, null and absent empty.
    [[nodiscard]] QString valueText(const config::ConfigValue &value) const;

private:
    const route::RouteParser &m_parser;
    QProcessEnvironment m_environment;
    route::RouteEnvironment m_routeEnvironment;
};

} // namespace brc::health
