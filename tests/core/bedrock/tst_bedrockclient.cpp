// End to end: BedrockClient against the local Bedrock (tests/fakebedrock), started by the
// `fakebedrock` ctest fixture, which verifies every signature with the AWS SDK's own signer.
#include "bedrock/bedrockclient.h"
#include "bedrock/errormapper.h"
#include "bedrock/requestbodybuilder.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using namespace brc;
using namespace brc::bedrock;

namespace {

struct Outcome
{
    bool done = false;
    std::optional<Result<BedrockResponse>> result;
    QString streamedText;
    int frames = 0;
    QList<int> retryDelays;
};

void watch(BedrockCall *call, const std::shared_ptr<Outcome> &outcome)
{
    QObject::connect(call, &BedrockCall::finished, call, [outcome](const Result<BedrockResponse> &result) {
        outcome->result = result;
        outcome->done = true;
    });
    QObject::connect(
        call, &BedrockCall::textDelta, call, [outcome](const QString &text) { outcome->streamedText += text; });
    QObject::connect(
        call, &BedrockCall::frameReceived, call, [outcome](const EventStreamMessage &) { ++outcome->frames; });
    QObject::connect(call, &BedrockCall::retrying, call,
        [outcome](int, int delayMs, const Error &) { outcome->retryDelays.append(delayMs); });
}

/// A fail-counter key of its own for each run, since the local Bedrock outlives one test run.
QString uniqueKey()
{
    static const QString s_run = QString::number(QDateTime::currentMSecsSinceEpoch());
    return QLatin1String(QTest::currentTestFunction()) + QLatin1Char('-') + s_run;
}

BedrockAuth testAuth()
{
    BedrockAuth auth;
    auth.credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    auth.credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    return auth;
}

} // namespace

#define RUN_CALL(outcome, call)                                                                                        \
    auto outcome = std::make_shared<Outcome>();                                                                        \
    watch((call), outcome);                                                                                            \
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 20000);                                                                    \
    QVERIFY(outcome->result.has_value())

class TestBedrockClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void families_data();
    void families();
    void converseBothWays_data();
    void converseBothWays();
    void sentBodyIsTheBuiltBody();
    void errors_data();
    void errors();
    void errorOnStreamOperationIsNotDecoded();
    void onDemandHint();
    void retriesThenSucceeds();
    void retryAfterIsHonoured();
    void retriesExhausted();
    void quotaIsNotRetried();
    void streamCorruption_data();
    void streamCorruption();
    void midStreamExceptionKeepsPartialText();
    void connectTimeout();
    void totalTimeoutOnStalledStream();
    void cancelDuringStream();
    void cancelBeforeStart();
    void connectionReset();
    void badSignature();
    void bearerToken();
    void plainHttpOnlyToLoopback();
    void missingCaBundleIsAnError();

private:
    BedrockRequest request(BedrockOperation operation, const QString &modelId, InvokeFamily family,
        const QString &prompt, bool stream = false) const;
    QString m_endpoint;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<BedrockClient> m_client;
};

void TestBedrockClient::initTestCase()
{
    QFile portFile(QStringLiteral(BRC_BINARY_DIR "/fakebedrock/port"));
    QVERIFY2(portFile.open(QIODevice::ReadOnly),
        "the local Bedrock is not running: run through ctest (fixture fakebedrock) or tests/fakebedrock/start.sh");
    const int port = portFile.readAll().trimmed().toInt();
    QVERIFY(port > 0);
    m_endpoint = QStringLiteral("http://127.0.0.1:%1").arg(port);
}

void TestBedrockClient::init()
{
    m_client.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setAutoDeleteReplies(true);
    m_client = std::make_unique<BedrockClient>(*m_network);
    BedrockClientOptions options;
    options.baseDelayMs = 10;
    options.throttlingBaseDelayMs = 10;
    options.connectTimeoutMs = 10000;
    options.totalTimeoutMs = 30000;
    QVERIFY(m_client->setOptions(options));
}

BedrockRequest TestBedrockClient::request(
    BedrockOperation operation, const QString &modelId, InvokeFamily family, const QString &prompt, bool stream) const
{
    BedrockRequest r;
    r.operation = operation;
    r.endpoint = m_endpoint;
    r.modelId = modelId;
    r.region = QStringLiteral("us-east-1");
    r.family = family;
    const ChatRequest chat = ChatRequest::fromPrompt(prompt, 64);
    if (isConverse(operation)) {
        r.body = RequestBodyBuilder::toBytes(RequestBodyBuilder::converseBody(chat));
    } else {
        auto body = RequestBodyBuilder::invokeBody(family, modelId, chat, stream);
        r.body = body ? RequestBodyBuilder::toBytes(*body) : QByteArray();
    }
    return r;
}

