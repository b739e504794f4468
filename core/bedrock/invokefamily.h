#pragma once

#include <QString>

namespace brc::bedrock {

/// The request/response format of an invoke call, chosen as LiteLLM's get_bedrock_chat_config does.
enum class InvokeFamily {
    Unknown,
    Anthropic,
    Nova,
    Titan,
    Llama,
    DeepSeek,
    Mistral,
    CohereChat, ///< cohere.command-r*: {message, chat_history}
    CohereLegacy, ///< other cohere models (and prefixed command-r, LiteLLM's quirk): {prompt}
    Ai21,
    Qwen3,
    Qwen2,
    OpenAI, ///< gpt-oss, imported openai models, moonshot: OpenAI chat bodies
    Pegasus,
};

/// The family for LiteLLM's invoke provider (`anthropic`, `nova`, `meta`, ...; see ROUTING.md §5)
/// and the model string as LiteLLM holds it (for the cohere command-r test). Unknown for None,
/// `stability` and anything unrecognised.
InvokeFamily invokeFamilyFor(const QString &invokeProvider, const QString &model);

/// A stable lower-case name: "anthropic", "nova", "titan", "llama", "deepseek", "mistral",
/// "cohere-chat", "cohere", "ai21", "qwen3", "qwen2", "openai", "pegasus", "unknown".
QString invokeFamilyName(InvokeFamily family);

} // namespace brc::bedrock
