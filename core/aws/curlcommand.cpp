#include "curlcommand.h"

#include <QStringList>

namespace brc::aws {

namespace {

// Single-quoted for a POSIX shell.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QString curlCommand(const SigningRequest &request, const QString &region, const QString &service, CurlAuth auth)
{
    QStringList parts { QStringLiteral("curl") };
    if (auth == CurlAuth::Bearer) {
        parts << QStringLiteral("-H \"Authorization: Bearer $AWS_BEARER_TOKEN_BEDROCK\"");
    } else {
        // curl signs itself; the keys come from the environment, never from this command line.
        parts << QStringLiteral("--aws-sigv4 \"aws:amz:%1:%2\"").arg(region, service)
              << QStringLiteral("--user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\"");
        if (auth == CurlAuth::SigV4WithSessionToken) {
            parts << QStringLiteral("-H \"x-amz-security-token: $AWS_SESSION_TOKEN\"");
        }
    }
    for (const HttpHeader &header : request.headers) {
        // Whatever authenticates comes from the environment above, never from a header value.
        if (header.name.compare("authorization", Qt::CaseInsensitive) == 0
            || header.name.compare("x-amz-security-token", Qt::CaseInsensitive) == 0) {
            continue;
        }
        parts << QStringLiteral("-H ") + shellQuote(QString::fromUtf8(header.name + ": " + header.value));
    }
    parts << QStringLiteral("-X ") + QString::fromLatin1(request.method);
    if (!request.body.isEmpty()) {
        parts << QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(request.body));
    }
    parts << shellQuote(QString::fromUtf8(request.url));
    return parts.join(QStringLiteral(" \\\n  ")) + u'\n';
}

} // namespace brc::aws
