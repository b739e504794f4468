#include "aws/sigv4signer.h"
#include "aws/stsclient.h"
#include "fakests.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace brc;
using namespace brc::aws;

namespace {

std::optional<Result<StsResult>> wait(StsJob *job)
{
    std::optional<Result<StsResult>> outcome;
    QObject::connect(job, &StsJob::finished, [&outcome](const Result<StsResult> &result) { outcome = result; });
    (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
    return outcome;
}

const AwsCredentials s_source { QStringLiteral("AKIDSOURCE"), QStringLiteral("source-secret"), {}, {} };

} // namespace

class TestStsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void getCallerIdentitySignsForSts();
    void assumeRoleSendsParamsAndCaches();
    void cacheExpiresShortlyBeforeExpiry();
    void errorsCarryTheAwsCode_data();
    void errorsCarryTheAwsCode();
    void badParams();
    void regionalEndpoint_data();
    void regionalEndpoint();

private:
    QNetworkAccessManager *m_network = nullptr;
    FakeSts *m_sts = nullptr;
    SigV4Signer m_signer;
    QDateTime m_now;
};

void TestStsClient::init()
{
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);
    m_sts = new FakeSts;
    m_now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
}

void TestStsClient::cleanup()
{
    delete m_sts;
    delete m_network;
}

void TestStsClient::getCallerIdentitySignsForSts()
{
    StsClient client(*m_network, m_signer);
    client.setClock([this] { return m_now; });
    const auto result = wait(
        client.getCallerIdentity(s_source, QUrl(QString::fromLatin1(m_sts->url())), QStringLiteral("eu-west-1")));
    QVERIFY(result.has_value());
    QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : result->error().message));
    QCOMPARE((*result)->identity.account, QStringLiteral("123456789012"));
    QCOMPARE((*result)->identity.arn, QStringLiteral("arn:aws:iam::123456789012:user/tester"));

    QCOMPARE(m_sts->requests().size(), 1);
    const FakeStsRequest &request = m_sts->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.body, QByteArray("Action=GetCallerIdentity&Version=2011-06-15"));
    QCOMPARE(request.headers.value("x-amz-date"), QByteArray("20250601T120000Z"));
    const QByteArray authorization = request.headers.value("authorization");
    QVERIFY2(authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDSOURCE/20250601/eu-west-1/sts/aws4_request"),
        authorization.constData());

    // What arrived must verify: re-sign the request exactly as received.
    SigningRequest received { request.method, "http://" + request.headers.value("host") + request.target,
        { { "Content-Type", request.headers.value("content-type") } }, request.body };
    SigningOptions options { QStringLiteral("eu-west-1"), QStringLiteral("sts"), m_now };
    QCOMPARE(m_signer.sign(received, s_source, options)->authorization, authorization);
}

void TestStsClient::assumeRoleSendsParamsAndCaches()
{
    m_sts->setReplies({ { 200, FakeSts::assumeRoleXml("2025-06-01T13:00:00Z") } });
    StsClient client(*m_network, m_signer);
    client.setClock([this] { return m_now; });
    const AssumeRoleParams params { QStringLiteral("arn:aws:iam::123456789012:role/bedrock"), QStringLiteral("s"),
        QStringLiteral("ext id/1"), 1800 };
    const QUrl endpoint(QString::fromLatin1(m_sts->url()));
    const auto first = wait(client.assumeRole(s_source, params, endpoint, QStringLiteral("us-east-1")));
    QVERIFY(first.has_value() && first->hasValue());
    QCOMPARE((*first)->credentials.accessKeyId, QStringLiteral("ASIATEMP"));
    QCOMPARE((*first)->credentials.secretAccessKey, QStringLiteral("temp-secret"));
    QCOMPARE((*first)->credentials.sessionToken, QStringLiteral("temp-token"));
    QCOMPARE((*first)->credentials.expiration, QDateTime(QDate(2025, 6, 1), QTime(13, 0), QTimeZone::utc()));
    QCOMPARE((*first)->assumedRoleArn, QStringLiteral("arn:aws:sts::123456789012:assumed-role/bedrock/s"));
    QVERIFY(!(*first)->fromCache);
    QCOMPARE(m_sts->requests().first().body,
        QByteArray("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fbedrock"
                   "&RoleSessionName=s&DurationSeconds=1800&ExternalId=ext%20id%2F1"));

    const auto second = wait(client.assumeRole(s_source, params, endpoint, QStringLiteral("us-east-1")));
    QVERIFY(second.has_value() && second->hasValue());
    QVERIFY((*second)->fromCache);
    QCOMPARE(m_sts->requests().size(), 1);
}

