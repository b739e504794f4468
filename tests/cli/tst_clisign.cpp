#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString s_secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QProcessEnvironment withKeys(const QString &token = {})
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), s_secret);
    if (!token.isEmpty()) {
        environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), token);
    }
    return environment;
}

} // namespace

class TestCliSign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void bedrockVectors_data();
    void bedrockVectors();
    void curlReadsKeysFromEnvironment();
    void bearerTokenSkipsSigV4();
    void noCredentials();
    void presign();
};

void TestCliSign::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("sign") << QStringList { QStringLiteral("sign"), QStringLiteral("--help") };
    QTest::addRow("credentials") << QStringList { QStringLiteral("credentials"), QStringLiteral("--help") };
    for (const char *sub : { "list", "set", "import-aws-profile", "delete", "check" }) {
        QTest::addRow("credentials %s", sub)
            << QStringList { QStringLiteral("credentials"), QString::fromLatin1(sub), QStringLiteral("--help") };
    }
}

void TestCliSign::help()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments, cleanEnvironment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Usage:"));
}

void TestCliSign::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("no url") << QStringList { QStringLiteral("sign") } << QByteArray("--url is required");
    QTest::addRow("json and curl") << QStringList { QStringLiteral("sign"), QStringLiteral("--url=https://h/"),
        QStringLiteral("--json"), QStringLiteral("--curl") }
                                   << QByteArray("not both");
    QTest::addRow("bad time") << QStringList { QStringLiteral("sign"), QStringLiteral("--url=https://h/"),
        QStringLiteral("--time=yesterday") }
                              << QByteArray("YYYYMMDDTHHMMSSZ");
    QTest::addRow("bad header") << QStringList { QStringLiteral("sign"), QStringLiteral("--url=https://h/"),
        QStringLiteral("--header=nocolon") }
                                << QByteArray("Name: value");
    QTest::addRow("unknown option") << QStringList { QStringLiteral("sign"), QStringLiteral("--secret=x") }
                                    << QByteArray("Unknown option");
    QTest::addRow("unknown subcommand") << QStringList { QStringLiteral("credentials"), QStringLiteral("frob") }
                                        << QByteArray("unknown subcommand");
    QTest::addRow("set without profile") << QStringList { QStringLiteral("credentials"), QStringLiteral("set"),
        QStringLiteral("--secret-stdin") }
                                         << QByteArray("--profile and --access-key-id are required");
}

void TestCliSign::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const CliRun run = runCli(arguments, withKeys());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

void TestCliSign::bedrockVectors_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(BRC_TESTDATA_DIR "/sigv4/bedrock"));
    for (const QString &file : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QTest::addRow("%s", qPrintable(file.chopped(5))) << dir.filePath(file);
    }
}

void TestCliSign::bedrockVectors()
{
    QFETCH(QString, path);
    const QJsonObject root = readJson(path);
    const QJsonObject in = root.value(QLatin1String("inputs")).toObject();
    const QJsonObject expected = root.value(QLatin1String("expected")).toObject();
    QStringList arguments { QStringLiteral("sign"),
        QStringLiteral("--url=") + in.value(QLatin1String("url")).toString(),
        QStringLiteral("--method=") + in.value(QLatin1String("method")).toString(),
        QStringLiteral("--region=") + in.value(QLatin1String("region")).toString(),
        QStringLiteral("--time=") + in.value(QLatin1String("timestamp")).toString(), QStringLiteral("--json") };
    const QJsonObject headers = in.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        arguments << QStringLiteral("--header=%1: %2").arg(it.key(), it.value().toString());
    }
    QTemporaryDir dir;
    const QString bodyFile = dir.filePath(QStringLiteral("body"));
    QFile body(bodyFile);
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write(in.value(QLatin1String("body")).toString().toUtf8());
    body.close();
    arguments << QStringLiteral("--body-file=") + bodyFile;
    const QString token = in.value(QLatin1String("session_token")).toString();
    const CliRun run = runCli(arguments, withKeys(token));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(out.value(QLatin1String("authorization")).toString(),
        expected.value(QLatin1String("authorization")).toString());
    QCOMPARE(out.value(QLatin1String("string_to_sign")).toString(),
        expected.value(QLatin1String("string_to_sign")).toString());
    QString canonical = expected.value(QLatin1String("canonical_request")).toString();
    if (!token.isEmpty()) {
        canonical.replace(token, QStringLiteral("<redacted>")); // the token is a secret: never printed
    }
    QCOMPARE(out.value(QLatin1String("canonical_request")).toString(), canonical);
    QCOMPARE(out.value(QLatin1String("service")).toString(), QStringLiteral("bedrock"));
    QVERIFY(!run.out.contains(s_secret.toUtf8()));
    QVERIFY(token.isEmpty() || !run.out.contains(token.toUtf8()));
}

