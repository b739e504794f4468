#include "clirunner.h"
#include "fakests.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `bedrock-route credentials ...` end to end, on the throwaway keyring of with-keyring.sh.
class TestCliCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setListCheckSignDelete();
    void bearerTokenProfile();
    void checkReportsStsErrors();
    void importAwsProfiles_data();
    void importAwsProfiles();
    void secretNeverFromArguments();
    void malformedAwsConfigNamesTheLine();
    void noKeychainSaysWhy();

private:
    QProcessEnvironment environment() const;
    QTemporaryDir m_aws;
};

void TestCliCredentials::initTestCase()
{
    // The keyring is new on every run; the profile list under the test HOME must be too.
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/bedrock-route-console/profiles.json"));
    QVERIFY(m_aws.isValid());
    QFile config(m_aws.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile static]\nregion = eu-west-3\n"
                 "[profile role]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = static\n"
                 "[profile sso]\nsso_session = corp\nsso_account_id = 1\n");
    config.close();
    QFile credentials(m_aws.filePath(QStringLiteral("credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[static]\naws_access_key_id = AKIDSTATIC\naws_secret_access_key = static-secret-value\n");
    credentials.close();
}

QProcessEnvironment TestCliCredentials::environment() const
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_aws.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_aws.filePath(QStringLiteral("credentials")));
    return env;
}

void TestCliCredentials::setListCheckSignDelete()
{
    const QStringList set { QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=work"),
        QStringLiteral("--access-key-id=AKIDWORK"), QStringLiteral("--region=us-west-2"),
        QStringLiteral("--secret-stdin") };
    const CliRun stored = runCli(set, environment(), "work-secret-value\n");
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    QVERIFY(stored.out.contains("Stored profile 'work'"));

    const CliRun list
        = runCli({ QStringLiteral("credentials"), QStringLiteral("list"), QStringLiteral("--json") }, environment());
    QCOMPARE(list.exitCode, 0);
    const QJsonObject listed = QJsonDocument::fromJson(list.out).object();
    const QJsonObject work = listed.value(QLatin1String("profiles")).toArray().first().toObject();
    QCOMPARE(work.value(QLatin1String("name")).toString(), QStringLiteral("work"));
    QCOMPARE(work.value(QLatin1String("access_key_id")).toString(), QStringLiteral("AKIDWORK"));
    QCOMPARE(work.value(QLatin1String("region")).toString(), QStringLiteral("us-west-2"));
    QCOMPARE(listed.value(QLatin1String("aws_profiles")).toArray().size(), 3);

    FakeSts sts;
    const CliRun check = runCli({ QStringLiteral("credentials"), QStringLiteral("check"), QStringLiteral("work"),
                                    QStringLiteral("--sts-endpoint=") + QString::fromLatin1(sts.url()) },
        environment());
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY(check.out.contains("account 123456789012"));
    QVERIFY(check.out.contains("keychain"));
    QCOMPARE(sts.requests().size(), 1);
    QVERIFY(sts.requests().first().headers.value("authorization").contains("Credential=AKIDWORK/"));
    QVERIFY(sts.requests().first().headers.value("authorization").contains("/us-west-2/sts/aws4_request"));

    // AWS_STS_ENDPOINT works as well as the option.
    QProcessEnvironment withEndpoint = environment();
    withEndpoint.insert(QStringLiteral("AWS_STS_ENDPOINT"), QString::fromLatin1(sts.url()));
    QCOMPARE(runCli({ QStringLiteral("credentials"), QStringLiteral("check"), QStringLiteral("work") }, withEndpoint)
                 .exitCode,
        0);
    QCOMPARE(sts.requests().size(), 2);

    const CliRun sign
        = runCli({ QStringLiteral("sign"), QStringLiteral("--profile=work"), QStringLiteral("--json"),
                     QStringLiteral("--url=https://bedrock-runtime.us-west-2.amazonaws.com/model/m/converse") },
            environment());
    QVERIFY2(sign.exitCode == 0, sign.err.constData());
    QVERIFY(sign.out.contains("Credential=AKIDWORK/"));

    QCOMPARE(runCli({ QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("work") }, environment())
                 .exitCode,
        0);
    const CliRun again
        = runCli({ QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("work") }, environment());
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("no managed profile 'work'"));
    const CliRun gone = runCli({ QStringLiteral("credentials"), QStringLiteral("check"), QStringLiteral("work"),
                                   QStringLiteral("--sts-endpoint=") + QString::fromLatin1(sts.url()) },
        environment());
    QCOMPARE(gone.exitCode, 1);
}