void TestBedrockClient::families_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("fakeFamily");
    QTest::addColumn<bool>("stream");
    const struct
    {
        const char *model;
        const char *provider;
        const char *fake;
    } rows[] = {
        { "anthropic.claude-3-haiku-20240307-v1:0", "anthropic", "anthropic" },
        { "us.amazon.nova-micro-v1:0", "nova", "nova" },
        { "amazon.titan-text-express-v1", "amazon", "titan" },
        { "meta.llama3-8b-instruct-v1:0", "meta", "llama" },
        { "us.deepseek.r1-v1:0", "deepseek_r1", "deepseek" },
        { "mistral.mistral-7b-instruct-v0:2", "mistral", "mistral" },
        { "cohere.command-r-v1:0", "cohere", "cohere" },
        { "cohere.command-text-v14", "cohere", "cohere" },
        { "ai21.j2-ultra-v1", "ai21", "ai21" },
        { "qwen.qwen3-32b-v1:0", "qwen3", "qwen" },
        { "openai.gpt-oss-20b-1:0", "openai", "openai" },
        { "twelvelabs.pegasus-1-2-v1:0", "twelvelabs", "pegasus" },
    };
    for (const auto &row : rows) {
        for (bool stream : { false, true }) {
            if (stream && QByteArray(row.fake) == "ai21") {
                continue; // LiteLLM keeps /invoke for ai21 streams; Bedrock refuses them
            }
            QTest::addRow("%s/%s", row.model, stream ? "stream" : "invoke")
                << QString::fromLatin1(row.model) << QString::fromLatin1(row.provider) << QString::fromLatin1(row.fake)
                << stream;
        }
    }
}

void TestBedrockClient::families()
{
    QFETCH(QString, model);
    QFETCH(QString, provider);
    QFETCH(QString, fakeFamily);
    QFETCH(bool, stream);
    const InvokeFamily family = invokeFamilyFor(provider, model);
    QVERIFY(family != InvokeFamily::Unknown);
    const auto op = stream ? BedrockOperation::InvokeModelWithResponseStream : BedrockOperation::InvokeModel;
    RUN_CALL(
        outcome, m_client->send(request(op, model, family, QStringLiteral("Say hello please"), stream), testAuth()));
    const auto &result = *outcome->result;
    QVERIFY2(result.hasValue(),
        qPrintable(result.hasValue() ? QString() : result.error().code + QLatin1Char(' ') + result.error().message));
    const QString expected = QStringLiteral("Hello from %1!").arg(fakeFamily);
    QCOMPARE(result->summary.text, expected);
    QCOMPARE(result->httpStatus, 200);
    QVERIFY(!result->requestId.isEmpty());
    QCOMPARE(result->attempts, 1);
    QVERIFY(result->wallMs >= 0);
    if (stream) {
        QCOMPARE(outcome->streamedText, expected);
        QVERIFY(outcome->frames >= 2);
        QVERIFY(result->ttftMs >= 0);
    }
    // Usage comes from the body or, failing that, the X-Amzn-Bedrock-*-Token-Count headers /
    // invocation metrics; the fake counts words.
    QCOMPARE(result->summary.outputTokens, 3);
    QVERIFY(result->summary.inputTokens > 0);
    QCOMPARE(result->summary.latencyMs, 42);
    if (fakeFamily != QLatin1String("pegasus") || stream) {
        QVERIFY2(
            !result->summary.stopReason.isEmpty() || fakeFamily == QLatin1String("pegasus"), qPrintable(fakeFamily));
    }
}

void TestBedrockClient::converseBothWays_data()
{
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("model");
    for (const char *model : { "us.anthropic.claude-3-5-sonnet-20241022-v2:0", "eu.amazon.nova-pro-v1:0",
             "meta.llama3-8b-instruct-v1:0", "mistral.mistral-large-2402-v1:0" }) {
        QTest::addRow("%s/converse", model) << false << QString::fromLatin1(model);
        QTest::addRow("%s/converse-stream", model) << true << QString::fromLatin1(model);
    }
}

