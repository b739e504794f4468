// Fault injection: BedrockClient against a private local Bedrock that misbehaves on purpose
// (refused and reset connections, stalls, garbage, huge and endless answers, 5xx storms,
// throttling with Retry-After, slow-loris trickles). Every call must end in a clear error, retry
// exactly where it should (counted as requests the server saw), and read no more than the
// configured limits.
#include "badinput.h"
#include "bedrock/bedrockclient.h"
#include "bedrock/requestbodybuilder.h"
#include "eventloopwait.h"
#include "fakebedrockprocess.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace brc;
using namespace brc::bedrock;

namespace {

struct Outcome
{
    bool done = false;
    std::optional<Result<BedrockResponse>> result;
    int frames = 0;
    qint64 streamedChars = 0;
    QList<int> retryDelays;
};

BedrockAuth testAuth()
{
    BedrockAuth auth;
    auth.credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    auth.credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    return auth;
}

/// A loopback port on which nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost)) {
        return 0;
    }
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString errorText(const Result<BedrockResponse> &result)
{
    return result ? QStringLiteral("(succeeded)") : result.error().code + QStringLiteral(": ") + result.error().message;
}

} // namespace

class TestBedrockFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void connectionRefused();
    void resetBeforeAnswerIsRetried();
    void resetMidBody_data();
    void resetMidBody();
    void resetMidStream_data();
    void resetMidStream();
    void stalledStreamHitsReadTimeout();
    void stalledBodyIsRetried();
    void garbage_data();
    void garbage();
    void tenMegabyteBodyIsRefused();
    void bodyJustUnderTheLimitIsRead();
    void endlessAnswer_data();
    void endlessAnswer();
    void serverErrorStorm_data();
    void serverErrorStorm();
    void throttlingHonoursRetryAfter();
    void retryAfterIsCappedByMaxDelay();
    void retryAfterBeyondTotalTimeout();
    void slowLorisBody();
    void slowLorisHeaders();

private:
    BedrockRequest request(BedrockOperation operation, const QString &prompt) const;
    std::shared_ptr<Outcome> run(const BedrockRequest &request, int hangGuardMs = 60000, int busyMs = 0);
    void verifyPeakGrowth(bool measured, qint64 beforeKiB, qint64 limit);
    void setOptions(const std::function<void(BedrockClientOptions &)> &change);
    int requestsSeen();

    FakeBedrockProcess m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<BedrockClient> m_client;
};

void TestBedrockFaults::initTestCase()
{
    QVERIFY2(m_fake.start(), qPrintable(m_fake.errorText()));
}

void TestBedrockFaults::init()
{
    m_fake.reset();
    m_client.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setAutoDeleteReplies(true);
    m_client = std::make_unique<BedrockClient>(*m_network);
    setOptions([](BedrockClientOptions &o) {
        o.baseDelayMs = 10;
        o.throttlingBaseDelayMs = 10;
        o.totalTimeoutMs = 30000;
    });
}

void TestBedrockFaults::setOptions(const std::function<void(BedrockClientOptions &)> &change)
{
    BedrockClientOptions options = m_client->options();
    change(options);
    QVERIFY(m_client->setOptions(options));
}

BedrockRequest TestBedrockFaults::request(BedrockOperation operation, const QString &prompt) const
{
    BedrockRequest r;
    r.operation = operation;
    r.endpoint = m_fake.endpoint();
    r.region = QStringLiteral("us-east-1");
    const ChatRequest chat = ChatRequest::fromPrompt(prompt, 64);
    if (isConverse(operation)) {
        r.modelId = QStringLiteral("meta.llama3-8b-instruct-v1:0");
        r.body = RequestBodyBuilder::toBytes(RequestBodyBuilder::converseBody(chat));
    } else {
        r.modelId = QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0");
        r.family = InvokeFamily::Anthropic;
        r.body = RequestBodyBuilder::toBytes(
            *RequestBodyBuilder::invokeBody(r.family, r.modelId, chat, isStreaming(operation)));
    }
    return r;
}

