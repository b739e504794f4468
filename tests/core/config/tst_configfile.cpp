#include "config/configdocument.h"
#include "config/configfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace brc::config;
using brc::Result;

namespace {

const QByteArray s_config = "# keep me\nmodel_list:\n  - model_name: a   # and me\n    litellm_params:\n"
                            "      model: bedrock/us.amazon.nova-pro-v1:0\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("config.yaml"));
        QVERIFY(writeFile(m_path, s_config));
    }

    void saveKeepsBackup()
    {
        Result<ConfigDocument> document = ConfigDocument::load(m_path);
        QVERIFY(document);
        QVERIFY(document->setParam(0, QStringLiteral("aws_region_name"), QStringLiteral("eu-west-1")));
        QVERIFY(document->isModified());
        const Result<void> saved = ConfigFile::save(*document);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(readFile(m_path), s_config + "      aws_region_name: eu-west-1\n");
        QCOMPARE(readFile(ConfigFile::backupPath(m_path)), s_config);
        QVERIFY(!document->isModified());
        // A second save is checked against what the first wrote, not the original.
        QVERIFY(document->setModelName(0, QStringLiteral("b")));
        QVERIFY(ConfigFile::save(*document));
        QVERIFY(readFile(m_path).contains("model_name: b   # and me"));
    }

    void refusesChangedOnDisk()
    {
        Result<ConfigDocument> document = ConfigDocument::load(m_path);
        QVERIFY(document);
        const QByteArray theirs = s_config + "# someone else's change\n";
        QVERIFY(writeFile(m_path, theirs));
        QVERIFY(document->setModelName(0, QStringLiteral("mine")));
        const Result<void> saved = ConfigFile::save(*document);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, QStringLiteral("config.changed-on-disk"));
        QCOMPARE(readFile(m_path), theirs); // nothing written
        QVERIFY(!QFileInfo::exists(ConfigFile::backupPath(m_path)));
        QVERIFY(document->isModified());

        SaveOptions force;
        force.force = true;
        QVERIFY(ConfigFile::save(*document, QString(), force));
        QVERIFY(readFile(m_path).contains("model_name: mine"));
        QCOMPARE(readFile(ConfigFile::backupPath(m_path)), theirs); // their version is not lost
    }

    void unchangedDocumentWritesNothing()
    {
        Result<ConfigDocument> document = ConfigDocument::load(m_path);
        QVERIFY(document);
        QVERIFY(ConfigFile::save(*document));
        QVERIFY(!QFileInfo::exists(ConfigFile::backupPath(m_path)));
        QCOMPARE(readFile(m_path), s_config);
    }

    void saveAsOtherFile()
    {
        Result<ConfigDocument> document = ConfigDocument::load(m_path);
        QVERIFY(document);
        const QString other = m_dir->filePath(QStringLiteral("copy.yaml"));
        QVERIFY(ConfigFile::save(*document, other));
        QCOMPARE(readFile(other), s_config);
        QCOMPARE(document->filePath(), other);
    }

    void unwritableTarget()
    {
        Result<ConfigDocument> document = ConfigDocument::load(m_path);
        QVERIFY(document);
        const Result<void> saved
            = ConfigFile::save(*document, m_dir->filePath(QStringLiteral("no/such/folder/config.yaml")));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, QStringLiteral("config.io"));
    }

    void brokenFileIsNotLoaded()
    {
        QVERIFY(writeFile(m_path, "model_list: [\n"));
        const Result<ConfigDocument> document = ConfigDocument::load(m_path);
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("config.yaml-syntax"));
        QVERIFY(document.error().line > 0);
        QCOMPARE(ConfigDocument::load(m_dir->filePath(QStringLiteral("missing.yaml"))).error().code,
            QStringLiteral("config.io"));
    }

    void loadsOffTheGuiThread()
    {
        // A plain function of a path: run it on a worker thread.
        Result<ConfigDocument> result = ConfigDocument::fromYaml({});
        std::thread worker([&] { result = ConfigDocument::load(m_path); });
        worker.join();
        QVERIFY(result);
        QCOMPARE(result->deployments().size(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
