#pragma once

#include "aws/credentialrequest.h"
#include "bedrock/bedrockrequest.h"
#include "bedrock/routerequestbuilder.h"
#include "common/error.h"

#include <QString>

#include <optional>

namespace brc::health {

/// Which deployment a health call is about, and where it goes.
struct HealthCall
{
    int row = -1; ///< the deployment's position in model_list
    QString modelName;
    QString model;
    bedrock::RouteApi api = bedrock::RouteApi::Converse;
    QString url;
    QString region;
    QString modelId;

    bool operator==(const HealthCall &) const = default;
};

/// One call of a health run, planned but not sent. `request` is empty when the call cannot be
/// made (`error` says why: a rejected route, an unknown invoke provider).
struct HealthTarget
{
    HealthCall call;
    std::optional<bedrock::BedrockRequest> request;
    aws::CredentialRequest credentials;
    std::optional<Error> error;

    bool operator==(const HealthTarget &) const = default;
};

/// What one call of a health run gave. Numbers are -1 (status 0) when unknown.
struct HealthResult
{
    HealthCall call;
    int httpStatus = 0;
    qint64 latencyMs = -1;
    qint64 ttftMs = -1;
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    std::optional<Error> error;

    bool isOk() const { return !error.has_value(); }
    /// The AWS error type, else the error code; empty when the call succeeded.
    QString errorType() const;
    /// ErrorMapper::hint() for the error, sharpened with the model id and region.
    QString hint() const;
    bool isRetryable() const;

    bool operator==(const HealthResult &) const = default;
};

/// "converse" or "invoke".
QString apiName(bedrock::RouteApi api);

} // namespace brc::health
