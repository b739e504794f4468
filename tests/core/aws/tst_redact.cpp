#include "common/redact.h"

#include <QTest>

class TestRedact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data();
    void redact();
    void knownSecrets();
    void headerValue_data();
    void headerValue();
};

void TestRedact::redact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("authorization")
        << "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/bedrock/"
           "aws4_request, SignedHeaders=host;x-amz-date, Signature=3eed32afe11cc8291673096f"
        << "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/bedrock/"
           "aws4_request, SignedHeaders=host;x-amz-date, Signature=<redacted>";
    QTest::addRow("token header") << "X-Amz-Security-Token: IQoJb3JpZ2luX2VjEXAMPLE//+=="
                                  << "X-Amz-Security-Token: <redacted>";
    QTest::addRow("presigned url") << "https://h/?X-Amz-Security-Token=abc%2F&X-Amz-Signature=deadbeef&x=1"
                                   << "https://h/?X-Amz-Security-Token=<redacted>&X-Amz-Signature=<redacted>&x=1";
    QTest::addRow("bearer") << "Authorization: Bearer ABSKQmVkcm9ja0FQSUtleS1"
                            << "Authorization: Bearer <redacted>";
    QTest::addRow("env") << "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG AWS_REGION=us-east-1"
                         << "AWS_SECRET_ACCESS_KEY=<redacted> AWS_REGION=us-east-1";
    QTest::addRow("bearer env") << "AWS_BEARER_TOKEN_BEDROCK=ABSK123"
                                << "AWS_BEARER_TOKEN_BEDROCK=<redacted>";
    QTest::addRow("ini") << "aws_secret_access_key = abc/def\naws_session_token=xyz\nregion = eu-west-1"
                         << "aws_secret_access_key = <redacted>\naws_session_token=<redacted>\nregion = eu-west-1";
    QTest::addRow("json") << R"({"AccessKeyId":"ASIA1","SecretAccessKey":"s\"ecret","SessionToken":"tok"})"
                          << R"({"AccessKeyId":"ASIA1","SecretAccessKey":"<redacted>","SessionToken":"<redacted>"})";
    QTest::addRow("sts xml")
        << "<Credentials><AccessKeyId>ASIA</AccessKeyId><SecretAccessKey>s</SecretAccessKey>"
           "<SessionToken>t</SessionToken></Credentials>"
        << "<Credentials><AccessKeyId>ASIA</AccessKeyId><SecretAccessKey><redacted></SecretAccessKey>"
           "<SessionToken><redacted></SessionToken></Credentials>";
    QTest::addRow("yaml api_key") << "api_key: sk-1234"
                                  << "api_key: <redacted>";
    QTest::addRow("nothing secret") << "region us-east-1, model anthropic.claude-3-haiku"
                                    << "region us-east-1, model anthropic.claude-3-haiku";
}

void TestRedact::redact()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(brc::redact(input), expected);
}

void TestRedact::knownSecrets()
{
    QCOMPARE(brc::redact(QStringLiteral("the value hunter2-long appears"), { QStringLiteral("hunter2-long") }),
        QStringLiteral("the value <redacted> appears"));
    // Too short to be a secret: left alone rather than masking ordinary words.
    QCOMPARE(brc::redact(QStringLiteral("a b c"), { QStringLiteral("a") }), QStringLiteral("a b c"));
}

void TestRedact::headerValue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("sigv4") << "Authorization"
                           << "AWS4-HMAC-SHA256 Credential=A/x, SignedHeaders=host, Signature=ab12"
                           << "AWS4-HMAC-SHA256 Credential=A/x, SignedHeaders=host, Signature=<redacted>";
    QTest::addRow("bearer") << "authorization"
                            << "Bearer xyz"
                            << "Bearer <redacted>";
    QTest::addRow("token") << "x-amz-security-token"
                           << "anything"
                           << "<redacted>";
    QTest::addRow("api key") << "X-Api-Key"
                             << "k"
                             << "<redacted>";
    QTest::addRow("plain") << "Content-Type"
                           << "application/json"
                           << "application/json";
}

void TestRedact::headerValue()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(brc::redactHeaderValue(name, value), expected);
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
