// Bad files through bedrock-route: lint, lint --fix and export refuse them with exit status 2 and
// "FILE: line L, column C: message" (or the JSON error with line and column), and write nothing:
// neither the config, nor an existing output, nor a .bak. A malformed AWS file is named with
// its line by every command that reads credentials. The files are generated into the build tree.
#include "badinput.h"
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliBadFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void config_data();
    void config();
    void awsFile_data();
    void awsFile();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_huge;
};

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray("absent");
}

QByteArray nested(int depth)
{
    return "model_list: " + QByteArray(depth, '[');
}

} // namespace

void TestCliBadFiles::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral(BRC_BINARY_DIR "/clibadfiles-XXXXXX"));
    QVERIFY(m_dir->isValid());
    // 100 MB: a valid start, then comment lines.
    m_huge = m_dir->filePath(QStringLiteral("huge.yaml"));
    QVERIFY(badinput::writeHugeConfig(m_huge));
}

void TestCliBadFiles::cleanupTestCase()
{
    QFile::remove(m_huge);
}

QString TestCliBadFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return QString();
    }
    return path;
}

void TestCliBadFiles::config_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addRow("huge") << QByteArray() << "config.too-large" << 0;
    QTest::addRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
                                   20)
            + QByteArray(300, '\x90')
                            << "config.yaml-syntax" << 1;
    QTest::addRow("deeply nested") << nested(50000) << "config.too-deep" << 1;
    QTest::addRow("alias bomb") << badinput::aliasBomb() << "config.alias-bomb" << 0;
    QTest::addRow("invalid UTF-8") << QByteArray("model_list:\n  - model_name: \xff\xfe\n") << "config.yaml-syntax"
                                   << 2;
    QTest::addRow("model_list a string") << QByteArray("model_list: claude\n") << "config.type" << 1;
    QTest::addRow("litellm_params a list")
        << QByteArray("model_list:\n  - model_name: a\n    litellm_params: [bedrock/x]\n") << "config.type" << 3;
    QTest::addRow("model a mapping") << QByteArray(
        "model_list:\n  - model_name: a\n    litellm_params:\n      model: {bedrock: x}\n")
                                     << "config.type" << 4;
}

void TestCliBadFiles::config()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    const QString path = text.isEmpty() ? m_huge : write(QStringLiteral("%1.yaml").arg(QTest::currentDataTag()), text);
    QVERIFY(!path.isEmpty());
    const QByteArray before = digest(path);
    const QProcessEnvironment env = cleanEnvironment();

    // Readable: "bedrock-route lint: FILE: line L, column C: message".
    const CliRun lint = runCli({ QStringLiteral("lint"), path }, env);
    QCOMPARE(lint.exitCode, 2);
    QVERIFY2(lint.out.isEmpty(), lint.out.constData());
    const QString message = QString::fromUtf8(lint.err);
    QVERIFY2(message.startsWith(QStringLiteral("bedrock-route lint: %1: ").arg(path)), qPrintable(message));
    if (line > 0) {
        QVERIFY2(message.contains(QStringLiteral(": line %1, column ").arg(line)), qPrintable(message));
    }

    // JSON: the code, line and column.
    const CliRun json = runCli({ QStringLiteral("lint"), path, QStringLiteral("--json") }, env);
    QCOMPARE(json.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(json.out).object().value(QLatin1String("error")).toObject();
    QVERIFY2(error.value(QLatin1String("code")).toString() == code, json.out.constData());
    if (line > 0) {
        QCOMPARE(error.value(QLatin1String("line")).toInt(), line);
        QVERIFY(error.value(QLatin1String("column")).toInt() > 0);
    }

    // --fix in place, and export over an existing file: nothing written anywhere.
    const QString out = write(QStringLiteral("%1.out").arg(QTest::currentDataTag()), "previous export\n");
    const CliRun fix = runCli({ QStringLiteral("lint"), path, QStringLiteral("--fix") }, env);
    QCOMPARE(fix.exitCode, 2);
    const CliRun fixTo
        = runCli({ QStringLiteral("lint"), path, QStringLiteral("--fix"), QStringLiteral("-o"), out }, env);
    QCOMPARE(fixTo.exitCode, 2);
    for (const char *format : { "yaml", "json", "configmap", "env" }) {
        const CliRun exported = runCli({ QStringLiteral("export"), path, QStringLiteral("--to"),
                                           QString::fromLatin1(format), QStringLiteral("-o"), out },
            env);
        QCOMPARE(exported.exitCode, 2);
        QVERIFY2(QString::fromUtf8(exported.err).startsWith(QStringLiteral("bedrock-route export: %1: ").arg(path)),
            exported.err.constData());
    }
    QCOMPARE(digest(path), before);
    QCOMPARE(digest(out), QCryptographicHash::hash("previous export\n", QCryptographicHash::Sha256));
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    QVERIFY(!QFile::exists(out + QStringLiteral(".bak")));
}

void TestCliBadFiles::awsFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addRow("unclosed section") << QByteArray("[default\nregion = us-east-1\n") << 1;
    QTest::addRow("binary") << QByteArray("\0\x01\x02\x03", 4) << 1;
    QTest::addRow("invalid UTF-8 in a key")
        << QByteArray("[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = k\xff\n") << 3;
    QTest::addRow("over 4 MiB") << QByteArray("[default]\n# ") + QByteArray(5 * 1024 * 1024, 'x') + "\n" << 0;
}

void TestCliBadFiles::awsFile()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const QString path = write(QStringLiteral("aws-%1").arg(QTest::currentDataTag()), text);
    const QByteArray before = digest(path);
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), path);
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir->filePath(QStringLiteral("absent")));
    const QList<QStringList> commands {
        { QStringLiteral("credentials"), QStringLiteral("list") },
        { QStringLiteral("sign"),
            QStringLiteral("--url=https://bedrock-runtime.us-east-1.amazonaws.com/model/a:b/converse") },
        { QStringLiteral("test"), QStringLiteral("bedrock/meta.llama3-8b-instruct-v1:0"), QStringLiteral("--endpoint"),
            QStringLiteral("http://127.0.0.1:1") },
    };
    for (const QStringList &arguments : commands) {
        const CliRun run = runCli(arguments, env);
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(path), qPrintable(arguments.join(u' ') + QStringLiteral(": ") + err));
        if (line > 0) {
            QVERIFY2(err.contains(QStringLiteral("line %1, column ").arg(line)), qPrintable(err));
        }
    }
    QCOMPARE(digest(path), before);
}

QTEST_GUILESS_MAIN(TestCliBadFiles)
#include "tst_clibadfiles.moc"
