#include "requestbodybuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace brc::bedrock {

namespace {

QJsonArray textBlocks(const QString &text)
{
    return QJsonArray { QJsonObject { { QStringLiteral("text"), text } } };
}

void setOptional(QJsonObject &object, QLatin1String key, const std::optional<double> &value)
{
    if (value) {
        object.insert(key, *value);
    }
}

QString llama3Prompt(const ChatRequest &request)
{
    QString prompt = QStringLiteral("<|begin_of_text|>");
    auto turn = [&prompt](const QString &role, const QString &text) {
        prompt += QStringLiteral("<|start_header_id|>") + role + QStringLiteral("<|end_header_id|>\n\n") + text
            + QStringLiteral("<|eot_id|>");
    };
    if (!request.system.isEmpty()) {
        turn(QStringLiteral("system"), request.system);
    }
    for (const ChatMessage &m : request.messages) {
        turn(m.role, m.text);
    }
    prompt += QStringLiteral("<|start_header_id|>assistant<|end_header_id|>\n\n");
    return prompt;
}

QString llama2Prompt(const ChatRequest &request)
{
    QString prompt;
    bool first = true;
    for (const ChatMessage &m : request.messages) {
        if (m.role == QLatin1String("user")) {
            QString text = m.text;
            if (first && !request.system.isEmpty()) {
                text = QStringLiteral("<<SYS>>\n") + request.system + QStringLiteral("\n<</SYS>>\n\n") + text;
            }
            prompt += QStringLiteral("<s>[INST] ") + text + QStringLiteral(" [/INST]");
        } else {
            prompt += QLatin1Char(' ') + m.text + QStringLiteral(" </s>");
        }
        first = false;
    }
    return prompt;
}

QString deepSeekPrompt(const ChatRequest &request)
{
    QString prompt = QStringLiteral("<\uFF5Cbegin\u2581of\u2581sentence\uFF5C>") + request.system;
    for (const ChatMessage &m : request.messages) {
        if (m.role == QLatin1String("user")) {
            prompt += QStringLiteral("<\uFF5CUser\uFF5C>") + m.text;
        } else {
            prompt += QStringLiteral("<\uFF5CAssistant\uFF5C>") + m.text
                + QStringLiteral("<\uFF5Cend\u2581of\u2581sentence\uFF5C>");
        }
    }
    prompt += QStringLiteral("<\uFF5CAssistant\uFF5C><think>\n");
    return prompt;
}

QString mistralPrompt(const ChatRequest &request)
{
    QString prompt = QStringLiteral("<s>");
    bool first = true;
    for (const ChatMessage &m : request.messages) {
        if (m.role == QLatin1String("user")) {
            const QString text
                = first && !request.system.isEmpty() ? request.system + QStringLiteral("\n\n") + m.text : m.text;
            prompt += QStringLiteral("[INST] ") + text + QStringLiteral(" [/INST]");
        } else {
            prompt += m.text + QStringLiteral("</s>");
        }
        first = false;
    }
    return prompt;
}

QString chatMlPrompt(const ChatRequest &request)
{
    QString prompt;
    auto turn = [&prompt](const QString &role, const QString &text) {
        prompt += QStringLiteral("<|im_start|>") + role + QLatin1Char('\n') + text + QStringLiteral("<|im_end|>\n");
    };
    if (!request.system.isEmpty()) {
        turn(QStringLiteral("system"), request.system);
    }
    for (const ChatMessage &m : request.messages) {
        turn(m.role, m.text);
    }
    prompt += QStringLiteral("<|im_start|>assistant\n");
    return prompt;
}

QString plainPrompt(const ChatRequest &request, const QString &userLabel, const QString &assistantLabel)
{
    QString prompt;
    if (!request.system.isEmpty()) {
        prompt += request.system + QStringLiteral("\n\n");
    }
    for (const ChatMessage &m : request.messages) {
        prompt += (m.role == QLatin1String("user") ? userLabel : assistantLabel) + QStringLiteral(": ") + m.text
            + QStringLiteral("\n");
    }
    prompt += assistantLabel + QLatin1Char(':');
    return prompt;
}

QJsonArray stopArray(const ChatRequest &request)
{
    return QJsonArray::fromStringList(request.stopSequences);
}

/// The sampling fields under each family's own names; an empty name leaves that field out.
void addSampling(
    QJsonObject &body, const ChatRequest &request, const char *temperatureKey, const char *topPKey, const char *stopKey)
{
    setOptional(body, QLatin1String(temperatureKey), request.temperature);
    setOptional(body, QLatin1String(topPKey), request.topP);
    if (stopKey && !request.stopSequences.isEmpty()) {
        body.insert(QLatin1String(stopKey), stopArray(request));
    }
}

} // namespace