/// Sends and waits; the guard only stops a hung test, it measures nothing.
std::shared_ptr<Outcome> TestBedrockFaults::run(const BedrockRequest &request, int hangGuardMs, int busyMs)
{
    auto outcome = std::make_shared<Outcome>();
    BedrockCall *call = m_client->send(request, testAuth());
    connect(call, &BedrockCall::finished, call, [outcome](const Result<BedrockResponse> &result) {
        outcome->result = result;
        outcome->done = true;
    });
    connect(
        call, &BedrockCall::textDelta, call, [outcome](const QString &text) { outcome->streamedChars += text.size(); });
    // busyMs keeps this thread busy once, as a window does while it paints, so the peer and Qt's
    // network thread can run ahead of the reader: on the first frame of a stream, or 50 ms after
    // a request without frames was sent.
    auto busy = std::make_shared<bool>(busyMs <= 0);
    const auto beBusy = [busy, busyMs] {
        if (!*busy) {
            *busy = true;
            QThread::msleep(busyMs);
        }
    };
    connect(call, &BedrockCall::frameReceived, call, [outcome, beBusy](const EventStreamMessage &) {
        ++outcome->frames;
        beBusy();
    });
    if (!isStreaming(request.operation)) {
        QTimer::singleShot(50, call, beBusy);
    }
    connect(call, &BedrockCall::retrying, call,
        [outcome](int, int delayMs, const Error &) { outcome->retryDelays.append(delayMs); });
    if (!testwait::runUntil([&] { return outcome->done; }, hangGuardMs)) {
        qWarning("the call did not finish: hung");
    }
    return outcome;
}

int TestBedrockFaults::requestsSeen()
{
    return int(m_fake.requests().size());
}

#define EXPECT_ERROR(outcome, expectedCode)                                                                            \
    QVERIFY((outcome)->done);                                                                                          \
    QVERIFY2(!(outcome)->result->hasValue(), "the call succeeded");                                                    \
    QVERIFY2((outcome)->result->error().code == QLatin1String(expectedCode), qPrintable(errorText(*(outcome)->result)))

void TestBedrockFaults::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    BedrockRequest r = request(BedrockOperation::Converse, QStringLiteral("hi"));
    r.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const auto outcome = run(r);
    EXPECT_ERROR(outcome, "network.refused");
    QVERIFY(outcome->result->error().message.startsWith(QLatin1String("Connection refused")));
    // Nobody listens there: a wrong endpoint, not a transient failure, so no retry.
    QVERIFY(outcome->retryDelays.isEmpty());
}

void TestBedrockFaults::resetBeforeAnswerIsRetried()
{
    setOptions([](BedrockClientOptions &o) { o.maxAttempts = 3; });
    const auto outcome = run(request(BedrockOperation::Converse, QStringLiteral("[[reset]]")));
    EXPECT_ERROR(outcome, "network.reset");
    QCOMPARE(outcome->retryDelays.size(), 2);
    QCOMPARE(requestsSeen(), 3);
}

void TestBedrockFaults::resetMidBody_data()
{
    QTest::addColumn<int>("operation");
    QTest::addRow("converse") << int(BedrockOperation::Converse);
    QTest::addRow("invoke") << int(BedrockOperation::InvokeModel);
}

void TestBedrockFaults::resetMidBody()
{
    QFETCH(int, operation);
    setOptions([](BedrockClientOptions &o) { o.maxAttempts = 3; });
    const auto outcome = run(request(BedrockOperation(operation), QStringLiteral("[[reset-body]]")));
    // The connection dropped with half a body: a transport failure, retried like one, and not
    // reported as an unreadable answer.
    EXPECT_ERROR(outcome, "network.reset");
    QCOMPARE(outcome->result->error().httpStatus, 200);
    QVERIFY2(outcome->result->error().message.contains(QLatin1String("after HTTP 200")),
        qPrintable(outcome->result->error().message));
    QCOMPARE(outcome->retryDelays.size(), 2);
    QCOMPARE(requestsSeen(), 3);
}

void TestBedrockFaults::resetMidStream_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("frames");
    QTest::addRow("converse-stream") << int(BedrockOperation::ConverseStream) << 2;
    QTest::addRow("invoke-with-response-stream") << int(BedrockOperation::InvokeModelWithResponseStream) << 2;
}

