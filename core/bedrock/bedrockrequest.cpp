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

} // namespace brc::bedrock
