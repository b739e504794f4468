#pragma once

#include <QString>

namespace brc::aws {

/// One profile of the AWS shared config, with the credentials file's keys merged in (the
/// credentials file wins, as in botocore). Holds secrets when the files do: never log it whole.
struct AwsProfile
{
    QString name;
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QString region;
    QString roleArn;
    QString sourceProfile;
    QString credentialSource;
    QString externalId;
    QString roleSessionName;
    int durationSeconds = 0;
    QString credentialProcess;
    QString webIdentityTokenFile;
    QString stsRegionalEndpoints;
    /// sso_session / sso_start_url / sso_account_id are set: not supported here.
    bool usesSso = false;

    bool hasStaticKeys() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }

    bool operator==(const AwsProfile &) const = default;
};

} // namespace brc::aws