void TestStsClient::cacheExpiresShortlyBeforeExpiry()
{
    m_sts->setReplies({ { 200, FakeSts::assumeRoleXml("2025-06-01T13:00:00Z") } });
    StsClient client(*m_network, m_signer);
    client.setClock([this] { return m_now; });
    const AssumeRoleParams params { QStringLiteral("arn:aws:iam::1:role/r"), QStringLiteral("s"), {}, 3600 };
    const QUrl endpoint(QString::fromLatin1(m_sts->url()));
    QVERIFY(wait(client.assumeRole(s_source, params, endpoint, {}))->hasValue());
    m_now = QDateTime(QDate(2025, 6, 1), QTime(12, 54), QTimeZone::utc()); // 6 min left: still cached
    QVERIFY((*wait(client.assumeRole(s_source, params, endpoint, {})))->fromCache);
    m_now = QDateTime(QDate(2025, 6, 1), QTime(12, 56), QTimeZone::utc()); // 4 min left: renewed
    QVERIFY(!(*wait(client.assumeRole(s_source, params, endpoint, {})))->fromCache);
    QCOMPARE(m_sts->requests().size(), 2);
}

void TestStsClient::errorsCarryTheAwsCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("awsType");
    QTest::addRow("access denied") << 403 << FakeSts::errorXml("AccessDenied", "not allowed") << "sts.error"
                                   << "AccessDenied";
    QTest::addRow("expired token") << 400 << FakeSts::errorXml("ExpiredToken", "expired") << "sts.error"
                                   << "ExpiredToken";
    QTest::addRow("server error") << 500 << QByteArray("oops") << "sts.network"
                                  << "";
    QTest::addRow("garbage") << 200 << QByteArray("<a><b>") << "sts.bad_response"
                             << "";
    QTest::addRow("empty") << 200 << QByteArray("<x/>") << "sts.bad_response"
                           << "";
}

void TestStsClient::errorsCarryTheAwsCode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, awsType);
    m_sts->setReplies({ { status, body } });
    StsClient client(*m_network, m_signer);
    const auto result = wait(client.getCallerIdentity(s_source, QUrl(QString::fromLatin1(m_sts->url())), {}));
    QVERIFY(result.has_value());
    QVERIFY(!result->hasValue());
    QCOMPARE(result->error().code, code);
    QCOMPARE(result->error().awsType, awsType);
    if (code != QLatin1String("sts.bad_response")) {
        QCOMPARE(result->error().httpStatus, status);
    }
}

void TestStsClient::badParams()
{
    StsClient client(*m_network, m_signer);
    const auto result = wait(client.assumeRole(
        s_source, { QStringLiteral("arn:x"), {}, {}, 60 }, QUrl(QString::fromLatin1(m_sts->url())), {}));
    QVERIFY(result.has_value() && !result->hasValue());
    QCOMPARE(result->error().code, QStringLiteral("sts.bad_params"));
    QCOMPARE(m_sts->requests().size(), 0);
}

void TestStsClient::regionalEndpoint_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");
    QTest::addRow("regional") << "eu-central-1"
                              << "https://sts.eu-central-1.amazonaws.com";
    QTest::addRow("china") << "cn-north-1"
                           << "https://sts.cn-north-1.amazonaws.com.cn";
    QTest::addRow("global") << ""
                            << "https://sts.amazonaws.com";
}

void TestStsClient::regionalEndpoint()
{
    QFETCH(QString, region);
    QFETCH(QString, url);
    QCOMPARE(StsClient::regionalEndpoint(region).toString(), url);
}

QTEST_GUILESS_MAIN(TestStsClient)
#include "tst_stsclient.moc"
