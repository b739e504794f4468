#include "aws/awssharedconfig.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace brc::aws;

namespace {

const QByteArray s_config = R"([default]
region = us-east-1

[profile work]
region = eu-west-1
role_arn = arn:aws:iam::123456789012:role/bedrock
source_profile = default
external_id = ext-1
role_session_name = console
duration_seconds = 1800

[profile tool]
credential_process = /usr/bin/env printf {}

[profile sso]
sso_session = corp
sso_account_id = 123456789012

[sso-session corp]
sso_start_url = https://example.awsapps.com/start
)";

const QByteArray s_credentials = R"([default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = secret-default

[work]
region = ap-south-1

[static]
aws_access_key_id = AKIDSTATIC
aws_secret_access_key = secret-static
aws_session_token = token-static
)";

} // namespace

class TestAwsSharedConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profiles_data();
    void profiles();
    void profileNames();
    void sectionHeadersReadAsTheAwsCli();
    void unknownProfile();
    void loadsFromEnvironmentPaths();
    void malformedFileNamesFileAndLine();
    void selectedProfileName_data();
    void selectedProfileName();
};

void TestAwsSharedConfig::profiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("roleArn");
    QTest::addColumn<QString>("credentialProcess");
    QTest::addColumn<bool>("sso");
    QTest::addRow("default") << "default"
                             << "AKIDDEFAULT"
                             << "us-east-1"
                             << ""
                             << "" << false;
    // The credentials file wins for the same key.
    QTest::addRow("role") << "work"
                          << ""
                          << "ap-south-1"
                          << "arn:aws:iam::123456789012:role/bedrock"
                          << "" << false;
    QTest::addRow("process") << "tool"
                             << ""
                             << ""
                             << ""
                             << "/usr/bin/env printf {}" << false;
    QTest::addRow("sso") << "sso"
                         << ""
                         << ""
                         << ""
                         << "" << true;
    QTest::addRow("credentials only") << "static"
                                      << "AKIDSTATIC"
                                      << ""
                                      << ""
                                      << "" << false;
}

void TestAwsSharedConfig::profiles()
{
    QFETCH(QString, name);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, region);
    QFETCH(QString, roleArn);
    QFETCH(QString, credentialProcess);
    QFETCH(bool, sso);
    const auto config = AwsSharedConfig::fromText(s_config, s_credentials);
    QVERIFY(config.hasValue());
    const auto profile = config->profile(name);
    QVERIFY(profile.hasValue());
    QCOMPARE(profile->accessKeyId, accessKeyId);
    QCOMPARE(profile->region, region);
    QCOMPARE(profile->roleArn, roleArn);
    QCOMPARE(profile->credentialProcess, credentialProcess);
    QCOMPARE(profile->usesSso, sso);
    if (name == QLatin1String("work")) {
        QCOMPARE(profile->sourceProfile, QStringLiteral("default"));
        QCOMPARE(profile->externalId, QStringLiteral("ext-1"));
        QCOMPARE(profile->durationSeconds, 1800);
    }
    if (name == QLatin1String("static")) {
        QCOMPARE(profile->sessionToken, QStringLiteral("token-static"));
        QVERIFY(profile->hasStaticKeys());
    }
}

void TestAwsSharedConfig::profileNames()
{
    const auto config = AwsSharedConfig::fromText(s_config, s_credentials);
    QVERIFY(config.hasValue());
    QCOMPARE(config->profileNames(),
        (QStringList { QStringLiteral("default"), QStringLiteral("sso"), QStringLiteral("static"),
            QStringLiteral("tool"), QStringLiteral("work") }));
}

