#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

namespace brc::bedrock {

/// Chooses proxies the way the AWS SDKs do: `HTTPS_PROXY`/`https_proxy` for https URLs,
/// `HTTP_PROXY`/`http_proxy` for http, skipped for hosts matched by `NO_PROXY`/`no_proxy`
/// (comma-separated; `*` matches all; `example.com` and `.example.com` match the domain and its
/// subdomains; an optional `:port` must match) and always for loopback. Without those variables
/// it falls back to the system proxy configuration.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    /// Whether NO_PROXY-style `noProxy` exempts `host`:`port`.
    static bool isExempt(const QString &noProxy, const QString &host, int port);

private:
    QString variable(const char *upper, const char *lower) const;

    QProcessEnvironment m_environment;
};

} // namespace brc::bedrock
