#include "aws/secretjob.h"
#include "aws/secretstore.h"
#include "clirunner.h"
#include "fakests.h"
#ifdef BRC_NODE_EXECUTABLE
#include "fakebedrockprocess.h"
#endif
#ifdef BRC_LEAK_CONSOLE
#include "config/configlinter.h"
#include "document/configsession.h"
#include "export/exportdialog.h"
#include "fakeprompter.h"
#include "mainwindow/mainwindow.h"
#include "route/modelcatalog.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#endif

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The secrets audit. Plants a distinctive value for every kind of secret (secret access key,
// session token, Bedrock API key, LiteLLM master key), writes them through every path that takes
// one (credentials set and import, a config holding them in clear), uses them through every path
// that reads them (sign in every format, credentials check and list, test and health against the
// local Bedrock, lint, export in every format, and in the console: opening and editing the config,
// the export dialog, the recovery file, the window's QSettings), then searches every file under
// the test HOME (config, cache and data folders, exports, settings, recovery) and everything
// printed: no secret may appear, in any of the encodings it could leak in.
class TestCliSecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretAppearsNowhere();

private:
#ifdef BRC_LEAK_CONSOLE
    void consoleFlows(const QString &configPath, const QString &home);
#endif
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

    // A LiteLLM config the person wrote with every secret in clear (outside HOME, like their
    // AWS files): the master key, a key pair with a session token, a Bedrock API key.
    const QString master = QStringLiteral("sk-BRCcanaryMASTER") + QString::fromLatin1(nonce);
    const QString configSecret = QStringLiteral("BRCcanaryCFGSECRET/") + QString::fromLatin1(nonce);
    const QString configToken = QStringLiteral("BRCcanaryCFGTOKEN+") + QString::fromLatin1(nonce);
    const QString configApiKey = QStringLiteral("BRCcanaryCFGAPIKEY") + QString::fromLatin1(nonce);
    QString endpoint = QStringLiteral("http://127.0.0.1:9");
#ifdef BRC_NODE_EXECUTABLE
    FakeBedrockProcess bedrock;
    QVERIFY2(bedrock.start(), qPrintable(bedrock.errorText()));
    endpoint = bedrock.endpoint();
#endif
    const QString configPath = aws.filePath(QStringLiteral("config.yaml"));
    {
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("model_list:\n"
                                    "  - model_name: keyed-pair\n"
                                    "    litellm_params:\n"
                                    "      model: bedrock/meta.llama3-8b-instruct-v1:0\n"
                                    "      aws_region_name: us-east-1\n"
                                    "      aws_access_key_id: AKIDEXAMPLE\n"
                                    "      aws_secret_access_key: \"%1\"\n"
                                    "      aws_session_token: \"%2\"\n"
                                    "      aws_bedrock_runtime_endpoint: %4\n"
                                    "  - model_name: api-key\n"
                                    "    litellm_params:\n"
                                    "      model: bedrock/us.amazon.nova-micro-v1:0\n"
                                    "      aws_region_name: us-east-1\n"
                                    "      api_key: %3\n"
                                    "      aws_bedrock_runtime_endpoint: %4\n"
                                    "general_settings:\n"
                                    "  master_key: %5\n")
                         .arg(configSecret, configToken, configApiKey, endpoint, master)
                         .toUtf8());
    }
    // Calls that use the stored and the written secrets (the local Bedrock refuses these keys:
    // the error paths print too).
    for (const QString &profile : { QStringLiteral("leak"), QStringLiteral("api") }) {
        runs << runCli({ QStringLiteral("test"), QStringLiteral("bedrock/meta.llama3-8b-instruct-v1:0"),
                           QStringLiteral("--profile=") + profile, QStringLiteral("--endpoint"), endpoint,
                           QStringLiteral("--api"), QStringLiteral("both"), QStringLiteral("--json") },
            env);
        runs << runCli({ QStringLiteral("test"), QStringLiteral("bedrock/meta.llama3-8b-instruct-v1:0"),
                           QStringLiteral("--profile=") + profile, QStringLiteral("--endpoint"), endpoint,
                           QStringLiteral("--stream") },
            env);
    }
    QProcessEnvironment keysInEnv = env;
    keysInEnv.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    keysInEnv.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
    keysInEnv.insert(QStringLiteral("AWS_SESSION_TOKEN"), token);
    runs << runCli({ QStringLiteral("test"), QStringLiteral("bedrock/meta.llama3-8b-instruct-v1:0"),
                       QStringLiteral("--endpoint"), endpoint },
        keysInEnv);
    runs << runCli({ QStringLiteral("health"), configPath, QStringLiteral("--json") }, env);
    runs << runCli({ QStringLiteral("health"), configPath }, env);
    runs << runCli({ QStringLiteral("lint"), configPath }, env);
    runs << runCli({ QStringLiteral("lint"), configPath, QStringLiteral("--json") }, env);
    // Exports, to standard output and to files under HOME: references, never values.
    QDir(home).mkpath(QStringLiteral("exports"));
    for (const char *format : { "yaml", "json", "configmap", "env" }) {
        const QString to = QString::fromLatin1(format);
        runs << runCli({ QStringLiteral("export"), configPath, QStringLiteral("--to"), to }, env);
        QCOMPARE(runs.last().exitCode, 0);
        const QByteArray exported = runs.last().out;
        QVERIFY2(exported.contains("LITELLM_MASTER_KEY") && exported.contains("AWS_SECRET_ACCESS_KEY")
                && exported.contains("AWS_SESSION_TOKEN") && exported.contains("API_KEY"),
            exported.constData());
        if (to != QLatin1String("env")) {
            QVERIFY2(exported.contains("os.environ/LITELLM_MASTER_KEY"), exported.constData());
        }
        runs << runCli({ QStringLiteral("export"), configPath, QStringLiteral("--to"), to, QStringLiteral("-o"),
                           home + QStringLiteral("/exports/cli.") + to },
            env);
        QCOMPARE(runs.last().exitCode, 0);
        // Twice: the second run keeps the first file as .bak.
        runs << runCli({ QStringLiteral("export"), configPath, QStringLiteral("--to"), to, QStringLiteral("-o"),
                           home + QStringLiteral("/exports/cli.") + to },
            env);
    }
