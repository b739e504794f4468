#pragma once

#include "aws/sigv4signer.h"
#include "bedrock/bedrockcall.h"
#include "bedrock/bedrockclientoptions.h"
#include "bedrock/bedrockrequest.h"
#include "common/result.h"

#include <QObject>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace brc::bedrock {

/// Sends Bedrock Runtime calls (Converse, ConverseStream, InvokeModel,
/// InvokeModelWithResponseStream) on one injected QNetworkAccessManager.
///
/// Each send() returns a BedrockCall handle (owned by the client, deleted after its finished()).
/// Calls are signed with SigV4 (service `bedrock`, the request's region, the injected clock) or
/// carry a Bearer token. Plain http:// is refused unless the host is loopback; certificates are
/// always verified, with the extra CAs of BedrockClientOptions::caBundlePath or $AWS_CA_BUNDLE.
/// The bundle is parsed on the first https call and kept (a system-sized bundle takes a large
/// part of a second to parse, which loopback http calls never need).
/// When the manager has no proxy factory the client installs an EnvironmentProxyFactory
/// (HTTPS_PROXY/NO_PROXY, else the system proxy). No nested event loops.
class BedrockClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BedrockClient)

public:
    explicit BedrockClient(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~BedrockClient() override;

    /// Replaces the network policy. Errors: `network.ca_bundle` when the CA bundle cannot be read
    /// or holds no PEM certificate (the previous options stay in force).
    [[nodiscard]] Result<void> setOptions(const BedrockClientOptions &options);
    const BedrockClientOptions &options() const { return m_options; }

    /// The clock used for signing (tests pin it); the system UTC clock by default.
    void setClock(BedrockCall::Clock clock) { m_clock = std::move(clock); }

    /// Starts a call on the next turn of the event loop. Connect to its signals right away.
    BedrockCall *send(const BedrockRequest &request, const BedrockAuth &auth);

private:
    /// The extra CAs for https calls: parsed once per bundle path.
    Result<QList<QSslCertificate>> caCertificates();

    QNetworkAccessManager &m_network;
    aws::SigV4Signer m_signer;
    BedrockClientOptions m_options;
    QString m_caBundle;
    QString m_parsedBundle;
    Result<QList<QSslCertificate>> m_caCertificates = QList<QSslCertificate>();
    BedrockCall::Clock m_clock;
};

} // namespace brc::bedrock
