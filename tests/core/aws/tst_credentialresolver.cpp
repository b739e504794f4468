#include "aws/credentialresolver.h"
#include "aws/secretjob.h"
#include "aws/secretstore.h"
#include "aws/sigv4signer.h"
#include "aws/stsclient.h"
#include "fakests.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace brc;
using namespace brc::aws;

namespace {

std::optional<Result<ResolvedCredentials>> wait(CredentialJob *job)
{
    std::optional<Result<ResolvedCredentials>> outcome;
    QObject::connect(
        job, &CredentialJob::finished, [&outcome](const Result<ResolvedCredentials> &result) { outcome = result; });
    (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
    return outcome;
}

QProcessEnvironment environment(const QStringList &pairs)
{
    QProcessEnvironment env;
    for (const QString &pair : pairs) {
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    }
    return env;
}

bool writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(content);
    file.close();
    return !executable || file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
}

} // namespace

class TestCredentialResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plan_data();
    void plan();
    void resolve_data();
    void resolve();
    void keychainProfile();
    void credentialProcessTimesOut();
    void assumeRoleFromSourceProfile();

private:
    QTemporaryDir m_dir;
    QString m_config;
    QString m_credentials;
};

void TestCredentialResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(QStringLiteral("config"));
    m_credentials = m_dir.filePath(QStringLiteral("credentials"));
    const QString process = m_dir.filePath(QStringLiteral("process.sh"));
    const QString slow = m_dir.filePath(QStringLiteral("slow.sh"));
    QVERIFY(writeFile(process,
        "#!/bin/sh\nprintf '{\"Version\":1,\"AccessKeyId\":\"AKIDPROC\",\"SecretAccessKey\":\"proc-secret\","
        "\"SessionToken\":\"proc-token\",\"Expiration\":\"2030-01-01T00:00:00Z\"}'\n",
        true));
    QVERIFY(writeFile(slow, "#!/bin/sh\nsleep 10\n", true));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("bad.sh")), "#!/bin/sh\necho not-json\n", true));
    QVERIFY(writeFile(m_config,
        "[default]\nregion = us-west-2\n"
        "[profile proc]\nregion = eu-west-1\ncredential_process = "
            + process.toUtf8()
            + "\n"
              "[profile slow]\ncredential_process = "
            + slow.toUtf8()
            + "\n"
              "[profile bad]\ncredential_process = "
            + m_dir.filePath(QStringLiteral("bad.sh")).toUtf8()
            + "\n"
              "[profile sso]\nsso_session = corp\nsso_account_id = 1\n"
              "[profile role]\nregion = eu-central-1\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = default\n"
              "external_id = xid\n"
              "[profile loop1]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = loop2\n"
              "[profile loop2]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = loop1\n"
              "[profile empty]\nregion = us-east-1\n"));
    QVERIFY(writeFile(
        m_credentials, "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret\n"));
}

void TestCredentialResolver::plan_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("roleArn");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("explanationPart");
    const QStringList keys { QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV"), QStringLiteral("AWS_SECRET_ACCESS_KEY=s") };
    QTest::addRow("bearer wins") << (keys + QStringList { QStringLiteral("AWS_BEARER_TOKEN_BEDROCK=tok") }) << "arn:r"
                                 << "p"
                                 << "" << int(CredentialSource::BearerToken) << "AWS_BEARER_TOKEN_BEDROCK";
    QTest::addRow("web identity") << QStringList { QStringLiteral("AWS_WEB_IDENTITY_TOKEN=jwt"),
        QStringLiteral("AWS_SESSION_NAME=s") }
                                  << "arn:r"
                                  << ""
                                  << "" << int(CredentialSource::WebIdentity) << "branch 1";
    QTest::addRow("role before profile") << keys << "arn:aws:iam::1:role/r"
                                         << "p"
                                         << "" << int(CredentialSource::AssumeRole) << "the access keys given";
    QTest::addRow("role from env") << QStringList { QStringLiteral("AWS_ROLE_NAME=arn:x") } << ""
                                   << ""
                                   << "" << int(CredentialSource::AssumeRole) << "from AWS_ROLE_NAME";
    QTest::addRow("profile before keys") << keys << ""
                                         << "work"
                                         << "" << int(CredentialSource::AwsProfile) << "branch 3";
    QTest::addRow("env keys") << keys << ""
                              << ""
                              << "" << int(CredentialSource::StaticKeys) << "from AWS_ACCESS_KEY_ID";
    QTest::addRow("session keys") << (keys + QStringList { QStringLiteral("AWS_SESSION_TOKEN=t") }) << ""
                                  << ""
                                  << "" << int(CredentialSource::SessionKeys) << "with a session token";
    QTest::addRow("nothing") << QStringList { QStringLiteral("AWS_PROFILE=dev") } << ""
                             << ""
                             << "" << int(CredentialSource::DefaultChain) << "'dev' named by AWS_PROFILE";
    QTest::addRow("key id alone") << QStringList() << ""
                                  << ""
                                  << "AKIDX" << int(CredentialSource::DefaultChain) << "without its secret";
}

