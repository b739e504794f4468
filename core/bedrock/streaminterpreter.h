#pragma once

#include "bedrock/streamevent.h"
#include "bedrock/streamsummary.h"

#include <QJsonObject>
#include <QList>

namespace brc::bedrock {

struct EventStreamMessage;

/// Turns decoded event-stream messages into StreamEvents and adds them up in a StreamSummary.
///
/// Understands ConverseStream events (messageStart, contentBlockStart/Delta/Stop with text,
/// reasoningContent and toolUse deltas, messageStop, metadata), invoke `chunk` events whose
/// `bytes` is base64 of the model's own JSON, recognised by its fields (Anthropic
/// message_start/content_block_delta/message_delta, Nova converse-shaped events, Titan
/// outputText, Llama/DeepSeek/Qwen generation, Mistral outputs/choices, Cohere text/generations,
/// AI21 completions, OpenAI-style choices[].delta, Pegasus message), the
/// `amazon-bedrock-invocationMetrics` object, and `exception`/`error` messages.
class StreamInterpreter final
{
public:
    StreamInterpreter() = default;

    /// Interprets one message, updates summary() and returns what it meant (possibly several events).
    QList<StreamEvent> add(const EventStreamMessage &message);
    /// Interprets one model-native JSON chunk (the decoded `bytes` of an invoke `chunk`).
    QList<StreamEvent> addChunk(const QJsonObject &chunk);

    const StreamSummary &summary() const { return m_summary; }

private:
    QList<StreamEvent> addConverseEvent(const QString &eventType, const QJsonObject &body);
    void apply(const StreamEvent &event);

    StreamSummary m_summary;
};

} // namespace brc::bedrock
