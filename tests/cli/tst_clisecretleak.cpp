#include "aws/secretjob.h"
#include "aws/secretstore.h"
#include "clirunner.h"
#include "fakests.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// Writes a distinctive secret through every path that takes one, uses it through every path
// that reads it, then searches every file under the test HOME (the program's config, cache and
// data folders live there) and everything printed: the secret must appear nowhere.
class TestCliSecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretAppearsNowhere();
};

namespace {

// The secret as text, and in the encodings it could leak in.
QList<QByteArray> forms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return { utf8, QUrl::toPercentEncoding(secret), utf8.toBase64(), utf8.toHex(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2) };
}

} // namespace

void TestCliSecretLeak::secretAppearsNowhere()
{
    const QByteArray nonce = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const QString secret = QStringLiteral("BRCcanarySECRET/") + QString::fromLatin1(nonce) + QStringLiteral("+zZ9");
    const QString token = QStringLiteral("BRCcanaryTOKEN/") + QString::fromLatin1(nonce) + QStringLiteral("==");
    const QString imported = QStringLiteral("BRCcanaryIMPORTED") + QString::fromLatin1(nonce);
    const QString stored = QStringLiteral("BRCcanarySTORE") + QString::fromLatin1(nonce);
    const QString apiKey = QStringLiteral("BRCcanaryAPIKEY") + QString::fromLatin1(nonce);
    const QString home = QDir::homePath();
    QVERIFY2(home.contains(QLatin1String("/home/")), "run under ctest: HOME must be the test's own folder");

    // AWS files the person already had, outside the searched HOME (they hold secrets by design).
    QTemporaryDir aws;
    QFile credentials(aws.filePath(QStringLiteral("credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[legacy]\naws_access_key_id = AKIDLEGACY\naws_secret_access_key = " + imported.toUtf8() + '\n');
    credentials.close();
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials.fileName());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), aws.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("brc.*=true")); // every log line on

    FakeSts sts;
    QList<CliRun> runs;
    const QString url = QStringLiteral("--url=https://bedrock-runtime.us-east-1.amazonaws.com/model/a:b/converse");
    // Paths that take a secret.
    runs << runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=leak"),
                       QStringLiteral("--access-key-id=AKIDLEAK"), QStringLiteral("--region=us-east-1"),
                       QStringLiteral("--secret-stdin"), QStringLiteral("--session-token-stdin") },
        env, secret.toUtf8() + '\n' + token.toUtf8() + '\n');
    QCOMPARE(runs.last().exitCode, 0);
    runs << runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=api"),
                       QStringLiteral("--bearer-token-stdin") },
        env, apiKey.toUtf8() + '\n');
    QCOMPARE(runs.last().exitCode, 0);
    for (const QString &format : { QStringLiteral("--json"), QStringLiteral("--curl"), QString() }) {
        QStringList arguments { QStringLiteral("sign"), QStringLiteral("--profile=api"), url };
        if (!format.isEmpty()) {
            arguments << format;
        }
        runs << runCli(arguments, env);
        QCOMPARE(runs.last().exitCode, 0);
    }
    runs << runCli(
        { QStringLiteral("credentials"), QStringLiteral("import-aws-profile"), QStringLiteral("legacy") }, env);
    QCOMPARE(runs.last().exitCode, 0);
    {
        brc::aws::SecretStore store;
        bool done = false;
        connect(store.write(QStringLiteral("profile/direct/secret-access-key"), stored), &brc::aws::SecretJob::finished,
            this, [&done](const brc::Result<QString> &result) { done = result.hasValue(); });
        QTRY_VERIFY(done);
    }
    // Paths that read it back and use it.
    for (const QString &profile : { QStringLiteral("leak"), QStringLiteral("legacy") }) {
        for (const QString &format : { QStringLiteral("--json"), QStringLiteral("--curl"), QString() }) {
            QStringList arguments { QStringLiteral("sign"), QStringLiteral("--profile=") + profile, url,
                QStringLiteral("--body={}") };
            if (!format.isEmpty()) {
                arguments << format;
            }
            runs << runCli(arguments, env);
            QCOMPARE(runs.last().exitCode, 0);
        }
        runs << runCli({ QStringLiteral("sign"), QStringLiteral("--profile=") + profile, QStringLiteral("--presign"),
                           QStringLiteral("--method=GET"), url, QStringLiteral("--json") },
            env);
        runs << runCli({ QStringLiteral("credentials"), QStringLiteral("check"), profile,
                           QStringLiteral("--sts-endpoint=") + QString::fromLatin1(sts.url()) },
            env);
        QCOMPARE(runs.last().exitCode, 0);
    }
    runs << runCli({ QStringLiteral("credentials"), QStringLiteral("list"), QStringLiteral("--json") }, env);
    runs << runCli({ QStringLiteral("credentials"), QStringLiteral("list") }, env);
    // A failing path: no keychain.
    QProcessEnvironment noBus = env;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    noBus.insert(QStringLiteral("DISPLAY"), QString());
    runs << runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile=nobus"),
                       QStringLiteral("--access-key-id=AKIDNOBUS"), QStringLiteral("--secret-stdin") },
        noBus, secret.toUtf8() + '\n');
    QCOMPARE(runs.last().exitCode, 1);
    runs << runCli({ QStringLiteral("sign"), QStringLiteral("--profile=nobus"), url }, noBus);

    QList<QByteArray> needles;
    for (const QString &value : { secret, token, imported, stored, apiKey }) {
        needles << forms(value);
    }
    // Everything printed.
    for (qsizetype i = 0; i < runs.size(); ++i) {
        for (const QByteArray &needle : std::as_const(needles)) {
            QVERIFY2(!runs.at(i).out.contains(needle), qPrintable(QStringLiteral("stdout of run %1").arg(i)));
            QVERIFY2(!runs.at(i).err.contains(needle), qPrintable(QStringLiteral("stderr of run %1").arg(i)));
        }
    }
    // What reached the network stand-in: signatures and key ids only.
    const QList<QByteArray> keySecrets = forms(secret) + forms(imported);
    for (const FakeStsRequest &request : sts.requests()) {
        QByteArray all = request.body;
        for (auto it = request.headers.begin(); it != request.headers.end(); ++it) {
            all += it.key() + ':' + it.value() + '\n';
        }
        for (const QByteArray &needle : keySecrets) {
            QVERIFY(!all.contains(needle));
        }
    }
    // Every file under HOME (profile list, settings, caches, logs, whatever was written).
    int files = 0;
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        ++files;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : std::as_const(needles)) {
            QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("secret found in %1").arg(path)));
        }
    }
    // The profile list was written there (so the search did look at the program's files).
    QVERIFY(files >= 1);
    QVERIFY(QFile::exists(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/bedrock-route-console/profiles.json")));
    // And the secret did reach the keychain: the CLI could sign with it (checked above), and
    // the profile list holds the key id.
    QFile list(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/bedrock-route-console/profiles.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QVERIFY(list.readAll().contains("AKIDLEAK"));
}

QTEST_GUILESS_MAIN(TestCliSecretLeak)
#include "tst_clisecretleak.moc"
