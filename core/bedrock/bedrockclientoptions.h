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
    /// Whole call, retries included. 0 disables.
    int totalTimeoutMs = 120000;
    /// PEM bundle of extra trusted CAs; empty uses $AWS_CA_BUNDLE when set.
    QString caBundlePath;

    bool operator==(const BedrockClientOptions &) const = default;
};

} // namespace brc::bedrock
