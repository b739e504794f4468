#pragma once

#include "health/healthcheck.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace brc::health {

/// Health results written out for people and scripts. Nothing secret is in a result: URLs, model
/// strings, AWS error types and messages only.
class HealthReport final
{
public:
    /// One result as the CLI's `health --json` prints it: model_name, model, api, url, ok,
    /// http_status, latency_ms, ttft_ms, input_tokens, output_tokens, error {type, message,
    /// retryable, hint} (null when unknown or absent).
    [[nodiscard]] static QJsonObject toJson(const HealthResult &result);
    /// `{"results": [...], "healthy_count": N, "unhealthy_count": N}`, indented.
    [[nodiscard]] static QByteArray toJsonDocument(const QList<HealthResult> &results);
    /// RFC 4180 CSV with a header line, UTF-8, CRLF line ends; fields with `,` `"` or line
    /// ends are quoted, and text that a spreadsheet would run as a formula (=, +, -, @) is
    /// prefixed with `'`.
    [[nodiscard]] static QByteArray toCsv(const QList<HealthResult> &results);
};

} // namespace brc::health
