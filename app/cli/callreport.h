#pragma once

#include "bedrock/bedrockclientoptions.h"
#include "common/error.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace brc::bedrock {
class BedrockClient;
}

/// What the test and health commands share about Bedrock calls: the --timeout option, the
/// client set-up, and how a failed call is reported.
namespace brc::cli {

/// JSON null for a negative count or duration (unknown), else the number.
QJsonValue orNull(qint64 value);

/// The type a person looks up: the AWS error type when there is one, else the error code.
QString errorType(const Error &error);

/// {"type", "message", "retryable", "hint"} for a failed call to `modelId` in `region`.
QJsonObject errorJson(const Error &error, const QString &modelId, const QString &region);

/// Applies the `--timeout S` option (default 60 s) to `client`: total timeout S, connect timeout
/// at most S. Returns the exit code when the command must stop (2 for a bad S, 1 when the CA
/// bundle cannot be used, after printing why), std::nullopt when it goes on.
std::optional<int> applyTimeoutOption(bedrock::BedrockClient &client, const QCommandLineParser &parser,
    const QCommandLineOption &timeoutOption, const QString &command);

} // namespace brc::cli
