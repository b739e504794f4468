#include "environmentproxyfactory.h"

#include <QHostAddress>
#include <QUrl>

namespace brc::bedrock {

EnvironmentProxyFactory::EnvironmentProxyFactory(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

QString EnvironmentProxyFactory::variable(const char *upper, const char *lower) const
{
    const QString value = m_environment.value(QLatin1String(upper));
    return value.isEmpty() ? m_environment.value(QLatin1String(lower)) : value;
}

bool EnvironmentProxyFactory::isExempt(const QString &noProxy, const QString &host, int port)
{
    const QString lowerHost = host.toLower();
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty()) {
            continue;
        }
        if (entry == QLatin1String("*")) {
            return true;
        }
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !entry.contains(QLatin1Char(']')) && entry.count(QLatin1Char(':')) == 1) {
            if (entry.mid(colon + 1).toInt() != port) {
                continue;
            }
            entry.truncate(colon);
        }
        if (entry.startsWith(QLatin1Char('.'))) {
            entry.remove(0, 1);
        }
        if (lowerHost == entry || lowerHost.endsWith(QLatin1Char('.') + entry)) {
            return true;
        }
    }
    return false;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    const QHostAddress address(host);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || address.isLoopback()) {
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    }
    const bool https = query.protocolTag().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const QString proxy = https ? variable("HTTPS_PROXY", "https_proxy") : variable("HTTP_PROXY", "http_proxy");
    if (proxy.isEmpty()) {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
    if (isExempt(variable("NO_PROXY", "no_proxy"), host, query.peerPort())) {
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    }
    QUrl url = QUrl::fromUserInput(proxy);
    QNetworkProxy result(QNetworkProxy::HttpProxy, url.host(),
        quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80)), url.userName(QUrl::FullyDecoded),
        url.password(QUrl::FullyDecoded));
    return { result };
}

} // namespace brc::bedrock
