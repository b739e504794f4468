#pragma once

#include "aws/awscredentials.h"
#include "aws/sigv4signer.h"
#include "bedrock/bedrockoperation.h"
#include "bedrock/invokefamily.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace brc::bedrock {

/// One Bedrock Runtime call, as it will be sent.
///
/// The URL is `endpoint + "/model/" + path id + "/" + operation`, where the path id is
/// `pathModelId` when set (the exact text LiteLLM puts there, e.g. a raw invoke ARN), else
/// `modelId` percent-encoded once with nothing kept safe (`:` → `%3A`), as botocore sends it.
struct BedrockRequest
{
    BedrockOperation operation = BedrockOperation::Converse;
    /// scheme://host[:port][/base], e.g. https://bedrock-runtime.us-east-1.amazonaws.com
    QString endpoint;
    QString modelId;
    QString pathModelId;
    /// The signing region.
    QString region;
    QByteArray body;
    /// How to read an invoke response; Unknown recognises the family by its fields.
    InvokeFamily family = InvokeFamily::Unknown;
    /// Extra headers (X-Amzn-Bedrock-Trace, guardrails, ...). Signed with the rest.
    QList<aws::HttpHeader> headers;

    /// The full URL in wire form.
    QByteArray url() const;

    bool operator==(const BedrockRequest &) const = default;
};

/// How a call proves who it is: SigV4 with `credentials`, or `Authorization: Bearer` with
/// `bearerToken` (a Bedrock API key) when that is set.
struct BedrockAuth
{
    aws::AwsCredentials credentials;
    QString bearerToken;

    bool operator==(const BedrockAuth &) const = default;
};

} // namespace brc::bedrock
