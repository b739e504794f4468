#include "errormapper.h"

#include "bedrock/eventstreammessage.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace brc::bedrock {

namespace {

struct KnownType
{
    const char *name;
    int status;
};

constexpr KnownType s_known[] = {
    { "ValidationException", 400 },
    { "ServiceQuotaExceededException", 400 },
    { "ConflictException", 400 },
    { "AccessDeniedException", 403 },
    { "UnrecognizedClientException", 403 },
    { "InvalidSignatureException", 403 },
    { "SignatureDoesNotMatch", 403 },
    { "ExpiredTokenException", 403 },
    { "ResourceNotFoundException", 404 },
    { "ModelTimeoutException", 408 },
    { "ModelErrorException", 424 },
    { "ModelStreamErrorException", 424 },
    { "ThrottlingException", 429 },
    { "ModelNotReadyException", 429 },
    { "InternalServerException", 500 },
    { "ServiceUnavailableException", 503 },
};

QString geoPrefixFor(const QString &region)
{
    if (region.startsWith(QLatin1String("us-gov-"))) {
        return QStringLiteral("us-gov");
    }
    if (region.startsWith(QLatin1String("us-")) || region.startsWith(QLatin1String("ca-"))) {
        return QStringLiteral("us");
    }
    if (region.startsWith(QLatin1String("eu-"))) {
        return QStringLiteral("eu");
    }
    if (region == QLatin1String("ap-northeast-1") || region == QLatin1String("ap-northeast-3")) {
        return QStringLiteral("jp (or apac)");
    }
    if (region == QLatin1String("ap-southeast-2") || region == QLatin1String("ap-southeast-4")) {
        return QStringLiteral("au (or apac)");
    }
    if (region.startsWith(QLatin1String("ap-")) || region == QLatin1String("me-central-1")) {
        return QStringLiteral("apac");
    }
    return {};
}

} // namespace

QString ErrorMapper::cleanType(const QString &raw)
{
    QString type = raw.section(QLatin1Char(':'), 0, 0).trimmed();
    const qsizetype hash = type.lastIndexOf(QLatin1Char('#'));
    if (hash >= 0) {
        type = type.mid(hash + 1);
    }
    return type;
}

QString ErrorMapper::typeForStatus(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("ValidationException");
    case 403:
        return QStringLiteral("AccessDeniedException");
    case 404:
        return QStringLiteral("ResourceNotFoundException");
    case 408:
        return QStringLiteral("ModelTimeoutException");
    case 424:
        return QStringLiteral("ModelErrorException");
    case 429:
        return QStringLiteral("ThrottlingException");
    case 500:
        return QStringLiteral("InternalServerException");
    case 503:
        return QStringLiteral("ServiceUnavailableException");
    default:
        return QString::number(status);
    }
}

int ErrorMapper::statusForType(const QString &type)
{
    for (const KnownType &known : s_known) {
        if (type == QLatin1String(known.name)) {
            return known.status;
        }
    }
    return 0;
}

Error ErrorMapper::fromHttp(int status, const QByteArray &errorTypeHeader, const QByteArray &body)
{
    QString type;
    QString message;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (!errorTypeHeader.isEmpty()) {
        type = cleanType(QString::fromUtf8(errorTypeHeader));
    }
    if (type.isEmpty()) {
        const QString code = json.value(QLatin1String("code")).toString(json.value(QLatin1String("Code")).toString());
        type = cleanType(code);
    }
    if (type.isEmpty()) {
        type = cleanType(json.value(QLatin1String("__type")).toString());
    }
    if (type.isEmpty()) {
        type = typeForStatus(status);
    }
    message = json.value(QLatin1String("message")).toString(json.value(QLatin1String("Message")).toString());
    if (message.isEmpty()) {
        message = body.isEmpty() || json.isEmpty() ? QStringLiteral("HTTP %1 from Bedrock").arg(status)
                                                   : QString::fromUtf8(body.left(500));
    }
    Error error(QStringLiteral("bedrock.") + type, message);
    error.httpStatus = status;
    error.awsType = type;
    return error;
}

Error ErrorMapper::fromStreamMessage(const EventStreamMessage &message)
{
    QString type;
    QString text;
    const QJsonObject json = QJsonDocument::fromJson(message.payload).object();
    if (message.messageType() == QLatin1String("error")) {
        type = message.headerString(QLatin1StringView(":error-code"));
        text = message.headerString(QLatin1StringView(":error-message"));
    } else {
        type = message.headerString(QLatin1StringView(":exception-type"));
    }
    type = cleanType(type);
    // Stream exceptions are named in lowerCamelCase on the wire (throttlingException).
    if (!type.isEmpty()) {
        type[0] = type.at(0).toUpper();
    } else {
        type = QStringLiteral("InternalServerException");
    }
    if (text.isEmpty()) {
        text = json.value(QLatin1String("message")).toString(json.value(QLatin1String("Message")).toString());
    }
    const QString original = json.value(QLatin1String("originalMessage")).toString();
    if (!original.isEmpty() && original != text) {
        text += QStringLiteral(" (model said: %1)").arg(original);
    }
    Error error(QStringLiteral("bedrock.") + type, text.isEmpty() ? type : text);
    error.awsType = type;
    error.httpStatus = statusForType(type);
    return error;
}

