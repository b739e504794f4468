#include "bedrockclient.h"

#include "bedrock/environmentproxyfactory.h"
#include "common/logging.h"

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
        m_options.caBundlePath = qEnvironmentVariable("AWS_CA_BUNDLE");
    }
}

BedrockClient::~BedrockClient() = default;

Result<void> BedrockClient::setOptions(const BedrockClientOptions &options)
{
    QList<QSslCertificate> certificates;
    const QString bundle
        = options.caBundlePath.isEmpty() ? qEnvironmentVariable("AWS_CA_BUNDLE") : options.caBundlePath;
    if (!bundle.isEmpty()) {
        certificates = QSslCertificate::fromPath(bundle, QSsl::Pem);
        if (certificates.isEmpty()) {
            return Error(QStringLiteral("network.ca_bundle"),
                QStringLiteral("No PEM certificates could be read from the CA bundle %1").arg(bundle));
        }
    }
    m_options = options;
    m_caCertificates = certificates;
    return {};
}

BedrockCall *BedrockClient::send(const BedrockRequest &request, const BedrockAuth &auth)
{
    return new BedrockCall(m_network, m_signer, request, auth, m_options, m_caCertificates, m_clock, this);
}

} // namespace brc::bedrock
