#pragma once

#include "credentialjob.h"
#include "credentialrequest.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

namespace brc::aws {

class SecretStore;
class StsClient;
struct AwsProfile;

/// Turns a CredentialRequest into usable credentials, asynchronously, following
/// planCredentials(): keychain profiles read the OS keychain; AWS profiles give static keys,
/// run `credential_process` (with a timeout, output JSON Version 1), or assume `role_arn` from
/// `source_profile` / `credential_source = Environment` through STS; SSO and web identity are
/// reported as unsupported with what to do instead.
///
/// Error codes: those of SecretStore, StsClient and AwsSharedConfig, plus
/// `credentials.unsupported`, `credentials.missing`, `credentials.process_failed`,
/// `credentials.process_timeout`, `credentials.profile_loop`.
class CredentialResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialResolver)

public:
    CredentialResolver(
        SecretStore &secrets, StsClient &sts, QProcessEnvironment environment, QObject *parent = nullptr);
    /// Kills any credential_process still running.
    ~CredentialResolver() override;

    /// How long credential_process may run (default 30 s).
    void setProcessTimeout(int milliseconds) { m_processTimeoutMs = milliseconds; }

    [[nodiscard]] CredentialJob *resolve(const CredentialRequest &request);

private:
    using Done = std::function<void(const Result<ResolvedCredentials> &)>;
    void resolveProfile(const QString &name, int depth, QObject *context, const Done &done);
    void resolveProfileData(const AwsProfile &profile, int depth, QObject *context, const Done &done);
    void resolveKeychain(const QString &profile, QObject *context, const Done &done);
    void runCredentialProcess(const QString &profileName, const QString &command, QObject *context, const Done &done);
    void assumeRole(const ResolvedCredentials &source, const QString &roleArn, const QString &sessionName,
        const QString &externalId, int durationSeconds, const QString &region, const QString &stsEndpoint,
        QObject *context, const Done &done);

    SecretStore &m_secrets;
    StsClient &m_sts;
    QProcessEnvironment m_environment;
    int m_processTimeoutMs = 30000;
};

} // namespace brc::aws
