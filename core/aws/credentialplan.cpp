#include "credentialplan.h"

#include "awssharedconfig.h"

namespace brc::aws {

QString credentialSourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::BearerToken:
        return QStringLiteral("bearer token");
    case CredentialSource::WebIdentity:
        return QStringLiteral("web identity");
    case CredentialSource::AssumeRole:
        return QStringLiteral("assumed role");
    case CredentialSource::AwsProfile:
        return QStringLiteral("AWS profile");
    case CredentialSource::Keychain:
        return QStringLiteral("keychain profile");
    case CredentialSource::SessionKeys:
        return QStringLiteral("session keys");
    case CredentialSource::StaticKeys:
        return QStringLiteral("access keys");
    case CredentialSource::DefaultChain:
        return QStringLiteral("default AWS chain");
    }
    return {};
}

CredentialPlan planCredentials(const CredentialRequest &input, const QProcessEnvironment &environment)
{
    CredentialPlan plan;
    plan.request = input.withEnvironmentFallbacks(environment);
    const CredentialRequest &r = plan.request;
    // Where a value came from, for the explanation.
    auto from = [&environment](const QString &given, const char *envName) {
        if (!given.isEmpty()) {
            return QStringLiteral("set in the deployment");
        }
        return environment.contains(QLatin1String(envName)) ? QStringLiteral("from %1").arg(QLatin1String(envName))
                                                            : QStringLiteral("from the environment");
    };

    if (!input.keychainProfile.isEmpty() && input.keychainHoldsBearerToken) {
        plan.source = CredentialSource::BearerToken;
        plan.profileName = input.keychainProfile;
        plan.explanation = QStringLiteral("Using the console profile '%1': a Bedrock API key (bearer token) read from "
                                          "the OS keychain; requests carry 'Authorization: Bearer' and are not "
                                          "SigV4-signed.")
                               .arg(input.keychainProfile);
        return plan;
    }
    if (!input.keychainProfile.isEmpty()) {
        plan.source = CredentialSource::Keychain;
        plan.profileName = input.keychainProfile;
        plan.explanation = QStringLiteral("Using the console profile '%1': its access key id is stored with the "
                                          "profile and its secret is read from the OS keychain.")
                               .arg(input.keychainProfile);
        return plan;
    }
    if (!r.bearerToken.isEmpty()) {
        plan.source = CredentialSource::BearerToken;
        plan.explanation = QStringLiteral("Using a Bedrock API key (bearer token, %1): requests carry "
                                          "'Authorization: Bearer' and are not SigV4-signed. LiteLLM checks it first.")
                               .arg(input.bearerToken.isEmpty() ? QStringLiteral("from AWS_BEARER_TOKEN_BEDROCK")
                                                                : QStringLiteral("api_key in the deployment"));
        return plan;
    }
    if (!r.webIdentityToken.isEmpty() && !r.roleArn.isEmpty() && !r.sessionName.isEmpty()) {
        plan.source = CredentialSource::WebIdentity;
        plan.explanation = QStringLiteral("A web identity token, a role (%1) and a session name are set, so LiteLLM "
                                          "would call AssumeRoleWithWebIdentity (branch 1).")
                               .arg(r.roleArn);
        return plan;
    }
    if (!r.roleArn.isEmpty()) {
        plan.source = CredentialSource::AssumeRole;
        QString sourceWords;
        if (!r.accessKeyId.isEmpty() && !r.secretAccessKey.isEmpty()) {
            sourceWords = QStringLiteral("the access keys given");
        } else if (!r.profileName.isEmpty()) {
            sourceWords = QStringLiteral("the AWS profile '%1'").arg(r.profileName);
        } else {
            sourceWords = QStringLiteral("the default AWS chain");
        }
        plan.explanation = QStringLiteral("A role is set (aws_role_name %1, %2), so LiteLLM assumes it with STS "
                                          "AssumeRole (branch 2), signing with %3%4.")
                               .arg(r.roleArn, from(input.roleArn, "AWS_ROLE_NAME"), sourceWords,
                                   r.externalId.isEmpty() ? QString() : QStringLiteral(" and an external id"));
        return plan;
    }
    if (!r.profileName.isEmpty()) {
        plan.source = CredentialSource::AwsProfile;
        plan.profileName = r.profileName;
        plan.explanation
            = QStringLiteral("A profile is set (aws_profile_name '%1', %2), so LiteLLM uses that AWS "
                             "profile (branch 3), read from %3 and %4.")
                  .arg(r.profileName, from(input.profileName, "AWS_PROFILE_NAME"),
                      AwsSharedConfig::configPath(environment), AwsSharedConfig::credentialsPath(environment));
        return plan;
    }
    if (!r.accessKeyId.isEmpty() && !r.secretAccessKey.isEmpty()) {
        plan.source = r.sessionToken.isEmpty() ? CredentialSource::StaticKeys : CredentialSource::SessionKeys;
        plan.explanation = QStringLiteral("An access key and secret are set (%1)%2, so LiteLLM signs with them "
                                          "directly (branch %3).")
                               .arg(from(input.accessKeyId, "AWS_ACCESS_KEY_ID"),
                                   r.sessionToken.isEmpty() ? QString() : QStringLiteral(" with a session token"),
                                   r.sessionToken.isEmpty() ? QStringLiteral("5") : QStringLiteral("4"));
        return plan;
    }
    plan.source = CredentialSource::DefaultChain;
    plan.profileName = AwsSharedConfig::selectedProfileName(environment);
    plan.explanation
        = QStringLiteral("Nothing explicit is set, so LiteLLM falls back to boto3's default chain "
                         "(branch 6); here that is the AWS profile '%1'%2.")
              .arg(plan.profileName,
                  environment.contains(QStringLiteral("AWS_PROFILE")) ? QStringLiteral(" named by AWS_PROFILE")
                                                                      : QString());
    if (!r.accessKeyId.isEmpty() && r.secretAccessKey.isEmpty()) {
        plan.explanation += QStringLiteral(" An access key id is set without its secret, so it is ignored.");
    }
    return plan;
}

} // namespace brc::aws
