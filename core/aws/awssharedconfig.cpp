#include "awssharedconfig.h"

#include <QDir>
#include <QFile>

#include <optional>

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

/// Splits a section header into words the way Python's shlex.split does (POSIX mode, no
/// comments): space, tab, CR and LF separate; '...' is literal; a backslash escapes any character
/// in bare text, and only " and itself inside "...".
/// Unbalanced quotes or a trailing backslash give nothing, as shlex raises there.
std::optional<QStringList> shellWords(QStringView text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n') {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == u'\\') {
            if (++i == text.size()) {
                return std::nullopt;
            }
            word += text.at(i);
        } else if (c == u'\'') {
            const qsizetype end = text.indexOf(u'\'', i + 1);
            if (end < 0) {
                return std::nullopt;
            }
            word += text.mid(i + 1, end - i - 1);
            i = end;
        } else if (c == u'"') {
            for (++i;; ++i) {
                if (i == text.size()) {
                    return std::nullopt;
                }
                const QChar q = text.at(i);
                if (q == u'"') {
                    break;
                }
                if (q == u'\\' && i + 1 < text.size() && (text.at(i + 1) == u'"' || text.at(i + 1) == u'\\')) {
                    word += text.at(++i);
                } else {
                    word += q;
                }
            }
        } else {
            word += c;
        }
    }
    if (inWord) {
        words.append(word);
    }
    return words;
}

/// The profile a config-file section defines, read as the AWS CLI and SDKs for Python read it:
/// [default], or a header that starts with "profile" and splits into exactly two words, the
/// second being the name ([profile work], [profile "my work"], and also [profile default]).
/// Other sections ([sso-session x], [services x], [preview]) define no profile.
std::optional<QString> configSectionProfile(const QString &section)
{
    if (section == QLatin1String("default")) {
        return section;
    }
    if (!section.startsWith(QLatin1String("profile"))) {
        return std::nullopt;
    }
    const std::optional<QStringList> words = shellWords(section);
    if (!words || words->size() != 2) {
        return std::nullopt;
    }
    return words->at(1);
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
        if (std::optional<QString> name = configSectionProfile(section.name)) {
            names.append(std::move(*name));
        }
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

const IniSection *AwsSharedConfig::configSection(const QString &profile) const
{
    // When two sections name the same profile ([default] and [profile default]), the later one
    // is the profile, whole, as in the AWS CLI.
    const IniSection *found = nullptr;
    for (const IniSection &section : m_config.sections()) {
        if (configSectionProfile(section.name) == profile) {
            found = &section;
        }
    }
    return found;
}

bool AwsSharedConfig::hasProfile(const QString &name) const
{
    return m_credentials.section(name) != nullptr || configSection(name) != nullptr;
}

Result<AwsProfile> AwsSharedConfig::profile(const QString &name) const
{
    const IniSection *config = configSection(name);
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
