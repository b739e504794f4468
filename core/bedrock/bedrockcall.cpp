#include "bedrockcall.h"

#include "aws/sigv4signer.h"
#include "bedrock/errormapper.h"
#include "bedrock/oneshotbody.h"
#include "bedrock/responseparser.h"
#include "common/logging.h"
#include "common/redact.h"

#include <QHostAddress>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUrl>

#include <algorithm>

namespace brc::bedrock {

namespace {

/// Bytes handled per turn of the event loop; the rest waits for the next turn, so a server that
/// sends fast never freezes the window.
constexpr qint64 ChunkBytes = 64 * 1024;
// How far Qt's network thread may read ahead of this thread.
constexpr qint64 ReadAheadBytes = 256 * 1024;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// Errors of the connection itself (1-99) and of a proxy (101-199); Qt reports HTTP statuses
/// from 201 on, and those are answers, not failures of the transport.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ContentReSendError;
}

qint64 headerNumber(QNetworkReply *reply, const char *name)
{
    bool ok = false;
    const qint64 value = reply->rawHeader(name).trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

} // namespace

BedrockCall::BedrockCall(QNetworkAccessManager &network, const aws::SigV4Signer &signer, BedrockRequest request,
    BedrockAuth auth, BedrockClientOptions options, Result<QList<QSslCertificate>> caCertificates, Clock clock,
    QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_signer(signer)
    , m_request(std::move(request))
    , m_auth(std::move(auth))
    , m_options(std::move(options))
    , m_caCertificates(std::move(caCertificates))
    , m_clock(std::move(clock))
{
    m_connectTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_readTimer.setSingleShot(true);
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        abortWith(Error(QStringLiteral("network.timeout"),
            QStringLiteral("%1 stopped sending for %2 s after %3 bytes (read timeout)")
                .arg(QUrl::fromEncoded(m_request.url()).host())
                .arg(m_options.readTimeoutMs / 1000.0)
                .arg(m_received)));
    });
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        abortWith(Error(QStringLiteral("network.timeout"),
            QStringLiteral("No response from %1 within %2 s (connect timeout)")
                .arg(QUrl::fromEncoded(m_request.url()).host())
                .arg(m_options.connectTimeoutMs / 1000.0)));
    });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        Error error(QStringLiteral("network.timeout"),
            QStringLiteral("The call took longer than %1 s (total timeout)").arg(m_options.totalTimeoutMs / 1000.0));
        if (m_reply) {
            m_totalTimer.setProperty("expired", true);
            abortWith(error);
        } else {
            finish(error);
        }
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &BedrockCall::startAttempt);
    // Start on the next turn of the event loop, so the caller can connect first.
    QTimer::singleShot(0, this, [this] {
        if (m_finished) {
            return;
        }
        if (m_options.totalTimeoutMs > 0) {
            m_totalTimer.start(m_options.totalTimeoutMs);
        }
        startAttempt();
    });
}