QString RequestBodyBuilder::promptFor(InvokeFamily family, const QString &modelId, const ChatRequest &request)
{
    switch (family) {
    case InvokeFamily::Llama:
        return modelId.contains(QLatin1String("llama2")) ? llama2Prompt(request) : llama3Prompt(request);
    case InvokeFamily::DeepSeek:
        return deepSeekPrompt(request);
    case InvokeFamily::Mistral:
        return mistralPrompt(request);
    case InvokeFamily::Qwen3:
    case InvokeFamily::Qwen2:
        return chatMlPrompt(request);
    case InvokeFamily::Titan:
        return plainPrompt(request, QStringLiteral("User"), QStringLiteral("Bot"));
    case InvokeFamily::Pegasus:
        return request.messages.isEmpty() ? QString() : request.messages.last().text;
    default:
        return plainPrompt(request, QStringLiteral("Human"), QStringLiteral("Assistant"));
    }
}

QJsonObject RequestBodyBuilder::converseBody(const ChatRequest &request)
{
    QJsonArray messages;
    for (const ChatMessage &m : request.messages) {
        messages.append(
            QJsonObject { { QStringLiteral("role"), m.role }, { QStringLiteral("content"), textBlocks(m.text) } });
    }
    QJsonObject inference { { QStringLiteral("maxTokens"), request.maxTokens } };
    addSampling(inference, request, "temperature", "topP", "stopSequences");
    return QJsonObject {
        { QStringLiteral("messages"), messages },
        { QStringLiteral("system"), request.system.isEmpty() ? QJsonArray() : textBlocks(request.system) },
        { QStringLiteral("inferenceConfig"), inference },
        { QStringLiteral("additionalModelRequestFields"), request.additionalModelRequestFields },
    };
}

