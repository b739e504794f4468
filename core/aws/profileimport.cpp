#include "profileimport.h"

#include "awsprofile.h"

namespace brc::aws {

Result<ProfileImport> importAwsProfile(const AwsProfile &awsProfile, const QString &name)
{
    if (!ProfileCatalog::isValidName(name)) {
        return Error(QStringLiteral("profiles.bad_name"),
            QStringLiteral("'%1' is not a usable profile name: use 1 to 64 of A-Z a-z 0-9 . _ -").arg(name));
    }
    if (awsProfile.usesSso) {
        return Error(QStringLiteral("credentials.unsupported"),
            QStringLiteral("Profile '%1' uses AWS IAM Identity Center (SSO), which is not "
                           "supported. Export temporary keys with 'aws configure "
                           "export-credentials --profile %1 --format env' instead.")
                .arg(awsProfile.name));
    }
    ProfileImport planned;
    planned.profile.name = name;
    planned.profile.region = awsProfile.region;
    if (awsProfile.hasStaticKeys() && awsProfile.roleArn.isEmpty()) {
        planned.profile.accessKeyId = awsProfile.accessKeyId;
        planned.profile.hasSessionToken = !awsProfile.sessionToken.isEmpty();
        planned.secrets.append({ keychainSecretKey(name), awsProfile.secretAccessKey });
        if (planned.profile.hasSessionToken) {
            planned.secrets.append({ keychainSessionTokenKey(name), awsProfile.sessionToken });
        }
    } else {
        planned.profile.kind = ManagedProfile::Kind::AwsProfile;
        planned.profile.awsProfile = awsProfile.name;
    }
    return planned;
}

} // namespace brc::aws
