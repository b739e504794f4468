#include "config/configdocument.h"
#include "config/configexporter.h"
#include "config/yamltree.h"
#include "configcorpus.h"
#include "pyyamlchecker.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace brc::config;
using brc::Result;

class TestConfigExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void formats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("yaml") << "yaml" << true;
        QTest::addRow("YML") << "YML" << true;
        QTest::addRow("json") << "json" << true;
        QTest::addRow("configmap") << "ConfigMap" << true;
        QTest::addRow("env") << "env" << true;
        QTest::addRow("toml") << "toml" << false;
        QTest::addRow("empty") << "" << false;
    }

    void formats()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Result<ExportFormat> format = ConfigExporter::formatFromName(name);
        QCOMPARE(bool(format), valid);
        if (!valid) {
            QCOMPARE(format.error().code, QStringLiteral("config.export-format"));
        }
    }

    void configMap_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : configCorpus()) {
            QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void configMap()
    {
        QFETCH(QString, path);
        Result<ConfigDocument> document = ConfigDocument::load(path);
        QVERIFY(document);
        Result<QByteArray> manifest
            = ConfigExporter::toConfigMap(*document, QStringLiteral("litellm"), QStringLiteral("ai"));
        QVERIFY(manifest);
        QVERIFY(manifest->startsWith("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: litellm\n  namespace: ai\n"));
        // The manifest parses, and holds the file's text.
        QVERIFY(YamlTree::parse(*manifest).hasValue());
        if (!m_checker.isAvailable()) {
            QSKIP("python3 with PyYAML is not available");
        }
        const QString out = m_tmp.filePath(QFileInfo(path).fileName() + QStringLiteral(".configmap.yaml"));
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*manifest);
        file.close();
        const auto [code, output] = m_checker.check({ QStringLiteral("configmap"), out, path });
        QVERIFY2(code == 0, qPrintable(output));
    }

    void configMapRejectsBadNames()
    {
        Result<ConfigDocument> document = ConfigDocument::fromYaml("model_list: []\n");
        QVERIFY(document);
        QCOMPARE(ConfigExporter::toConfigMap(*document, QStringLiteral("Bad Name")).error().code,
            QStringLiteral("config.export-name"));
        QCOMPARE(ConfigExporter::toConfigMap(*document, QStringLiteral("ok"), QStringLiteral("x/y")).error().code,
            QStringLiteral("config.export-name"));
    }

    void envTemplate()
    {
        Result<ConfigDocument> document
            = ConfigDocument::load(QStringLiteral(BRC_SOURCE_DIR "/tests/core/config/data/anchors-merge.yaml"));
        QVERIFY(document);
        const QByteArray env = ConfigExporter::toEnvTemplate(*document);
        QCOMPARE(env.count("AWS_ACCESS_KEY_ID=\n"), 1);
        QCOMPARE(env.count("AWS_SECRET_ACCESS_KEY=\n"), 1);
        QVERIFY(env.indexOf("AWS_ACCESS_KEY_ID=") < env.indexOf("AWS_SECRET_ACCESS_KEY="));
        QVERIFY(env.contains("# used by x-defaults.aws_access_key_id"));
        // No line assigns a value.
        for (const QByteArray &line : env.split('\n')) {
            QVERIFY(line.isEmpty() || line.startsWith('#') || line.endsWith('='));
        }
        Result<ConfigDocument> cjk
            = ConfigDocument::load(QStringLiteral(BRC_SOURCE_DIR "/tests/core/config/data/cjk-comments.yaml"));
        QVERIFY(cjk);
        QVERIFY(ConfigExporter::toEnvTemplate(*cjk).contains("\nLITELLM_MASTER_KEY=\n"));
    }

    void envTemplateOddNames()
    {
        // Found by fuzz_config: names holding '=' or a line break made lines that assign values.
        QFile crash(QStringLiteral(BRC_SOURCE_DIR "/tests/fuzz/crashes/fuzz_config/env-name-with-equals"));
        QVERIFY(crash.open(QIODevice::ReadOnly));
        const QByteArray yaml = "model_list:\n"
                                "  - model_name: m\n"
                                "    litellm_params:\n"
                                "      model: bedrock/amazon.nova-micro-v1:0\n"
                                "      api_key: \"os.environ/A\\nB=secret\"\n"
                                "      aws_access_key_id: os.environ/KEY=VALUE\n"
                                "      \"odd\\nkey\": os.environ/GOOD_NAME\n";
        for (const QByteArray &text : { crash.readAll(), yaml }) {
            Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
            QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
            const QByteArray env = ConfigExporter::toEnvTemplate(*document);
            for (const QByteArray &line : env.split('\n')) {
                QVERIFY2(line.isEmpty() || line.startsWith('#') || (line.endsWith('=') && line.count('=') == 1),
                    line.constData());
            }
        }
        const QByteArray env = ConfigExporter::toEnvTemplate(*ConfigDocument::fromYaml(yaml));
        QVERIFY(env.contains("\n# used by model_list[0].litellm_params.api_key: os.environ/A\\x0aB=secret is not a "
                             "name a .env file can set\n"));
        QVERIFY(env.contains("os.environ/KEY=VALUE is not a name"));
        QVERIFY(env.contains("# used by model_list[0].litellm_params.odd\\x0akey\nGOOD_NAME=\n"));
    }

    void json()
    {
        Result<ConfigDocument> document
            = ConfigDocument::load(QStringLiteral(BRC_SOURCE_DIR "/tests/core/config/data/anchors-merge.yaml"));
        QVERIFY(document);
        const QJsonObject data = QJsonDocument::fromJson(ConfigExporter::toJson(*document)).object();
        const QJsonObject first
            = data.value(QStringLiteral("model_list"))[0][QStringLiteral("litellm_params")].toObject();
        QCOMPARE(first.value(QStringLiteral("rpm")).toInt(), 60); // merged, typed
        QCOMPARE(first.value(QStringLiteral("aws_region_name")).toString(), QStringLiteral("us-west-2"));
        QCOMPARE(first.value(QStringLiteral("aws_access_key_id")).toString(),
            QStringLiteral("os.environ/AWS_ACCESS_KEY_ID"));
        QVERIFY(!first.contains(QStringLiteral("<<")));
        const QJsonObject second
            = data.value(QStringLiteral("model_list"))[1][QStringLiteral("litellm_params")].toObject();
        QCOMPARE(second.value(QStringLiteral("aws_region_name")).toString(), QStringLiteral("us-east-1"));
    }

private:
    QTemporaryDir m_tmp;
    PyYamlChecker m_checker;
};

QTEST_GUILESS_MAIN(TestConfigExporter)
#include "tst_configexporter.moc"
