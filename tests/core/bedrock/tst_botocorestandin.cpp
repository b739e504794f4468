// BedrockClient against an independent stand-in (tests/botocorebedrock/server.py) that recomputes
// every request's SigV4 signature with botocore's SigV4Auth, the signer boto3 uses, from what
// arrived on the wire. Requests are built from routes the engine parsed, exactly as the CLI and
// the console build them, so geo-prefixed ids, ARNs and LiteLLM's path encodings are covered.
// Started by the `botocorebedrock` ctest fixture, which accepts the session token below.
#include "bedrock/bedrockclient.h"
#include "bedrock/routerequestbuilder.h"
#include "callwaiter.h"
#include "route/routeparser.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace brc;
using namespace brc::bedrock;

namespace {

const QString s_sessionToken = QStringLiteral("IQoJb3JpZ2luX2VjEFAaCXVzLWVhc3QtMSJHMEUCIQ+test/token==");

BedrockAuth auth(const QString &secret, const QString &sessionToken = {})
{
    BedrockAuth a;
    a.credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    a.credentials.secretAccessKey = secret;
    a.credentials.sessionToken = sessionToken;
    return a;
}

const QString s_secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

} // namespace

class TestBotocoreStandIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void signedRoutes_data();
    void signedRoutes();
    void rejected_data();
    void rejected();

private:
    Result<BedrockRequest> build(const QString &model, const QString &region, RouteApi api) const;

    QString m_endpoint;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<BedrockClient> m_client;
};

void TestBotocoreStandIn::initTestCase()
{
    QFile portFile(QStringLiteral(BRC_BINARY_DIR "/botocorebedrock/port"));
    QVERIFY2(portFile.open(QIODevice::ReadOnly),
        "the botocore stand-in is not running: run through ctest (fixture botocorebedrock)");
    const int port = portFile.readAll().trimmed().toInt();
    QVERIFY(port > 0);
    m_endpoint = QStringLiteral("http://127.0.0.1:%1").arg(port);
}

void TestBotocoreStandIn::init()
{
    m_client.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setAutoDeleteReplies(true);
    m_client = std::make_unique<BedrockClient>(*m_network);
    BedrockClientOptions options;
    options.maxAttempts = 1;
    options.totalTimeoutMs = 20000;
    QVERIFY(m_client->setOptions(options));
}

Result<BedrockRequest> TestBotocoreStandIn::build(const QString &model, const QString &region, RouteApi api) const
{
    route::RouteContext context;
    context.region = region;
    context.runtimeEndpoint = m_endpoint;
    const route::ParsedRoute route = route::RouteParser().parse(model, context);
    return RouteRequestBuilder::build(route, api, false, ChatRequest::fromPrompt(QStringLiteral("ping"), 16));
}