void TestBedrockClient::converseBothWays()
{
    QFETCH(bool, stream);
    QFETCH(QString, model);
    const auto op = stream ? BedrockOperation::ConverseStream : BedrockOperation::Converse;
    RUN_CALL(
        outcome, m_client->send(request(op, model, InvokeFamily::Unknown, QStringLiteral("Say hello")), testAuth()));
    const auto &result = *outcome->result;
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    QVERIFY(result->summary.text.startsWith(QLatin1String("Hello from ")));
    QCOMPARE(result->summary.stopReason, QStringLiteral("end_turn"));
    QCOMPARE(result->summary.inputTokens, 2);
    QCOMPARE(result->summary.outputTokens, 3);
    QCOMPARE(result->summary.latencyMs, 42);
    if (stream) {
        QCOMPARE(outcome->streamedText, result->summary.text);
        QCOMPARE(outcome->frames, 6); // messageStart, 2 deltas, contentBlockStop, messageStop, metadata
    }
}

void TestBedrockClient::sentBodyIsTheBuiltBody()
{
    const BedrockRequest r
        = request(BedrockOperation::InvokeModel, QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0"),
            InvokeFamily::Anthropic, QStringLiteral("body check"));
    RUN_CALL(outcome, m_client->send(r, testAuth()));
    QVERIFY(outcome->result->hasValue());
    QNetworkAccessManager control; // replies kept until read, unlike the client's manager
    std::unique_ptr<QNetworkReply> reply(
        control.get(QNetworkRequest(QUrl(m_endpoint + QStringLiteral("/__control/requests")))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    const QJsonArray log = QJsonDocument::fromJson(reply->readAll()).array();
    QVERIFY(!log.isEmpty());
    const QJsonObject last = log.last().toObject();
    QCOMPARE(last.value(QLatin1String("path")).toString(),
        QStringLiteral("/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke"));
    QCOMPARE(last.value(QLatin1String("body")).toString().toUtf8(), r.body);
    const QJsonObject headers = last.value(QLatin1String("headers")).toObject();
    QCOMPARE(headers.value(QLatin1String("content-type")).toString(), QStringLiteral("application/json"));
    QVERIFY(headers.contains(QLatin1String("x-amz-date")));
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(QLatin1String("anthropic_version")).toString(), QStringLiteral("bedrock-2023-05-31"));
}

void TestBedrockClient::errors_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    for (const auto &[type, status] : std::initializer_list<std::pair<const char *, int>> {
             { "ValidationException", 400 }, { "ServiceQuotaExceededException", 400 }, { "AccessDeniedException", 403 },
             { "ResourceNotFoundException", 404 }, { "ModelTimeoutException", 408 }, { "ModelErrorException", 424 },
             { "ThrottlingException", 429 }, { "ModelNotReadyException", 429 }, { "InternalServerException", 500 },
             { "ServiceUnavailableException", 503 } }) {
        QTest::addRow("%s", type) << QString::fromLatin1(type) << status;
    }
}

void TestBedrockClient::errors()
{
    QFETCH(QString, type);
    QFETCH(int, status);
    BedrockClientOptions options = m_client->options();
    options.maxAttempts = 1;
    QVERIFY(m_client->setOptions(options));
    RUN_CALL(outcome,
        m_client->send(request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("[[error:%1:boom]]").arg(type)),
            testAuth()));
    const auto &result = *outcome->result;
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().awsType, type);
    QCOMPARE(result.error().httpStatus, status);
    QCOMPARE(result.error().message, QStringLiteral("boom"));
    QCOMPARE(result.error().code, QStringLiteral("bedrock.") + type);
}

void TestBedrockClient::errorOnStreamOperationIsNotDecoded()
{
    RUN_CALL(outcome,
        m_client->send(request(BedrockOperation::ConverseStream, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("[[error:AccessDeniedException]]")),
            testAuth()));
    const auto &result = *outcome->result;
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().awsType, QStringLiteral("AccessDeniedException"));
    QCOMPARE(result.error().httpStatus, 403);
    QCOMPARE(outcome->frames, 0);
}

