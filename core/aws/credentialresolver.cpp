#include "credentialresolver.h"

#include "awssharedconfig.h"
#include "common/logging.h"
#include "secretjob.h"
#include "secretstore.h"
#include "stsclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace brc::aws {

namespace {

constexpr int s_maxProfileDepth = 5;

Error unsupported(const QString &message)
{
    return Error(QStringLiteral("credentials.unsupported"), message);
}

// Calls `done` later, from the event loop, unless `context` is gone.
void finishLater(QObject *context, const std::function<void(const Result<ResolvedCredentials> &)> &done,
    const Result<ResolvedCredentials> &result)
{
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

} // namespace

CredentialResolver::CredentialResolver(
    SecretStore &secrets, StsClient &sts, QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_sts(sts)
    , m_environment(std::move(environment))
{
}

CredentialResolver::~CredentialResolver()
{
    for (QProcess *process : findChildren<QProcess *>()) {
        process->disconnect();
        process->kill();
        process->waitForFinished(1000);
    }
}

CredentialJob *CredentialResolver::resolve(const CredentialRequest &request)
{
    auto *job = new CredentialJob(this);
    const CredentialPlan plan = planCredentials(request, m_environment);
    const CredentialRequest &r = plan.request;
    QPointer<CredentialJob> guard(job);
    const Done done = [guard, plan](const Result<ResolvedCredentials> &result) {
        if (!guard) {
            return;
        }
        if (!result) {
            guard->finish(result);
            return;
        }
        ResolvedCredentials resolved = *result;
        resolved.source = plan.source;
        if (resolved.region.isEmpty()) {
            resolved.region = plan.request.region;
        }
        resolved.explanation
            = resolved.explanation.isEmpty() ? plan.explanation : plan.explanation + u' ' + resolved.explanation;
        guard->finish(resolved);
    };

    ResolvedCredentials direct;
    switch (plan.source) {
    case CredentialSource::Keychain:
        resolveKeychain(plan.profileName, job, [done, r](const Result<ResolvedCredentials> &result) {
            if (!result) {
                done(result);
                return;
            }
            ResolvedCredentials withKeyId = *result;
            withKeyId.credentials.accessKeyId = r.accessKeyId;
            done(withKeyId);
        });
        break;
    case CredentialSource::BearerToken:
        if (r.keychainHoldsBearerToken) {
            connect(m_secrets.read(keychainBearerTokenKey(plan.profileName)), &SecretJob::finished, job,
                [done, profile = plan.profileName](const Result<QString> &token) {
                    if (!token) {
                        Error error = token.error();
                        if (error.code == QLatin1String("secrets.not_found")) {
                            error.message
                                = QStringLiteral("The keychain has no API key for profile '%1'.").arg(profile);
                        }
                        done(error);
                        return;
                    }
                    ResolvedCredentials resolved;
                    resolved.bearerToken = *token;
                    done(resolved);
                });
            break;
        }
        direct.bearerToken = r.bearerToken;
        finishLater(job, done, direct);
        break;
    case CredentialSource::WebIdentity:
        finishLater(job, done,
            unsupported(QStringLiteral("AssumeRoleWithWebIdentity is not supported by this console yet. "
                                       "Assume the role outside it and pass the temporary keys (for example "
                                       "through AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN).")));
        break;
    case CredentialSource::AssumeRole: {
        const auto assume = [this, r, job, done](const Result<ResolvedCredentials> &source) {
            if (!source) {
                done(source);
                return;
            }
            assumeRole(*source, r.roleArn, r.sessionName, r.externalId, 3600, r.region, r.stsEndpoint, job, done);
        };
        if (!r.accessKeyId.isEmpty() && !r.secretAccessKey.isEmpty()) {
            direct.credentials = { r.accessKeyId, r.secretAccessKey, r.sessionToken, {} };
            finishLater(job, assume, direct);
        } else {
            resolveProfile(
                r.profileName.isEmpty() ? AwsSharedConfig::selectedProfileName(m_environment) : r.profileName, 0, job,
                assume);
        }
        break;
    }
    case CredentialSource::AwsProfile:
    case CredentialSource::DefaultChain:
        resolveProfile(plan.profileName, 0, job, done);
        break;
    case CredentialSource::SessionKeys:
    case CredentialSource::StaticKeys:
        direct.credentials = { r.accessKeyId, r.secretAccessKey, r.sessionToken, {} };
        finishLater(job, done, direct);
        break;
    }
    return job;
}

void CredentialResolver::resolveKeychain(const QString &profile, QObject *context, const Done &done)
{
    // The catalog holds the key id; here only the secrets. The caller fills in the key id.
    SecretJob *secretJob = m_secrets.read(keychainSecretKey(profile));
    connect(secretJob, &SecretJob::finished, context, [this, profile, context, done](const Result<QString> &secret) {
        if (!secret) {
            Error error = secret.error();
            if (error.code == QLatin1String("secrets.not_found")) {
                error.message = QStringLiteral("The keychain has no secret for profile '%1'. Set it again with "
                                               "'bedrock-route credentials set --profile %1 ... --secret-stdin'.")
                                    .arg(profile);
            }
            done(error);
            return;
        }
        SecretJob *tokenJob = m_secrets.read(keychainSessionTokenKey(profile));
        const QString secretValue = *secret;
        connect(tokenJob, &SecretJob::finished, context, [secretValue, done](const Result<QString> &token) {
            ResolvedCredentials resolved;
            resolved.credentials.secretAccessKey = secretValue;
            resolved.credentials.sessionToken = token ? *token : QString();
            done(resolved);
        });
    });
}

void CredentialResolver::resolveProfile(const QString &name, int depth, QObject *context, const Done &done)
{
    if (depth > s_maxProfileDepth) {
        finishLater(context, done,
            Error(QStringLiteral("credentials.profile_loop"),
                QStringLiteral("The source_profile chain starting near '%1' is longer than %2 profiles or "
                               "loops back on itself.")
                    .arg(name)
                    .arg(s_maxProfileDepth)));
        return;
    }
    const Result<AwsSharedConfig> config = AwsSharedConfig::load(m_environment);
    if (!config) {
        finishLater(context, done, config.error());
        return;
    }
    const Result<AwsProfile> profile = config->profile(name);
    if (!profile) {
        finishLater(context, done, profile.error());
        return;
    }
    resolveProfileData(*profile, depth, context, done);
}

void CredentialResolver::resolveProfileData(const AwsProfile &profile, int depth, QObject *context, const Done &done)
{
    ResolvedCredentials resolved;
    resolved.region = profile.region;
    if (!profile.roleArn.isEmpty()) {
        const QString stsEndpoint = m_environment.value(QStringLiteral("AWS_STS_ENDPOINT"));
        const auto assume = [this, profile, context, done, stsEndpoint](const Result<ResolvedCredentials> &source) {
            if (!source) {
                done(source);
                return;
            }
            assumeRole(*source, profile.roleArn, profile.roleSessionName, profile.externalId,
                profile.durationSeconds > 0 ? profile.durationSeconds : 3600, profile.region, stsEndpoint, context,
                done);
        };
        if (!profile.sourceProfile.isEmpty() && profile.sourceProfile != profile.name) {
            resolveProfile(profile.sourceProfile, depth + 1, context, assume);
        } else if (!profile.sourceProfile.isEmpty() && profile.hasStaticKeys()) {
            // source_profile naming itself: its own static keys are the source (botocore allows it).
            resolved.credentials = { profile.accessKeyId, profile.secretAccessKey, profile.sessionToken, {} };
            finishLater(context, assume, resolved);
        } else if (profile.credentialSource == QLatin1String("Environment")) {
            resolved.credentials = { m_environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")),
                m_environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")),
                m_environment.value(QStringLiteral("AWS_SESSION_TOKEN")), {} };
            if (!resolved.credentials.isValid()) {
                finishLater(context, done,
                    Error(QStringLiteral("credentials.missing"),
                        QStringLiteral("Profile '%1' takes its source credentials from the environment, "
                                       "but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set.")
                            .arg(profile.name)));
                return;
            }
            finishLater(context, assume, resolved);
        } else if (profile.webIdentityTokenFile.isEmpty()) {
            finishLater(context, done,
                unsupported(QStringLiteral("Profile '%1' has role_arn but no source_profile; "
                                           "credential_source '%2' (EC2/ECS metadata) is not supported here.")
                                .arg(profile.name, profile.credentialSource)));
        } else {
            finishLater(context, done,
                unsupported(QStringLiteral("Profile '%1' uses web_identity_token_file, which this console "
                                           "does not support yet.")
                                .arg(profile.name)));
        }
        return;
    }
    if (profile.hasStaticKeys()) {
        resolved.credentials = { profile.accessKeyId, profile.secretAccessKey, profile.sessionToken, {} };
        resolved.explanation = QStringLiteral("Profile '%1' has static keys.").arg(profile.name);
        finishLater(context, done, resolved);
        return;
    }
    if (!profile.credentialProcess.isEmpty()) {
        runCredentialProcess(profile.name, profile.credentialProcess, context,
            [done, region = profile.region](const Result<ResolvedCredentials> &result) {
                if (!result) {
                    done(result);
                    return;
                }
                ResolvedCredentials withRegion = *result;
                withRegion.region = region;
                done(withRegion);
            });
        return;
    }
    if (profile.usesSso) {
        finishLater(context, done,
            unsupported(QStringLiteral("Profile '%1' signs in with AWS IAM Identity Center (SSO), which this console "
                                       "does not support. Run 'aws sso login --profile %1', then 'aws configure "
                                       "export-credentials --profile %1 --format env' and use those keys, or pick a "
                                       "profile with keys, a role or a credential_process.")
                            .arg(profile.name)));
        return;
    }
    finishLater(context, done,
        Error(QStringLiteral("credentials.missing"),
            QStringLiteral("Profile '%1' has no credentials: no keys, role_arn or credential_process.")
                .arg(profile.name)));
}

void CredentialResolver::runCredentialProcess(
    const QString &profileName, const QString &command, QObject *context, const Done &done)
{
    QStringList arguments = QProcess::splitCommand(command);
    if (arguments.isEmpty()) {
        finishLater(context, done,
            Error(QStringLiteral("credentials.process_failed"),
                QStringLiteral("Profile '%1' has an empty credential_process.").arg(profileName)));
        return;
    }
    const QString program = arguments.takeFirst();
    // Owned by the resolver, not the job: a killed process must outlive the job to be reaped.
    auto *process = new QProcess(this);
    process->setProcessEnvironment(m_environment);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto finished = std::make_shared<bool>(false);
    const auto fail = [finished, done, process](const QString &code, const QString &message) {
        if (*finished) {
            return;
        }
        *finished = true;
        // A killed process is reaped first: its finished() deletes it.
        if (process->state() == QProcess::NotRunning) {
            process->deleteLater();
        }
        done(Error(code, message));
    };
    connect(timer, &QTimer::timeout, process, [process, fail, profileName, timeout = m_processTimeoutMs] {
        process->kill();
        fail(QStringLiteral("credentials.process_timeout"),
            QStringLiteral("The credential_process of profile '%1' did not finish within %2 s.")
                .arg(profileName)
                .arg(timeout / 1000.0));
    });
    connect(process, &QProcess::errorOccurred, process, [process, fail, profileName](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(QStringLiteral("credentials.process_failed"),
                QStringLiteral("The credential_process of profile '%1' could not start: %2")
                    .arg(profileName, process->errorString()));
        }
    });
    connect(process, &QProcess::finished, process,
        [process, finished, fail, done, profileName](int exitCode, QProcess::ExitStatus status) {
            if (*finished) {
                process->deleteLater();
                return;
            }
            if (status != QProcess::NormalExit || exitCode != 0) {
                // Its stderr may quote secrets: say only that it failed.
                fail(QStringLiteral("credentials.process_failed"),
                    QStringLiteral("The credential_process of profile '%1' failed (exit code %2).")
                        .arg(profileName)
                        .arg(exitCode));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
            ResolvedCredentials resolved;
            resolved.credentials.accessKeyId = json.value(QLatin1String("AccessKeyId")).toString();
            resolved.credentials.secretAccessKey = json.value(QLatin1String("SecretAccessKey")).toString();
            resolved.credentials.sessionToken = json.value(QLatin1String("SessionToken")).toString();
            resolved.credentials.expiration
                = QDateTime::fromString(json.value(QLatin1String("Expiration")).toString(), Qt::ISODateWithMs);
            if (json.value(QLatin1String("Version")).toInt() != 1 || !resolved.credentials.isValid()) {
                fail(QStringLiteral("credentials.process_failed"),
                    QStringLiteral("The credential_process of profile '%1' did not print JSON with Version 1, "
                                   "AccessKeyId and SecretAccessKey.")
                        .arg(profileName));
                return;
            }
            *finished = true;
            process->deleteLater();
            resolved.explanation
                = QStringLiteral("Profile '%1' got keys from its credential_process.").arg(profileName);
            done(resolved);
        });
    timer->start(m_processTimeoutMs);
    process->start(program, arguments);
}

void CredentialResolver::assumeRole(const ResolvedCredentials &source, const QString &roleArn,
    const QString &sessionName, const QString &externalId, int durationSeconds, const QString &region,
    const QString &stsEndpoint, QObject *context, const Done &done)
{
    const QUrl endpoint = stsEndpoint.isEmpty() ? StsClient::regionalEndpoint(region) : QUrl(stsEndpoint);
    StsJob *job
        = m_sts.assumeRole(source.credentials, { roleArn, sessionName, externalId, durationSeconds }, endpoint, region);
    connect(job, &StsJob::finished, context, [done, roleArn, region, endpoint](const Result<StsResult> &result) {
        if (!result) {
            done(result.error());
            return;
        }
        ResolvedCredentials resolved;
        resolved.credentials = result->credentials;
        resolved.region = region;
        resolved.explanation
            = QStringLiteral("Assumed %1 through %2%3, valid until %4.")
                  .arg(roleArn, endpoint.toString(), result->fromCache ? QStringLiteral(" (cached)") : QString(),
                      result->credentials.expiration.toString(Qt::ISODate));
        done(resolved);
    });
}

} // namespace brc::aws
