#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace brc::bedrock {

/// One turn of a conversation: `role` is "user" or "assistant".
struct ChatMessage
{
    QString role;
    QString text;

    bool operator==(const ChatMessage &) const = default;
};

/// A provider-neutral chat request, the input of every body builder (what a LiteLLM
/// /chat/completions call carries, reduced to what a route test needs).
struct ChatRequest
{
    QString system;
    QList<ChatMessage> messages;
    int maxTokens = 256;
    std::optional<double> temperature;
    std::optional<double> topP;
    QStringList stopSequences;
    /// Converse only: model-specific fields passed through as they are.
    QJsonObject additionalModelRequestFields;

    /// A one-turn request: the usual shape of a route test.
    static ChatRequest fromPrompt(const QString &prompt, int maxTokens = 256)
    {
        ChatRequest request;
        request.messages.append({ QStringLiteral("user"), prompt });
        request.maxTokens = maxTokens;
        return request;
    }

    bool operator==(const ChatRequest &) const = default;
};

} // namespace brc::bedrock
