#pragma once

#include "credentialrequest.h"

#include <QString>

namespace brc::aws {

/// Where the credentials for a request come from.
enum class CredentialSource {
    BearerToken, ///< Authorization: Bearer, no SigV4
    WebIdentity, ///< AssumeRoleWithWebIdentity (not supported here: reported)
    AssumeRole, ///< STS AssumeRole from source credentials
    AwsProfile, ///< a profile of ~/.aws/config and ~/.aws/credentials
    Keychain, ///< a console-managed profile, secret in the OS keychain
    SessionKeys, ///< access key, secret and session token
    StaticKeys, ///< access key and secret
    DefaultChain, ///< nothing given: AWS_PROFILE or [default] of the shared config
};

/// The decision, before anything is fetched: which source wins and why, in words a person can
/// check against their LiteLLM config. `request` is the input with environment fallbacks applied.
struct CredentialPlan
{
    CredentialSource source = CredentialSource::DefaultChain;
    QString profileName; ///< the AWS profile (AwsProfile, DefaultChain) or managed profile (Keychain)
    QString explanation;
    CredentialRequest request;

    bool operator==(const CredentialPlan &) const = default;
};

/// Chooses the source the way LiteLLM's BaseAWSLLM.get_credentials does, first match wins:
/// bearer token (api_key, AWS_BEARER_TOKEN_BEDROCK) → web identity token + role + session name →
/// role (AssumeRole) → profile → key + secret + token → key + secret → the default chain.
/// A console-managed keychain profile comes first of all, since the person picked it.
CredentialPlan planCredentials(const CredentialRequest &request, const QProcessEnvironment &environment);

/// "bearer token", "AWS profile", ... for display.
QString credentialSourceName(CredentialSource source);

} // namespace brc::aws
