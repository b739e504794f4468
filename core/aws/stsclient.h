#pragma once

#include "awscredentials.h"
#include "stsjob.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace brc::aws {

class SigV4Signer;

/// Parameters of STS AssumeRole.
struct AssumeRoleParams
{
    QString roleArn;
    QString sessionName; ///< empty: "bedrock-route-console-<epoch seconds>"
    QString externalId;
    int durationSeconds = 3600; ///< 900..43200

    bool operator==(const AssumeRoleParams &) const = default;
};

/// AWS STS over its HTTPS query API (POST form body, SigV4 with service `sts`, XML replies),
/// asynchronously on an injected QNetworkAccessManager. Calls return an StsJob.
///
/// AssumeRole results are cached per (source key id, role, external id, session name) until
/// five minutes before they expire. Errors: `sts.network` (with the HTTP status when there is
/// one), `sts.error` (STS answered with an ErrorResponse: `awsType` holds its Code, e.g.
/// AccessDenied, ExpiredToken), `sts.bad_response`, `sts.bad_params`, `sts.cancelled`.
class StsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StsClient)

public:
    StsClient(QNetworkAccessManager &network, const SigV4Signer &signer, QObject *parent = nullptr);

    /// The regional endpoint `https://sts.REGION.amazonaws.com` (`.amazonaws.com.cn` for cn-*),
    /// or the global `https://sts.amazonaws.com` for an empty region.
    static QUrl regionalEndpoint(const QString &region);

    /// The clock used for signing and for cache expiry (tests fix it).
    void setClock(std::function<QDateTime()> clock);

    [[nodiscard]] StsJob *getCallerIdentity(
        const AwsCredentials &credentials, const QUrl &endpoint, const QString &region);
    [[nodiscard]] StsJob *assumeRole(
        const AwsCredentials &credentials, const AssumeRoleParams &params, const QUrl &endpoint, const QString &region);

    /// Forgets cached AssumeRole credentials.
    void clearCache();

private:
    StsJob *post(const AwsCredentials &credentials, const QUrl &endpoint, const QString &region, const QByteArray &body,
        const QString &cacheKey);

    QNetworkAccessManager &m_network;
    const SigV4Signer &m_signer;
    std::function<QDateTime()> m_clock;
    QHash<QString, StsResult> m_cache;
};

} // namespace brc::aws
