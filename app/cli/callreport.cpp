#include "callreport.h"

#include "bedrock/bedrockclient.h"
#include "bedrock/errormapper.h"
#include "output.h"

#include <QCommandLineParser>

#include <algorithm>

namespace brc::cli {

QJsonValue orNull(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString errorType(const Error &error)
{
    return error.awsType.isEmpty() ? error.code : error.awsType;
}

QJsonObject errorJson(const Error &error, const QString &modelId, const QString &region)
{
    return QJsonObject {
        { QStringLiteral("type"), errorType(error) },
        { QStringLiteral("message"), error.message },
        { QStringLiteral("retryable"), bedrock::ErrorMapper::isRetryable(error) },
        { QStringLiteral("hint"), bedrock::ErrorMapper::hint(error, modelId, region) },
    };
}

std::optional<int> applyTimeoutOption(bedrock::BedrockClient &client, const QCommandLineParser &parser,
    const QCommandLineOption &timeoutOption, const QString &command)
{
    bool ok = true;
    const double timeout = parser.isSet(timeoutOption) ? parser.value(timeoutOption).toDouble(&ok) : 60.0;
    if (!ok || timeout <= 0) {
        return usageError(command, QStringLiteral("--timeout must be a positive number of seconds"));
    }
    bedrock::BedrockClientOptions options = client.options();
    options.totalTimeoutMs = int(timeout * 1000);
    options.connectTimeoutMs = std::min(options.connectTimeoutMs, options.totalTimeoutMs);
    if (auto applied = client.setOptions(options); !applied) {
        writeErr(command + QStringLiteral(": ") + applied.error().message + QLatin1Char('\n'));
        return 1;
    }
    return std::nullopt;
}

} // namespace brc::cli
