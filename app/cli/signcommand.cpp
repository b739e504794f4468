#include "aws/curlcommand.h"
#include "awsclicontext.h"
#include "commands.h"
#include "common/redact.h"
#include "output.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace brc::cli {

namespace {

aws::CurlAuth curlAuth(const aws::ResolvedCredentials &credentials)
{
    if (credentials.isBearer()) {
        return aws::CurlAuth::Bearer;
    }
    return credentials.credentials.hasSessionToken() ? aws::CurlAuth::SigV4WithSessionToken : aws::CurlAuth::SigV4;
}

} // namespace

int runSign(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sign an HTTP request with AWS SigV4 and show every step, or print a curl command that signs it.\n"
        "Bedrock model ids in /model/ID/... are encoded for the wire (':' -> %3A); the signing name is\n"
        "'bedrock' on bedrock-runtime hosts. Secrets never appear in the output."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("The request URL."), QStringLiteral("URL"));
    const QCommandLineOption method(QStringLiteral("method"),
        QStringLiteral("HTTP method (default POST with a body, else GET)."), QStringLiteral("M"));
    const QCommandLineOption header(
        QStringLiteral("header"), QStringLiteral("A header 'Name: value' (repeatable)."), QStringLiteral("H"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("The request body."), QStringLiteral("TEXT"));
    const QCommandLineOption bodyFile(
        QStringLiteral("body-file"), QStringLiteral("Read the body from a file."), QStringLiteral("F"));
    const QCommandLineOption region(QStringLiteral("region"),
        QStringLiteral("Region (default: from the host, the profile or AWS_REGION)."), QStringLiteral("R"));
    const QCommandLineOption service(
        QStringLiteral("service"), QStringLiteral("Signing name (default: from the host)."), QStringLiteral("S"));
    const QCommandLineOption time(QStringLiteral("time"), QStringLiteral("Signing time, UTC (default: now)."),
        QStringLiteral("YYYYMMDDTHHMMSSZ"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QStringLiteral("A managed or AWS profile (default: the environment, as LiteLLM)."), QStringLiteral("P"));
    const QCommandLineOption presign(
        QStringLiteral("presign"), QStringLiteral("Sign in the query string (presigned URL)."));
    const QCommandLineOption expires(QStringLiteral("expires"),
        QStringLiteral("Presigned URL lifetime in seconds (default 900)."), QStringLiteral("N"), QStringLiteral("900"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption curl(
        QStringLiteral("curl"), QStringLiteral("Print a curl command that signs with keys from the environment."));
    parser.addOptions(
        { url, method, header, body, bodyFile, region, service, time, profile, presign, expires, json, curl });
    if (!parser.parse(arguments)) {
        return usageError(command, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeHelp(parser, command);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            command, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(url)) {
        return usageError(command, QStringLiteral("--url is required"));
    }
    if (parser.isSet(body) && parser.isSet(bodyFile)) {
        return usageError(command, QStringLiteral("give --body or --body-file, not both"));
    }
    if (parser.isSet(json) && parser.isSet(curl)) {
        return usageError(command, QStringLiteral("give --json or --curl, not both"));
    }

    aws::SigningRequest request;
    request.url = aws::normalizeBedrockUrl(parser.value(url).toUtf8());
    if (parser.isSet(bodyFile)) {
        QFile file(parser.value(bodyFile));
        if (!file.open(QIODevice::ReadOnly)) {
            writeErr(command + QStringLiteral(": cannot read %1: %2\n").arg(file.fileName(), file.errorString()));
            return 1;
        }
        request.body = file.readAll();
    } else {
        request.body = parser.value(body).toUtf8();
    }
    request.method = parser.isSet(method)
        ? parser.value(method).toUpper().toUtf8()
        : (request.body.isEmpty() ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"));
    for (const QString &line : parser.values(header)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            return usageError(command, QStringLiteral("--header takes 'Name: value', got '%1'").arg(line));
        }
        request.headers.append({ line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8() });
    }
    const QString host = aws::SigV4Signer::hostOfUrl(request.url);
    if (host.isEmpty()) {
        return usageError(command, QStringLiteral("--url must be an http(s) URL with a host"));
    }
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (parser.isSet(time)) {
        when = QDateTime::fromString(parser.value(time), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        when.setTimeZone(QTimeZone::utc());
        if (!when.isValid()) {
            return usageError(command, QStringLiteral("--time takes YYYYMMDDTHHMMSSZ, e.g. 20250101T120000Z"));
        }
    }
    bool expiresOk = false;
    const int expiresSeconds = parser.value(expires).toInt(&expiresOk);
    if (!expiresOk || expiresSeconds < 1 || expiresSeconds > 604800) {
        return usageError(command, QStringLiteral("--expires takes 1 to 604800 seconds"));
    }

    AwsCliContext context;
    const Result<aws::ResolvedCredentials> credentials = context.resolve(parser.value(profile));
    if (!credentials) {
        writeErr(command + QStringLiteral(": no credentials: ") + redact(credentials.error().toString()) + u'\n');
        return 1;
    }
    QString signingRegion = parser.value(region);
    for (const QString &candidate : { aws::SigV4Signer::regionForHost(host), credentials->region,
             context.environment.value(QStringLiteral("AWS_REGION")),
             context.environment.value(QStringLiteral("AWS_DEFAULT_REGION")) }) {
        if (signingRegion.isEmpty()) {
            signingRegion = candidate;
        }
    }
    if (signingRegion.isEmpty()) {
        return usageError(command, QStringLiteral("no region: give --region, or use a host that names one"));
    }
    const QString signingName
        = parser.isSet(service) ? parser.value(service) : aws::SigV4Signer::signingNameForHost(host);

    if (parser.isSet(curl)) {
        writeOut(aws::curlCommand(request, signingRegion, signingName, curlAuth(*credentials)));
        return 0;
    }
    if (credentials->isBearer()) {
        // A Bedrock API key: no SigV4 at all.
        QJsonObject headers;
        for (const aws::HttpHeader &h : request.headers) {
            headers.insert(QString::fromUtf8(h.name), QString::fromUtf8(h.value));
        }
        headers.insert(QStringLiteral("Authorization"), QString(QStringLiteral("Bearer ") + s_redacted));
        if (parser.isSet(json)) {
            writeOut(QJsonDocument(
                QJsonObject { { QStringLiteral("authorization"), QString(QStringLiteral("Bearer ") + s_redacted) },
                    { QStringLiteral("headers"), headers }, { QStringLiteral("bearer"), true },
                    { QStringLiteral("credential_source"), credentials->explanation } })
                         .toJson(QJsonDocument::Indented));
        } else {
            writeOut(QStringLiteral("Bearer token: the request is sent with 'Authorization: Bearer …' and is not "
                                    "SigV4-signed.\nSource: %1\n")
                         .arg(credentials->explanation));
        }
        return 0;
    }

    aws::SigningOptions options;
    options.region = signingRegion;
    options.service = signingName;
    options.time = when;
    options.expiresInSeconds = expiresSeconds;
    const Result<aws::SignedRequest> signedRequest = parser.isSet(presign)
        ? context.signer.presign(request, credentials->credentials, options)
        : context.signer.sign(request, credentials->credentials, options);
    if (!signedRequest) {
        writeErr(command + QStringLiteral(": ") + signedRequest.error().message + u'\n');
        return 1;
    }
    const QStringList secrets { credentials->credentials.secretAccessKey, credentials->credentials.sessionToken };
    QJsonObject headers;
    QString headerText;
    for (const aws::HttpHeader &h : signedRequest->headers) {
        const QString name = QString::fromUtf8(h.name);
        // The signature is shown (it is what this command is for); session tokens are not.
        const QString value = name.compare(QLatin1String("X-Amz-Security-Token"), Qt::CaseInsensitive) == 0
            ? QString(s_redacted)
            : QString::fromUtf8(h.value);
        headers.insert(name, value);
        headerText += name + QStringLiteral(": ") + value + u'\n';
    }
    const QString shownUrl = redact(
        QString::fromUtf8(signedRequest->url).replace(QLatin1String("X-Amz-Signature="), QLatin1String("X-Amz-Sig=")),
        secrets)
                                 .replace(QLatin1String("X-Amz-Sig="), QLatin1String("X-Amz-Signature="));
    if (parser.isSet(json)) {
        QJsonObject out {
            { QStringLiteral("canonical_request"),
                redact(QString::fromUtf8(signedRequest->canonicalRequest), secrets) },
            { QStringLiteral("string_to_sign"), QString::fromUtf8(signedRequest->stringToSign) },
            { QStringLiteral("authorization"), QString::fromUtf8(signedRequest->authorization) },
            { QStringLiteral("signature"), QString::fromUtf8(signedRequest->signature) },
            { QStringLiteral("headers"), headers },
            { QStringLiteral("url"), shownUrl },
            { QStringLiteral("region"), signingRegion },
            { QStringLiteral("service"), signingName },
            { QStringLiteral("credential_source"), credentials->explanation },
        };
        writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return 0;
    }
    writeOut(QStringLiteral("Canonical request:\n%1\n\nString to sign:\n%2\n\nSignature: %3\n\nHeaders:\n%4\nURL: %5\n"
                            "\nCredentials: %6\n")
                 .arg(redact(QString::fromUtf8(signedRequest->canonicalRequest), secrets),
                     QString::fromUtf8(signedRequest->stringToSign), QString::fromUtf8(signedRequest->signature),
                     headerText, shownUrl, credentials->explanation));
    return 0;
}

} // namespace brc::cli
