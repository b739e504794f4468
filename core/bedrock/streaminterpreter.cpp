#include "streaminterpreter.h"

#include "bedrock/errormapper.h"
#include "bedrock/eventstreammessage.h"
#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace brc::bedrock {

namespace {

using Kind = StreamEvent::Kind;

qint64 number(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

StreamEvent makeEvent(Kind kind, QString text = {})
{
    StreamEvent event;
    event.kind = kind;
    event.text = std::move(text);
    return event;
}

QJsonObject first(const QJsonValue &array)
{
    return array.toArray().first().toObject();
}

} // namespace

void StreamInterpreter::apply(const StreamEvent &event)
{
    switch (event.kind) {
    case Kind::TextDelta:
        m_summary.text += event.text;
        break;
    case Kind::ReasoningDelta:
        m_summary.reasoning += event.text;
        break;
    case Kind::ToolUseDelta:
        m_summary.toolInput += event.text;
        break;
    case Kind::Exception: {
        Error error(QStringLiteral("bedrock.") + event.errorType, event.errorMessage);
        error.awsType = event.errorType;
        error.httpStatus = ErrorMapper::statusForType(event.errorType);
        m_summary.error = error;
        break;
    }
    default:
        break;
    }
    if (!event.stopReason.isEmpty()) {
        m_summary.stopReason = event.stopReason;
    }
    if (event.inputTokens >= 0) {
        m_summary.inputTokens = event.inputTokens;
    }
    if (event.outputTokens >= 0) {
        m_summary.outputTokens = event.outputTokens;
    }
    if (event.latencyMs >= 0) {
        m_summary.latencyMs = event.latencyMs;
    }
}

QList<StreamEvent> StreamInterpreter::add(const EventStreamMessage &message)
{
    ++m_summary.messageCount;
    const QString messageType = message.messageType();
    if (messageType == QLatin1String("exception") || messageType == QLatin1String("error")) {
        const Error error = ErrorMapper::fromStreamMessage(message);
        StreamEvent event = makeEvent(Kind::Exception);
        event.errorType = error.awsType;
        event.errorMessage = error.message;
        apply(event);
        return { event };
    }
    const QJsonObject body = QJsonDocument::fromJson(message.payload).object();
    const QString eventType = message.eventType();
    if (eventType == QLatin1String("chunk")) {
        const QByteArray bytes = QByteArray::fromBase64(body.value(QLatin1String("bytes")).toString().toLatin1());
        QJsonParseError parseError {};
        const QJsonDocument chunk = QJsonDocument::fromJson(bytes, &parseError);
        if (!chunk.isObject()) {
            qCDebug(lcEventStream) << "chunk bytes are not a JSON object:" << parseError.errorString();
            return { makeEvent(Kind::Other) };
        }
        return addChunk(chunk.object());
    }
    return addConverseEvent(eventType, body);
}

QList<StreamEvent> StreamInterpreter::addConverseEvent(const QString &eventType, const QJsonObject &body)
{
    QList<StreamEvent> events;
    if (eventType == QLatin1String("messageStart")) {
        events.append(makeEvent(Kind::MessageStart));
    } else if (eventType == QLatin1String("contentBlockStart")) {
        const QJsonObject toolUse
            = body.value(QLatin1String("start")).toObject().value(QLatin1String("toolUse")).toObject();
        events.append(makeEvent(Kind::ContentBlockStart, toolUse.value(QLatin1String("name")).toString()));
    } else if (eventType == QLatin1String("contentBlockDelta")) {
        const QJsonObject delta = body.value(QLatin1String("delta")).toObject();
        if (delta.contains(QLatin1String("text"))) {
            events.append(makeEvent(Kind::TextDelta, delta.value(QLatin1String("text")).toString()));
        } else if (delta.contains(QLatin1String("reasoningContent"))) {
            const QJsonObject reasoning = delta.value(QLatin1String("reasoningContent")).toObject();
            events.append(makeEvent(Kind::ReasoningDelta, reasoning.value(QLatin1String("text")).toString()));
        } else if (delta.contains(QLatin1String("toolUse"))) {
            const QJsonObject toolUse = delta.value(QLatin1String("toolUse")).toObject();
            events.append(makeEvent(Kind::ToolUseDelta, toolUse.value(QLatin1String("input")).toString()));
        } else {
            events.append(makeEvent(Kind::Other));
        }
    } else if (eventType == QLatin1String("contentBlockStop")) {
        events.append(makeEvent(Kind::ContentBlockStop));
    } else if (eventType == QLatin1String("messageStop")) {
        StreamEvent event = makeEvent(Kind::MessageStop);
        event.stopReason = body.value(QLatin1String("stopReason")).toString();
        events.append(event);
    } else if (eventType == QLatin1String("metadata")) {
        StreamEvent event = makeEvent(Kind::Metadata);
        const QJsonObject usage = body.value(QLatin1String("usage")).toObject();
        event.inputTokens = number(usage.value(QLatin1String("inputTokens")));
        event.outputTokens = number(usage.value(QLatin1String("outputTokens")));
        event.latencyMs = number(body.value(QLatin1String("metrics")).toObject().value(QLatin1String("latencyMs")));
        events.append(event);
    } else {
        events.append(makeEvent(Kind::Other));
    }
    for (const StreamEvent &event : std::as_const(events)) {
        apply(event);
    }
    return events;
}

QList<StreamEvent> StreamInterpreter::addChunk(const QJsonObject &chunk)
{
    QList<StreamEvent> events;
    auto push = [&events](StreamEvent event) { events.append(std::move(event)); };

    const QString type = chunk.value(QLatin1String("type")).toString();
    // Nova (and other converse-shaped invoke streams) wrap one ConverseStream event per chunk.
    static const char *const s_converseKeys[]
        = { "messageStart", "contentBlockStart", "contentBlockDelta", "contentBlockStop", "messageStop", "metadata" };
    bool converseShaped = false;
    for (const char *key : s_converseKeys) {
        const QLatin1String name(key);
        if (chunk.contains(name)) {
            converseShaped = true;
            for (const StreamEvent &event : addConverseEvent(name, chunk.value(name).toObject())) {
                events.append(event);
            }
        }
    }
    if (converseShaped) {
        // addConverseEvent already applied its events.
        QList<StreamEvent> extra;
        const QJsonObject metrics = chunk.value(QLatin1String("amazon-bedrock-invocationMetrics")).toObject();
        if (!metrics.isEmpty()) {
            StreamEvent event = makeEvent(Kind::Metadata);
            if (m_summary.inputTokens < 0) {
                event.inputTokens = number(metrics.value(QLatin1String("inputTokenCount")));
            }
            if (m_summary.outputTokens < 0) {
                event.outputTokens = number(metrics.value(QLatin1String("outputTokenCount")));
            }
            event.latencyMs = number(metrics.value(QLatin1String("invocationLatency")));
            apply(event);
            events.append(event);
        }
        return events;
    }

    if (!type.isEmpty()) {
        // Anthropic Messages streaming events.
        if (type == QLatin1String("message_start")) {
            StreamEvent event = makeEvent(Kind::MessageStart);
            const QJsonObject usage
                = chunk.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject();
            event.inputTokens = number(usage.value(QLatin1String("input_tokens")));
            push(event);
        } else if (type == QLatin1String("content_block_start")) {
            const QJsonObject block = chunk.value(QLatin1String("content_block")).toObject();
            push(makeEvent(Kind::ContentBlockStart, block.value(QLatin1String("name")).toString()));
            if (!block.value(QLatin1String("text")).toString().isEmpty()) {
                push(makeEvent(Kind::TextDelta, block.value(QLatin1String("text")).toString()));
            }
        } else if (type == QLatin1String("content_block_delta")) {
            const QJsonObject delta = chunk.value(QLatin1String("delta")).toObject();
            const QString deltaType = delta.value(QLatin1String("type")).toString();
            if (deltaType == QLatin1String("thinking_delta")) {
                push(makeEvent(Kind::ReasoningDelta, delta.value(QLatin1String("thinking")).toString()));
            } else if (deltaType == QLatin1String("input_json_delta")) {
                push(makeEvent(Kind::ToolUseDelta, delta.value(QLatin1String("partial_json")).toString()));
            } else if (delta.contains(QLatin1String("text"))) {
                push(makeEvent(Kind::TextDelta, delta.value(QLatin1String("text")).toString()));
            } else {
                push(makeEvent(Kind::Other));
            }
        } else if (type == QLatin1String("content_block_stop")) {
            push(makeEvent(Kind::ContentBlockStop));
        } else if (type == QLatin1String("message_delta")) {
            StreamEvent event = makeEvent(Kind::MessageStop);
            event.stopReason
                = chunk.value(QLatin1String("delta")).toObject().value(QLatin1String("stop_reason")).toString();
            event.outputTokens
                = number(chunk.value(QLatin1String("usage")).toObject().value(QLatin1String("output_tokens")));
            push(event);
        } else if (type == QLatin1String("message_stop")) {
            push(makeEvent(Kind::Metadata));
        } else if (type == QLatin1String("error")) {
            const QJsonObject error = chunk.value(QLatin1String("error")).toObject();
            StreamEvent event = makeEvent(Kind::Exception);
            event.errorType = QStringLiteral("ModelStreamErrorException");
            event.errorMessage = error.value(QLatin1String("type")).toString() + QStringLiteral(": ")
                + error.value(QLatin1String("message")).toString();
            push(event);
        } else {
            push(makeEvent(Kind::Other));
        }
    } else if (chunk.contains(QLatin1String("outputText"))) {
        // Titan.
        StreamEvent event = makeEvent(Kind::TextDelta, chunk.value(QLatin1String("outputText")).toString());
        event.stopReason = chunk.value(QLatin1String("completionReason")).toString();
        event.inputTokens = number(chunk.value(QLatin1String("inputTextTokenCount")));
        event.outputTokens = number(chunk.value(QLatin1String("totalOutputTextTokenCount")));
        push(event);
    } else if (chunk.contains(QLatin1String("generation"))) {
        // Llama, DeepSeek, Qwen.
        StreamEvent event = makeEvent(Kind::TextDelta, chunk.value(QLatin1String("generation")).toString());
        event.stopReason = chunk.value(QLatin1String("stop_reason")).toString();
        event.inputTokens = number(chunk.value(QLatin1String("prompt_token_count")));
        event.outputTokens = number(chunk.value(QLatin1String("generation_token_count")));
        push(event);
    } else if (chunk.contains(QLatin1String("outputs"))) {
        // Mistral (prompt API).
        const QJsonObject output = first(chunk.value(QLatin1String("outputs")));
        StreamEvent event = makeEvent(Kind::TextDelta, output.value(QLatin1String("text")).toString());
        event.stopReason = output.value(QLatin1String("stop_reason")).toString();
        push(event);
    } else if (chunk.contains(QLatin1String("choices"))) {
        // OpenAI-style (gpt-oss, imported openai, Mistral chat, moonshot).
        const QJsonObject choice = first(chunk.value(QLatin1String("choices")));
        const QJsonObject delta = choice.contains(QLatin1String("delta"))
            ? choice.value(QLatin1String("delta")).toObject()
            : choice.value(QLatin1String("message")).toObject();
        const QString reasoning = delta.value(QLatin1String("reasoning_content"))
                                      .toString(delta.value(QLatin1String("reasoning")).toString());
        if (!reasoning.isEmpty()) {
            push(makeEvent(Kind::ReasoningDelta, reasoning));
        }
        StreamEvent event = makeEvent(Kind::TextDelta,
            delta.value(QLatin1String("content")).toString(choice.value(QLatin1String("text")).toString()));
        event.stopReason = choice.value(QLatin1String("finish_reason"))
                               .toString(choice.value(QLatin1String("stop_reason")).toString());
        const QJsonObject usage = chunk.value(QLatin1String("usage")).toObject();
        event.inputTokens = number(usage.value(QLatin1String("prompt_tokens")));
        event.outputTokens = number(usage.value(QLatin1String("completion_tokens")));
        push(event);
    } else if (chunk.contains(QLatin1String("completions"))) {
        // AI21 Jurassic.
        const QJsonObject completion = first(chunk.value(QLatin1String("completions")));
        StreamEvent event = makeEvent(Kind::TextDelta,
            completion.value(QLatin1String("data")).toObject().value(QLatin1String("text")).toString());
        event.stopReason
            = completion.value(QLatin1String("finishReason")).toObject().value(QLatin1String("reason")).toString();
        push(event);
    } else if (chunk.contains(QLatin1String("generations"))) {
        // Cohere legacy.
        const QJsonObject generation = first(chunk.value(QLatin1String("generations")));
        StreamEvent event = makeEvent(Kind::TextDelta, generation.value(QLatin1String("text")).toString());
        event.stopReason = generation.value(QLatin1String("finish_reason")).toString();
        push(event);
    } else if (chunk.contains(QLatin1String("text")) || chunk.contains(QLatin1String("is_finished"))
        || chunk.contains(QLatin1String("event_type"))) {
        // Cohere streams (legacy and command-r) and Qwen2.
        const QString eventType = chunk.value(QLatin1String("event_type")).toString();
        StreamEvent event = makeEvent(Kind::TextDelta);
        if (eventType.isEmpty() || eventType == QLatin1String("text-generation")) {
            event.text = chunk.value(QLatin1String("text")).toString();
        }
        event.stopReason = chunk.value(QLatin1String("finish_reason")).toString();
        push(event);
    } else if (chunk.value(QLatin1String("message")).isString()) {
        // TwelveLabs Pegasus.
        StreamEvent event = makeEvent(Kind::TextDelta, chunk.value(QLatin1String("message")).toString());
        event.stopReason = chunk.value(QLatin1String("finishReason")).toString();
        push(event);
    } else if (!chunk.contains(QLatin1String("amazon-bedrock-invocationMetrics"))) {
        push(makeEvent(Kind::Other));
    }

    const QJsonObject metrics = chunk.value(QLatin1String("amazon-bedrock-invocationMetrics")).toObject();
    for (const StreamEvent &event : std::as_const(events)) {
        apply(event);
    }
    if (!metrics.isEmpty()) {
        // The last chunk's metrics are authoritative for latency; tokens only fill gaps.
        StreamEvent event = makeEvent(Kind::Metadata);
        const qint64 input = number(metrics.value(QLatin1String("inputTokenCount")));
        const qint64 output = number(metrics.value(QLatin1String("outputTokenCount")));
        event.inputTokens = input >= 0 ? input : -1;
        event.outputTokens = output >= 0 ? output : -1;
        event.latencyMs = number(metrics.value(QLatin1String("invocationLatency")));
        apply(event);
        events.append(event);
    }
    return events;
}

} // namespace brc::bedrock
