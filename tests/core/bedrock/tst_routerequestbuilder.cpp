#include "bedrock/routerequestbuilder.h"
#include "route/routeparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace brc;
using namespace brc::bedrock;

class TestRouteRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data();
    void build();
    void unknownProvider();
};

void TestRouteRequestBuilder::build_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("invoke");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("bodyKey");
    const QString base = QStringLiteral("https://bedrock-runtime.eu-west-1.amazonaws.com/model/");
    QTest::addRow("converse default") << "bedrock/eu.anthropic.claude-3-5-sonnet-20240620-v1:0" << false << false
                                      << base
            + QStringLiteral("eu.anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse")
                                      << int(BedrockOperation::Converse) << "inferenceConfig";
    QTest::addRow("converse stream") << "bedrock/eu.anthropic.claude-3-5-sonnet-20240620-v1:0" << false << true
                                     << base
            + QStringLiteral("eu.anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse-stream")
                                     << int(BedrockOperation::ConverseStream) << "messages";
    QTest::addRow("invoke route keeps the raw id")
        << "bedrock/invoke/eu.anthropic.claude-3-5-sonnet-20240620-v1:0" << true << false
        << base + QStringLiteral("eu.anthropic.claude-3-5-sonnet-20240620-v1:0/invoke")
        << int(BedrockOperation::InvokeModel) << "anthropic_version";
    QTest::addRow("invoke stream nova") << "bedrock/invoke/eu.amazon.nova-micro-v1:0" << true << true
                                        << base
            + QStringLiteral("eu.amazon.nova-micro-v1:0/invoke-with-response-stream")
                                        << int(BedrockOperation::InvokeModelWithResponseStream) << "inferenceConfig";
    QTest::addRow("invoke for a converse route uses the AWS view")
        << "bedrock/eu.amazon.nova-micro-v1:0" << true << false
        << base + QStringLiteral("eu.amazon.nova-micro-v1%3A0/invoke") << int(BedrockOperation::InvokeModel)
        << "messages";
    // LiteLLM fakes ai21 streams on /invoke: the operation follows its URL.
    QTest::addRow("ai21 stream stays on invoke")
        << "bedrock/invoke/ai21.j2-ultra-v1" << true << true << base + QStringLiteral("ai21.j2-ultra-v1/invoke")
        << int(BedrockOperation::InvokeModel) << "maxTokens";
}

void TestRouteRequestBuilder::build()
{
    QFETCH(QString, model);
    QFETCH(bool, invoke);
    QFETCH(bool, stream);
    QFETCH(QString, url);
    QFETCH(int, operation);
    QFETCH(QString, bodyKey);
    route::RouteContext context;
    context.region = QStringLiteral("eu-west-1");
    const route::RouteParser parser;
    const route::ParsedRoute parsed = parser.parse(model, context);
    auto request = RouteRequestBuilder::build(
        parsed, invoke ? RouteApi::Invoke : RouteApi::Converse, stream, ChatRequest::fromPrompt(QStringLiteral("hi")));
    QVERIFY2(request.hasValue(), qPrintable(request.hasValue() ? QString() : request.error().message));
    QCOMPARE(QString::fromUtf8(request->url()), url);
    QCOMPARE(int(request->operation), operation);
    QCOMPARE(request->region, QStringLiteral("eu-west-1"));
    QVERIFY(QJsonDocument::fromJson(request->body).object().contains(bodyKey));
}

void TestRouteRequestBuilder::unknownProvider()
{
    const route::RouteParser parser;
    auto request = RouteRequestBuilder::build(parser.parse(QStringLiteral("bedrock/invoke/deepseek.r1-v1:0")),
        RouteApi::Invoke, false, ChatRequest::fromPrompt(QStringLiteral("hi")));
    QVERIFY(!request.hasValue());
    QCOMPARE(request.error().code, QStringLiteral("bedrock.unknown_provider"));
}

QTEST_GUILESS_MAIN(TestRouteRequestBuilder)
#include "tst_routerequestbuilder.moc"
