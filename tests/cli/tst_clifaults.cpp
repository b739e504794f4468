// bedrock-route test and health against a private local Bedrock that misbehaves on purpose:
// each run ends with exit code 1 and a readable error within its --timeout, and the server
// sees exactly the attempts the retry policy allows.
#include "clirunner.h"
#include "fakebedrockprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCliFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void testCommand_data();
    void testCommand();
    void testCommandConnectionRefused();
    void healthUnderServerErrorStorm();
    void healthUnderStalledServer();

private:
    QProcessEnvironment environment() const;
    FakeBedrockProcess m_fake;
};

namespace {

QJsonObject firstResult(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object().value(QLatin1String("results")).toArray().first().toObject();
}

QString unique()
{
    return QString::number(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

void TestCliFaults::initTestCase()
{
    QVERIFY2(m_fake.start(), qPrintable(m_fake.errorText()));
}

void TestCliFaults::init()
{
    m_fake.reset();
}

QProcessEnvironment TestCliFaults::environment() const
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    env.insert(QStringLiteral("FAKE_BEDROCK_ENDPOINT"), m_fake.endpoint());
    return env;
}

void TestCliFaults::testCommand_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("attempts");
    QTest::addRow("reset mid-stream") << "[[reset-body]]" << true << "30"
                                      << "network.reset"
                                      << "after HTTP 200" << 1;
    QTest::addRow("reset mid-body") << "[[reset-body]]" << false << "30"
                                    << "network.reset"
                                    << "after HTTP 200" << 3;
    QTest::addRow("stalled stream") << "[[stall]]" << true << "2"
                                    << "network.timeout"
                                    << "total timeout" << 1;
    QTest::addRow("garbage frames") << "[[garbage]]" << true << "30"
                                    << "eventstream."
                                    << "" << 1;
    QTest::addRow("10 MB answer") << "[[big:10485760]]" << false << "30"
                                  << "bedrock.response_too_large"
                                  << "8 MiB limit" << 1;
    QTest::addRow("endless stream") << "[[endless]]" << true << "60"
                                    << "bedrock.response_too_large"
                                    << "32 MiB limit" << 1;
    QTest::addRow("503 storm") << "[[fail:100:503:cli-" + unique() + "]]" << false << "30"
                               << "ServiceUnavailableException"
                               << "HTTP 503" << 3;
    QTest::addRow("throttled, Retry-After past the timeout")
        << "[[error:ThrottlingException:slow down]][[retry-after:20]]" << false << "3"
        << "ThrottlingException"
        << "slow down (not retried" << 1;
    QTest::addRow("slow loris") << "[[trickle:50]]" << true << "2"
                                << "network.timeout"
                                << "total timeout" << 1;
}

void TestCliFaults::testCommand()
{
    QFETCH(QString, prompt);
    QFETCH(bool, stream);
    QFETCH(QString, timeout);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QFETCH(int, attempts);
    QStringList arguments { QStringLiteral("test"), QStringLiteral("bedrock/meta.llama3-8b-instruct-v1:0"),
        QStringLiteral("--endpoint"), m_fake.endpoint(), QStringLiteral("--prompt"), prompt,
        QStringLiteral("--timeout"), timeout, QStringLiteral("--json") };
    if (stream) {
        arguments << QStringLiteral("--stream");
    }
    const CliRun run = runCli(arguments, environment());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = firstResult(run);
    QCOMPARE(result.value(QLatin1String("ok")).toBool(true), false);
    const QJsonObject error = result.value(QLatin1String("error")).toObject();
    const QString text = error.value(QLatin1String("message")).toString();
    QVERIFY2(error.value(QLatin1String("type")).toString().startsWith(type), run.out.constData());
    QVERIFY2(text.contains(message), qPrintable(text));
    QCOMPARE(int(m_fake.requests().size()), attempts);

    // The readable form says the same.
    arguments.removeAll(QStringLiteral("--json"));
    m_fake.reset();
    const CliRun readable = runCli(arguments, environment());
    QCOMPARE(readable.exitCode, 1);
    const QByteArray printed = readable.out + readable.err;
    QVERIFY2(QString::fromUtf8(printed).contains(message.isEmpty() ? type : message), printed.constData());
}

void TestCliFaults::testCommandConnectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    const CliRun run = runCli(
        { QStringLiteral("test"), QStringLiteral("bedrock/meta.llama3-8b-instruct-v1:0"), QStringLiteral("--endpoint"),
            QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--timeout"), QStringLiteral("10") },
        environment());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Connection refused"), run.out.constData());
}

namespace {

/// Two Bedrock deployments of a LiteLLM config, both sent to the private local Bedrock.
QString writeHealthConfig(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("model_list:\n"
                   "  - model_name: llama\n"
                   "    litellm_params:\n"
                   "      model: bedrock/meta.llama3-8b-instruct-v1:0\n"
                   "      aws_region_name: us-east-1\n"
                   "      aws_bedrock_runtime_endpoint: os.environ/FAKE_BEDROCK_ENDPOINT\n"
                   "  - model_name: claude\n"
                   "    litellm_params:\n"
                   "      model: bedrock/invoke/anthropic.claude-3-haiku-20240307-v1:0\n"
                   "      aws_region_name: us-west-2\n"
                   "      aws_bedrock_runtime_endpoint: os.environ/FAKE_BEDROCK_ENDPOINT\n");
    }
    return path;
}

} // namespace

void TestCliFaults::healthUnderServerErrorStorm()
{
    FakeBedrockProcess storm;
    QVERIFY2(storm.start(QStringLiteral("[[fail:1000:503:storm]]")), qPrintable(storm.errorText()));
    QTemporaryDir dir;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("FAKE_BEDROCK_ENDPOINT"), storm.endpoint());
    const CliRun run = runCli({ QStringLiteral("health"), writeHealthConfig(dir), QStringLiteral("--json") }, env);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("unhealthy_count")).toInt(), 2);
    for (const QJsonValue &check : report.value(QLatin1String("results")).toArray()) {
        QCOMPARE(check.toObject().value(QLatin1String("http_status")).toInt(), 503);
    }
    // Each deployment: the first attempt and two retries.
    QCOMPARE(int(storm.requests().size()), 6);
}

void TestCliFaults::healthUnderStalledServer()
{
    // The headers never finish: every check ends at its --timeout, none waits for the others.
    FakeBedrockProcess stalled;
    QVERIFY2(stalled.start(QStringLiteral("[[trickle-headers:1000]]")), qPrintable(stalled.errorText()));
    QTemporaryDir dir;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("FAKE_BEDROCK_ENDPOINT"), stalled.endpoint());
    const CliRun run = runCli({ QStringLiteral("health"), writeHealthConfig(dir), QStringLiteral("--timeout"),
                                  QStringLiteral("2"), QStringLiteral("--json") },
        env);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("unhealthy_count")).toInt(), 2);
    for (const QJsonValue &check : report.value(QLatin1String("results")).toArray()) {
        const QJsonObject error = check.toObject().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("network.timeout"));
    }
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