/// Which config-file sections define which profile, as botocore's build_profile_map reads them
/// (the expected map was produced by botocore 1.x from the same text): a header that starts with
/// "profile" and splits like a shell line into exactly two words; [profile default] is the
/// default profile and, coming later, replaces [default] whole.
void TestAwsSharedConfig::sectionHeadersReadAsTheAwsCli()
{
    const QByteArray config = "[default]\nregion = us-east-1\n\n"
                              "[profile default]\nregion = eu-west-3\n\n"
                              "[profile  spaced ]\nregion = a\n\n"
                              "[profile \"my profile\"]\nregion = b\n\n"
                              "[profile a b]\nregion = c\n\n"
                              "[profilex y]\nregion = d\n\n"
                              "[profile 'q\"uote']\nregion = e\n\n"
                              "[profile \"unbalanced]\nregion = f\n\n"
                              "[profile = *lt]\nregion = g\n\n"
                              "[preview]\nregion = h\n";
    const auto shared = AwsSharedConfig::fromText(config, QByteArray());
    QVERIFY2(shared.hasValue(), qPrintable(shared ? QString() : shared.error().message));
    const QMap<QString, QString> expected { { QStringLiteral("default"), QStringLiteral("eu-west-3") },
        { QStringLiteral("spaced"), QStringLiteral("a") }, { QStringLiteral("my profile"), QStringLiteral("b") },
        { QStringLiteral("y"), QStringLiteral("d") }, { QStringLiteral("q\"uote"), QStringLiteral("e") } };
    QCOMPARE(shared->profileNames(), QStringList(expected.keyBegin(), expected.keyEnd()));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(shared->hasProfile(it.key()), qPrintable(it.key()));
        const auto profile = shared->profile(it.key());
        QVERIFY2(profile.hasValue(), qPrintable(it.key()));
        QCOMPARE(profile->region, it.value());
    }
    for (const char *none : { "a b", "= *lt", "preview", "unbalanced", "profile default" }) {
        QVERIFY2(!shared->hasProfile(QString::fromUtf8(none)), none);
    }
}

void TestAwsSharedConfig::unknownProfile()
{
    const auto config = AwsSharedConfig::fromText(s_config, s_credentials);
    QVERIFY(config.hasValue());
    const auto profile = config->profile(QStringLiteral("nope"));
    QVERIFY(!profile.hasValue());
    QCOMPARE(profile.error().code, QStringLiteral("awsconfig.no_profile"));
}

void TestAwsSharedConfig::loadsFromEnvironmentPaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile config(dir.filePath(QStringLiteral("cfg")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(s_config);
    config.close();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), dir.filePath(QStringLiteral("missing")));
    const auto loaded = AwsSharedConfig::load(environment);
    QVERIFY(loaded.hasValue());
    QCOMPARE(loaded->profile(QStringLiteral("work"))->region, QStringLiteral("eu-west-1"));
    QVERIFY(!loaded->hasProfile(QStringLiteral("static")));
}

void TestAwsSharedConfig::malformedFileNamesFileAndLine()
{
    const auto config = AwsSharedConfig::fromText(
        s_config, "[ok]\nx = 1\nbroken line\n", QStringLiteral("cfg"), QStringLiteral("/tmp/creds"));
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().line, 3);
    QCOMPARE(config.error().field, QStringLiteral("/tmp/creds"));
}

void TestAwsSharedConfig::selectedProfileName_data()
{
    QTest::addColumn<QString>("awsProfile");
    QTest::addColumn<QString>("awsDefaultProfile");
    QTest::addColumn<QString>("expected");
    QTest::addRow("none") << ""
                          << ""
                          << "default";
    QTest::addRow("AWS_PROFILE") << "work"
                                 << "other"
                                 << "work";
    QTest::addRow("AWS_DEFAULT_PROFILE") << ""
                                         << "other"
                                         << "other";
}

void TestAwsSharedConfig::selectedProfileName()
{
    QFETCH(QString, awsProfile);
    QFETCH(QString, awsDefaultProfile);
    QFETCH(QString, expected);
    QProcessEnvironment environment;
    if (!awsProfile.isEmpty()) {
        environment.insert(QStringLiteral("AWS_PROFILE"), awsProfile);
    }
    if (!awsDefaultProfile.isEmpty()) {
        environment.insert(QStringLiteral("AWS_DEFAULT_PROFILE"), awsDefaultProfile);
    }
    QCOMPARE(AwsSharedConfig::selectedProfileName(environment), expected);
}

QTEST_GUILESS_MAIN(TestAwsSharedConfig)
#include "tst_awssharedconfig.moc"
