#include "healthplanner.h"

#include "aws/awsenvironment.h"
#include "config/configdocument.h"
#include "route/routeparser.h"

namespace brc::health {

HealthPlanner::HealthPlanner(const route::RouteParser &parser, QProcessEnvironment environment)
    : m_parser(parser)
    , m_environment(std::move(environment))
    , m_routeEnvironment(aws::readRouteEnvironment(m_environment))
{
}

QString HealthPlanner::paramValue(const config::Deployment &deployment, QStringView key) const
{
    return valueText(deployment.param(key));
}

QString HealthPlanner::valueText(const config::ConfigValue &value) const
{
    if (!value.isPresent() || value.isNull) {
        return {};
    }
    return value.isEnvReference() ? m_environment.value(value.envName()) : value.text;
}

route::RouteContext HealthPlanner::routeContext(const config::Deployment &deployment) const
{
    // os.environ/ references are resolved: the call goes where the proxy's would.
    route::RouteContext context
        = deployment.routeContext([this](const config::ConfigValue &value) { return valueText(value); });
    context.environment = m_routeEnvironment;
    return context;
}

aws::CredentialRequest HealthPlanner::credentialRequest(const config::Deployment &deployment) const
{
    aws::CredentialRequest wanted;
    wanted.accessKeyId = paramValue(deployment, u"aws_access_key_id");
    wanted.secretAccessKey = paramValue(deployment, u"aws_secret_access_key");
    wanted.sessionToken = paramValue(deployment, u"aws_session_token");
    wanted.region = paramValue(deployment, u"aws_region_name");
    wanted.profileName = paramValue(deployment, u"aws_profile_name");
    wanted.roleArn = paramValue(deployment, u"aws_role_name");
    wanted.sessionName = paramValue(deployment, u"aws_session_name");
    wanted.externalId = paramValue(deployment, u"aws_external_id");
    wanted.stsEndpoint = paramValue(deployment, u"aws_sts_endpoint");
    wanted.webIdentityToken = paramValue(deployment, u"aws_web_identity_token");
    wanted.bearerToken = paramValue(deployment, u"api_key");
    return wanted;
}

QList<HealthTarget> HealthPlanner::plan(const config::ConfigDocument &document, const bedrock::ChatRequest &chat,
    HealthApis apis, bool stream, const QList<int> &rows) const
{
    const QList<config::Deployment> &deployments = document.deployments();
    QList<int> wanted = rows;
    if (wanted.isEmpty()) {
        wanted.reserve(deployments.size());
        for (int row = 0; row < deployments.size(); ++row) {
            wanted.append(row);
        }
    }
    QList<HealthTarget> targets;
    targets.reserve(wanted.size() * (apis == HealthApis::Both ? 2 : 1));
    for (const int row : std::as_const(wanted)) {
        if (row < 0 || row >= deployments.size()) {
            continue;
        }
        const config::Deployment &deployment = deployments.at(row);
        const QString model = deployment.model();
        if (!model.startsWith(QLatin1String("bedrock/"))) {
            continue;
        }
        // What LiteLLM calls with: litellm_credential_name brings in its credential_list values.
        config::Deployment effective = deployment;
        effective.litellmParams = document.effectiveParams(deployment);
        const route::ParsedRoute route = m_parser.parse(model, routeContext(effective));
        QList<bedrock::RouteApi> calls;
        switch (apis) {
        case HealthApis::LiteLlm:
            calls = { bedrock::RouteRequestBuilder::defaultApi(route) };
            break;
        case HealthApis::Converse:
            calls = { bedrock::RouteApi::Converse };
            break;
        case HealthApis::Invoke:
            calls = { bedrock::RouteApi::Invoke };
            break;
        case HealthApis::Both:
            calls = { bedrock::RouteApi::Converse, bedrock::RouteApi::Invoke };
            break;
        }
        const aws::CredentialRequest credentials = credentialRequest(effective);
        for (const bedrock::RouteApi api : std::as_const(calls)) {
            HealthTarget target;
            target.call.row = row;
            target.call.modelName = deployment.modelName.text;
            target.call.model = model;
            target.call.api = api;
            target.call.region = route.litellm.region;
            target.call.modelId = route.aws.modelId;
            target.call.url = bedrock::RouteRequestBuilder::urlFor(route, api, stream);
            target.credentials = credentials;
            auto request = bedrock::RouteRequestBuilder::build(route, api, stream, chat);
            if (request) {
                target.request = std::move(request).value();
            } else {
                target.error = request.error();
            }
            targets.append(std::move(target));
        }
    }
    return targets;
}

} // namespace brc::health
