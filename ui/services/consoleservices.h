#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace brc::aws {
class CredentialResolver;
class SecretStore;
class StsClient;
} // namespace brc::aws
namespace brc::bedrock {
class BedrockClient;
}

namespace brc::ui {

/// The network and credential objects of core the tester, the health view and the credentials
/// dialog call, made once in app/ (one QNetworkAccessManager behind them) and handed in.
struct ConsoleServices
{
    bedrock::BedrockClient &client;
    aws::CredentialResolver &resolver;
    aws::StsClient &sts;
    aws::SecretStore &secrets;
    QString profileCatalogPath; ///< the managed profiles (profiles.json)
    QProcessEnvironment environment; ///< what the proxy's environment holds (os.environ/ references)
};

} // namespace brc::ui
