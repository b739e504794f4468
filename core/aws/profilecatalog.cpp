#include "profilecatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace brc::aws {

QString ManagedProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Keys:
        return QStringLiteral("keys");
    case Kind::AwsProfile:
        return QStringLiteral("aws-profile");
    case Kind::BearerToken:
        return QStringLiteral("bearer");
    }
    return {};
}

CredentialRequest ManagedProfile::toRequest() const
{
    CredentialRequest request;
    request.region = region;
    if (kind == Kind::Keys) {
        request.keychainProfile = name;
        request.accessKeyId = accessKeyId;
    } else if (kind == Kind::BearerToken) {
        request.keychainProfile = name;
        request.keychainHoldsBearerToken = true;
    } else {
        request.profileName = awsProfile;
    }
    return request;
}

QString ProfileCatalog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/bedrock-route-console/profiles.json");
}

bool ProfileCatalog::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'_' || c == u'-';
    });
}

Result<ProfileCatalog> ProfileCatalog::load(const QString &path)
{
    ProfileCatalog catalog;
    QFile file(path);
    if (!file.exists()) {
        return catalog;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            QStringLiteral("profiles.unreadable"), QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(QStringLiteral("profiles.corrupt"),
            QStringLiteral("%1 is not a profile list (%2).").arg(path, parseError.errorString()));
    }
    for (const QJsonValue &value : document.object().value(QLatin1String("profiles")).toArray()) {
        const QJsonObject object = value.toObject();
        ManagedProfile profile;
        profile.name = object.value(QLatin1String("name")).toString();
        const QString kind = object.value(QLatin1String("kind")).toString();
        profile.kind = kind == QLatin1String("aws-profile") ? ManagedProfile::Kind::AwsProfile
            : kind == QLatin1String("bearer")               ? ManagedProfile::Kind::BearerToken
                                                            : ManagedProfile::Kind::Keys;
        profile.accessKeyId = object.value(QLatin1String("access_key_id")).toString();
        profile.region = object.value(QLatin1String("region")).toString();
        profile.awsProfile = object.value(QLatin1String("aws_profile")).toString();
        profile.hasSessionToken = object.value(QLatin1String("has_session_token")).toBool();
        if (isValidName(profile.name)) {
            catalog.m_profiles.append(profile);
        }
    }
    return catalog;
}

Result<void> ProfileCatalog::save(const QString &path) const
{
    QJsonArray profiles;
    for (const ManagedProfile &profile : m_profiles) {
        QJsonObject object {
            { QStringLiteral("name"), profile.name },
            { QStringLiteral("kind"), ManagedProfile::kindName(profile.kind) },
        };
        if (!profile.accessKeyId.isEmpty()) {
            object.insert(QStringLiteral("access_key_id"), profile.accessKeyId);
        }
        if (!profile.region.isEmpty()) {
            object.insert(QStringLiteral("region"), profile.region);
        }
        if (!profile.awsProfile.isEmpty()) {
            object.insert(QStringLiteral("aws_profile"), profile.awsProfile);
        }
        if (profile.hasSessionToken) {
            object.insert(QStringLiteral("has_session_token"), true);
        }
        profiles.append(object);
    }
    const QByteArray bytes
        = QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("profiles"), profiles } })
              .toJson(QJsonDocument::Indented);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Error(
            QStringLiteral("profiles.unwritable"), QStringLiteral("Cannot create the folder of %1.").arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        return Error(
            QStringLiteral("profiles.unwritable"), QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

const ManagedProfile *ProfileCatalog::find(const QString &name) const
{
    for (const ManagedProfile &profile : m_profiles) {
        if (profile.name == name) {
            return &profile;
        }
    }
    return nullptr;
}

Result<void> ProfileCatalog::upsert(const ManagedProfile &profile)
{
    if (!isValidName(profile.name)) {
        return Error(QStringLiteral("profiles.bad_name"),
            QStringLiteral("'%1' is not a usable profile name: use 1 to 64 letters, digits, '.', '_' or '-'.")
                .arg(profile.name));
    }
    for (ManagedProfile &existing : m_profiles) {
        if (existing.name == profile.name) {
            existing = profile;
            return {};
        }
    }
    m_profiles.append(profile);
    std::sort(m_profiles.begin(), m_profiles.end(),
        [](const ManagedProfile &a, const ManagedProfile &b) { return a.name < b.name; });
    return {};
}

bool ProfileCatalog::remove(const QString &name)
{
    return m_profiles.removeIf([&name](const ManagedProfile &profile) { return profile.name == name; }) > 0;
}

} // namespace brc::aws
