#include "responseparser.h"

#include "bedrock/streaminterpreter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brc::bedrock {

namespace {

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject()) {
        return Error(QStringLiteral("bedrock.bad_response"),
            QStringLiteral("Bedrock answered with a body that is not a JSON object: %1")
                .arg(error.error == QJsonParseError::NoError ? QStringLiteral("not an object") : error.errorString()));
    }
    return document.object();
}

qint64 number(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

StreamSummary converseShape(const QJsonObject &json)
{
    StreamSummary summary;
    const QJsonArray content = json.value(QLatin1String("output"))
                                   .toObject()
                                   .value(QLatin1String("message"))
                                   .toObject()
                                   .value(QLatin1String("content"))
                                   .toArray();
    for (const QJsonValue &block : content) {
        const QJsonObject object = block.toObject();
        summary.text += object.value(QLatin1String("text")).toString();
        const QJsonObject reasoning = object.value(QLatin1String("reasoningContent")).toObject();
        summary.reasoning
            += reasoning.value(QLatin1String("reasoningText")).toObject().value(QLatin1String("text")).toString();
        const QJsonObject toolUse = object.value(QLatin1String("toolUse")).toObject();
        if (!toolUse.isEmpty()) {
            summary.toolInput += QString::fromUtf8(
                QJsonDocument(toolUse.value(QLatin1String("input")).toObject()).toJson(QJsonDocument::Compact));
        }
    }
    summary.stopReason = json.value(QLatin1String("stopReason")).toString();
    const QJsonObject usage = json.value(QLatin1String("usage")).toObject();
    summary.inputTokens = number(usage.value(QLatin1String("inputTokens")));
    summary.outputTokens = number(usage.value(QLatin1String("outputTokens")));
    summary.latencyMs = number(json.value(QLatin1String("metrics")).toObject().value(QLatin1String("latencyMs")));
    return summary;
}

StreamSummary anthropicShape(const QJsonObject &json)
{
    StreamSummary summary;
    for (const QJsonValue &block : json.value(QLatin1String("content")).toArray()) {
        const QJsonObject object = block.toObject();
        const QString type = object.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text")) {
            summary.text += object.value(QLatin1String("text")).toString();
        } else if (type == QLatin1String("thinking")) {
            summary.reasoning += object.value(QLatin1String("thinking")).toString();
        } else if (type == QLatin1String("tool_use")) {
            summary.toolInput += QString::fromUtf8(
                QJsonDocument(object.value(QLatin1String("input")).toObject()).toJson(QJsonDocument::Compact));
        }
    }
    summary.stopReason = json.value(QLatin1String("stop_reason")).toString();
    const QJsonObject usage = json.value(QLatin1String("usage")).toObject();
    summary.inputTokens = number(usage.value(QLatin1String("input_tokens")));
    summary.outputTokens = number(usage.value(QLatin1String("output_tokens")));
    return summary;
}

StreamSummary titanShape(const QJsonObject &json)
{
    StreamSummary summary;
    const QJsonObject result = json.value(QLatin1String("results")).toArray().first().toObject();
    summary.text = result.value(QLatin1String("outputText")).toString();
    summary.stopReason = result.value(QLatin1String("completionReason")).toString();
    summary.inputTokens = number(json.value(QLatin1String("inputTextTokenCount")));
    summary.outputTokens = number(result.value(QLatin1String("tokenCount")));
    return summary;
}

} // namespace

Result<StreamSummary> ResponseParser::parseConverse(const QByteArray &body)
{
    auto json = parseObject(body);
    if (!json) {
        return json.error();
    }
    return converseShape(*json);
}

Result<StreamSummary> ResponseParser::parseInvoke(const QByteArray &body, InvokeFamily family)
{
    auto parsed = parseObject(body);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject &json = *parsed;
    if (family == InvokeFamily::Nova || json.contains(QLatin1String("output"))) {
        return converseShape(json);
    }
    if (family == InvokeFamily::Anthropic
        || (json.value(QLatin1String("content")).isArray() && json.contains(QLatin1String("stop_reason")))) {
        return anthropicShape(json);
    }
    if (family == InvokeFamily::Titan || json.contains(QLatin1String("results"))) {
        return titanShape(json);
    }
    // The remaining families answer with the same fields their stream chunks carry.
    StreamInterpreter interpreter;
    interpreter.addChunk(json);
    StreamSummary summary = interpreter.summary();
    summary.messageCount = 0;
    return summary;
}

} // namespace brc::bedrock
