#pragma once

#include "bedrock/bedrockclientoptions.h"
#include "bedrock/bedrockrequest.h"
#include "bedrock/bedrockresponse.h"
#include "bedrock/eventstreamdecoder.h"
#include "bedrock/eventstreammessage.h"
#include "bedrock/streamevent.h"
#include "bedrock/streaminterpreter.h"
#include "common/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace brc::aws {
class SigV4Signer;
}

namespace brc::bedrock {

/// One Bedrock call in flight: made by BedrockClient::send(), it starts on the next turn of the
/// event loop, retries on its own, and emits finished() exactly once, then deletes itself.
///
/// Streams emit frameReceived() for every decoded message, eventReceived() for what it meant,
/// and textDelta() for text. Failures carry an Error whose code is `bedrock.<AwsType>` (see
/// ErrorMapper), `eventstream.*` (a corrupt or truncated stream), `bedrock.not_a_stream`,
/// `bedrock.bad_response`, `bedrock.response_too_large`, `bedrock.cancelled`, `bedrock.insecure_endpoint`,
/// `bedrock.signing`, `network.timeout`, `network.reset`, `network.refused`, `network.tls`,
/// `network.ca_bundle` or `network.error`.
class BedrockCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BedrockCall)

public:
    using Clock = std::function<QDateTime()>;

    BedrockCall(QNetworkAccessManager &network, const aws::SigV4Signer &signer, BedrockRequest request,
        BedrockAuth auth, BedrockClientOptions options, Result<QList<QSslCertificate>> caCertificates, Clock clock,
        QObject *parent = nullptr);
    ~BedrockCall() override;

    const BedrockRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    /// Attempts made so far.
    int attempts() const { return m_attempts; }

public Q_SLOTS:
    /// Stops the call; finished() follows with `bedrock.cancelled` unless it already came.
    void cancel();

Q_SIGNALS:
    void finished(const brc::Result<brc::bedrock::BedrockResponse> &result);
    /// Each attempt as sent, headers redacted (only computed when something is connected).
    void requestSent(const brc::bedrock::SentRequest &request);
    void frameReceived(const brc::bedrock::EventStreamMessage &message);
    void eventReceived(const brc::bedrock::StreamEvent &event);
    void textDelta(const QString &text);
    /// A retryable failure; attempt `nextAttempt` starts in `delayMs`.
    void retrying(int nextAttempt, int delayMs, const brc::Error &error);

private:
    void startAttempt();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void abortWith(Error error);
    void fail(Error error, int retryAfterMs = -1);
    void succeed(BedrockResponse response);
    void finish(const Result<BedrockResponse> &result);
    int backoffMs(const Error &error) const;
    Error networkError() const;
    Error tooLarge(qint64 limit) const;

    QNetworkAccessManager &m_network;
    const aws::SigV4Signer &m_signer;
    const BedrockRequest m_request;
    const BedrockAuth m_auth;
    const BedrockClientOptions m_options;
    /// The extra CAs, or why the configured bundle could not be used (https calls then fail).
    const Result<QList<QSslCertificate>> m_caCertificates;
    const Clock m_clock;

    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_delivered = false;
    bool m_drainQueued = false;

    // Per attempt.
    std::optional<Error> m_pendingError;
    int m_status = 0;
    bool m_isEventStream = false;
    QByteArray m_body;
    qint64 m_received = 0;
    EventStreamDecoder m_decoder;
    StreamInterpreter m_interpreter;
    qint64 m_ttftMs = -1;
};

} // namespace brc::bedrock
