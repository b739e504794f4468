// The transport policy of BedrockClient, end to end: certificate checks on https (a TLS stand-in
// with a certificate from a throwaway CA is refused, then accepted once AWS_CA_BUNDLE or the
// caBundlePath option names that CA), plain http refused for anything but loopback, and
// HTTPS_PROXY / NO_PROXY honoured (a local CONNECT proxy counts what goes through it).
// The CA and server certificates are made with openssl at run time; no key is committed.
// The TLS stand-in is tests/botocorebedrock/server.py, which also checks every signature.
#include "bedrock/bedrockclient.h"
#include "bedrock/environmentproxyfactory.h"
#include "bedrock/requestbodybuilder.h"
#include "callwaiter.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace brc;
using namespace brc::bedrock;

namespace {

const QString s_awsHost = QStringLiteral("bedrock-runtime.us-east-1.amazonaws.com");

/// A helper process (TLS stand-in or proxy) that prints "PORT=<n>" once listening.
class Helper
{
public:
    Helper() = default;
    Helper(const Helper &) = delete;
    Helper &operator=(const Helper &) = delete;
    ~Helper() { stop(); }

    /// Starts `program arguments`; returns its port, or 0 after printing what it said.
    int start(const QString &program, const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000)) {
            qWarning() << program << "did not start:" << m_process.errorString();
            return 0;
        }
        if (!QTest::qWaitFor(
                [this] { return m_process.canReadLine() || m_process.state() != QProcess::Running; }, 30000)) {
            qWarning() << program << "printed no port within 30 s";
            return 0;
        }
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("PORT=")) {
            qWarning() << program << arguments << "said:" << line << m_process.readAllStandardError();
            return 0;
        }
        return line.mid(5).toInt();
    }

    /// The lines it printed since it started, beyond the PORT= line.
    QList<QByteArray> lines()
    {
        m_output += m_process.readAllStandardOutput();
        QList<QByteArray> result = m_output.split('\n');
        result.removeAll(QByteArray());
        return result;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

/// Runs openssl with `arguments` in `dir`; an empty string when it worked, else what it said.
QString openssl(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("openssl %1: %2").arg(arguments.join(QLatin1Char(' ')), process.readAll());
    }
    return {};
}

/// An address of this machine that is not loopback (traffic to it stays on the machine), or null.
QHostAddress localNonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal()) {
            return address;
        }
    }
    return {};
}

BedrockAuth testAuth()
{
    BedrockAuth auth;
    auth.credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    auth.credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    return auth;
}

BedrockRequest converse(const QString &endpoint)
{
    BedrockRequest r;
    r.operation = BedrockOperation::Converse;
    r.endpoint = endpoint;
    r.modelId = QStringLiteral("us.anthropic.claude-3-haiku-20240307-v1:0");
    r.region = QStringLiteral("us-east-1");
    r.body
        = RequestBodyBuilder::toBytes(RequestBodyBuilder::converseBody(ChatRequest::fromPrompt(QStringLiteral("hi"))));
    return r;
}

int countProxied(const QList<QByteArray> &lines)
{
    int count = 0;
    for (const QByteArray &line : lines) {
        count += line.startsWith("PROXIED ") ? 1 : 0;
    }
    return count;
}

} // namespace

class TestBedrockTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void selfSignedIsRefused();
    void caBundleFromEnvironment();
    void caBundleFromOption();
    void unreadableCaBundleFailsHttpsCalls();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();
    void httpsProxyCarriesTheCall();
    void noProxyBypassesTheProxy_data();
    void noProxyBypassesTheProxy();

