// Bad files through the loaders: LiteLLM configs that are huge, binary, deeply nested, alias
// bombs, invalid UTF-8 or wrong in type, and malformed AWS config and credentials files. Each is
// refused with a stable code, a message and a location, without reading more than the limits
// allow, and the file is left exactly as it was. The files are generated at run time into the
// build tree (nothing large is committed).
#include "aws/awsinidocument.h"
#include "aws/awssharedconfig.h"
#include "badinput.h"
#include "config/configdocument.h"
#include "config/configfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace brc;

namespace {

QByteArray deepBlock(int depth)
{
    QByteArray text = "model_list: []\nrouter_settings:\n";
    for (int i = 0; i < depth; ++i) {
        text += QByteArray(2 * (i + 1), ' ') + "k" + QByteArray::number(i) + ":\n";
    }
    return text;
}

QByteArray sha(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void config_data();
    void config();
    void hugeConfigIsRefusedBeforeReading();
    void failedLoadLeavesFileAndBackupAlone();
    void awsFiles_data();
    void awsFiles();
    void hugeAwsFileIsRefused();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBadFiles::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral(BRC_BINARY_DIR "/badfiles-XXXXXX"));
    QVERIFY(m_dir->isValid());
}

QString TestBadFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return QString();
    }
    return path;
}

void TestBadFiles::config_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");

    QTest::addRow("binary") << badinput::noise(4096) << "config.yaml-syntax" << 1 << ""
                            << "";
    QTest::addRow("binary after a valid start")
        << QByteArray("model_list:\n  - model_name: a\n") + badinput::noise(512) << "config.yaml-syntax" << 3 << ""
        << "";
    QTest::addRow("NUL byte") << QByteArray("model_list: []\nrouter_settings:\n  a: b\0c\n", 40) << "config.yaml-syntax"
                              << 3 << ""
                              << "";
    QTest::addRow("deep flow nesting") << "model_list: " + QByteArray(100000, '[') << "config.too-deep" << 1 << ""
                                       << "200";
    QTest::addRow("deep block nesting") << deepBlock(5000) << "config.too-deep" << 0 << ""
                                        << "200";
    QTest::addRow("billion laughs") << badinput::aliasBomb() << "config.alias-bomb" << 0 << ""
                                    << "";
    QTest::addRow("invalid UTF-8") << QByteArray("model_list:\n  - model_name: caf\xc3\n    litellm_params: {}\n")
                                   << "config.yaml-syntax" << 2 << ""
                                   << "UTF-8";
    QTest::addRow("overlong UTF-8") << QByteArray("model_list: []\nrouter_settings:\n  a: \xc0\xaf\n")
                                    << "config.yaml-syntax" << 3 << ""
                                    << "UTF-8";
    QTest::addRow("model_list a string") << QByteArray("model_list: \"claude\"\n") << "config.type" << 1 << "model_list"
                                         << "";
    QTest::addRow("model_list a number") << QByteArray("model_list: 42\n") << "config.type" << 1 << "model_list"
                                         << "";
    QTest::addRow("deployment a number") << QByteArray("model_list:\n  - 42\n") << "config.type" << 2 << "model_list[0]"
                                         << "";
    QTest::addRow("litellm_params a list")
        << QByteArray("model_list:\n  - model_name: a\n    litellm_params:\n      - bedrock/x\n") << "config.type" << 4
        << "model_list[0].litellm_params"
        << "";
    QTest::addRow("model_name a mapping")
        << QByteArray("model_list:\n  - model_name: {a: b}\n    litellm_params: {model: bedrock/x}\n") << "config.type"
        << 2 << "model_list[0].model_name"
        << "";
    QTest::addRow("model a list") << QByteArray(
        "model_list:\n  - model_name: a\n    litellm_params:\n      model: [bedrock/x]\n")
                                  << "config.type" << 4 << "model_list[0].litellm_params.model"
                                  << "";
    QTest::addRow("aws_region_name a list")
        << QByteArray("model_list:\n  - model_name: a\n    litellm_params:\n      model: bedrock/x\n      "
                      "aws_region_name: [us-east-1, us-west-2]\n")
        << "config.type" << 5 << "model_list[0].litellm_params.aws_region_name"
        << "";
    QTest::addRow("router_settings a list")
        << QByteArray("model_list: []\nrouter_settings: [1, 2]\n") << "config.type" << 2 << "router_settings"
        << "";
    QTest::addRow("credential_list a string")
        << QByteArray("model_list: []\ncredential_list: nope\n") << "config.type" << 2 << "credential_list"
        << "";
    QTest::addRow("top level a list") << QByteArray("- model_list\n- 1\n") << "config.type" << 1 << ""
                                      << "";
}

void TestBadFiles::config()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const QString path = write(QStringLiteral("config-%1.yaml").arg(QTest::currentDataTag()), text);
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha(path);

    const Result<config::ConfigDocument> loaded = config::ConfigDocument::load(path);
    QVERIFY2(!loaded, "a bad file was accepted");
    const Error &error = loaded.error();
    QVERIFY2(error.code == code, qPrintable(error.code + QStringLiteral(": ") + error.toString()));
    QVERIFY(!error.message.isEmpty());
    // Every error points somewhere: a line (and column), or the field it is about.
    QVERIFY2(error.line > 0 || !error.field.isEmpty(), qPrintable(error.toString()));
    if (line > 0) {
        QVERIFY2(error.line == line, qPrintable(error.toString()));
    }
    if (error.line > 0) {
        QVERIFY2(error.column > 0, qPrintable(error.toString()));
        QVERIFY2(error.toString().startsWith(QStringLiteral("line %1").arg(error.line)), qPrintable(error.toString()));
    }
    if (!field.isEmpty()) {
        QVERIFY2(error.field == field, qPrintable(error.field + QStringLiteral(" / ") + error.toString()));
    }
    if (!words.isEmpty()) {
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
    }
    QCOMPARE(sha(path), before);
}

