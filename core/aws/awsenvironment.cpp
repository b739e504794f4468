#include "awsenvironment.h"

#include <QDir>
#include <QFile>

namespace brc::aws {

QString regionFromConfigText(const QByteArray &configText, const QString &profile)
{
    const QString wanted = profile == QLatin1String("default") ? QStringLiteral("default")
                                                               : QStringLiteral("profile ") + profile;
    bool inSection = false;
    const QList<QByteArray> lines = configText.split('\n');
    for (const QByteArray &raw : lines) {
        const bool indented = !raw.isEmpty() && (raw.at(0) == ' ' || raw.at(0) == '\t');
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';')) {
            continue;
        }
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QString name = line.mid(1, line.size() - 2).simplified();
            inSection = name == wanted || (profile != QLatin1String("default") && name == profile);
            continue;
        }
        if (!inSection || indented) {
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0 && line.first(equals).trimmed() == QLatin1String("region")) {
            return line.mid(equals + 1).trimmed();
        }
    }
    return {};
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
