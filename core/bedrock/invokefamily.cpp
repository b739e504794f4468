#include "invokefamily.h"

namespace brc::bedrock {

InvokeFamily invokeFamilyFor(const QString &invokeProvider, const QString &model)
{
    const QString &p = invokeProvider;
    if (p == QLatin1String("anthropic")) {
        return InvokeFamily::Anthropic;
    }
    if (p == QLatin1String("nova")) {
        return InvokeFamily::Nova;
    }
    if (p == QLatin1String("amazon")) {
        return InvokeFamily::Titan;
    }
    if (p == QLatin1String("meta") || p == QLatin1String("llama")) {
        return InvokeFamily::Llama;
    }
    if (p == QLatin1String("deepseek_r1")) {
        return InvokeFamily::DeepSeek;
    }
    if (p == QLatin1String("mistral")) {
        return InvokeFamily::Mistral;
    }
    if (p == QLatin1String("cohere")) {
        // LiteLLM tests startswith on the un-stripped model: a prefixed command-r gets the old body.
        return model.startsWith(QLatin1String("cohere.command-r")) ? InvokeFamily::CohereChat
                                                                   : InvokeFamily::CohereLegacy;
    }
    if (p == QLatin1String("ai21")) {
        return InvokeFamily::Ai21;
    }
    if (p == QLatin1String("qwen3")) {
        return InvokeFamily::Qwen3;
    }
    if (p == QLatin1String("qwen2")) {
        return InvokeFamily::Qwen2;
    }
    if (p == QLatin1String("openai") || p == QLatin1String("moonshot")) {
        return InvokeFamily::OpenAI;
    }
    if (p == QLatin1String("twelvelabs")) {
        return InvokeFamily::Pegasus;
    }
    return InvokeFamily::Unknown;
}

QString invokeFamilyName(InvokeFamily family)
{
    switch (family) {
    case InvokeFamily::Anthropic:
        return QStringLiteral("anthropic");
    case InvokeFamily::Nova:
        return QStringLiteral("nova");
    case InvokeFamily::Titan:
        return QStringLiteral("titan");
    case InvokeFamily::Llama:
        return QStringLiteral("llama");
    case InvokeFamily::DeepSeek:
        return QStringLiteral("deepseek");
    case InvokeFamily::Mistral:
        return QStringLiteral("mistral");
    case InvokeFamily::CohereChat:
        return QStringLiteral("cohere-chat");
    case InvokeFamily::CohereLegacy:
        return QStringLiteral("cohere");
    case InvokeFamily::Ai21:
        return QStringLiteral("ai21");
    case InvokeFamily::Qwen3:
        return QStringLiteral("qwen3");
    case InvokeFamily::Qwen2:
        return QStringLiteral("qwen2");
    case InvokeFamily::OpenAI:
        return QStringLiteral("openai");
    case InvokeFamily::Pegasus:
        return QStringLiteral("pegasus");
    case InvokeFamily::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace brc::bedrock
