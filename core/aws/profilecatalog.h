#pragma once

#include "common/result.h"
#include "credentialrequest.h"

#include <QList>
#include <QString>

namespace brc::aws {

/// A profile the person manages in the console or with `bedrock-route credentials`. Holds no
/// secret: for Kind::Keys the secret (and any session token) is in the OS keychain under
/// keychainSecretKey(name), for Kind::BearerToken the Bedrock API key under
/// keychainBearerTokenKey(name); for Kind::AwsProfile everything stays in the AWS shared config.
struct ManagedProfile
{
    enum class Kind { Keys, AwsProfile, BearerToken };

    QString name;
    Kind kind = Kind::Keys;
    QString accessKeyId;
    QString region;
    QString awsProfile; ///< Kind::AwsProfile: the shared-config profile it refers to
    bool hasSessionToken = false;

    /// "keys", "aws-profile", "bearer": the `kind` in profiles.json and `credentials list --json`.
    static QString kindName(Kind kind);

    /// The resolver input for this profile.
    CredentialRequest toRequest() const;

    bool operator==(const ManagedProfile &) const = default;
};

/// The list of managed profiles, kept as JSON in `<GenericConfigLocation>/bedrock-route-console/
/// profiles.json` and written atomically with QSaveFile. Errors: `profiles.unreadable`,
/// `profiles.corrupt`, `profiles.unwritable`, `profiles.bad_name`.
class ProfileCatalog final
{
public:
    static QString defaultPath();
    /// Names are 1 to 64 of [A-Za-z0-9._-].
    static bool isValidName(const QString &name);

    /// A missing file is an empty catalog.
    [[nodiscard]] static Result<ProfileCatalog> load(const QString &path);
    [[nodiscard]] Result<void> save(const QString &path) const;

    const QList<ManagedProfile> &profiles() const { return m_profiles; }
    const ManagedProfile *find(const QString &name) const;
    /// Adds or replaces by name. Error `profiles.bad_name`.
    [[nodiscard]] Result<void> upsert(const ManagedProfile &profile);
    bool remove(const QString &name);

private:
    QList<ManagedProfile> m_profiles;
};

} // namespace brc::aws
