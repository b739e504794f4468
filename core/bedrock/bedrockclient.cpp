#include "bedrockclient.h"

#include "bedrock/environmentproxyfactory.h"
#include "common/logging.h"

#include <QFile>
#include <QNetworkAccessManager>

namespace brc::bedrock {

BedrockClient::BedrockClient(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    if (!m_network.proxyFactory()) {
        m_network.setProxyFactory(new EnvironmentProxyFactory());
    }
    if (auto applied = setOptions(BedrockClientOptions()); !applied) {
        // A broken $AWS_CA_BUNDLE: every https call then fails with this error instead of
        // silently trusting less (or more) than asked.
        qCWarning(lcHttp) << applied.error().message;
        m_caBundle = qEnvironmentVariable("AWS_CA_BUNDLE");
    }
}

BedrockClient::~BedrockClient() = default;

Result<void> BedrockClient::setOptions(const BedrockClientOptions &options)
{
    const QString bundle
        = options.caBundlePath.isEmpty() ? qEnvironmentVariable("AWS_CA_BUNDLE") : options.caBundlePath;
    if (!bundle.isEmpty() && bundle != m_parsedBundle) {
        // A cheap look now; the certificates themselves are parsed on the first https call.
        QFile file(bundle);
        if (!file.open(QIODevice::ReadOnly) || !file.readAll().contains("-----BEGIN CERTIFICATE-----")) {
            return Error(QStringLiteral("network.ca_bundle"),
                QStringLiteral("No PEM certificates could be read from the CA bundle %1").arg(bundle));
        }
    }
    m_options = options;
    m_caBundle = bundle;
    return {};
}

Result<QList<QSslCertificate>> BedrockClient::caCertificates()
{
    if (m_caBundle.isEmpty()) {
        return QList<QSslCertificate>();
    }
    if (m_caBundle != m_parsedBundle) {
        m_parsedBundle = m_caBundle;
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_caBundle, QSsl::Pem);
        if (certificates.isEmpty()) {
            m_caCertificates = Error(QStringLiteral("network.ca_bundle"),
                QStringLiteral("No PEM certificates could be read from the CA bundle %1").arg(m_caBundle));
        } else {
            m_caCertificates = certificates;
        }
    }
    return m_caCertificates;
}

BedrockCall *BedrockClient::send(const BedrockRequest &request, const BedrockAuth &auth)
{
    // Plain http (loopback only) never needs the bundle.
    const bool https = request.url().startsWith("https:");
    return new BedrockCall(m_network, m_signer, request, auth, m_options,
        https ? caCertificates() : Result<QList<QSslCertificate>>(QList<QSslCertificate>()), m_clock, this);
}

} // namespace brc::bedrock