void TestBedrockFaults::resetMidStream()
{
    QFETCH(int, operation);
    QFETCH(int, frames);
    const auto outcome = run(request(BedrockOperation(operation), QStringLiteral("[[reset-body]]")));
    // Two whole frames, then the socket closes at a frame boundary: the stream is cut short,
    // which must not pass for a complete answer.
    EXPECT_ERROR(outcome, "network.reset");
    QCOMPARE(outcome->frames, frames);
    // Frames already reached the caller: not repeated by a retry.
    QVERIFY(outcome->retryDelays.isEmpty());
    QCOMPARE(requestsSeen(), 1);
}

void TestBedrockFaults::stalledStreamHitsReadTimeout()
{
    setOptions([](BedrockClientOptions &o) { o.readTimeoutMs = 300; });
    const auto outcome = run(request(BedrockOperation::ConverseStream, QStringLiteral("[[stall]]")));
    EXPECT_ERROR(outcome, "network.timeout");
    QVERIFY2(outcome->result->error().message.contains(QLatin1String("read timeout")),
        qPrintable(outcome->result->error().message));
    QCOMPARE(outcome->frames, 1);
    QVERIFY(outcome->retryDelays.isEmpty());
    QCOMPARE(requestsSeen(), 1);
}

void TestBedrockFaults::stalledBodyIsRetried()
{
    // Headers, one byte of the body, then a very long pause.
    setOptions([](BedrockClientOptions &o) {
        o.readTimeoutMs = 300;
        o.maxAttempts = 2;
    });
    const auto outcome = run(request(BedrockOperation::Converse, QStringLiteral("[[trickle:100000]]")));
    EXPECT_ERROR(outcome, "network.timeout");
    QVERIFY(outcome->result->error().message.contains(QLatin1String("read timeout")));
    QCOMPARE(outcome->retryDelays.size(), 1);
    QCOMPARE(requestsSeen(), 2);
}

void TestBedrockFaults::garbage_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("codePrefix");
    QTest::addRow("converse") << int(BedrockOperation::Converse) << "bedrock.bad_response";
    QTest::addRow("invoke") << int(BedrockOperation::InvokeModel) << "bedrock.bad_response";
    QTest::addRow("converse-stream") << int(BedrockOperation::ConverseStream) << "eventstream.";
    QTest::addRow("invoke-with-response-stream")
        << int(BedrockOperation::InvokeModelWithResponseStream) << "eventstream.";
}

void TestBedrockFaults::garbage()
{
    QFETCH(int, operation);
    QFETCH(QString, codePrefix);
    const auto outcome = run(request(BedrockOperation(operation), QStringLiteral("[[garbage]]")));
    QVERIFY(!outcome->result->hasValue());
    QVERIFY2(outcome->result->error().code.startsWith(codePrefix), qPrintable(errorText(*outcome->result)));
    QVERIFY(!outcome->result->error().message.isEmpty());
    QCOMPARE(outcome->frames, 0);
    // The same server would send the same bytes again.
    QVERIFY(outcome->retryDelays.isEmpty());
    QCOMPARE(requestsSeen(), 1);
}

void TestBedrockFaults::tenMegabyteBodyIsRefused()
{
    const qint64 before = badinput::peakRssKiB();
    const auto outcome = run(request(BedrockOperation::Converse, QStringLiteral("[[big:10485760]]")));
    EXPECT_ERROR(outcome, "bedrock.response_too_large");
    QVERIFY2(outcome->result->error().message.contains(QLatin1String("8 MiB limit")),
        qPrintable(outcome->result->error().message));
    QCOMPARE(outcome->retryDelays.size(), 0);
    QCOMPARE(requestsSeen(), 1);
    qInfo("peak RSS %lld KiB before, %lld KiB after", before, badinput::peakRssKiB());
}

void TestBedrockFaults::bodyJustUnderTheLimitIsRead()
{
    setOptions([](BedrockClientOptions &o) { o.maxBodyBytes = 3 * 1024 * 1024; });
    const auto outcome = run(request(BedrockOperation::InvokeModel, QStringLiteral("[[big:3000000]]")));
    QVERIFY2(outcome->result->hasValue(), qPrintable(errorText(*outcome->result)));
    QCOMPARE(outcome->result->value().summary.text.size(), 3000000);
    const auto refused = run(request(BedrockOperation::InvokeModel, QStringLiteral("[[big:3200000]]")));
    EXPECT_ERROR(refused, "bedrock.response_too_large");
}

