#pragma once

#include "common/result.h"
#include "profilecatalog.h"

#include <QList>
#include <QPair>
#include <QString>

namespace brc::aws {

struct AwsProfile;

/// A profile of the AWS shared config adopted as a managed profile: static keys move into the OS
/// keychain (`secrets`: keychain key → value, to be written before `profile` is saved); roles and
/// credential_process profiles are referenced and stay in the AWS files.
struct ProfileImport
{
    ManagedProfile profile;
    QList<QPair<QString, QString>> secrets;
};

/// Plans the import of `awsProfile` under the managed name `name`. Errors:
/// `credentials.unsupported` for SSO profiles (with what to do instead), `profiles.bad_name`.
[[nodiscard]] Result<ProfileImport> importAwsProfile(const AwsProfile &awsProfile, const QString &name);

} // namespace brc::aws