private:
    std::unique_ptr<BedrockClient> makeClient(const QProcessEnvironment &proxyEnvironment = QProcessEnvironment());

    QTemporaryDir m_dir;
    QString m_python;
    QString m_caPath;
    Helper m_tls; // the stand-in on 127.0.0.1
    int m_tlsPort = 0;
    Helper m_tlsOutside; // the stand-in on a non-loopback address of this machine, when there is one
    QHostAddress m_outsideAddress;
    int m_outsidePort = 0;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestBedrockTransport::initTestCase()
{
    m_python = QStringLiteral(BRC_BOTOCORE_PYTHON);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
        "openssl is needed to make the test certificates (scripts/install-deps.sh installs it)");
    m_outsideAddress = localNonLoopbackAddress();

    // A throwaway CA, and a server certificate it signs for every name the tests use.
    const QString dir = m_dir.path();
    QString altNames = QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1,DNS:") + s_awsHost;
    if (!m_outsideAddress.isNull()) {
        altNames += QStringLiteral(",IP:") + m_outsideAddress.toString();
    }
    QFile extensions(dir + QStringLiteral("/server.ext"));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write(altNames.toUtf8() + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    const QStringList ec = { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    QString failed = openssl(dir,
        QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
            + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Bedrock Route Console test CA"), QStringLiteral("-addext"),
                QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = openssl(dir,
        QStringList { QStringLiteral("req") } + ec
            + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost") });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = openssl(dir,
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
            QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext") });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_caPath = dir + QStringLiteral("/ca.pem");

    const QString server = QStringLiteral(BRC_SOURCE_DIR "/tests/botocorebedrock/server.py");
    const QStringList tls = { QStringLiteral("--tls-cert"), dir + QStringLiteral("/server.pem"),
        QStringLiteral("--tls-key"), dir + QStringLiteral("/server.key") };
    m_tlsPort = m_tls.start(m_python, QStringList { server } + tls);
    QVERIFY2(m_tlsPort > 0, "the TLS stand-in did not start");
    if (!m_outsideAddress.isNull()) {
        m_outsidePort = m_tlsOutside.start(
            m_python, QStringList { server, QStringLiteral("--host"), m_outsideAddress.toString() } + tls);
    }
}

void TestBedrockTransport::init()
{
    // The machine's own CA settings must not decide these tests.
    qunsetenv("AWS_CA_BUNDLE");
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setAutoDeleteReplies(true);
}

void TestBedrockTransport::cleanup()
{
    qunsetenv("AWS_CA_BUNDLE");
}

std::unique_ptr<BedrockClient> TestBedrockTransport::makeClient(const QProcessEnvironment &proxyEnvironment)
{
    m_network->setProxyFactory(new EnvironmentProxyFactory(proxyEnvironment));
    auto client = std::make_unique<BedrockClient>(*m_network);
    BedrockClientOptions options;
    options.maxAttempts = 1;
    options.connectTimeoutMs = 15000;
    options.totalTimeoutMs = 20000;
    if (!client->setOptions(options)) {
        return nullptr;
    }
    return client;
}

void TestBedrockTransport::selfSignedIsRefused()
{
    auto client = makeClient();
    QVERIFY(client);
    const auto result
        = waitForCall(client->send(converse(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort)), testAuth()));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("network.tls"));
    QVERIFY2(result.error().message.contains(QLatin1String("AWS_CA_BUNDLE")), qPrintable(result.error().message));
}

void TestBedrockTransport::caBundleFromEnvironment()
{
    qputenv("AWS_CA_BUNDLE", m_caPath.toLocal8Bit());
    auto client = makeClient();
    QVERIFY(client);
    for (const QString &host : { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") }) {
        const auto result
            = waitForCall(client->send(converse(QStringLiteral("https://%1:%2").arg(host).arg(m_tlsPort)), testAuth()));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->summary.text, QStringLiteral("botocore verified us.anthropic.claude-3-haiku-20240307-v1:0"));
    }
}

void TestBedrockTransport::caBundleFromOption()
{
    auto client = makeClient();
    QVERIFY(client);
    BedrockClientOptions options = client->options();
    options.caBundlePath = m_caPath;
    QVERIFY(client->setOptions(options));
    const auto result
        = waitForCall(client->send(converse(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort)), testAuth()));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->httpStatus, 200);
}

void TestBedrockTransport::unreadableCaBundleFailsHttpsCalls()
{
    // A bundle that looks like PEM but holds no certificate passes the cheap check in
    // setOptions(); the first https call then fails rather than trusting less than asked.
    QFile broken(m_dir.path() + QStringLiteral("/broken.pem"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
    broken.close();
    qputenv("AWS_CA_BUNDLE", broken.fileName().toLocal8Bit());
    auto client = makeClient();
    QVERIFY(client);
    const auto result
        = waitForCall(client->send(converse(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort)), testAuth()));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("network.ca_bundle"));
}