void TestBedrockClient::onDemandHint()
{
    RUN_CALL(outcome,
        m_client->send(request(BedrockOperation::Converse, QStringLiteral("amazon.nova-micro-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("hi")),
            testAuth()));
    const auto &result = *outcome->result;
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().awsType, QStringLiteral("ValidationException"));
    QVERIFY(!ErrorMapper::isRetryable(result.error()));
    const QString hint
        = ErrorMapper::hint(result.error(), QStringLiteral("amazon.nova-micro-v1:0"), QStringLiteral("us-east-1"));
    QVERIFY2(hint.contains(QLatin1String("us.amazon.nova-micro-v1:0")), qPrintable(hint));
}

void TestBedrockClient::retriesThenSucceeds()
{
    RUN_CALL(outcome,
        m_client->send(request(BedrockOperation::ConverseStream, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("[[fail:2:ThrottlingException:%1]]").arg(uniqueKey())),
            testAuth()));
    const auto &result = *outcome->result;
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    QCOMPARE(result->attempts, 3);
    QCOMPARE(outcome->retryDelays.size(), 2);
    QCOMPARE(result->summary.text, QStringLiteral("Hello from llama!"));
}

void TestBedrockClient::retryAfterIsHonoured()
{
    RUN_CALL(outcome,
        m_client->send(
            request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"), InvokeFamily::Unknown,
                QStringLiteral("[[fail:1:ModelNotReadyException:%1]][[retry-after:1]]").arg(uniqueKey())),
            testAuth()));
    QVERIFY(outcome->result->hasValue());
    QCOMPARE(outcome->retryDelays, QList<int> { 1000 });
}

void TestBedrockClient::retriesExhausted()
{
    BedrockClientOptions options = m_client->options();
    options.maxAttempts = 2;
    QVERIFY(m_client->setOptions(options));
    RUN_CALL(outcome,
        m_client->send(
            request(BedrockOperation::InvokeModel, QStringLiteral("meta.llama3-8b-instruct-v1:0"), InvokeFamily::Llama,
                QStringLiteral("[[fail:5:ServiceUnavailableException:%1]]").arg(uniqueKey())),
            testAuth()));
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().awsType, QStringLiteral("ServiceUnavailableException"));
    QCOMPARE(outcome->retryDelays.size(), 1);
}

void TestBedrockClient::quotaIsNotRetried()
{
    RUN_CALL(outcome,
        m_client->send(
            request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"), InvokeFamily::Unknown,
                QStringLiteral("[[fail:1:ServiceQuotaExceededException:%1]]").arg(uniqueKey())),
            testAuth()));
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().awsType, QStringLiteral("ServiceQuotaExceededException"));
    QCOMPARE(outcome->result->error().httpStatus, 400);
    QVERIFY(outcome->retryDelays.isEmpty());
}

void TestBedrockClient::streamCorruption_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("converse");
    QTest::addRow("corrupt converse-stream") << "[[corrupt]]"
                                             << "eventstream.message_crc" << true;
    QTest::addRow("corrupt invoke stream") << "[[corrupt]]"
                                           << "eventstream.message_crc" << false;
    QTest::addRow("truncated converse-stream") << "[[truncate]]"
                                               << "eventstream.truncated" << true;
    QTest::addRow("truncated invoke stream") << "[[truncate]]"
                                             << "eventstream.truncated" << false;
}

void TestBedrockClient::streamCorruption()
{
    QFETCH(QString, marker);
    QFETCH(QString, code);
    QFETCH(bool, converse);
    const auto op = converse ? BedrockOperation::ConverseStream : BedrockOperation::InvokeModelWithResponseStream;
    RUN_CALL(outcome,
        m_client->send(request(op, QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0"), InvokeFamily::Anthropic,
                           marker, true),
            testAuth()));
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().code, code);
    QCOMPARE(outcome->frames, 1); // the frame before the damage was delivered
    QVERIFY(outcome->retryDelays.isEmpty());
}

void TestBedrockClient::midStreamExceptionKeepsPartialText()
{
    RUN_CALL(outcome,
        m_client->send(request(BedrockOperation::ConverseStream, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("[[midstream:throttlingException]]")),
            testAuth()));
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().awsType, QStringLiteral("ThrottlingException"));
    QCOMPARE(outcome->streamedText, QStringLiteral("Hello from ")); // the first of two deltas
    // Text already reached the caller: no silent retry that would repeat it.
    QVERIFY(outcome->retryDelays.isEmpty());
}