Result<QJsonObject> RequestBodyBuilder::invokeBody(
    InvokeFamily family, const QString &modelId, const ChatRequest &request, bool stream)
{
    QJsonObject body;
    switch (family) {
    case InvokeFamily::Unknown:
        return Error(QStringLiteral("bedrock.unknown_provider"),
            QStringLiteral("Bedrock Invoke HTTPX: Unknown provider=None, model=%1. Try calling via converse "
                           "route - `bedrock/converse/<model>`.")
                .arg(modelId));
    case InvokeFamily::Anthropic: {
        QJsonArray messages;
        for (const ChatMessage &m : request.messages) {
            messages.append(QJsonObject { { QStringLiteral("role"), m.role },
                { QStringLiteral("content"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("text"), m.text } } } } });
        }
        body.insert(QStringLiteral("anthropic_version"), QStringLiteral("bedrock-2023-05-31"));
        body.insert(QStringLiteral("max_tokens"), request.maxTokens);
        body.insert(QStringLiteral("messages"), messages);
        if (!request.system.isEmpty()) {
            body.insert(QStringLiteral("system"), request.system);
        }
        addSampling(body, request, "temperature", "top_p", "stop_sequences");
        break;
    }
    case InvokeFamily::Nova: {
        const QJsonObject converse = converseBody(request);
        body.insert(QStringLiteral("messages"), converse.value(QLatin1String("messages")));
        body.insert(QStringLiteral("inferenceConfig"), converse.value(QLatin1String("inferenceConfig")));
        if (!request.system.isEmpty()) {
            body.insert(QStringLiteral("system"), converse.value(QLatin1String("system")));
        }
        break;
    }
    case InvokeFamily::Titan: {
        QJsonObject config { { QStringLiteral("maxTokenCount"), request.maxTokens },
            { QStringLiteral("stopSequences"), stopArray(request) } };
        addSampling(config, request, "temperature", "topP", nullptr);
        body.insert(QStringLiteral("inputText"), promptFor(family, modelId, request));
        body.insert(QStringLiteral("textGenerationConfig"), config);
        break;
    }
    case InvokeFamily::Llama:
    case InvokeFamily::DeepSeek:
    case InvokeFamily::Qwen3:
    case InvokeFamily::Qwen2:
    case InvokeFamily::Mistral: {
        const bool llamaLike = family == InvokeFamily::Llama || family == InvokeFamily::DeepSeek;
        body.insert(QStringLiteral("prompt"), promptFor(family, modelId, request));
        body.insert(family == InvokeFamily::Mistral ? QStringLiteral("max_tokens") : QStringLiteral("max_gen_len"),
            request.maxTokens);
        addSampling(body, request, "temperature", "top_p", llamaLike ? nullptr : "stop");
        break;
    }
    case InvokeFamily::CohereChat: {
        QJsonArray history;
        QString message;
        for (qsizetype i = 0; i < request.messages.size(); ++i) {
            const ChatMessage &m = request.messages.at(i);
            if (i + 1 == request.messages.size() && m.role == QLatin1String("user")) {
                message = m.text;
            } else {
                history.append(QJsonObject {
                    { QStringLiteral("role"),
                        m.role == QLatin1String("user") ? QStringLiteral("USER") : QStringLiteral("CHATBOT") },
                    { QStringLiteral("message"), m.text } });
            }
        }
        body.insert(QStringLiteral("message"), message);
        body.insert(QStringLiteral("chat_history"), history);
        if (!request.system.isEmpty()) {
            body.insert(QStringLiteral("preamble"), request.system);
        }
        body.insert(QStringLiteral("max_tokens"), request.maxTokens);
        addSampling(body, request, "temperature", "p", "stop_sequences");
        break;
    }
    case InvokeFamily::CohereLegacy:
        body.insert(QStringLiteral("prompt"), promptFor(family, modelId, request));
        body.insert(QStringLiteral("max_tokens"), request.maxTokens);
        addSampling(body, request, "temperature", "p", "stop_sequences");
        if (stream) {
            body.insert(QStringLiteral("stream"), true);
        }
        break;
    case InvokeFamily::Ai21:
        body.insert(QStringLiteral("prompt"), promptFor(family, modelId, request));
        body.insert(QStringLiteral("maxTokens"), request.maxTokens);
        addSampling(body, request, "temperature", "topP", "stopSequences");
        break;
    case InvokeFamily::OpenAI: {
        QJsonArray messages;
        if (!request.system.isEmpty()) {
            messages.append(QJsonObject {
                { QStringLiteral("role"), QStringLiteral("system") }, { QStringLiteral("content"), request.system } });
        }
        for (const ChatMessage &m : request.messages) {
            messages.append(QJsonObject { { QStringLiteral("role"), m.role }, { QStringLiteral("content"), m.text } });
        }
        body.insert(QStringLiteral("model"), modelId);
        body.insert(QStringLiteral("messages"), messages);
        body.insert(QStringLiteral("max_tokens"), request.maxTokens);
        addSampling(body, request, "temperature", "top_p", "stop");
        break;
    }
    case InvokeFamily::Pegasus:
        body.insert(QStringLiteral("inputPrompt"), promptFor(family, modelId, request));
        body.insert(QStringLiteral("maxOutputTokens"), request.maxTokens);
        setOptional(body, QLatin1String("temperature"), request.temperature);
        break;
    }
    return body;
}

QByteArray RequestBodyBuilder::toBytes(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace brc::bedrock
