#pragma once

#include <QString>

namespace brc::bedrock {

/// Network policy of a BedrockClient. Defaults follow the AWS SDKs' "standard" retry mode.
struct BedrockClientOptions
{
    /// Total attempts, the first included (standard mode: 3). 1 disables retries.
    int maxAttempts = 3;
    /// Backoff base for 5xx and transport errors, and for throttling (SDK: 100 ms and 500 ms).
    int baseDelayMs = 100;
    int throttlingBaseDelayMs = 500;
    /// Upper bound of one backoff delay, Retry-After included (SDK: 20 s).
    int maxDelayMs = 20000;
    /// No response headers within this many ms: the attempt fails with network.timeout.
    int connectTimeoutMs = 10000;
    /// Headers arrived but then no byte for this many ms (a stalled body or stream): the
    /// attempt fails with network.timeout (botocore's read_timeout is also 60 s). 0 disables.
    int readTimeoutMs = 60000;
    /// Whole call, retries included. 0 disables.
    int totalTimeoutMs = 120000;
    /// Largest non-streamed body accepted (a 128k-token answer is well under 1 MiB of JSON);
    /// beyond it the call fails with bedrock.response_too_large instead of buffering on.
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    /// Largest event stream accepted, all frames together (a 128k-token answer streamed as
    /// ConverseStream deltas is about 20 MiB); beyond it the call fails with
    /// bedrock.response_too_large, which also bounds the text the stream summary collects.
    qint64 maxStreamBytes = 32 * 1024 * 1024;
    /// PEM bundle of extra trusted CAs; empty uses $AWS_CA_BUNDLE when set.
    QString caBundlePath;

    bool operator==(const BedrockClientOptions &) const = default;
};

} // namespace brc::bedrock