void TestBedrockClient::connectTimeout()
{
    BedrockClientOptions options = m_client->options();
    options.connectTimeoutMs = 200;
    options.maxAttempts = 1;
    QVERIFY(m_client->setOptions(options));
    RUN_CALL(outcome,
        m_client->send(request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("[[delay:5000]]")),
            testAuth()));
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().code, QStringLiteral("network.timeout"));
    QVERIFY(outcome->result->error().message.contains(QLatin1String("connect timeout")));
}

void TestBedrockClient::totalTimeoutOnStalledStream()
{
    BedrockClientOptions options = m_client->options();
    options.totalTimeoutMs = 500;
    QVERIFY(m_client->setOptions(options));
    RUN_CALL(outcome,
        m_client->send(request(BedrockOperation::ConverseStream, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("[[stall]]")),
            testAuth()));
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().code, QStringLiteral("network.timeout"));
    QVERIFY(outcome->result->error().message.contains(QLatin1String("total timeout")));
    QCOMPARE(outcome->frames, 1);
    QVERIFY(outcome->retryDelays.isEmpty());
}

void TestBedrockClient::cancelDuringStream()
{
    BedrockCall *call
        = m_client->send(request(BedrockOperation::ConverseStream, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                             InvokeFamily::Unknown, QStringLiteral("[[stall]]")),
            testAuth());
    connect(call, &BedrockCall::frameReceived, call, &BedrockCall::cancel);
    RUN_CALL(outcome, call);
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().code, QStringLiteral("bedrock.cancelled"));
}

void TestBedrockClient::cancelBeforeStart()
{
    BedrockCall *call
        = m_client->send(request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                             InvokeFamily::Unknown, QStringLiteral("hi")),
            testAuth());
    auto outcome = std::make_shared<Outcome>();
    watch(call, outcome);
    call->cancel();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->result->error().code, QStringLiteral("bedrock.cancelled"));
    QCOMPARE(call->attempts(), 0);
}

void TestBedrockClient::connectionReset()
{
    BedrockClientOptions options = m_client->options();
    options.maxAttempts = 2;
    QVERIFY(m_client->setOptions(options));
    RUN_CALL(outcome,
        m_client->send(request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("[[reset]]")),
            testAuth()));
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().code, QStringLiteral("network.reset"));
    QCOMPARE(outcome->retryDelays.size(), 1); // a reset is transient: retried once, then reported
}

void TestBedrockClient::badSignature()
{
    BedrockAuth auth = testAuth();
    auth.credentials.secretAccessKey = QStringLiteral("not-the-secret");
    RUN_CALL(outcome,
        m_client->send(request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("hi")),
            auth));
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().awsType, QStringLiteral("InvalidSignatureException"));
    QCOMPARE(outcome->result->error().httpStatus, 403);
    QVERIFY(outcome->retryDelays.isEmpty());
}

void TestBedrockClient::bearerToken()
{
    BedrockAuth good;
    good.bearerToken = QStringLiteral("bedrock-api-key-test");
    RUN_CALL(ok,
        m_client->send(request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("hi")),
            good));
    QVERIFY(ok->result->hasValue());
    BedrockAuth bad;
    bad.bearerToken = QStringLiteral("wrong");
    RUN_CALL(refused,
        m_client->send(request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
                           InvokeFamily::Unknown, QStringLiteral("hi")),
            bad));
    QVERIFY(!refused->result->hasValue());
    QCOMPARE(refused->result->error().awsType, QStringLiteral("UnrecognizedClientException"));
}

void TestBedrockClient::plainHttpOnlyToLoopback()
{
    BedrockRequest r = request(BedrockOperation::Converse, QStringLiteral("meta.llama3-8b-instruct-v1:0"),
        InvokeFamily::Unknown, QStringLiteral("hi"));
    r.endpoint = QStringLiteral("http://bedrock-runtime.us-east-1.amazonaws.com");
    RUN_CALL(outcome, m_client->send(r, testAuth()));
    QVERIFY(!outcome->result->hasValue());
    QCOMPARE(outcome->result->error().code, QStringLiteral("bedrock.insecure_endpoint"));
}

void TestBedrockClient::missingCaBundleIsAnError()
{
    BedrockClientOptions options = m_client->options();
    options.caBundlePath = QStringLiteral(BRC_BINARY_DIR "/no-such-bundle.pem");
    auto applied = m_client->setOptions(options);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, QStringLiteral("network.ca_bundle"));
}

QTEST_GUILESS_MAIN(TestBedrockClient)
#include "tst_bedrockclient.moc"