BedrockCall::~BedrockCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void BedrockCall::startAttempt()
{
    if (m_finished) {
        return;
    }
    ++m_attempts;
    m_pendingError.reset();
    m_status = 0;
    m_isEventStream = false;
    m_body.clear();
    m_received = 0;
    m_decoder = EventStreamDecoder();
    m_interpreter = StreamInterpreter();
    m_ttftMs = -1;

    const QByteArray wireUrl = m_request.url();
    const QUrl url = QUrl::fromEncoded(wireUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        finish(Error(QStringLiteral("bedrock.bad_endpoint"),
            QStringLiteral("Not a valid URL: %1").arg(QString::fromUtf8(wireUrl))));
        return;
    }
    const bool https = url.scheme() == QLatin1String("https");
    if (!https && !(url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))) {
        finish(Error(QStringLiteral("bedrock.insecure_endpoint"),
            QStringLiteral("Refusing %1: plain http:// is only allowed to loopback (127.0.0.1, ::1, "
                           "localhost); use https://")
                .arg(QString::fromUtf8(wireUrl))));
        return;
    }

    QList<aws::HttpHeader> headers = m_request.wireHeaders();

    QNetworkRequest request(url);
    if (!m_auth.bearerToken.isEmpty()) {
        headers.append(aws::HttpHeader { "Authorization", "Bearer " + m_auth.bearerToken.toUtf8() });
    } else {
        aws::SigningOptions signing;
        signing.region = m_request.region;
        signing.service = QStringLiteral("bedrock");
        signing.time = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
        auto signedRequest = m_signer.sign(
            aws::SigningRequest { "POST", wireUrl, headers, m_request.body }, m_auth.credentials, signing);
        if (!signedRequest) {
            Error error = signedRequest.error();
            error.message = QStringLiteral("Cannot sign the request: ") + error.message;
            finish(error);
            return;
        }
        headers = signedRequest->headers;
    }
    for (const aws::HttpHeader &header : std::as_const(headers)) {
        if (header.name.compare("host", Qt::CaseInsensitive) != 0) {
            request.setRawHeader(header.name, header.value);
        }
    }
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (https) {
        if (!m_caCertificates) {
            finish(m_caCertificates.error());
            return;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_caCertificates->isEmpty()) {
            tls.addCaCertificates(*m_caCertificates);
        }
        request.setSslConfiguration(tls);
    }

    if (isSignalConnected(QMetaMethod::fromSignal(&BedrockCall::requestSent))) {
        SentRequest sent { "POST", wireUrl, {}, m_request.body, m_attempts };
        for (const aws::HttpHeader &header : std::as_const(headers)) {
            const QString value = redactHeaderValue(QString::fromLatin1(header.name), QString::fromUtf8(header.value));
            sent.headers.append(aws::HttpHeader { header.name, value.toUtf8() });
        }
        Q_EMIT requestSent(sent);
    }
    qCDebug(lcHttp) << "POST" << url.toDisplayString() << operationName(m_request.operation) << "attempt" << m_attempts;
    m_attemptClock.start();
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(m_request.body);
    m_reply = m_network.post(request, body);
    body->setParent(m_reply);
    // Back-pressure: without a read buffer size, Qt's network thread reads a fast peer as fast as
    // it can and queues every block for this thread, so an endless stream fills memory before the
    // size limit is even checked. The limit must reach that thread before the first body byte, and
    // Qt only forwards it once the reply has started its request, which it does in a queued call
    // from post(); this queued call runs right after it.
    QMetaObject::invokeMethod(
        m_reply, [reply = m_reply] { reply->setReadBufferSize(ReadAheadBytes); }, Qt::QueuedConnection);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BedrockCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &BedrockCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &BedrockCall::onReplyFinished);
    if (m_options.connectTimeoutMs > 0) {
        m_connectTimer.start(m_options.connectTimeoutMs);
    }
}

void BedrockCall::onMetaData()
{
    if (!m_reply) {
        return;
    }
    m_connectTimer.stop();
    if (m_options.readTimeoutMs > 0) {
        m_readTimer.start(m_options.readTimeoutMs);
    }
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    // A JSON error body must never reach the decoder: check status and type first.
    m_isEventStream = isStreaming(m_request.operation) && m_status >= 200 && m_status < 300
        && contentType.startsWith("application/vnd.amazon.eventstream");
}

void BedrockCall::onReadyRead()
{
    if (!m_reply || m_pendingError) {
        return;
    }
    m_connectTimer.stop();
    if (m_options.readTimeoutMs > 0 && !m_reply->isFinished()) {
        m_readTimer.start(m_options.readTimeoutMs);
    }
    const qint64 limit = m_isEventStream ? m_options.maxStreamBytes : m_options.maxBodyBytes;
    // Bytes waiting in the reply count too: Qt keeps reading the socket whatever the reply's
    // read buffer size, so a server faster than the decoder would otherwise fill memory.
    if (m_received + m_reply->bytesAvailable() > limit) {
        m_received += m_reply->bytesAvailable();
        abortWith(tooLarge(limit));
        return;
    }
    // Qt tells its network thread that the read-ahead buffer was emptied only when a read asks
    // for more than is buffered; so when this read takes the last bytes, it asks for one more.
    const qint64 available = m_reply->bytesAvailable();
    const QByteArray bytes = m_reply->read(available <= ChunkBytes ? available + 1 : ChunkBytes);
    if (m_reply->bytesAvailable() > 0 && !m_drainQueued) {
        m_drainQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_drainQueued = false;
            onReadyRead();
        });
    }
    m_received += bytes.size();
    if (!m_isEventStream) {
        m_body += bytes;
        return;
    }
    // Messages decoded before a corrupt frame are still delivered, then the call fails.
    const Result<void> fed = m_decoder.feed(bytes);
    while (auto message = m_decoder.next()) {
        const QList<StreamEvent> events = m_interpreter.add(*message);
        m_delivered = true;
        Q_EMIT frameReceived(*message);
        for (const StreamEvent &event : events) {
            if (event.kind == StreamEvent::Kind::TextDelta && !event.text.isEmpty()) {
                if (m_ttftMs < 0) {
                    m_ttftMs = m_attemptClock.elapsed();
                }
                Q_EMIT textDelta(event.text);
            }
            Q_EMIT eventReceived(event);
        }
        if (m_finished) {
            return; // a slot cancelled the call
        }
    }
    if (!fed) {
        abortWith(fed.error());
    }
}

