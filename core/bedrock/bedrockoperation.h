#pragma once

#include <QByteArray>
#include <QString>

namespace brc::bedrock {

/// The four Bedrock Runtime operations a route test uses.
enum class BedrockOperation { Converse, ConverseStream, InvokeModel, InvokeModelWithResponseStream };

/// The last path segment: "converse", "converse-stream", "invoke", "invoke-with-response-stream".
QByteArray operationPath(BedrockOperation operation);
/// The AWS name: "Converse", "ConverseStream", "InvokeModel", "InvokeModelWithResponseStream".
QString operationName(BedrockOperation operation);
/// True for ConverseStream and InvokeModelWithResponseStream.
bool isStreaming(BedrockOperation operation);
/// True for Converse and ConverseStream.
bool isConverse(BedrockOperation operation);

} // namespace brc::bedrock
