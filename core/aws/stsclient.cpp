#include "stsclient.h"

#include "common/logging.h"
#include "common/redact.h"
#include "sigv4signer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace brc::aws {

namespace {

constexpr int s_cacheMarginSeconds = 300;
constexpr int s_transferTimeoutMs = 20000;

QByteArray formEncode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

// The text of every leaf element, by name (STS replies are small and flat enough).
QHash<QString, QString> leafValues(const QByteArray &xml, QString *parseError)
{
    QHash<QString, QString> values;
    QXmlStreamReader reader(xml);
    QString currentText;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            currentText.clear();
        } else if (token == QXmlStreamReader::Characters) {
            currentText += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = reader.name().toString();
            if (!values.contains(name)) {
                values.insert(name, currentText.trimmed());
            }
            currentText.clear();
        }
    }
    if (reader.hasError() && parseError != nullptr) {
        *parseError = reader.errorString();
    }
    return values;
}

Result<StsResult> parseReply(
    int status, const QByteArray &body, QNetworkReply::NetworkError networkError, const QString &networkMessage)
{
    QString parseError;
    const QHash<QString, QString> values = leafValues(body, &parseError);
    if (values.contains(QStringLiteral("Code")) && (status >= 400 || values.contains(QStringLiteral("Message")))) {
        Error error(QStringLiteral("sts.error"),
            QStringLiteral("STS refused the request: %1 (%2)")
                .arg(values.value(QStringLiteral("Message")), values.value(QStringLiteral("Code"))));
        error.awsType = values.value(QStringLiteral("Code"));
        error.httpStatus = status;
        return error;
    }
    if (networkError != QNetworkReply::NoError || status >= 400) {
        Error error(QStringLiteral("sts.network"), QStringLiteral("The STS request failed: %1").arg(networkMessage));
        error.httpStatus = status;
        return error;
    }
    if (!parseError.isEmpty()) {
        return Error(QStringLiteral("sts.bad_response"), QStringLiteral("STS sent unreadable XML: %1").arg(parseError));
    }
    StsResult result;
    if (values.contains(QStringLiteral("AccessKeyId"))) {
        result.credentials.accessKeyId = values.value(QStringLiteral("AccessKeyId"));
        result.credentials.secretAccessKey = values.value(QStringLiteral("SecretAccessKey"));
        result.credentials.sessionToken = values.value(QStringLiteral("SessionToken"));
        result.credentials.expiration
            = QDateTime::fromString(values.value(QStringLiteral("Expiration")), Qt::ISODateWithMs);
        result.assumedRoleArn = values.value(QStringLiteral("Arn"));
        if (!result.credentials.isValid()) {
            return Error(QStringLiteral("sts.bad_response"), QStringLiteral("STS sent credentials without a secret."));
        }
    } else if (values.contains(QStringLiteral("Account"))) {
        result.identity = { values.value(QStringLiteral("Account")), values.value(QStringLiteral("Arn")),
            values.value(QStringLiteral("UserId")) };
    } else {
        return Error(
            QStringLiteral("sts.bad_response"), QStringLiteral("STS answered without credentials or an identity."));
    }
    return result;
}

} // namespace

StsClient::StsClient(QNetworkAccessManager &network, const SigV4Signer &signer, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_signer(signer)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QUrl StsClient::regionalEndpoint(const QString &region)
{
    if (region.isEmpty()) {
        return QUrl(QStringLiteral("https://sts.amazonaws.com"));
    }
    const QString suffix = region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                   : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://sts.%1.%2").arg(region, suffix));
}

void StsClient::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void StsClient::clearCache()
{
    m_cache.clear();
}

StsJob *StsClient::getCallerIdentity(const AwsCredentials &credentials, const QUrl &endpoint, const QString &region)
{
    return post(credentials, endpoint, region, QByteArrayLiteral("Action=GetCallerIdentity&Version=2011-06-15"), {});
}

StsJob *StsClient::assumeRole(
    const AwsCredentials &credentials, const AssumeRoleParams &params, const QUrl &endpoint, const QString &region)
{
    if (params.roleArn.isEmpty() || params.durationSeconds < 900 || params.durationSeconds > 43200) {
        auto *job = new StsJob(this);
        QTimer::singleShot(0, job, [job] {
            job->finish(Error(QStringLiteral("sts.bad_params"),
                QStringLiteral("AssumeRole needs a role ARN and a duration of 900 to 43200 seconds.")));
        });
        return job;
    }
    const QString sessionName = params.sessionName.isEmpty()
        ? QStringLiteral("bedrock-route-console-%1").arg(m_clock().toSecsSinceEpoch())
        : params.sessionName;
    QByteArray body = QByteArrayLiteral("Action=AssumeRole&Version=2011-06-15&RoleArn=") + formEncode(params.roleArn)
        + "&RoleSessionName=" + formEncode(sessionName)
        + "&DurationSeconds=" + QByteArray::number(params.durationSeconds);
    if (!params.externalId.isEmpty()) {
        body += "&ExternalId=" + formEncode(params.externalId);
    }
    const QString cacheKey = QStringList { credentials.accessKeyId, params.roleArn, params.externalId,
        params.sessionName, endpoint.toString() }
                                 .join(u'\n');
    const auto cached = m_cache.constFind(cacheKey);
    if (cached != m_cache.constEnd() && !cached->credentials.isExpiredAt(m_clock(), s_cacheMarginSeconds)) {
        auto *job = new StsJob(this);
        StsResult result = *cached;
        result.fromCache = true;
        QTimer::singleShot(0, job, [job, result] { job->finish(result); });
        return job;
    }
    return post(credentials, endpoint, region, body, cacheKey);
}

StsJob *StsClient::post(const AwsCredentials &credentials, const QUrl &endpoint, const QString &region,
    const QByteArray &body, const QString &cacheKey)
{
    auto *job = new StsJob(this);
    QUrl url = endpoint;
    if (url.path().isEmpty()) {
        url.setPath(QStringLiteral("/"));
    }
    SigningRequest request;
    request.method = "POST";
    request.url = url.toEncoded();
    request.headers = { { "Content-Type", "application/x-www-form-urlencoded; charset=utf-8" } };
    request.body = body;
    SigningOptions options;
    options.region = region.isEmpty() ? QStringLiteral("us-east-1") : region;
    options.service = QStringLiteral("sts");
    options.time = m_clock();
    const Result<SignedRequest> signedRequest = m_signer.sign(request, credentials, options);
    if (!signedRequest) {
        const Error error = signedRequest.error();
        QTimer::singleShot(0, job, [job, error] { job->finish(error); });
        return job;
    }
    QNetworkRequest networkRequest(url);
    for (const HttpHeader &header : signedRequest->headers) {
        networkRequest.setRawHeader(header.name, header.value);
    }
    networkRequest.setTransferTimeout(s_transferTimeoutMs);
    qCDebug(lcCredentials) << "STS POST" << url.toString() << redact(QString::fromUtf8(body));
    QNetworkReply *reply = m_network.post(networkRequest, body);
    job->setReply(reply);
    connect(reply, &QNetworkReply::finished, job, [this, job, reply, cacheKey] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Result<StsResult> result = parseReply(status, reply->readAll(), reply->error(), reply->errorString());
        if (result && !cacheKey.isEmpty() && result->credentials.isValid()) {
            m_cache.insert(cacheKey, *result);
        }
        job->finish(result);
    });
    return job;
}

} // namespace brc::aws
