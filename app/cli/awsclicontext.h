#pragma once

#include "aws/credentialjob.h"
#include "aws/credentialresolver.h"
#include "aws/profilecatalog.h"
#include "aws/secretstore.h"
#include "aws/sigv4signer.h"
#include "aws/stsclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace brc::cli {

/// The AWS objects the sign and credentials commands share, wired once. The CLI is the one
/// place where waiting synchronously on core's asynchronous jobs is allowed (wait()).
class AwsCliContext final
{
public:
    AwsCliContext();

    /// Runs an event loop until `job` emits `signal`, and returns what it carried.
    template <typename T, typename Job> static Result<T> wait(Job *job, void (Job::*signal)(const Result<T> &))
    {
        std::optional<Result<T>> outcome;
        QEventLoop loop;
        QObject::connect(job, signal, &loop, [&outcome, &loop](const Result<T> &result) {
            outcome = result;
            loop.quit();
        });
        loop.exec();
        return *outcome;
    }

    /// Credentials for `--profile NAME` (a managed profile first, else an AWS shared-config
    /// profile), or with no name the plan LiteLLM would follow from the environment.
    Result<aws::ResolvedCredentials> resolve(const QString &profileName);

    /// A secret from standard input (its first line, without the line end) when `fromStdin`,
    /// else from a prompt on the terminal without echo. Never from the command line.
    static Result<QString> readSecret(bool fromStdin, const QString &prompt);

    QProcessEnvironment environment;
    QNetworkAccessManager network;
    aws::SigV4Signer signer;
    aws::StsClient sts;
    aws::SecretStore secrets;
    aws::CredentialResolver resolver;
    QString catalogPath;
};

} // namespace brc::cli
