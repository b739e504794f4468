#include "credentialrequest.h"

namespace brc::aws {

namespace {

void fallback(QString &field, const QProcessEnvironment &environment, std::initializer_list<QLatin1String> names)
{
    for (const QLatin1String name : names) {
        if (!field.isEmpty()) {
            return;
        }
        field = environment.value(name).trimmed();
    }
}

} // namespace

CredentialRequest CredentialRequest::withEnvironmentFallbacks(const QProcessEnvironment &environment) const
{
    CredentialRequest merged = *this;
    if (!keychainProfile.isEmpty()) {
        return merged;
    }
    fallback(merged.accessKeyId, environment, { QLatin1String("AWS_ACCESS_KEY_ID") });
    fallback(merged.secretAccessKey, environment, { QLatin1String("AWS_SECRET_ACCESS_KEY") });
    // Keys and token go together: an ambient token must not attach to keys given explicitly.
    if (accessKeyId.isEmpty()) {
        fallback(merged.sessionToken, environment, { QLatin1String("AWS_SESSION_TOKEN") });
    }
    fallback(merged.region, environment, { QLatin1String("AWS_REGION_NAME"), QLatin1String("AWS_REGION") });
    fallback(merged.profileName, environment, { QLatin1String("AWS_PROFILE_NAME") });
    fallback(merged.roleArn, environment, { QLatin1String("AWS_ROLE_NAME") });
    fallback(merged.sessionName, environment, { QLatin1String("AWS_SESSION_NAME") });
    fallback(merged.externalId, environment, { QLatin1String("AWS_EXTERNAL_ID") });
    fallback(merged.stsEndpoint, environment, { QLatin1String("AWS_STS_ENDPOINT") });
    fallback(merged.webIdentityToken, environment, { QLatin1String("AWS_WEB_IDENTITY_TOKEN") });
    fallback(merged.bearerToken, environment, { QLatin1String("AWS_BEARER_TOKEN_BEDROCK") });
    return merged;
}

QString keychainSecretKey(const QString &profile)
{
    return QStringLiteral("profile/%1/secret-access-key").arg(profile);
}

QString keychainSessionTokenKey(const QString &profile)
{
    return QStringLiteral("profile/%1/session-token").arg(profile);
}

QString keychainBearerTokenKey(const QString &profile)
{
    return QStringLiteral("profile/%1/bearer-token").arg(profile);
}

} // namespace brc::aws