int ErrorMapper::retryAfterMs(const QByteArray &header, int maxDelayMs)
{
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0) {
        return -1;
    }
    // Compared in seconds: a huge header value must not overflow when turned into ms.
    return seconds >= maxDelayMs / 1000 + 1 ? maxDelayMs : int(std::min<qint64>(seconds * 1000, maxDelayMs));
}

bool ErrorMapper::isRetryable(const Error &error)
{
    const QString &type = error.awsType;
    if (type == QLatin1String("ThrottlingException") || type == QLatin1String("ModelNotReadyException")
        || type == QLatin1String("ModelStreamErrorException") || type == QLatin1String("InternalServerException")
        || type == QLatin1String("ServiceUnavailableException")) {
        return true;
    }
    if (type == QLatin1String("ServiceQuotaExceededException")) {
        return false;
    }
    if (error.code == QLatin1String("network.timeout") || error.code == QLatin1String("network.reset")) {
        return true;
    }
    return error.httpStatus >= 500 && error.httpStatus <= 599;
}

QString ErrorMapper::hint(const Error &error, const QString &modelId, const QString &region)
{
    const QString &type = error.awsType;
    const QString lower = error.message.toLower();
    const QString where = region.isEmpty() ? QStringLiteral("this region") : region;
    if (type == QLatin1String("ValidationException")) {
        if (lower.contains(QLatin1String("on-demand throughput"))) {
            const QString geo = geoPrefixFor(region);
            const QString example = !geo.isEmpty() && !modelId.isEmpty()
                ? QStringLiteral(" (for example %1.%2)").arg(geo.section(QLatin1Char(' '), 0, 0), modelId)
                : QString();
            return QStringLiteral("This model is only served through an inference profile: use the geo-prefixed "
                                  "profile ID for %1%2 instead of the bare model ID.")
                .arg(where, example);
        }
        if (lower.contains(QLatin1String("model identifier is invalid"))) {
            return QStringLiteral("The model ID's cross-region prefix and the region disagree (or the model is not "
                                  "offered in %1): pick the prefix that matches %1, or call a region the prefix "
                                  "covers.")
                .arg(where);
        }
        if (lower.contains(QLatin1String("max_tokens")) || lower.contains(QLatin1String("maxtokens"))) {
            return QStringLiteral(
                "Lower max tokens to the model's limit (Converse caps some models lower than invoke).");
        }
        return QStringLiteral("Bedrock rejected the request body or model ID: check the model ID for %1 and the "
                              "parameters this model accepts.")
            .arg(where);
    }
    if (type == QLatin1String("AccessDeniedException")) {
        return QStringLiteral("Enable model access for this model in the Bedrock console of %1, and allow "
                              "bedrock:InvokeModel in IAM; for a cross-region profile, IAM must allow the profile "
                              "and the model in every destination region.")
            .arg(where);
    }
    if (type == QLatin1String("UnrecognizedClientException") || type == QLatin1String("InvalidSignatureException")
        || type == QLatin1String("SignatureDoesNotMatch") || type == QLatin1String("ExpiredTokenException")) {
        return QStringLiteral("The credentials were refused: check the access key, secret and session token (and "
                              "the machine clock); the signing service must be 'bedrock'.");
    }
    if (type == QLatin1String("ResourceNotFoundException")) {
        return QStringLiteral("The model or ARN does not exist in %1: check the ID and the region.").arg(where);
    }
    if (type == QLatin1String("ServiceQuotaExceededException")) {
        return QStringLiteral("An account quota is used up (HTTP 400, not a throttle): retrying will not help; "
                              "request a quota increase in Service Quotas.");
    }
    if (type == QLatin1String("ThrottlingException")) {
        return QStringLiteral("Too many requests or tokens per minute: retry with backoff, or use a cross-region "
                              "profile to spread load.");
    }
    if (type == QLatin1String("ModelNotReadyException")) {
        return QStringLiteral("The model is loading (imported or cold model): retry in a few seconds.");
    }
    if (type == QLatin1String("ModelTimeoutException")) {
        return QStringLiteral("The model took too long: shorten the prompt or lower max tokens, or use streaming.");
    }
    if (type == QLatin1String("ModelErrorException") || type == QLatin1String("ModelStreamErrorException")) {
        return QStringLiteral("The model itself failed while answering: retry; if it persists, check the request "
                              "body for this model family.");
    }
    if (type == QLatin1String("InternalServerException") || type == QLatin1String("ServiceUnavailableException")
        || (error.httpStatus >= 500 && error.httpStatus <= 599)) {
        return QStringLiteral("A temporary Bedrock failure: retry with backoff.");
    }
    return {};
}

} // namespace brc::bedrock
