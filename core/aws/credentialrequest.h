#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace brc::aws {

/// The credential settings of one LiteLLM deployment (`litellm_params.aws_*`, `api_key`), or of
/// one profile the person manages in the console. Empty fields fall back to the environment
/// variable LiteLLM reads for them (withEnvironmentFallbacks()).
struct CredentialRequest
{
    QString accessKeyId; ///< aws_access_key_id / AWS_ACCESS_KEY_ID
    QString secretAccessKey; ///< aws_secret_access_key / AWS_SECRET_ACCESS_KEY
    QString sessionToken; ///< aws_session_token / AWS_SESSION_TOKEN
    QString region; ///< aws_region_name / AWS_REGION_NAME, AWS_REGION
    QString profileName; ///< aws_profile_name / AWS_PROFILE_NAME
    QString roleArn; ///< aws_role_name / AWS_ROLE_NAME
    QString sessionName; ///< aws_session_name / AWS_SESSION_NAME
    QString externalId; ///< aws_external_id / AWS_EXTERNAL_ID
    QString stsEndpoint; ///< aws_sts_endpoint / AWS_STS_ENDPOINT
    QString webIdentityToken; ///< aws_web_identity_token / AWS_WEB_IDENTITY_TOKEN
    QString bearerToken; ///< api_key / AWS_BEARER_TOKEN_BEDROCK
    /// A console-managed profile whose secret (and session or bearer token) is in the keychain.
    QString keychainProfile;
    /// The keychain profile holds a Bedrock API key (bearer token) rather than access keys.
    bool keychainHoldsBearerToken = false;

    /// Fills empty fields from `environment` as LiteLLM does. The keychain profile has none.
    CredentialRequest withEnvironmentFallbacks(const QProcessEnvironment &environment) const;

    bool operator==(const CredentialRequest &) const = default;
};

/// Keychain entry names for a managed profile's secrets.
QString keychainSecretKey(const QString &profile);
QString keychainSessionTokenKey(const QString &profile);
QString keychainBearerTokenKey(const QString &profile);

} // namespace brc::aws
