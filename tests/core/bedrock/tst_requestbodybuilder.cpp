#include "bedrock/requestbodybuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace brc;
using namespace brc::bedrock;

class TestRequestBodyBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void familyFor_data();
    void familyFor();
    void invokeKeys_data();
    void invokeKeys();
    void converseBody();
    void anthropicBody();
    void novaDropsEmptySystem();
    void cohereChatHistory();
    void promptTemplates_data();
    void promptTemplates();
    void unknownProvider();
};

void TestRequestBodyBuilder::familyFor_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("family");
    QTest::addRow("anthropic") << "anthropic"
                               << "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
                               << "anthropic";
    QTest::addRow("nova") << "nova"
                          << "eu.amazon.nova-micro-v1:0"
                          << "nova";
    QTest::addRow("titan") << "amazon"
                           << "amazon.titan-text-express-v1"
                           << "titan";
    QTest::addRow("meta") << "meta"
                          << "meta.llama3-8b-instruct-v1:0"
                          << "llama";
    QTest::addRow("llama spec") << "llama"
                                << "llama/arn:aws:bedrock:us-east-1:1:imported-model/x"
                                << "llama";
    QTest::addRow("deepseek") << "deepseek_r1"
                              << "deepseek_r1/arn:x"
                              << "deepseek";
    QTest::addRow("mistral") << "mistral"
                             << "mistral.mistral-7b-instruct-v0:2"
                             << "mistral";
    QTest::addRow("command-r") << "cohere"
                               << "cohere.command-r-plus-v1:0"
                               << "cohere-chat";
    QTest::addRow("prefixed command-r quirk") << "cohere"
                                              << "us.cohere.command-r-v1:0"
                                              << "cohere";
    QTest::addRow("invoke/ command-r quirk") << "cohere"
                                             << "invoke/cohere.command-r-v1:0"
                                             << "cohere";
    QTest::addRow("cohere legacy") << "cohere"
                                   << "cohere.command-text-v14"
                                   << "cohere";
    QTest::addRow("ai21") << "ai21"
                          << "ai21.j2-ultra-v1"
                          << "ai21";
    QTest::addRow("qwen3") << "qwen3"
                           << "qwen.qwen3-32b-v1:0"
                           << "qwen3";
    QTest::addRow("qwen2") << "qwen2"
                           << "qwen2/arn:x"
                           << "qwen2";
    QTest::addRow("openai") << "openai"
                            << "openai.gpt-oss-20b-1:0"
                            << "openai";
    QTest::addRow("moonshot") << "moonshot"
                              << "moonshot.kimi-k2"
                              << "openai";
    QTest::addRow("pegasus") << "twelvelabs"
                             << "twelvelabs.pegasus-1-2-v1:0"
                             << "pegasus";
    QTest::addRow("stability") << "stability"
                               << "stability.sd3"
                               << "unknown";
    QTest::addRow("none") << ""
                          << "deepseek.r1-v1:0"
                          << "unknown";
}

void TestRequestBodyBuilder::familyFor()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(QString, family);
    QCOMPARE(invokeFamilyName(invokeFamilyFor(provider, model)), family);
}

