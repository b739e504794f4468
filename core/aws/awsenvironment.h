#pragma once

#include "route/routecontext.h"

#include <QProcessEnvironment>

namespace brc::aws {

/// What the environment says about regions and endpoints, read the way LiteLLM and boto3 read it:
/// AWS_REGION_NAME, AWS_REGION, AWS_BEDROCK_RUNTIME_ENDPOINT, then boto3's session region
/// (AWS_DEFAULT_REGION, else the `region` of the profile AWS_PROFILE or AWS_DEFAULT_PROFILE names,
/// or [default], in AWS_CONFIG_FILE or ~/.aws/config). A missing or unreadable config file means
/// no session region; it is not an error.
route::RouteEnvironment readRouteEnvironment(const QProcessEnvironment &environment);

/// The `region` value of `profile` in the AWS config file text (`[default]` or `[profile NAME]`),
/// empty when absent.
QString regionFromConfigText(const QByteArray &configText, const QString &profile);

} // namespace brc::aws
