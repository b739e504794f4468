#pragma once

#include "bedrock/invokefamily.h"
#include "bedrock/streamsummary.h"
#include "common/result.h"

#include <QByteArray>

namespace brc::bedrock {

/// Reads the body of a successful non-streaming Bedrock response into a StreamSummary.
///
/// Converse: `output.message.content[]` text and reasoningContent blocks, `stopReason`,
/// `usage.inputTokens/outputTokens`, `metrics.latencyMs`. Invoke, per family: Anthropic
/// `content[]`/`stop_reason`/`usage`; Nova the Converse shape; Titan `results[0].outputText`;
/// Llama/DeepSeek/Qwen `generation`; Mistral `outputs[0].text` or `choices[0].message.content`;
/// Cohere `text` or `generations[0].text`; AI21 `completions[0].data.text`; OpenAI-style
/// `choices[0].message.content`; Pegasus `message`. Unknown families are recognised by their fields.
/// Errors: `bedrock.bad_response` when the body is not a JSON object.
class ResponseParser final
{
public:
    [[nodiscard]] static Result<StreamSummary> parseConverse(const QByteArray &body);
    [[nodiscard]] static Result<StreamSummary> parseInvoke(
        const QByteArray &body, InvokeFamily family = InvokeFamily::Unknown);
};

} // namespace brc::bedrock
