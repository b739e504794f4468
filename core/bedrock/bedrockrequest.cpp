#include "bedrockrequest.h"

namespace brc::bedrock {

QByteArray BedrockRequest::url() const
{
    QByteArray base = endpoint.toUtf8();
    while (base.endsWith('/')) {
        base.chop(1);
    }
    if (!pathModelId.isEmpty()) {
        return base + "/model/" + pathModelId.toUtf8() + '/' + operationPath(operation);
    }
    return base + aws::bedrockModelPath(modelId, operationPath(operation));
}

QList<aws::HttpHeader> BedrockRequest::wireHeaders() const
{
    QList<aws::HttpHeader> wire = {
        { "Content-Type", "application/json" },
        { "Accept", isStreaming(operation) ? "application/vnd.amazon.eventstream" : "application/json" },
    };
    if (operation == BedrockOperation::InvokeModelWithResponseStream) {
        wire.append(aws::HttpHeader { "X-Amzn-Bedrock-Accept", "application/json" });
    }
    wire.append(headers);
    return wire;
}

} // namespace brc::bedrock
