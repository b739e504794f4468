#pragma once

#include "awsinidocument.h"
#include "awsprofile.h"
#include "common/result.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace brc::aws {

/// The AWS shared config (`~/.aws/config`) and credentials (`~/.aws/credentials`) files, read
/// as the AWS CLI and botocore read them: AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE
/// override the paths; config sections are `[default]` and `[profile NAME]`, credentials
/// sections plain `[NAME]`. A missing file is empty, not an error; a malformed one gives
/// `awsconfig.syntax` with file and line.
class AwsSharedConfig final
{
public:
    static QString configPath(const QProcessEnvironment &environment);
    static QString credentialsPath(const QProcessEnvironment &environment);
    /// AWS_PROFILE, else AWS_DEFAULT_PROFILE, else "default".
    static QString selectedProfileName(const QProcessEnvironment &environment);

    /// Reads both files. Errors: `awsconfig.syntax`, `awsconfig.unreadable`, `awsconfig.too-large`
    /// (a file over 4 MiB, refused whole).
    [[nodiscard]] static Result<AwsSharedConfig> load(const QProcessEnvironment &environment);
    /// From file contents (tests, previews).
    [[nodiscard]] static Result<AwsSharedConfig> fromText(QByteArrayView configText, QByteArrayView credentialsText,
        const QString &configName = QStringLiteral("config"),
        const QString &credentialsName = QStringLiteral("credentials"));

    /// Every profile named in either file, sorted.
    QStringList profileNames() const;
    bool hasProfile(const QString &name) const;
    /// The merged profile. Errors: `awsconfig.no_profile`.
    [[nodiscard]] Result<AwsProfile> profile(const QString &name) const;

private:
    /// The config-file section that defines `profile`, or null.
    const IniSection *configSection(const QString &profile) const;

    AwsIniDocument m_config;
    AwsIniDocument m_credentials;
};

} // namespace brc::aws
