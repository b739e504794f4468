#include "aws/awsinidocument.h"

#include <QRandomGenerator>
#include <QTest>

using namespace brc::aws;

class TestAwsIniDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void malformed_data();
    void malformed();
    void neverCrashesOnNoise();
};

void TestAwsIniDocument::parses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");
    QTest::addRow("simple") << QByteArray("[default]\nregion = us-east-1\n") << "default"
                            << "region"
                            << "us-east-1" << 2;
    QTest::addRow("profile section") << QByteArray("# top\n[profile work]\n; c\nrole_arn=arn:aws:iam::1:role/x\n")
                                     << "profile work"
                                     << "role_arn"
                                     << "arn:aws:iam::1:role/x" << 4;
    QTest::addRow("colon") << QByteArray("[a]\nregion: eu-west-1\n") << "a"
                           << "region"
                           << "eu-west-1" << 2;
    QTest::addRow("crlf and bom") << QByteArray("\xEF\xBB\xBF[a]\r\nregion = ap-south-1\r\n") << "a"
                                  << "region"
                                  << "ap-south-1" << 2;
    QTest::addRow("nested") << QByteArray("[a]\ns3 =\n  max_concurrent_requests = 20\nregion = x\n") << "a"
                            << "s3.max_concurrent_requests"
                            << "20" << 3;
    QTest::addRow("continuation") << QByteArray("[a]\ncredential_process = /bin/tool\n  --flag\n") << "a"
                                  << "credential_process"
                                  << "/bin/tool\n--flag" << 2;
    QTest::addRow("value with =") << QByteArray("[a]\naws_secret_access_key = ab/cd+ef==\n") << "a"
                                  << "aws_secret_access_key"
                                  << "ab/cd+ef==" << 2;
    QTest::addRow("spaces in header") << QByteArray("[  profile  x  ]\nk=v") << "profile x"
                                      << "k"
                                      << "v" << 2;
}

void TestAwsIniDocument::parses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, line);
    const auto document = AwsIniDocument::parse(text, QStringLiteral("config"));
    QVERIFY2(document.hasValue(), qPrintable(document.hasValue() ? QString() : document.error().toString()));
    const IniSection *found = document->section(section);
    QVERIFY(found != nullptr);
    QCOMPARE(found->value(key), value);
    bool lineSeen = false;
    for (const IniEntry &entry : found->entries) {
        lineSeen = lineSeen || (entry.key == key && entry.line == line);
    }
    QVERIFY(lineSeen);
}

void TestAwsIniDocument::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("key before section") << QByteArray("region = x\n[a]\n") << 1 << 1 << "before any [section]";
    QTest::addRow("unclosed header") << QByteArray("[a]\nk=v\n[profile b\n") << 3 << 11 << "closing ']'";
    QTest::addRow("empty name") << QByteArray("\n\n[  ]\n") << 3 << 1 << "name is empty";
    QTest::addRow("no separator") << QByteArray("[a]\nregion us-east-1\n") << 2 << 1 << "Expected 'key = value'";
    QTest::addRow("empty key") << QByteArray("[a]\n  \n = v\n") << 3 << 2 << "key before '=' is empty";
    QTest::addRow("duplicate section") << QByteArray("[a]\n[b]\n[a]\n") << 3 << 1 << "already defined on line 1";
    QTest::addRow("junk after header") << QByteArray("[a] x\n") << 1 << 5 << "after the section header";
    QTest::addRow("bad nested") << QByteArray("[a]\ns3 =\n  nonsense\n") << 3 << 3 << "indented 'key = value'";
}

void TestAwsIniDocument::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const auto document = AwsIniDocument::parse(text, QStringLiteral("/home/x/.aws/config"));
    QVERIFY(!document.hasValue());
    QCOMPARE(document.error().code, QStringLiteral("awsconfig.syntax"));
    QCOMPARE(document.error().line, line);
    QCOMPARE(document.error().column, column);
    QCOMPARE(document.error().field, QStringLiteral("/home/x/.aws/config"));
    QVERIFY2(document.error().message.contains(messagePart), qPrintable(document.error().message));
    QVERIFY(document.error().toString().startsWith(QStringLiteral("line %1").arg(line)));
}

void TestAwsIniDocument::neverCrashesOnNoise()
{
    // Random bytes drawn from the characters that matter to the grammar, plus binary junk.
    QRandomGenerator random(20251127);
    static constexpr char characters[] = "[]=:;# \t\r\nabc\x00\xff\xc3";
    const QByteArray alphabet(characters, sizeof characters - 1); // the NUL inside counts, the terminator not
    int parsed = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray text;
        const int size = random.bounded(200);
        for (int i = 0; i < size; ++i) {
            text.append(alphabet.at(random.bounded(int(alphabet.size()))));
        }
        const auto document = AwsIniDocument::parse(text, QStringLiteral("noise"));
        if (document.hasValue()) {
            ++parsed;
        } else {
            QVERIFY(document.error().line >= 1);
            QVERIFY(!document.error().message.isEmpty());
        }
    }
    QVERIFY(parsed > 0);
}

QTEST_GUILESS_MAIN(TestAwsIniDocument)
#include "tst_awsinidocument.moc"
