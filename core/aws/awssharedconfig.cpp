#include "awssharedconfig.h"

#include <QDir>
#include <QFile>

namespace brc::aws {

namespace {

constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        return QDir::homePath() + path.mid(1);
    }
    return path;
}

Result<QByteArray> readOptional(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return QByteArray();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            QStringLiteral("awsconfig.unreadable"), QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    }
    // Shared config files are small; a huge one is a mistake, not a config. Refused whole: a file
    // cut at the limit would lose its last profiles silently, or cut a key in half.
    if (file.size() > MaxFileBytes) {
        Error error(QStringLiteral("awsconfig.too-large"),
            QStringLiteral("%1 is %2 bytes; AWS config and credentials files over %3 bytes are refused")
                .arg(path)
                .arg(file.size())
                .arg(MaxFileBytes));
        error.field = path;
        return error;
    }
    QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) { // grew while being read, or not a regular file
        Error error(QStringLiteral("awsconfig.too-large"),
            QStringLiteral("%1 is over %2 bytes; AWS config and credentials files that large are refused")
                .arg(path)
                .arg(MaxFileBytes));
        error.field = path;
        return error;
    }
    return bytes;
}

QString configSectionName(const QString &profile)
{
    return profile == QLatin1String("default") ? profile : QStringLiteral("profile ") + profile;
}

} // namespace

QString AwsSharedConfig::configPath(const QProcessEnvironment &environment)
{
    const QString path = environment.value(QStringLiteral("AWS_CONFIG_FILE"));
    return expandHome(path.isEmpty() ? QStringLiteral("~/.aws/config") : path);
}

QString AwsSharedConfig::credentialsPath(const QProcessEnvironment &environment)
{
    const QString path = environment.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    return expandHome(path.isEmpty() ? QStringLiteral("~/.aws/credentials") : path);
}

QString AwsSharedConfig::selectedProfileName(const QProcessEnvironment &environment)
{
    for (const QLatin1String name : { QLatin1String("AWS_PROFILE"), QLatin1String("AWS_DEFAULT_PROFILE") }) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("default");
}

Result<AwsSharedConfig> AwsSharedConfig::load(const QProcessEnvironment &environment)
{
    const QString configFile = configPath(environment);
    const QString credentialsFile = credentialsPath(environment);
    const Result<QByteArray> config = readOptional(configFile);
    if (!config) {
        return config.error();
    }
    const Result<QByteArray> credentials = readOptional(credentialsFile);
    if (!credentials) {
        return credentials.error();
    }
    return fromText(*config, *credentials, configFile, credentialsFile);
}

Result<AwsSharedConfig> AwsSharedConfig::fromText(QByteArrayView configText, QByteArrayView credentialsText,
    const QString &configName, const QString &credentialsName)
{
    Result<AwsIniDocument> config = AwsIniDocument::parse(configText, configName);
    if (!config) {
        return config.error();
    }
    Result<AwsIniDocument> credentials = AwsIniDocument::parse(credentialsText, credentialsName);
    if (!credentials) {
        return credentials.error();
    }
    AwsSharedConfig shared;
    shared.m_config = std::move(*config);
    shared.m_credentials = std::move(*credentials);
    return shared;
}

QStringList AwsSharedConfig::profileNames() const
{
    QStringList names;
    for (const IniSection &section : m_credentials.sections()) {
        names.append(section.name);
    }
    for (const IniSection &section : m_config.sections()) {
        if (section.name == QLatin1String("default")) {
            names.append(section.name);
        } else if (section.name.startsWith(QLatin1String("profile "))) {
            names.append(section.name.mid(8).trimmed());
        }
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

bool AwsSharedConfig::hasProfile(const QString &name) const
{
    return m_credentials.section(name) != nullptr || m_config.section(configSectionName(name)) != nullptr;
}

Result<AwsProfile> AwsSharedConfig::profile(const QString &name) const
{
    const IniSection *config = m_config.section(configSectionName(name));
    const IniSection *credentials = m_credentials.section(name);
    if (config == nullptr && credentials == nullptr) {
        return Error(QStringLiteral("awsconfig.no_profile"),
            QStringLiteral("There is no AWS profile named '%1' in the AWS config or credentials file.").arg(name));
    }
    // The credentials file wins over the config file for the same key.
    auto value = [config, credentials](QStringView key) {
        if (credentials != nullptr && credentials->contains(key)) {
            return credentials->value(key);
        }
        return config != nullptr ? config->value(key) : QString();
    };
    AwsProfile profile;
    profile.name = name;
    profile.accessKeyId = value(u"aws_access_key_id");
    profile.secretAccessKey = value(u"aws_secret_access_key");
    profile.sessionToken = value(u"aws_session_token");
    if (profile.sessionToken.isEmpty()) {
        profile.sessionToken = value(u"aws_security_token");
    }
    profile.region = value(u"region");
    profile.roleArn = value(u"role_arn");
    profile.sourceProfile = value(u"source_profile");
    profile.credentialSource = value(u"credential_source");
    profile.externalId = value(u"external_id");
    profile.roleSessionName = value(u"role_session_name");
    profile.durationSeconds = value(u"duration_seconds").toInt();
    profile.credentialProcess = value(u"credential_process");
    profile.webIdentityTokenFile = value(u"web_identity_token_file");
    profile.stsRegionalEndpoints = value(u"sts_regional_endpoints");
    profile.usesSso
        = !value(u"sso_session").isEmpty() || !value(u"sso_start_url").isEmpty() || !value(u"sso_account_id").isEmpty();
    return profile;
}

} // namespace brc::aws