void TestCredentialResolver::plan()
{
    QFETCH(QStringList, env);
    QFETCH(QString, roleArn);
    QFETCH(QString, profile);
    QFETCH(QString, accessKeyId);
    QFETCH(int, source);
    QFETCH(QString, explanationPart);
    CredentialRequest request;
    request.roleArn = roleArn;
    request.profileName = profile;
    request.accessKeyId = accessKeyId;
    const CredentialPlan plan = planCredentials(request, environment(env));
    QCOMPARE(int(plan.source), source);
    QVERIFY2(plan.explanation.contains(explanationPart), qPrintable(plan.explanation));
    // The explanation never carries a secret.
    QVERIFY(!plan.explanation.contains(QLatin1String("=s")));
}

void TestCredentialResolver::resolve_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("errorCode");
    QTest::addRow("static profile") << "default"
                                    << "AKIDDEFAULT"
                                    << "us-west-2"
                                    << "";
    QTest::addRow("credential_process") << "proc"
                                        << "AKIDPROC"
                                        << "eu-west-1"
                                        << "";
    QTest::addRow("process bad output") << "bad"
                                        << ""
                                        << ""
                                        << "credentials.process_failed";
    QTest::addRow("sso") << "sso"
                         << ""
                         << ""
                         << "credentials.unsupported";
    QTest::addRow("loop") << "loop1"
                          << ""
                          << ""
                          << "credentials.profile_loop";
    QTest::addRow("no credentials") << "empty"
                                    << ""
                                    << ""
                                    << "credentials.missing";
    QTest::addRow("unknown") << "nope"
                             << ""
                             << ""
                             << "awsconfig.no_profile";
}

void TestCredentialResolver::resolve()
{
    QFETCH(QString, profile);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, region);
    QFETCH(QString, errorCode);
    QNetworkAccessManager network;
    SigV4Signer signer;
    StsClient sts(network, signer);
    SecretStore secrets;
    CredentialResolver resolver(secrets, sts,
        environment({ QStringLiteral("AWS_CONFIG_FILE=") + m_config,
            QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=") + m_credentials }));
    CredentialRequest request;
    request.profileName = profile;
    const auto result = wait(resolver.resolve(request));
    QVERIFY(result.has_value());
    if (!errorCode.isEmpty()) {
        QVERIFY(!result->hasValue());
        QCOMPARE(result->error().code, errorCode);
        QVERIFY(result->error().message.contains(profile));
        return;
    }
    QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : result->error().message));
    QCOMPARE((*result)->credentials.accessKeyId, accessKeyId);
    QCOMPARE((*result)->region, region);
    QCOMPARE((*result)->source, CredentialSource::AwsProfile);
    QVERIFY((*result)->explanation.contains(QLatin1String("branch 3")));
}

