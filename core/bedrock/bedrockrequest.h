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
    /// The headers every call carries before signing: Content-Type, Accept (JSON or event
    /// stream), X-Amzn-Bedrock-Accept for invoke streams, then `headers`.
    QList<aws::HttpHeader> wireHeaders() const;

    bool operator==(const BedrockRequest &) const = default;
};

/// A call as it went on the wire, for display: every header value has passed through
/// redactHeaderValue() (no signature, session token or bearer token), `attempt` counts from 1.
struct SentRequest
{
    QByteArray method;
    QByteArray url;
    QList<aws::HttpHeader> headers;
    QByteArray body;
    int attempt = 1;

    bool operator==(const SentRequest &) const = default;
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