void TestRequestBodyBuilder::invokeKeys_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QStringList>("keys");
    auto row = [](const char *name, InvokeFamily family, bool stream, std::initializer_list<const char *> keys) {
        QStringList list;
        for (const char *key : keys) {
            list.append(QLatin1String(key));
        }
        QTest::addRow("%s", name) << int(family) << stream << list;
    };
    // With system, temperature, topP and stop sequences set: every mapped key appears.
    row("anthropic", InvokeFamily::Anthropic, false,
        { "anthropic_version", "max_tokens", "messages", "stop_sequences", "system", "temperature", "top_p" });
    row("nova", InvokeFamily::Nova, false, { "inferenceConfig", "messages", "system" });
    row("titan", InvokeFamily::Titan, false, { "inputText", "textGenerationConfig" });
    row("llama", InvokeFamily::Llama, false, { "max_gen_len", "prompt", "temperature", "top_p" });
    row("deepseek", InvokeFamily::DeepSeek, false, { "max_gen_len", "prompt", "temperature", "top_p" });
    row("mistral", InvokeFamily::Mistral, false, { "max_tokens", "prompt", "stop", "temperature", "top_p" });
    row("cohere-chat", InvokeFamily::CohereChat, false,
        { "chat_history", "max_tokens", "message", "p", "preamble", "stop_sequences", "temperature" });
    row("cohere legacy", InvokeFamily::CohereLegacy, false,
        { "max_tokens", "p", "prompt", "stop_sequences", "temperature" });
    row("cohere legacy stream", InvokeFamily::CohereLegacy, true,
        { "max_tokens", "p", "prompt", "stop_sequences", "stream", "temperature" });
    row("ai21", InvokeFamily::Ai21, false, { "maxTokens", "prompt", "stopSequences", "temperature", "topP" });
    row("qwen3", InvokeFamily::Qwen3, false, { "max_gen_len", "prompt", "stop", "temperature", "top_p" });
    row("qwen2", InvokeFamily::Qwen2, false, { "max_gen_len", "prompt", "stop", "temperature", "top_p" });
    row("openai", InvokeFamily::OpenAI, true, { "max_tokens", "messages", "model", "stop", "temperature", "top_p" });
    row("pegasus", InvokeFamily::Pegasus, false, { "inputPrompt", "maxOutputTokens", "temperature" });
}

void TestRequestBodyBuilder::invokeKeys()
{
    QFETCH(int, family);
    QFETCH(bool, stream);
    QFETCH(QStringList, keys);
    ChatRequest request = ChatRequest::fromPrompt(QStringLiteral("Hello"), 77);
    request.system = QStringLiteral("Be brief.");
    request.temperature = 0.5;
    request.topP = 0.9;
    request.stopSequences = { QStringLiteral("END") };
    auto body
        = RequestBodyBuilder::invokeBody(InvokeFamily(family), QStringLiteral("some.model-v1:0"), request, stream);
    QVERIFY(body.hasValue());
    QCOMPARE(body->keys(), keys);
    QVERIFY2(!body->contains(QLatin1String("stream")) || InvokeFamily(family) == InvokeFamily::CohereLegacy,
        "stream never goes in the body except for legacy cohere");
    const QByteArray bytes = RequestBodyBuilder::toBytes(*body);
    QVERIFY(bytes.contains("77"));
    QVERIFY(!bytes.contains('\n'));
}

void TestRequestBodyBuilder::converseBody()
{
    ChatRequest request = ChatRequest::fromPrompt(QStringLiteral("Hi"), 10);
    request.additionalModelRequestFields = QJsonObject { { QStringLiteral("top_k"), 5 } };
    const QJsonObject body = RequestBodyBuilder::converseBody(request);
    QCOMPARE(body.keys(),
        QStringLiteral("additionalModelRequestFields,inferenceConfig,messages,system").split(QLatin1Char(',')));
    QCOMPARE(body.value(QLatin1String("system")).toArray().size(), 0);
    QCOMPARE(body.value(QLatin1String("inferenceConfig")).toObject().value(QLatin1String("maxTokens")).toInt(), 10);
    QCOMPARE(
        body.value(QLatin1String("additionalModelRequestFields")).toObject().value(QLatin1String("top_k")).toInt(), 5);
    const QJsonObject message = body.value(QLatin1String("messages")).toArray().first().toObject();
    QCOMPARE(message.value(QLatin1String("role")).toString(), QStringLiteral("user"));
    QCOMPARE(
        message.value(QLatin1String("content")).toArray().first().toObject().value(QLatin1String("text")).toString(),
        QStringLiteral("Hi"));
}