void TestBotocoreStandIn::signedRoutes_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("region");
    QTest::addColumn<RouteApi>("api");
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<QString>("modelId"); // as the stand-in decodes it from the path

    const QString none;
    QTest::addRow("plain id, converse") << "bedrock/meta.llama3-8b-instruct-v1:0"
                                        << "us-east-1" << RouteApi::Converse << none << "meta.llama3-8b-instruct-v1:0";
    QTest::addRow("plain id, invoke") << "bedrock/invoke/meta.llama3-8b-instruct-v1:0"
                                      << "us-east-1" << RouteApi::Invoke << none << "meta.llama3-8b-instruct-v1:0";
    QTest::addRow("us. profile, converse, session token")
        << "bedrock/us.anthropic.claude-3-haiku-20240307-v1:0"
        << "us-west-2" << RouteApi::Converse << s_sessionToken << "us.anthropic.claude-3-haiku-20240307-v1:0";
    QTest::addRow("us. profile, invoke, session token")
        << "bedrock/invoke/us.anthropic.claude-3-haiku-20240307-v1:0"
        << "us-east-1" << RouteApi::Invoke << s_sessionToken << "us.anthropic.claude-3-haiku-20240307-v1:0";
    QTest::addRow("eu. nova, invoke") << "bedrock/invoke/eu.amazon.nova-micro-v1:0"
                                      << "eu-west-1" << RouteApi::Invoke << none << "eu.amazon.nova-micro-v1:0";
    QTest::addRow("apac. nova, converse route")
        << "bedrock/converse/apac.amazon.nova-lite-v1:0"
        << "ap-southeast-1" << RouteApi::Converse << s_sessionToken << "apac.amazon.nova-lite-v1:0";
    QTest::addRow("global. profile, converse")
        << "bedrock/global.anthropic.claude-sonnet-4-20250514-v1:0"
        << "us-east-1" << RouteApi::Converse << none << "global.anthropic.claude-sonnet-4-20250514-v1:0";
    QTest::addRow("inference-profile ARN, converse")
        << "bedrock/arn:aws:bedrock:us-east-1:123456789012:inference-profile/"
           "us.anthropic.claude-3-5-haiku-20241022-v1:0"
        << "us-east-1" << RouteApi::Converse << s_sessionToken
        << "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0";
    QTest::addRow("inference-profile ARN, invoke")
        << "bedrock/invoke/arn:aws:bedrock:us-east-1:123456789012:inference-profile/"
           "us.anthropic.claude-3-5-haiku-20241022-v1:0"
        << "us-east-1" << RouteApi::Invoke << none
        << "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0";
    QTest::addRow("application-inference-profile ARN, converse")
        << "bedrock/converse/arn:aws:bedrock:us-west-2:123456789012:application-inference-profile/a1b2c3d4e5f6"
        << "us-west-2" << RouteApi::Converse << s_sessionToken
        << "arn:aws:bedrock:us-west-2:123456789012:application-inference-profile/a1b2c3d4e5f6";
}

void TestBotocoreStandIn::signedRoutes()
{
    QFETCH(QString, model);
    QFETCH(QString, region);
    QFETCH(RouteApi, api);
    QFETCH(QString, sessionToken);
    QFETCH(QString, modelId);

    const Result<BedrockRequest> request = build(model, region, api);
    QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
    QCOMPARE(request->region, region);
    const Result<BedrockResponse> response = waitForCall(m_client->send(*request, auth(s_secret, sessionToken)));
    QVERIFY2(response, qPrintable(response ? QString() : response.error().toString()));
    QCOMPARE(response->httpStatus, 200);
    QCOMPARE(response->summary.text, QStringLiteral("botocore verified ") + modelId);
    QCOMPARE(response->summary.outputTokens, 4);
}

void TestBotocoreStandIn::rejected_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<QString>("awsType");

    QTest::addRow("wrong secret") << "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEX" << QString()
                                  << "InvalidSignatureException";
    QTest::addRow("wrong secret, session token") << "not-the-secret" << s_sessionToken << "InvalidSignatureException";
    QTest::addRow("wrong session token") << s_secret << "IQoJb3JpZ2luX2VjEFAaCXVzLWVhc3QtMSJHMEUCIQ+other=="
                                         << "UnrecognizedClientException";
}

void TestBotocoreStandIn::rejected()
{
    QFETCH(QString, secret);
    QFETCH(QString, sessionToken);
    QFETCH(QString, awsType);

    const Result<BedrockRequest> request
        = build(QStringLiteral("bedrock/arn:aws:bedrock:us-east-1:123456789012:inference-profile/"
                               "us.anthropic.claude-3-5-haiku-20241022-v1:0"),
            QStringLiteral("us-east-1"), RouteApi::Converse);
    QVERIFY(request);
    const Result<BedrockResponse> response = waitForCall(m_client->send(*request, auth(secret, sessionToken)));
    QVERIFY(!response);
    QCOMPARE(response.error().httpStatus, 403);
    QCOMPARE(response.error().awsType, awsType);
}

QTEST_GUILESS_MAIN(TestBotocoreStandIn)
#include "tst_botocorestandin.moc"
