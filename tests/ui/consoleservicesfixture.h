#pragma once

// The network side of the console, wired as app/console does, against the local Bedrock that the
// `fakebedrock` ctest fixture started (its port is in the build tree).
#include "aws/credentialresolver.h"
#include "aws/secretstore.h"
#include "aws/sigv4signer.h"
#include "aws/stsclient.h"
#include "bedrock/bedrockclient.h"
#include "services/consoleservices.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

struct ConsoleServicesFixture
{
    ConsoleServicesFixture()
        : environment(QProcessEnvironment::systemEnvironment())
        , sts(network, signer)
        , resolver(secrets, sts, environment)
        , client(network)
        , services { client, resolver, sts, secrets, scratch.filePath(QStringLiteral("profiles.json")), environment }
    {
        network.setAutoDeleteReplies(true);
        brc::bedrock::BedrockClientOptions options;
        options.maxAttempts = 1; // an injected error is shown at once, not retried
        options.totalTimeoutMs = 30000;
        (void)client.setOptions(options);
    }

    /// http://127.0.0.1:PORT of the local Bedrock, or an empty string when it is not running.
    static QString endpoint()
    {
        QFile portFile(QStringLiteral(BRC_BINARY_DIR "/fakebedrock/port"));
        if (!portFile.open(QIODevice::ReadOnly)) {
            return {};
        }
        const int port = portFile.readAll().trimmed().toInt();
        return port > 0 ? QStringLiteral("http://127.0.0.1:%1").arg(port) : QString();
    }

    QTemporaryDir scratch;
    QProcessEnvironment environment;
    QNetworkAccessManager network;
    brc::aws::SigV4Signer signer;
    brc::aws::StsClient sts;
    brc::aws::SecretStore secrets;
    brc::aws::CredentialResolver resolver;
    brc::bedrock::BedrockClient client;
    brc::ui::ConsoleServices services;
};