void TestCliCredentials::bearerTokenProfile()
{
    const CliRun stored
        = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=api"),
                     QStringLiteral("--region=us-east-1"), QStringLiteral("--bearer-token-stdin") },
            environment(), "ABSKbedrockapikeyvalue\n");
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    const CliRun sign
        = runCli({ QStringLiteral("sign"), QStringLiteral("--profile=api"), QStringLiteral("--json"),
                     QStringLiteral("--url=https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse") },
            environment());
    QVERIFY2(sign.exitCode == 0, sign.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(sign.out).object();
    QVERIFY(out.value(QLatin1String("bearer")).toBool());
    QVERIFY(!sign.out.contains("ABSKbedrockapikeyvalue"));
    const CliRun list = runCli({ QStringLiteral("credentials"), QStringLiteral("list") }, environment());
    QVERIFY(list.out.contains("API key (in keychain)"));
    const CliRun mixed = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=api"),
                                    QStringLiteral("--access-key-id=AKID"), QStringLiteral("--bearer-token-stdin") },
        environment(), "x\n");
    QCOMPARE(mixed.exitCode, 2);
    QCOMPARE(runCli({ QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("api") }, environment())
                 .exitCode,
        0);
}

void TestCliCredentials::checkReportsStsErrors()
{
    FakeSts sts;
    sts.setReplies({ { 403,
        FakeSts::errorXml("InvalidClientTokenId", "The security token included in the request is invalid.") } });
    const CliRun check = runCli({ QStringLiteral("credentials"), QStringLiteral("check"), QStringLiteral("static"),
                                    QStringLiteral("--sts-endpoint=") + QString::fromLatin1(sts.url()) },
        environment());
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains("InvalidClientTokenId"), check.err.constData());
}

void TestCliCredentials::importAwsProfiles_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("static keys") << "static" << 0 << "keys" << QByteArray("secret copied into the OS keychain");
    QTest::addRow("role") << "role" << 0 << "aws-profile" << QByteArray("refers to the AWS profile");
    QTest::addRow("sso") << "sso" << 1 << "" << QByteArray("SSO");
    QTest::addRow("unknown") << "nope" << 1 << "" << QByteArray("no AWS profile named 'nope'");
}

void TestCliCredentials::importAwsProfiles()
{
    QFETCH(QString, profile);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);
    QFETCH(QByteArray, message);
    const CliRun run = runCli({ QStringLiteral("credentials"), QStringLiteral("import-aws-profile"), profile,
                                  QStringLiteral("--as=imported-") + profile },
        environment());
    QCOMPARE(run.exitCode, exitCode);
    const QByteArray output = run.out + run.err;
    QVERIFY2(output.contains(message), output.constData());
    if (exitCode != 0) {
        return;
    }
    const CliRun list
        = runCli({ QStringLiteral("credentials"), QStringLiteral("list"), QStringLiteral("--json") }, environment());
    bool found = false;
    for (const QJsonValue &value :
        QJsonDocument::fromJson(list.out).object().value(QLatin1String("profiles")).toArray()) {
        if (value.toObject().value(QLatin1String("name")).toString() == QStringLiteral("imported-") + profile) {
            found = true;
            QCOMPARE(value.toObject().value(QLatin1String("kind")).toString(), kind);
        }
    }
    QVERIFY(found);
    // The imported profile signs.
    const CliRun sign
        = runCli({ QStringLiteral("sign"), QStringLiteral("--profile=imported-static"), QStringLiteral("--json"),
                     QStringLiteral("--url=https://bedrock-runtime.eu-west-3.amazonaws.com/model/m/converse") },
            environment());
    QVERIFY2(sign.exitCode == 0, sign.err.constData());
    QVERIFY(sign.out.contains("Credential=AKIDSTATIC/"));
}

void TestCliCredentials::secretNeverFromArguments()
{
    // No --secret option exists, and without --secret-stdin a non-terminal stdin is refused.
    const CliRun viaOption
        = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=p"),
                     QStringLiteral("--access-key-id=AKID"), QStringLiteral("--secret=abc") },
            environment());
    QCOMPARE(viaOption.exitCode, 2);
    const CliRun noStdin = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=p"),
                                      QStringLiteral("--access-key-id=AKID") },
        environment(), "piped\n");
    QCOMPARE(noStdin.exitCode, 2);
    QVERIFY(noStdin.err.contains("--secret-stdin"));
    const CliRun empty = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=p"),
                                    QStringLiteral("--access-key-id=AKID"), QStringLiteral("--secret-stdin") },
        environment(), "");
    QCOMPARE(empty.exitCode, 1);
}

void TestCliCredentials::malformedAwsConfigNamesTheLine()
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[default]\nregion = us-east-1\n[profile broken\n");
    config.close();
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
    const CliRun run = runCli({ QStringLiteral("credentials"), QStringLiteral("list") }, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 3") && run.err.contains("closing ']'"), run.err.constData());
}

void TestCliCredentials::noKeychainSaysWhy()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("DISPLAY"), QString());
    const CliRun run
        = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=nokeychain"),
                     QStringLiteral("--access-key-id=AKID"), QStringLiteral("--secret-stdin") },
            env, "no-keychain-secret\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("No usable OS keychain"), run.err.constData());
    QVERIFY(!run.err.contains("no-keychain-secret"));
    // Nothing was recorded for a profile whose secret could not be stored.
    const CliRun list = runCli({ QStringLiteral("credentials"), QStringLiteral("list") }, environment());
    QVERIFY(!list.out.contains("nokeychain"));
}

QTEST_GUILESS_MAIN(TestCliCredentials)
#include "tst_clicredentials.moc"
