#pragma once

#include "bedrock/streamsummary.h"

#include <QByteArray>
#include <QString>

namespace brc::bedrock {

/// What a successful call returned. Numbers are -1 when unknown.
///
/// `summary` holds text, stop reason, tokens (from the body, or the
/// X-Amzn-Bedrock-Input/Output-Token-Count headers when the body has none) and the service's
/// latency (metrics.latencyMs, invocationMetrics, or X-Amzn-Bedrock-Invocation-Latency);
/// `wallMs` is the client's own clock from send to the end of the body, `ttftMs` to the first text.
struct BedrockResponse
{
    int httpStatus = 0;
    QString requestId;
    QByteArray contentType;
    /// The raw body of a non-streaming call (empty for streams).
    QByteArray body;
    StreamSummary summary;
    qint64 wallMs = -1;
    qint64 ttftMs = -1;
    int attempts = 0;

    bool operator==(const BedrockResponse &) const = default;
};

} // namespace brc::bedrock