void TestBedrockFaults::endlessAnswer_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<qint64>("limit"); // 0: the default limit
    QTest::addRow("converse-stream, 4 MiB limit") << int(BedrockOperation::ConverseStream) << qint64(4 << 20);
    QTest::addRow("invoke-with-response-stream, 4 MiB limit")
        << int(BedrockOperation::InvokeModelWithResponseStream) << qint64(4 << 20);
    QTest::addRow("converse-stream, default limit") << int(BedrockOperation::ConverseStream) << qint64(0);
    // A JSON body that never ends.
    QTest::addRow("converse, 4 MiB limit") << int(BedrockOperation::Converse) << qint64(4 << 20);
    QTest::addRow("invoke, 4 MiB limit") << int(BedrockOperation::InvokeModel) << qint64(4 << 20);
}

/// An answer that never ends is refused at the stream or body limit, in one attempt, and peak
/// memory stays bounded while this thread is busy.
void TestBedrockFaults::endlessAnswer()
{
    QFETCH(int, operation);
    QFETCH(qint64, limit);
    const bool streaming = isStreaming(BedrockOperation(operation));
    if (limit > 0) {
        setOptions(
            [limit, streaming](BedrockClientOptions &o) { (streaming ? o.maxStreamBytes : o.maxBodyBytes) = limit; });
    }
    const qint64 effective = streaming ? m_client->options().maxStreamBytes : m_client->options().maxBodyBytes;
    const bool measured = badinput::resetPeakRss();
    const qint64 before = badinput::peakRssKiB();
    const auto outcome = run(request(BedrockOperation(operation), QStringLiteral("[[endless]]")), 60000, 500);
    EXPECT_ERROR(outcome, "bedrock.response_too_large");
    QVERIFY(outcome->retryDelays.isEmpty());
    QCOMPARE(requestsSeen(), 1);
    // The text handed out is bounded by the bytes read.
    QVERIFY(outcome->streamedChars <= effective);
    // The server saw the client leave.
    QTRY_VERIFY_WITH_TIMEOUT(m_fake.stats().value(QLatin1String("clientLeft")).toInt() >= 1, 10000);
    qInfo("limit %lld bytes; %d frames decoded; server wrote %lld bytes", effective, outcome->frames,
        qint64(m_fake.stats().value(QLatin1String("bytesWritten")).toDouble()));
    verifyPeakGrowth(measured, before, effective);
}

void TestBedrockFaults::verifyPeakGrowth(bool measured, qint64 beforeKiB, qint64 limit)
{
    const qint64 after = badinput::peakRssKiB();
    qInfo("peak RSS %lld KiB before, %lld KiB after", beforeKiB, after);
    if (!measured || beforeKiB <= 0) {
        QSKIP("this kernel cannot reset the peak resident size (/proc/self/clear_refs)");
    }
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed memory in quarantine, so the peak says nothing about the call");
#endif
    // Qt's network thread reads at most the reply's read-ahead beyond what the call consumed, so
    // the peak is bounded by the limit, the text collected from it (UTF-16, grown by doubling)
    // and allocator slack, whatever the peer sends. Without back-pressure a loopback peer pushed
    // hundreds of MB past the limit here before the limit was seen.
    const qint64 boundKiB = 6 * limit / 1024 + 64 * 1024;
    QVERIFY2(after - beforeKiB <= boundKiB,
        qPrintable(QStringLiteral("peak RSS grew %1 KiB, bound %2 KiB").arg(after - beforeKiB).arg(boundKiB)));
}

void TestBedrockFaults::serverErrorStorm_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("awsType");
    QTest::addRow("InternalServerException") << "InternalServerException" << 500 << "InternalServerException";
    QTest::addRow("ServiceUnavailableException")
        << "ServiceUnavailableException" << 503 << "ServiceUnavailableException";
    QTest::addRow("bare 500") << "500" << 500 << "InternalServerException";
    QTest::addRow("bare 502") << "502" << 502 << "";
    QTest::addRow("bare 503") << "503" << 503 << "ServiceUnavailableException";
    QTest::addRow("bare 504") << "504" << 504 << "";
}

