#pragma once

#include <QString>

namespace brc::route {

/// What the environment contributes to a route: the variables LiteLLM and boto3 read.
/// Filled by brc::aws::readRouteEnvironment() in the programs, by hand in tests.
struct RouteEnvironment
{
    QString awsRegionName; ///< AWS_REGION_NAME
    QString awsRegion; ///< AWS_REGION
    QString runtimeEndpoint; ///< AWS_BEDROCK_RUNTIME_ENDPOINT
    QString sessionRegion; ///< what boto3's session finds: AWS_DEFAULT_REGION, then the profile's region
    QString sessionRegionOrigin; ///< where sessionRegion came from, for explanations ("AWS_DEFAULT_REGION",
                                 ///< "~/.aws/config [default]")

    bool operator==(const RouteEnvironment &) const = default;
};

/// The per-deployment parameters of a LiteLLM model entry that change where a call goes.
struct RouteContext
{
    QString region; ///< litellm_params.aws_region_name
    QString runtimeEndpoint; ///< litellm_params.aws_bedrock_runtime_endpoint
    QString apiBase; ///< litellm_params.api_base
    QString modelIdOverride; ///< litellm_params.model_id (replaces the id in the URL path)
    bool useFips = false; ///< AWS view only: prefer the FIPS runtime endpoint
    RouteEnvironment environment;

    bool operator==(const RouteContext &) const = default;
};

} // namespace brc::route
