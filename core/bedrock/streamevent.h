#pragma once

#include <QString>

namespace brc::bedrock {

/// One interpreted step of a Bedrock response stream (ConverseStream event or invoke chunk).
///
/// Numbers are -1 when the event does not carry them.
struct StreamEvent
{
    enum class Kind {
        MessageStart,
        ContentBlockStart,
        TextDelta,
        ReasoningDelta,
        ToolUseDelta,
        ContentBlockStop,
        MessageStop,
        Metadata,
        Exception,
        Other,
    };

    Kind kind = Kind::Other;
    /// The delta text (TextDelta, ReasoningDelta, ToolUseDelta: the partial tool input JSON).
    QString text;
    QString stopReason;
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    qint64 latencyMs = -1;
    /// Exception only: the AWS error type (ThrottlingException, ...) and its message.
    QString errorType;
    QString errorMessage;

    bool operator==(const StreamEvent &) const = default;
};

} // namespace brc::bedrock