void TestRequestBodyBuilder::anthropicBody()
{
    auto body = RequestBodyBuilder::invokeBody(InvokeFamily::Anthropic, QStringLiteral("anthropic.claude-3-haiku"),
        ChatRequest::fromPrompt(QStringLiteral("Hi")));
    QVERIFY(body.hasValue());
    QCOMPARE(body->value(QLatin1String("anthropic_version")).toString(), QStringLiteral("bedrock-2023-05-31"));
    QVERIFY(!body->contains(QLatin1String("model")));
    QVERIFY(!body->contains(QLatin1String("system")));
}

void TestRequestBodyBuilder::novaDropsEmptySystem()
{
    auto body = RequestBodyBuilder::invokeBody(
        InvokeFamily::Nova, QStringLiteral("us.amazon.nova-micro-v1:0"), ChatRequest::fromPrompt(QStringLiteral("Hi")));
    QVERIFY(body.hasValue());
    QCOMPARE(body->keys(), QStringLiteral("inferenceConfig,messages").split(QLatin1Char(',')));
}

void TestRequestBodyBuilder::cohereChatHistory()
{
    ChatRequest request;
    request.messages = { { QStringLiteral("user"), QStringLiteral("a") },
        { QStringLiteral("assistant"), QStringLiteral("b") }, { QStringLiteral("user"), QStringLiteral("c") } };
    auto body
        = RequestBodyBuilder::invokeBody(InvokeFamily::CohereChat, QStringLiteral("cohere.command-r-v1:0"), request);
    QVERIFY(body.hasValue());
    QCOMPARE(body->value(QLatin1String("message")).toString(), QStringLiteral("c"));
    const QJsonArray history = body->value(QLatin1String("chat_history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("CHATBOT"));
}

void TestRequestBodyBuilder::promptTemplates_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("prompt");
    QTest::addRow("llama3") << int(InvokeFamily::Llama) << "meta.llama3-8b-instruct-v1:0"
                            << "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nS<|eot_id|>"
                               "<|start_header_id|>user<|end_header_id|>\n\nU<|eot_id|>"
                               "<|start_header_id|>assistant<|end_header_id|>\n\n";
    QTest::addRow("llama2") << int(InvokeFamily::Llama) << "meta.llama2-13b-chat-v1"
                            << "<s>[INST] <<SYS>>\nS\n<</SYS>>\n\nU [/INST]";
    QTest::addRow("mistral") << int(InvokeFamily::Mistral) << "mistral.mistral-7b"
                             << "<s>[INST] S\n\nU [/INST]";
    QTest::addRow("qwen chatml")
        << int(InvokeFamily::Qwen3) << "qwen.qwen3-32b-v1:0"
        << "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nU<|im_end|>\n<|im_start|>assistant\n";
    QTest::addRow("deepseek")
        << int(InvokeFamily::DeepSeek) << "deepseek_r1/arn"
        << QStringLiteral(
               "<\uFF5Cbegin\u2581of\u2581sentence\uFF5C>S<\uFF5CUser\uFF5C>U<\uFF5CAssistant\uFF5C><think>\n");
}

void TestRequestBodyBuilder::promptTemplates()
{
    QFETCH(int, family);
    QFETCH(QString, model);
    QFETCH(QString, prompt);
    ChatRequest request = ChatRequest::fromPrompt(QStringLiteral("U"));
    request.system = QStringLiteral("S");
    QCOMPARE(RequestBodyBuilder::promptFor(InvokeFamily(family), model, request), prompt);
}

void TestRequestBodyBuilder::unknownProvider()
{
    auto body = RequestBodyBuilder::invokeBody(
        InvokeFamily::Unknown, QStringLiteral("deepseek.r1-v1:0"), ChatRequest::fromPrompt(QStringLiteral("Hi")));
    QVERIFY(!body.hasValue());
    QCOMPARE(body.error().code, QStringLiteral("bedrock.unknown_provider"));
    QVERIFY(body.error().message.contains(QLatin1String("bedrock/converse/<model>")));
}

QTEST_GUILESS_MAIN(TestRequestBodyBuilder)
#include "tst_requestbodybuilder.moc"
