#pragma once

#include "bedrock/chatrequest.h"
#include "bedrock/invokefamily.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace brc::bedrock {

/// Builds the JSON bodies LiteLLM sends to Bedrock (ROUTING.md §9).
///
/// Converse: `{messages, system, inferenceConfig, additionalModelRequestFields}` (system may be
/// `[]`). Invoke, per family:
///   anthropic  `{anthropic_version: "bedrock-2023-05-31", max_tokens, messages, system?, ...}`
///   nova       `{messages, inferenceConfig, system?}` (converse-shaped, system dropped when empty)
///   titan      `{inputText, textGenerationConfig{maxTokenCount, stopSequences, temperature?, topP?}}`
///   llama      `{prompt, max_gen_len, temperature?, top_p?}` (Llama 3 or Llama 2 chat template)
///   deepseek   `{prompt, max_gen_len, ...}` with the DeepSeek-R1 template ending in `<think>\n`
///   mistral    `{prompt: "<s>[INST] ... [/INST]", max_tokens, temperature?, top_p?, stop?}`
///   cohere-chat `{message, chat_history, preamble?, max_tokens}`; cohere `{prompt, max_tokens, stream?}`
///   ai21       `{prompt, maxTokens, temperature?, topP?}`
///   qwen3/2    `{prompt (ChatML), max_gen_len, temperature?, top_p?, stop?}`
///   openai     `{model, messages, max_tokens, ...}` (OpenAI chat body; `model` is the id or ARN)
///   pegasus    `{inputPrompt, maxOutputTokens, temperature?}`
/// `stream` never goes in the body except for legacy cohere.
class RequestBodyBuilder final
{
public:
    [[nodiscard]] static QJsonObject converseBody(const ChatRequest &request);

    /// Errors: `bedrock.unknown_provider` for InvokeFamily::Unknown, with LiteLLM's wording.
    [[nodiscard]] static Result<QJsonObject> invokeBody(
        InvokeFamily family, const QString &modelId, const ChatRequest &request, bool stream = false);

    /// The prompt text for prompt-based families (llama, deepseek, mistral, qwen, titan, ai21, cohere).
    [[nodiscard]] static QString promptFor(InvokeFamily family, const QString &modelId, const ChatRequest &request);

    /// Compact UTF-8 JSON, as sent on the wire.
    [[nodiscard]] static QByteArray toBytes(const QJsonObject &body);
};

} // namespace brc::bedrock