void TestBedrockFaults::serverErrorStorm()
{
    QFETCH(QString, type);
    QFETCH(int, status);
    QFETCH(QString, awsType);
    setOptions([](BedrockClientOptions &o) { o.maxAttempts = 4; });
    const auto outcome = run(request(BedrockOperation::Converse,
        QStringLiteral("[[fail:100:%1:storm-%2]]").arg(type, QString::number(QDateTime::currentMSecsSinceEpoch()))));
    QVERIFY(!outcome->result->hasValue());
    const Error &error = outcome->result->error();
    QCOMPARE(error.httpStatus, status);
    if (!awsType.isEmpty()) {
        QCOMPARE(error.awsType, awsType);
    }
    QVERIFY2(!error.message.isEmpty() && !error.message.contains(QLatin1String("<html")), qPrintable(error.message));
    QCOMPARE(outcome->retryDelays.size(), 3);
    QCOMPARE(requestsSeen(), 4);
}

void TestBedrockFaults::throttlingHonoursRetryAfter()
{
    const auto outcome = run(request(BedrockOperation::ConverseStream,
        QStringLiteral("[[fail:2:ThrottlingException:ra-%1]][[retry-after:1]]")
            .arg(QDateTime::currentMSecsSinceEpoch())));
    QVERIFY2(outcome->result->hasValue(), qPrintable(errorText(*outcome->result)));
    QCOMPARE(outcome->result->value().attempts, 3);
    QCOMPARE(outcome->retryDelays, (QList<int> { 1000, 1000 }));
    QCOMPARE(requestsSeen(), 3);
}

void TestBedrockFaults::retryAfterIsCappedByMaxDelay()
{
    setOptions([](BedrockClientOptions &o) { o.maxDelayMs = 50; });
    const auto outcome
        = run(request(BedrockOperation::Converse, QStringLiteral("[[error:ThrottlingException]][[retry-after:3600]]")));
    EXPECT_ERROR(outcome, "bedrock.ThrottlingException");
    QCOMPARE(outcome->retryDelays, (QList<int> { 50, 50 }));
    QCOMPARE(requestsSeen(), 3);
}

void TestBedrockFaults::retryAfterBeyondTotalTimeout()
{
    // Retry-After 20 s (the SDK's cap) on a call with 2 s in total: waiting could only end in
    // "total timeout"; the error says what the server said instead.
    setOptions([](BedrockClientOptions &o) { o.totalTimeoutMs = 2000; });
    const auto outcome = run(request(
        BedrockOperation::Converse, QStringLiteral("[[error:ThrottlingException:slow down]][[retry-after:20]]")));
    EXPECT_ERROR(outcome, "bedrock.ThrottlingException");
    QVERIFY2(outcome->result->error().message.startsWith(QLatin1String("slow down (not retried")),
        qPrintable(outcome->result->error().message));
    QVERIFY(outcome->retryDelays.isEmpty());
    QCOMPARE(requestsSeen(), 1);
}

void TestBedrockFaults::slowLorisBody()
{
    // One byte every 50 ms never trips the read timeout; only the total timeout ends it.
    setOptions([](BedrockClientOptions &o) {
        o.readTimeoutMs = 2000;
        o.totalTimeoutMs = 1500;
    });
    const auto outcome = run(request(BedrockOperation::ConverseStream, QStringLiteral("[[trickle:50]]")));
    EXPECT_ERROR(outcome, "network.timeout");
    QVERIFY2(outcome->result->error().message.contains(QLatin1String("total timeout")),
        qPrintable(outcome->result->error().message));
    QVERIFY(outcome->retryDelays.isEmpty());
    QCOMPARE(requestsSeen(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.stats().value(QLatin1String("clientLeft")).toInt(), 1, 10000);
}

void TestBedrockFaults::slowLorisHeaders()
{
    // The status line and headers one byte every 20 ms: no complete headers within the
    // connect timeout, which ends each attempt; a timeout is retried.
    setOptions([](BedrockClientOptions &o) {
        o.connectTimeoutMs = 400;
        o.maxAttempts = 2;
    });
    const auto outcome = run(request(BedrockOperation::Converse, QStringLiteral("[[trickle-headers:20]]")));
    EXPECT_ERROR(outcome, "network.timeout");
    QVERIFY2(outcome->result->error().message.contains(QLatin1String("connect timeout")),
        qPrintable(outcome->result->error().message));
    QCOMPARE(outcome->retryDelays.size(), 1);
    QCOMPARE(requestsSeen(), 2);
}

QTEST_GUILESS_MAIN(TestBedrockFaults)
#include "tst_bedrockfaults.moc"
