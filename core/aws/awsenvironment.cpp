#include "awsenvironment.h"

#include "awsinidocument.h"

#include <QDir>
#include <QFile>

namespace brc::aws {

QString regionFromConfigText(const QByteArray &configText, const QString &profile)
{
    // A malformed file gives no region, like an unreadable one (AwsSharedConfig reports why).
    const Result<AwsIniDocument> document = AwsIniDocument::parse(configText, QStringLiteral("config"));
    if (!document) {
        return {};
    }
    const QString wanted = profile == QLatin1String("default") ? profile : QStringLiteral("profile ") + profile;
    const IniSection *section = document->section(wanted);
    if (section == nullptr && profile != QLatin1String("default")) {
        section = document->section(profile);
    }
    return section != nullptr ? section->value(u"region") : QString();
}

route::RouteEnvironment readRouteEnvironment(const QProcessEnvironment &environment)
{
    route::RouteEnvironment env;
    env.awsRegionName = environment.value(QStringLiteral("AWS_REGION_NAME"));
    env.awsRegion = environment.value(QStringLiteral("AWS_REGION"));
    env.runtimeEndpoint = environment.value(QStringLiteral("AWS_BEDROCK_RUNTIME_ENDPOINT"));

    const QString defaultRegion = environment.value(QStringLiteral("AWS_DEFAULT_REGION"));
    if (!defaultRegion.isEmpty()) {
        env.sessionRegion = defaultRegion;
        env.sessionRegionOrigin = QStringLiteral("AWS_DEFAULT_REGION");
        return env;
    }
    QString profile = environment.value(QStringLiteral("AWS_PROFILE"));
    if (profile.isEmpty()) {
        profile = environment.value(QStringLiteral("AWS_DEFAULT_PROFILE"), QStringLiteral("default"));
    }
    QString path = environment.value(QStringLiteral("AWS_CONFIG_FILE"));
    if (path.isEmpty()) {
        const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
        path = home + QStringLiteral("/.aws/config");
    } else if (path.startsWith(QLatin1String("~/"))) {
        path = environment.value(QStringLiteral("HOME"), QDir::homePath()) + path.mid(1);
    }
    QFile file(path);
    // The config file is small; cap what is read so a wrong path (a device, a huge file) cannot stall.
    if (file.open(QIODevice::ReadOnly)) {
        const QString region = regionFromConfigText(file.read(1 << 20), profile);
        if (!region.isEmpty()) {
            env.sessionRegion = region;
            env.sessionRegionOrigin = QStringLiteral("%1 [%2]").arg(path, profile);
        }
    }
    return env;
}

} // namespace brc::aws