#ifdef BRC_LEAK_CONSOLE
    consoleFlows(configPath, home);
#endif

    QList<QByteArray> needles;
    for (const QString &value :
        { secret, token, imported, stored, apiKey, master, configSecret, configToken, configApiKey }) {
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
    // The profile list and the exports were written there (so the search did look at the
    // program's files).
    QVERIFY(files >= 9);
    QVERIFY(QFile::exists(home + QStringLiteral("/exports/cli.yaml.bak")));
    QVERIFY(QFile::exists(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/bedrock-route-console/profiles.json")));
    // And the secret did reach the keychain: the CLI could sign with it (checked above), and
    // the profile list holds the key id.
    QFile list(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/bedrock-route-console/profiles.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QVERIFY(list.readAll().contains("AKIDLEAK"));
}

#ifdef BRC_LEAK_CONSOLE
// The console on the same HOME: open the config, edit it, export it in every format through the
// export dialog, close the window (its QSettings are written then).
void TestCliSecretLeak::consoleFlows(const QString &configPath, const QString &home)
{
    FakePrompter prompter;
    prompter.unsavedAnswer = brc::ui::Prompter::UnsavedAnswer::Discard;
    QSettings settings(home + QStringLiteral("/.config/bedrock-route-console/console.ini"), QSettings::IniFormat);
    const QString recovery = home + QStringLiteral("/.local/share/bedrock-route-console/recovery");
    const brc::ui::MainWindowContext context { brc::route::ModelCatalog::builtin(), prompter, settings, {}, recovery };
    auto window = std::make_unique<brc::ui::MainWindow>(context);
    QSignalSpy loaded(window.get(), &brc::ui::MainWindow::documentLoaded);
    window->show();
    window->start(configPath);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(window->session().edit(QStringLiteral("rename"), 0,
        [](brc::config::ConfigDocument &d) { return d.setModelName(0, QStringLiteral("edited")); }));
    // The recovery timer comes round and declines to copy a config holding secrets.
    QTRY_VERIFY_WITH_TIMEOUT(
        window->statusBar()->currentMessage().contains(QLatin1String("not kept for recovery")), 10000);
    QVERIFY(!QFile::exists(window->recoveryFile()));

    const brc::config::ConfigLinter linter;
    brc::ui::ExportDialog dialog(window->session().document(), linter, prompter, window.get());
    for (int format = 0; format < 4; ++format) {
        dialog.setFormatIndex(format);
        dialog.setPath(home + QStringLiteral("/exports/console-%1").arg(format));
        QVERIFY2(dialog.exportNow(), qPrintable(prompter.asked.join(u'\n')));
        QVERIFY(dialog.output().contains("AWS_SECRET_ACCESS_KEY"));
    }
    window->close();
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
}
#endif

QTEST_MAIN(TestCliSecretLeak)
#include "tst_clisecretleak.moc"