void TestCliSign::curlReadsKeysFromEnvironment()
{
    const CliRun run = runCli(
        { QStringLiteral("sign"),
            QStringLiteral(
                "--url=https://bedrock-runtime.eu-west-1.amazonaws.com/model/eu.amazon.nova-micro-v1:0/converse"),
            QStringLiteral("--header=Content-Type: application/json"), QStringLiteral("--body={\"q\":\"it's\"}"),
            QStringLiteral("--curl") },
        withKeys(QStringLiteral("SESSIONTOKENVALUE")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("curl"));
    QVERIFY(run.out.contains("--aws-sigv4 \"aws:amz:eu-west-1:bedrock\""));
    QVERIFY(run.out.contains("--user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\""));
    QVERIFY(run.out.contains("x-amz-security-token: $AWS_SESSION_TOKEN"));
    QVERIFY(run.out.contains("/model/eu.amazon.nova-micro-v1%3A0/converse"));
    QVERIFY(run.out.contains(R"('{"q":"it'\''s"}')"));
    QVERIFY(!run.out.contains(s_secret.toUtf8()));
    QVERIFY(!run.out.contains("SESSIONTOKENVALUE"));
    QVERIFY(!run.out.contains("AKIDEXAMPLE"));
}

void TestCliSign::bearerTokenSkipsSigV4()
{
    QProcessEnvironment environment = withKeys();
    environment.insert(QStringLiteral("AWS_BEARER_TOKEN_BEDROCK"), QStringLiteral("ABSKbearertokenvalue"));
    const QString url = QStringLiteral("--url=https://bedrock-runtime.us-east-1.amazonaws.com/model/x/converse");
    const CliRun json = runCli({ QStringLiteral("sign"), url, QStringLiteral("--json") }, environment);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(json.out).object();
    QVERIFY(out.value(QLatin1String("bearer")).toBool());
    QCOMPARE(out.value(QLatin1String("authorization")).toString(), QStringLiteral("Bearer <redacted>"));
    QVERIFY(!json.out.contains("ABSKbearertokenvalue"));
    const CliRun curl = runCli({ QStringLiteral("sign"), url, QStringLiteral("--curl") }, environment);
    QVERIFY(curl.out.contains("Authorization: Bearer $AWS_BEARER_TOKEN_BEDROCK"));
    QVERIFY(!curl.out.contains("--aws-sigv4"));
}

void TestCliSign::noCredentials()
{
    QTemporaryDir home;
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("none")));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home.filePath(QStringLiteral("none2")));
    const CliRun run
        = runCli({ QStringLiteral("sign"), QStringLiteral("--url=https://bedrock-runtime.us-east-1.amazonaws.com/") },
            environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no credentials") && run.err.contains("'default'"), run.err.constData());
}

void TestCliSign::presign()
{
    const CliRun run = runCli({ QStringLiteral("sign"), QStringLiteral("--presign"), QStringLiteral("--expires=300"),
                                  QStringLiteral("--method=GET"),
                                  QStringLiteral("--url=https://bedrock.us-east-1.amazonaws.com/foundation-models"),
                                  QStringLiteral("--time=20250101T000000Z"), QStringLiteral("--json") },
        withKeys(QStringLiteral("TOKEN/SECRETISH")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    const QString url = out.value(QLatin1String("url")).toString();
    QVERIFY2(url.contains(QLatin1String("X-Amz-Expires=300")) && url.contains(QLatin1String("X-Amz-Signature=")),
        qPrintable(url));
    QVERIFY(url.contains(QLatin1String("X-Amz-Security-Token=<redacted>")));
    QVERIFY(!run.out.contains("SECRETISH"));
    QCOMPARE(out.value(QLatin1String("authorization")).toString(), QString());
}

QTEST_GUILESS_MAIN(TestCliSign)
#include "tst_clisign.moc"