void TestBadFiles::hugeConfigIsRefusedBeforeReading()
{
    // 100 MB of a perfectly valid config (a comment line repeated): over the 64 MiB limit.
    const QString path = m_dir->filePath(QStringLiteral("huge.yaml"));
    QVERIFY(badinput::writeHugeConfig(path));
    QVERIFY(QFileInfo(path).size() > 100'000'000);
    const qint64 rssBefore = badinput::peakRssKiB();
    const Result<config::ConfigDocument> loaded = config::ConfigDocument::load(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QStringLiteral("config.too-large"));
    QVERIFY2(loaded.error().message.contains(QLatin1String("67108864")), qPrintable(loaded.error().message));
    const qint64 rssAfter = badinput::peakRssKiB();
    qInfo("peak RSS %lld KiB before, %lld KiB after refusing a %lld-byte config", rssBefore, rssAfter,
        QFileInfo(path).size());
    if (rssBefore > 0) {
        QVERIFY2(rssAfter - rssBefore < 16 * 1024, "the huge file was read");
    }
    QFile::remove(path);
}

void TestBadFiles::failedLoadLeavesFileAndBackupAlone()
{
    // A good document saved over a path, then a bad file at that path: loading the bad file
    // fails, and a later save of the good document refuses to overwrite what it did not load.
    const QString path = write(QStringLiteral("shared.yaml"), "model_list: []\n");
    auto good = config::ConfigDocument::load(path);
    QVERIFY(good);
    const QByteArray bad = badinput::aliasBomb();
    QVERIFY(!write(QStringLiteral("shared.yaml"), bad).isEmpty());
    QVERIFY(!config::ConfigDocument::load(path));
    auto saved = config::ConfigFile::save(*good);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("config.changed-on-disk"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bad);
    QVERIFY(!QFile::exists(config::ConfigFile::backupPath(path)));
}

void TestBadFiles::awsFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addRow("binary") << badinput::noise(2048) << "awsconfig.syntax" << 0;
    QTest::addRow("NUL byte") << QByteArray("[default]\nregion = us-\0east-1\n", 29) << "awsconfig.syntax" << 2;
    QTest::addRow("invalid UTF-8") << QByteArray("[default]\nregion = caf\xc3\n") << "awsconfig.syntax" << 2;
    QTest::addRow("invalid UTF-8 in a secret")
        << QByteArray("[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = abc\xff\xfe\n")
        << "awsconfig.syntax" << 3;
    QTest::addRow("unclosed section") << QByteArray("[default\nregion = us-east-1\n") << "awsconfig.syntax" << 1;
    QTest::addRow("entry before any section")
        << QByteArray("region = us-east-1\n[default]\n") << "awsconfig.syntax" << 1;
    QTest::addRow("line without a separator") << QByteArray("[default]\nregion us-east-1\n") << "awsconfig.syntax" << 2;
}

void TestBadFiles::awsFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    for (const char *which : { "config", "credentials" }) {
        const QString path
            = write(QStringLiteral("aws-%1-%2").arg(QString::fromLatin1(which), QTest::currentDataTag()), text);
        QVERIFY(!path.isEmpty());
        const QByteArray before = sha(path);
        QProcessEnvironment environment;
        const bool isConfig = qstrcmp(which, "config") == 0;
        environment.insert(
            isConfig ? QStringLiteral("AWS_CONFIG_FILE") : QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), path);
        environment.insert(isConfig ? QStringLiteral("AWS_SHARED_CREDENTIALS_FILE") : QStringLiteral("AWS_CONFIG_FILE"),
            m_dir->filePath(QStringLiteral("absent")));
        const auto loaded = aws::AwsSharedConfig::load(environment);
        QVERIFY2(!loaded, which);
        const Error &error = loaded.error();
        QVERIFY2(error.code == code, qPrintable(error.code + QStringLiteral(": ") + error.toString()));
        QVERIFY2(error.line > 0 && error.column > 0, qPrintable(error.toString()));
        if (line > 0) {
            QVERIFY2(error.line == line, qPrintable(error.toString()));
        }
        // Which file: the person may have several.
        QVERIFY2(error.field == path || error.message.contains(path), qPrintable(error.toString()));
        QCOMPARE(sha(path), before);
    }
}

void TestBadFiles::hugeAwsFileIsRefused()
{
    // A credentials file of 6 MB whose last profile sits past 4 MiB: refused as a whole, never
    // read in part (a cut file would lose profiles silently, or cut a key in half).
    QByteArray text;
    for (int i = 0; text.size() < 6 * 1024 * 1024; ++i) {
        text += "[p" + QByteArray::number(i) + "]\naws_access_key_id = AKIDEXAMPLE\n";
    }
    text += "[last]\naws_access_key_id = AKIDLAST\n";
    const QString path = write(QStringLiteral("huge-credentials"), text);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), path);
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir->filePath(QStringLiteral("absent")));
    const auto loaded = aws::AwsSharedConfig::load(environment);
    QVERIFY2(!loaded, "a 6 MB credentials file was read");
    QCOMPARE(loaded.error().code, QStringLiteral("awsconfig.too-large"));
    QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