void BedrockCall::abortWith(Error error)
{
    if (!m_pendingError) {
        m_pendingError = std::move(error);
    }
    if (m_reply) {
        m_reply->abort(); // emits finished → onReplyFinished
    }
}

Error BedrockCall::tooLarge(qint64 limit) const
{
    Error error(QStringLiteral("bedrock.response_too_large"),
        QStringLiteral("The %1 from %2 is larger than the %3 MiB limit; stopped reading")
            .arg(m_isEventStream ? QStringLiteral("event stream") : QStringLiteral("response body"),
                QUrl::fromEncoded(m_request.url()).host())
            .arg(double(limit) / (1024 * 1024), 0, 'g', 4));
    error.httpStatus = m_status;
    return error;
}

Error BedrockCall::networkError() const
{
    const QString detail = m_reply->errorString();
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error(QStringLiteral("network.refused"), QStringLiteral("Connection refused: %1").arg(detail));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed before answering; see OneShotBody
        return Error(QStringLiteral("network.reset"),
            QStringLiteral("The server closed the connection before answering: %1").arg(detail));
    case QNetworkReply::TimeoutError:
        return Error(QStringLiteral("network.timeout"), detail);
    case QNetworkReply::SslHandshakeFailedError:
        return Error(QStringLiteral("network.tls"),
            QStringLiteral("TLS certificate check failed: %1. Behind a TLS-inspecting proxy, point "
                           "AWS_CA_BUNDLE at its CA certificate.")
                .arg(detail));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Error(QStringLiteral("network.proxy"),
            QStringLiteral("Proxy failure: %1 (check HTTPS_PROXY / NO_PROXY)").arg(detail));
    default:
        return Error(QStringLiteral("network.error"), detail);
    }
}

void BedrockCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished) {
        return;
    }
    m_connectTimer.stop();
    m_readTimer.stop();
    // Whatever arrived with the end of the body, now: the manager deletes the reply after this.
    while (!m_pendingError && !m_finished && reply->bytesAvailable() > 0) {
        onReadyRead();
    }
    if (m_finished) {
        return; // a slot cancelled the call
    }
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    if (m_pendingError) {
        fail(*m_pendingError);
        return;
    }
    if (m_status == 0) {
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    // A transport failure after the headers (the connection reset in the middle of the body) is
    // that failure, not a parse error over half a body nor a stream that merely looks complete.
    if (m_status == 0 || isTransportError(reply->error())) {
        m_reply = reply; // networkError() reads it
        Error error = networkError();
        m_reply = nullptr;
        if (m_status != 0) {
            error.httpStatus = m_status;
            error.message = QStringLiteral("The connection broke after HTTP %1 and %2 bytes of the answer")
                                .arg(m_status)
                                .arg(m_received);
        }
        fail(error);
        return;
    }
    if (m_status < 200 || m_status >= 300) {
        Error error = ErrorMapper::fromHttp(m_status, reply->rawHeader("x-amzn-ErrorType"), m_body);
        fail(error, ErrorMapper::retryAfterMs(reply->rawHeader("Retry-After"), m_options.maxDelayMs));
        return;
    }

    BedrockResponse response;
    response.httpStatus = m_status;
    response.requestId = QString::fromUtf8(reply->rawHeader("x-amzn-RequestId"));
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.wallMs = m_attemptClock.elapsed();
    response.attempts = m_attempts;

    if (isStreaming(m_request.operation)) {
        if (!m_isEventStream) {
            Error error(QStringLiteral("bedrock.not_a_stream"),
                QStringLiteral("Expected an event stream but got %1: %2")
                    .arg(QString::fromUtf8(response.contentType), QString::fromUtf8(m_body.left(300))));
            error.httpStatus = m_status;
            fail(error);
            return;
        }
        if (auto done = m_decoder.finish(); !done) {
            fail(done.error());
            return;
        }
        response.summary = m_interpreter.summary();
        response.ttftMs = m_ttftMs;
        if (response.summary.error) {
            fail(*response.summary.error);
            return;
        }
        succeed(response);
        return;
    }

    auto parsed = isConverse(m_request.operation) ? ResponseParser::parseConverse(m_body)
                                                  : ResponseParser::parseInvoke(m_body, m_request.family);
    if (!parsed) {
        fail(parsed.error());
        return;
    }
    response.summary = *parsed;
    if (response.summary.inputTokens < 0) {
        response.summary.inputTokens = headerNumber(reply, "X-Amzn-Bedrock-Input-Token-Count");
    }
    if (response.summary.outputTokens < 0) {
        response.summary.outputTokens = headerNumber(reply, "X-Amzn-Bedrock-Output-Token-Count");
    }
    if (response.summary.latencyMs < 0) {
        response.summary.latencyMs = headerNumber(reply, "X-Amzn-Bedrock-Invocation-Latency");
    }
    response.body = m_body;
    succeed(response);
}

int BedrockCall::backoffMs(const Error &error) const
{
    const bool throttled = error.awsType == QLatin1String("ThrottlingException")
        || error.awsType == QLatin1String("ModelNotReadyException");
    const qint64 base = throttled ? m_options.throttlingBaseDelayMs : m_options.baseDelayMs;
    const qint64 ceiling = std::min<qint64>(m_options.maxDelayMs, base << std::min(m_attempts - 1, 20));
    // Full jitter, as the AWS SDKs do.
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

void BedrockCall::fail(Error error, int retryAfterMs)
{
    if (m_finished) {
        return;
    }
    const bool cancelled = error.code == QLatin1String("bedrock.cancelled");
    const bool totalExpired = m_totalTimer.property("expired").toBool();
    if (!cancelled && !totalExpired && !m_delivered && m_attempts < m_options.maxAttempts
        && ErrorMapper::isRetryable(error)) {
        const int delay = retryAfterMs >= 0 ? retryAfterMs : backoffMs(error);
        if (m_totalTimer.isActive() && delay >= m_totalTimer.remainingTime()) {
            // Waiting would only end in "total timeout" and hide what the server said.
            error.message
                += QStringLiteral(" (not retried: the next attempt in %1 s would pass the %2 s total timeout)")
                       .arg(delay / 1000.0)
                       .arg(m_options.totalTimeoutMs / 1000.0);
            finish(error);
            return;
        }
        qCDebug(lcHttp) << "retrying" << error.code << "in" << delay << "ms";
        Q_EMIT retrying(m_attempts + 1, delay, error);
        m_retryTimer.start(delay);
        return;
    }
    finish(error);
}

void BedrockCall::succeed(BedrockResponse response)
{
    finish(response);
}

void BedrockCall::finish(const Result<BedrockResponse> &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_connectTimer.stop();
    m_readTimer.stop();
    m_totalTimer.stop();
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (!result) {
        qCDebug(lcHttp) << operationName(m_request.operation) << "failed:" << result.error().code;
    }
    Q_EMIT finished(result);
    deleteLater();
}

void BedrockCall::cancel()
{
    if (m_finished) {
        return;
    }
    Error error(QStringLiteral("bedrock.cancelled"), QStringLiteral("The request was cancelled"));
    if (m_reply) {
        abortWith(error);
    } else {
        finish(error);
    }
}

} // namespace brc::bedrock