void TestBedrockTransport::plainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addRow("AWS host") << "http://" + s_awsHost;
    QTest::addRow("private address") << "http://10.1.2.3:8080";
    QTest::addRow("documentation address") << "http://192.0.2.10";
    QTest::addRow("localhost as a subdomain") << "http://localhost.example.com";
    QTest::addRow("loopback-looking name") << "http://127.0.0.1.nip.io";
}

void TestBedrockTransport::plainHttpOnlyToLoopback()
{
    QFETCH(QString, endpoint);
    auto client = makeClient();
    QVERIFY(client);
    const auto result = waitForCall(client->send(converse(endpoint), testAuth()));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("bedrock.insecure_endpoint"));
}

void TestBedrockTransport::httpsProxyCarriesTheCall()
{
    // The proxy sends every tunnel to the TLS stand-in, so the AWS host name never leaves the machine.
    Helper proxy;
    const int proxyPort = proxy.start(m_python,
        { QStringLiteral(BRC_SOURCE_DIR "/tests/botocorebedrock/proxy.py"), QStringLiteral("--upstream"),
            QStringLiteral("127.0.0.1:%1").arg(m_tlsPort) });
    QVERIFY(proxyPort > 0);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://127.0.0.1:%1").arg(proxyPort));
    environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("example.com,.internal"));
    qputenv("AWS_CA_BUNDLE", m_caPath.toLocal8Bit());
    auto client = makeClient(environment);
    QVERIFY(client);

    const auto result = waitForCall(client->send(converse(QStringLiteral("https://") + s_awsHost), testAuth()));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->httpStatus, 200);
    const QList<QByteArray> lines = proxy.lines();
    QCOMPARE(countProxied(lines), 1);
    QCOMPARE(lines.first(), QByteArray("PROXIED CONNECT " + s_awsHost.toUtf8() + ":443"));

    // Loopback never goes through a proxy.
    const auto local
        = waitForCall(client->send(converse(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort)), testAuth()));
    QVERIFY2(local, qPrintable(local ? QString() : local.error().toString()));
    QCOMPARE(countProxied(proxy.lines()), 1);
}

void TestBedrockTransport::noProxyBypassesTheProxy_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<int>("proxied");
    QTest::addRow("no NO_PROXY") << QString() << 1;
    QTest::addRow("NO_PROXY names the address") << "%1" << 0;
    QTest::addRow("NO_PROXY names the address and port") << "example.com, %1:%2" << 0;
    QTest::addRow("NO_PROXY names another port") << "%1:1" << 1;
    QTest::addRow("NO_PROXY is *") << "*" << 0;
}

void TestBedrockTransport::noProxyBypassesTheProxy()
{
    QFETCH(QString, noProxy);
    QFETCH(int, proxied);
    if (m_outsidePort <= 0) {
        QSKIP("this machine has no non-loopback IPv4 address to reach without a proxy");
    }
    Helper proxy;
    const int proxyPort = proxy.start(m_python, { QStringLiteral(BRC_SOURCE_DIR "/tests/botocorebedrock/proxy.py") });
    QVERIFY(proxyPort > 0);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("https_proxy"), QStringLiteral("http://127.0.0.1:%1").arg(proxyPort));
    if (!noProxy.isEmpty()) {
        QString value = noProxy;
        value.replace(QLatin1String("%1"), m_outsideAddress.toString());
        value.replace(QLatin1String("%2"), QString::number(m_outsidePort));
        environment.insert(QStringLiteral("no_proxy"), value);
    }
    qputenv("AWS_CA_BUNDLE", m_caPath.toLocal8Bit());
    auto client = makeClient(environment);
    QVERIFY(client);
    const auto result = waitForCall(client->send(
        converse(QStringLiteral("https://%1:%2").arg(m_outsideAddress.toString()).arg(m_outsidePort)), testAuth()));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(countProxied(proxy.lines()), proxied);
}

QTEST_GUILESS_MAIN(TestBedrockTransport)
#include "tst_bedrocktransport.moc"
