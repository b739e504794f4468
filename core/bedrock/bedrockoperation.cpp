#include "bedrockoperation.h"

namespace brc::bedrock {

QByteArray operationPath(BedrockOperation operation)
{
    switch (operation) {
    case BedrockOperation::Converse:
        return QByteArrayLiteral("converse");
    case BedrockOperation::ConverseStream:
        return QByteArrayLiteral("converse-stream");
    case BedrockOperation::InvokeModel:
        return QByteArrayLiteral("invoke");
    case BedrockOperation::InvokeModelWithResponseStream:
        return QByteArrayLiteral("invoke-with-response-stream");
    }
    return {};
}

QString operationName(BedrockOperation operation)
{
    switch (operation) {
    case BedrockOperation::Converse:
        return QStringLiteral("Converse");
    case BedrockOperation::ConverseStream:
        return QStringLiteral("ConverseStream");
    case BedrockOperation::InvokeModel:
        return QStringLiteral("InvokeModel");
    case BedrockOperation::InvokeModelWithResponseStream:
        return QStringLiteral("InvokeModelWithResponseStream");
    }
    return {};
}

bool isStreaming(BedrockOperation operation)
{
    return operation == BedrockOperation::ConverseStream
        || operation == BedrockOperation::InvokeModelWithResponseStream;
}

bool isConverse(BedrockOperation operation)
{
    return operation == BedrockOperation::Converse || operation == BedrockOperation::ConverseStream;
}

} // namespace brc::bedrock