void TestCredentialResolver::keychainProfile()
{
    QNetworkAccessManager network;
    SigV4Signer signer;
    StsClient sts(network, signer);
    SecretStore secrets;
    secrets.setMemoryOnly(true);
    CredentialResolver resolver(secrets, sts, QProcessEnvironment());
    CredentialRequest request;
    request.keychainProfile = QStringLiteral("work");
    request.accessKeyId = QStringLiteral("AKIDWORK");
    const auto missing = wait(resolver.resolve(request));
    QVERIFY(missing.has_value() && !missing->hasValue());
    QVERIFY(missing->error().message.contains(QLatin1String("credentials set --profile work")));

    bool written = false;
    connect(secrets.write(keychainSecretKey(QStringLiteral("work")), QStringLiteral("work-secret")),
        &SecretJob::finished, this, [&written] { written = true; });
    QTRY_VERIFY(written);
    const auto found = wait(resolver.resolve(request));
    QVERIFY(found.has_value() && found->hasValue());
    QCOMPARE((*found)->credentials.accessKeyId, QStringLiteral("AKIDWORK"));
    QCOMPARE((*found)->credentials.secretAccessKey, QStringLiteral("work-secret"));
    QCOMPARE((*found)->source, CredentialSource::Keychain);

    // A profile holding a Bedrock API key resolves to a bearer token, not keys.
    CredentialRequest bearer;
    bearer.keychainProfile = QStringLiteral("api");
    bearer.keychainHoldsBearerToken = true;
    bool tokenWritten = false;
    connect(secrets.write(keychainBearerTokenKey(QStringLiteral("api")), QStringLiteral("ABSKkey")),
        &SecretJob::finished, this, [&tokenWritten] { tokenWritten = true; });
    QTRY_VERIFY(tokenWritten);
    const auto token = wait(resolver.resolve(bearer));
    QVERIFY(token.has_value() && token->hasValue());
    QVERIFY((*token)->isBearer());
    QCOMPARE((*token)->bearerToken, QStringLiteral("ABSKkey"));
    QCOMPARE((*token)->source, CredentialSource::BearerToken);
    QVERIFY(!(*token)->credentials.isValid());
    QVERIFY((*token)->explanation.contains(QLatin1String("'api'")));
}

void TestCredentialResolver::credentialProcessTimesOut()
{
    QNetworkAccessManager network;
    SigV4Signer signer;
    StsClient sts(network, signer);
    SecretStore secrets;
    CredentialResolver resolver(secrets, sts, environment({ QStringLiteral("AWS_CONFIG_FILE=") + m_config }));
    resolver.setProcessTimeout(300);
    CredentialRequest request;
    request.profileName = QStringLiteral("slow");
    const auto result = wait(resolver.resolve(request));
    QVERIFY(result.has_value() && !result->hasValue());
    QCOMPARE(result->error().code, QStringLiteral("credentials.process_timeout"));
}

void TestCredentialResolver::assumeRoleFromSourceProfile()
{
    FakeSts fake;
    fake.setReplies({ { 200, FakeSts::assumeRoleXml("2030-01-01T00:00:00Z") } });
    QNetworkAccessManager network;
    SigV4Signer signer;
    StsClient sts(network, signer);
    SecretStore secrets;
    CredentialResolver resolver(secrets, sts,
        environment({ QStringLiteral("AWS_CONFIG_FILE=") + m_config,
            QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=") + m_credentials,
            QStringLiteral("AWS_STS_ENDPOINT=") + QString::fromLatin1(fake.url()) }));
    CredentialRequest request;
    request.profileName = QStringLiteral("role");
    const auto result = wait(resolver.resolve(request));
    QVERIFY(result.has_value());
    QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : result->error().message));
    QCOMPARE((*result)->credentials.accessKeyId, QStringLiteral("ASIATEMP"));
    QCOMPARE((*result)->credentials.sessionToken, QStringLiteral("temp-token"));
    QCOMPARE((*result)->region, QStringLiteral("eu-central-1"));
    QVERIFY((*result)->explanation.contains(QLatin1String("Assumed arn:aws:iam::1:role/r")));
    QCOMPARE(fake.requests().size(), 1);
    // Signed with the source profile's keys, for the profile's region, with its external id.
    QVERIFY(fake.requests().first().headers.value("authorization").contains("AKIDDEFAULT/"));
    QVERIFY(fake.requests().first().headers.value("authorization").contains("/eu-central-1/sts/aws4_request"));
    QVERIFY(fake.requests().first().body.contains("ExternalId=xid"));
}

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
