#include "healthcheck.h"

#include "bedrock/errormapper.h"

namespace brc::health {

QString HealthResult::errorType() const
{
    if (!error) {
        return {};
    }
    return error->awsType.isEmpty() ? error->code : error->awsType;
}

QString HealthResult::hint() const
{
    return error ? bedrock::ErrorMapper::hint(*error, call.modelId, call.region) : QString();
}

bool HealthResult::isRetryable() const
{
    return error && bedrock::ErrorMapper::isRetryable(*error);
}

QString apiName(bedrock::RouteApi api)
{
    return api == bedrock::RouteApi::Converse ? QStringLiteral("converse") : QStringLiteral("invoke");
}

} // namespace brc::health
