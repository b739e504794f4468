#include "bedrock/environmentproxyfactory.h"
#include "bedrock/responseparser.h"

#include <QTest>

using namespace brc;
using namespace brc::bedrock;

class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invoke_data();
    void invoke();
    void converse();
    void notJson();
    void noProxy_data();
    void noProxy();
    void proxyFromEnvironment();
};

void TestResponseParser::invoke_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    auto row = [](const char *name, const char *body, InvokeFamily family, const char *text, const char *stop,
                   qint64 input, qint64 output) {
        QTest::addRow("%s", name) << QByteArray(body) << int(family) << QString::fromUtf8(text)
                                  << QString::fromUtf8(stop) << input << output;
    };
    const char *anthropic
        = R"({"content":[{"type":"thinking","thinking":"hm"},{"type":"text","text":"Hi"}],"stop_reason":"end_turn","usage":{"input_tokens":5,"output_tokens":2}})";
    row("anthropic", anthropic, InvokeFamily::Anthropic, "Hi", "end_turn", 5, 2);
    row("anthropic by fields", anthropic, InvokeFamily::Unknown, "Hi", "end_turn", 5, 2);
    row("nova",
        R"({"output":{"message":{"content":[{"text":"Bonjour"}]}},"stopReason":"end_turn","usage":{"inputTokens":4,"outputTokens":2}})",
        InvokeFamily::Nova, "Bonjour", "end_turn", 4, 2);
    row("titan",
        R"({"inputTextTokenCount":3,"results":[{"tokenCount":7,"outputText":"T","completionReason":"FINISH"}]})",
        InvokeFamily::Titan, "T", "FINISH", 3, 7);
    row("llama", R"({"generation":"G","prompt_token_count":9,"generation_token_count":1,"stop_reason":"stop"})",
        InvokeFamily::Llama, "G", "stop", 9, 1);
    row("mistral outputs", R"({"outputs":[{"text":"M","stop_reason":"length"}]})", InvokeFamily::Mistral, "M", "length",
        -1, -1);
    row("mistral choices", R"({"choices":[{"message":{"content":"MC"},"stop_reason":"stop"}]})", InvokeFamily::Mistral,
        "MC", "stop", -1, -1);
    row("cohere chat", R"({"text":"C","finish_reason":"COMPLETE"})", InvokeFamily::CohereChat, "C", "COMPLETE", -1, -1);
    row("cohere legacy", R"({"generations":[{"text":"CL","finish_reason":"COMPLETE"}]})", InvokeFamily::CohereLegacy,
        "CL", "COMPLETE", -1, -1);
    row("ai21", R"({"completions":[{"data":{"text":"A"},"finishReason":{"reason":"endoftext"}}]})", InvokeFamily::Ai21,
        "A", "endoftext", -1, -1);
    row("qwen2 text", R"({"text":"Q"})", InvokeFamily::Qwen2, "Q", "", -1, -1);
    row("openai",
        R"({"choices":[{"message":{"role":"assistant","content":"O","reasoning_content":"r"},"finish_reason":"stop"}],"usage":{"prompt_tokens":8,"completion_tokens":1}})",
        InvokeFamily::OpenAI, "O", "stop", 8, 1);
    row("pegasus", R"({"message":"P","finishReason":"stop"})", InvokeFamily::Pegasus, "P", "stop", -1, -1);
}

void TestResponseParser::invoke()
{
    QFETCH(QByteArray, body);
    QFETCH(int, family);
    QFETCH(QString, text);
    QFETCH(QString, stop);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    auto summary = ResponseParser::parseInvoke(body, InvokeFamily(family));
    QVERIFY(summary.hasValue());
    QCOMPARE(summary->text, text);
    QCOMPARE(summary->stopReason, stop);
    QCOMPARE(summary->inputTokens, input);
    QCOMPARE(summary->outputTokens, output);
}

void TestResponseParser::converse()
{
    auto summary = ResponseParser::parseConverse(
        R"({"output":{"message":{"role":"assistant","content":[{"reasoningContent":{"reasoningText":{"text":"think"}}},{"text":"A"},{"text":"B"}]}},"stopReason":"max_tokens","usage":{"inputTokens":1,"outputTokens":2,"totalTokens":3},"metrics":{"latencyMs":77}})");
    QVERIFY(summary.hasValue());
    QCOMPARE(summary->text, QStringLiteral("AB"));
    QCOMPARE(summary->reasoning, QStringLiteral("think"));
    QCOMPARE(summary->stopReason, QStringLiteral("max_tokens"));
    QCOMPARE(summary->latencyMs, 77);
}

void TestResponseParser::notJson()
{
    auto summary = ResponseParser::parseConverse("<html>");
    QVERIFY(!summary.hasValue());
    QCOMPARE(summary.error().code, QStringLiteral("bedrock.bad_response"));
}

void TestResponseParser::noProxy_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("exempt");
    QTest::addRow("star") << "*"
                          << "bedrock-runtime.us-east-1.amazonaws.com" << 443 << true;
    QTest::addRow("domain") << "amazonaws.com"
                            << "bedrock-runtime.us-east-1.amazonaws.com" << 443 << true;
    QTest::addRow("dot domain") << ".amazonaws.com"
                                << "bedrock-runtime.us-east-1.amazonaws.com" << 443 << true;
    QTest::addRow("exact") << "example.com"
                           << "example.com" << 443 << true;
    QTest::addRow("suffix is not a domain") << "zonaws.com"
                                            << "bedrock.amazonaws.com" << 443 << false;
    QTest::addRow("port match") << "example.com:8443"
                                << "example.com" << 8443 << true;
    QTest::addRow("port mismatch") << "example.com:8443"
                                   << "example.com" << 443 << false;
    QTest::addRow("list") << "foo, .internal ,bar"
                          << "x.internal" << 443 << true;
    QTest::addRow("empty") << ""
                           << "example.com" << 443 << false;
}

void TestResponseParser::noProxy()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, exempt);
    QCOMPARE(EnvironmentProxyFactory::isExempt(noProxy, host, port), exempt);
}

void TestResponseParser::proxyFromEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://proxy.corp:3128"));
    environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral(".internal"));
    EnvironmentProxyFactory factory(environment);
    const auto viaProxy = factory.queryProxy(
        QNetworkProxyQuery(QUrl(QStringLiteral("https://bedrock-runtime.us-east-1.amazonaws.com/"))));
    QCOMPARE(viaProxy.size(), 1);
    QCOMPARE(viaProxy.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(viaProxy.first().hostName(), QStringLiteral("proxy.corp"));
    QCOMPARE(viaProxy.first().port(), quint16(3128));
    const auto exempt = factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://bedrock.internal/"))));
    QCOMPARE(exempt.first().type(), QNetworkProxy::NoProxy);
    const auto loopback = factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("http://127.0.0.1:8080/"))));
    QCOMPARE(loopback.first().type(), QNetworkProxy::NoProxy);
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
