#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace brc::bedrock {

struct EventStreamMessage;

/// Maps Bedrock failures to brc::Error the way botocore does, and explains them.
///
/// The AWS type is taken, first match wins, from the `x-amzn-ErrorType` header, the body's
/// `code`/`Code`, the body's `__type`, then the HTTP status; it is cleaned as
/// `split(':')[0].rsplit('#')[-1]`. The resulting Error has `code` = "bedrock." + type,
/// `awsType` = type, `httpStatus`, and `message` = the body's message (or a status line).
class ErrorMapper final
{
public:
    /// `Name:http://...` or `ns#Name` → `Name`.
    [[nodiscard]] static QString cleanType(const QString &raw);
    /// The error for a non-2xx response.
    [[nodiscard]] static Error fromHttp(int status, const QByteArray &errorTypeHeader, const QByteArray &body);
    /// The error for a stream message whose `:message-type` is `exception` or `error`.
    [[nodiscard]] static Error fromStreamMessage(const EventStreamMessage &message);
    /// The AWS type for a status alone (400 → ValidationException, 429 → ThrottlingException, ...).
    [[nodiscard]] static QString typeForStatus(int status);
    /// The documented status of a type, or 0 when unknown.
    [[nodiscard]] static int statusForType(const QString &type);

    /// Whether trying again may succeed: throttling, ModelNotReady, model stream errors,
    /// timeouts of the transport, and 5xx. ServiceQuotaExceededException (400) is not retryable.
    [[nodiscard]] static bool isRetryable(const Error &error);
    /// The wait a `Retry-After` header asks for, in ms, capped at `maxDelayMs`; -1 when the header
    /// is absent or not a whole number of seconds (an HTTP date is not honoured: backoff applies).
    [[nodiscard]] static int retryAfterMs(const QByteArray &header, int maxDelayMs);
    /// A sentence a person can act on, or an empty string. `modelId` and `region` sharpen it.
    [[nodiscard]] static QString hint(const Error &error, const QString &modelId = {}, const QString &region = {});
};

} // namespace brc::bedrock
