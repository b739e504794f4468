#pragma once

#include "common/error.h"

#include <QString>

#include <optional>

namespace brc::bedrock {

/// What a whole response stream (or a whole response) added up to. Numbers are -1 when unknown.
struct StreamSummary
{
    QString text;
    QString reasoning;
    QString toolInput;
    QString stopReason;
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    qint64 latencyMs = -1;
    int messageCount = 0;
    /// The modeled exception that ended the stream, if any.
    std::optional<Error> error;

    bool operator==(const StreamSummary &) const = default;
};

} // namespace brc::bedrock
