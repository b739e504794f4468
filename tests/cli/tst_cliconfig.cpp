// bedrock-route lint / export / diff, driven as a script would.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray s_secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

const QByteArray s_withErrors = "# errors on purpose\nmodel_list:\n  - model_name: nova   # keep this comment\n"
                                "    litellm_params:\n      model: bedrock/us.amazon.nova-pro-v1:0\n"
                                "      aws_region_name: us-east1\n"
                                "      aws_secret_access_key: "
    + s_secret
    + "\n"
      "      aws_access_key_id: os.environ/AWS_ACCESS_KEY_ID\n"
      "    model_info:\n      id: one\n";

const QByteArray s_clean = "model_list:\n  - model_name: nova\n    litellm_params:\n"
                           "      model: bedrock/us.amazon.nova-pro-v1:0\n      aws_region_name: us-east-1\n"
                           "      aws_access_key_id: os.environ/AWS_ACCESS_KEY_ID\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CliRun run(const QStringList &arguments)
{
    return runCli(arguments, cleanEnvironment());
}

} // namespace

class TestCliConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addRow("lint") << "lint";
        QTest::addRow("export") << "export";
        QTest::addRow("diff") << "diff";
    }

    void help()
    {
        QFETCH(QString, command);
        const CliRun result = run({ command, QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Usage:"));
        QVERIFY(result.out.contains("Exit status"));
        const CliRun overview = run({ QStringLiteral("--help") });
        QVERIFY(overview.out.contains(command.toUtf8()));
    }

    void lintJson()
    {
        const QString config = write(*m_dir, QStringLiteral("config.yaml"), s_withErrors);
        const CliRun result = run({ QStringLiteral("lint"), config, QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 1);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray diagnostics = json.value(QStringLiteral("diagnostics")).toArray();
        QVERIFY(diagnostics.size() >= 2);
        QStringList codes;
        for (const QJsonValue &value : diagnostics) {
            const QJsonObject d = value.toObject();
            for (const char *key : { "code", "severity", "message", "line", "column", "path", "fix" }) {
                QVERIFY2(d.contains(QLatin1String(key)), key);
            }
            codes << d.value(QStringLiteral("code")).toString();
            if (d.value(QStringLiteral("code")).toString() == QLatin1String("config.invalid-region")) {
                QCOMPARE(d.value(QStringLiteral("line")).toInt(), 6);
                QCOMPARE(d.value(QStringLiteral("column")).toInt(), 24);
                QCOMPARE(d.value(QStringLiteral("path")).toString(),
                    QStringLiteral("model_list[0].litellm_params.aws_region_name"));
                QCOMPARE(d.value(QStringLiteral("fix"))[QStringLiteral("replacement")].toString(),
                    QStringLiteral("us-east-1"));
            }
        }
        QVERIFY(codes.contains(QStringLiteral("config.invalid-region")));
        QVERIFY(codes.contains(QStringLiteral("config.literal-secret")));
        QVERIFY(!result.out.contains(s_secret) && !result.err.contains(s_secret));
    }

    void lintClean()
    {
        const QString config = write(*m_dir, QStringLiteral("config.yaml"), s_clean);
        const CliRun result = run({ QStringLiteral("lint"), config });
        QCOMPARE(result.exitCode, 0);
    }

    void lintUnreadable_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("syntax") << QByteArray("model_list:\n  - model_name: a\n   bad: indent\n");
        QTest::addRow("type") << QByteArray("model_list: 42\n");
        QTest::addRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
    }

    void lintUnreadable()
    {
        QFETCH(QByteArray, text);
        const QString config = write(*m_dir, QStringLiteral("broken.yaml"), text);
        const CliRun result = run({ QStringLiteral("lint"), config });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("line ") && result.err.contains("column "), result.err.constData());
        QCOMPARE(run({ QStringLiteral("lint"), m_dir->filePath(QStringLiteral("missing.yaml")) }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("lint") }).exitCode, 2);
    }

    void lintEnvFile()
    {
        const QString config = write(*m_dir, QStringLiteral("config.yaml"), s_clean);
        const QString missing = write(*m_dir, QStringLiteral("missing.env"), "# nothing here\nOTHER=1\n");
        CliRun result
            = run({ QStringLiteral("lint"), config, QStringLiteral("--env-file"), missing, QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains("config.env-unset"));
        QVERIFY(result.out.contains("AWS_ACCESS_KEY_ID"));
        const QString present = write(*m_dir, QStringLiteral("present.env"), "export AWS_ACCESS_KEY_ID=\"x\"\n");
        result = run({ QStringLiteral("lint"), config, QStringLiteral("--env-file"), present });
        QCOMPARE(result.exitCode, 0);
        const QString broken = write(*m_dir, QStringLiteral("broken.env"), "this is not an env file\n");
        QCOMPARE(run({ QStringLiteral("lint"), config, QStringLiteral("--env-file"), broken }).exitCode, 2);
    }

    void lintFixToOutput()
    {
        const QString config = write(*m_dir, QStringLiteral("config.yaml"), s_withErrors);
        const QString out = m_dir->filePath(QStringLiteral("fixed.yaml"));
        const CliRun result = run({ QStringLiteral("lint"), config, QStringLiteral("--fix"), QStringLiteral("-o"), out,
            QStringLiteral("--json") });
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QStringLiteral("fixesApplied")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("secretsLeftInPlace")).toInt(), 1);
        QCOMPARE(result.exitCode, 1); // the secret is still an error
        QByteArray expected = s_withErrors;
        expected.replace("us-east1", "us-east-1");
        QCOMPARE(read(out), expected); // minimal: one value, comments kept, secret not thrown away
        QCOMPARE(read(config), s_withErrors);
        QVERIFY(!result.out.contains(s_secret) && !result.err.contains(s_secret));
    }

    void lintFixInPlace()
    {
        const QString config = write(*m_dir, QStringLiteral("config.yaml"), s_withErrors);
        const CliRun result = run({ QStringLiteral("lint"), config, QStringLiteral("--fix") });
        QVERIFY(result.out.contains("applied 1 fix"));
        QVERIFY(result.out.contains("left 1 secret"));
        QVERIFY(read(config).contains("aws_region_name: us-east-1\n"));
        QCOMPARE(read(config + QStringLiteral(".bak")), s_withErrors);
    }

    void exportFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("expectedStart");
        QTest::addRow("yaml") << "yaml" << s_withErrors.left(20);
        QTest::addRow("json") << "json" << QByteArray("{\n  \"model_list\": [");
        QTest::addRow("configmap") << "configmap" << QByteArray("apiVersion: v1\nkind: ConfigMap\n");
        QTest::addRow("env") << "env" << QByteArray("# Environment for this LiteLLM config");
    }

    void exportFormats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, expectedStart);
        const QString config = write(*m_dir, QStringLiteral("config.yaml"), s_withErrors);
        const CliRun result = run({ QStringLiteral("export"), config, QStringLiteral("--to"), format });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(expectedStart), result.out.left(200).constData());
        // The secret written in the file leaves as a reference; everything else as it was.
        QVERIFY(!result.out.contains(s_secret));
        if (format == QLatin1String("yaml")) {
            QCOMPARE(result.out, QByteArray(s_withErrors).replace(s_secret, "os.environ/AWS_SECRET_ACCESS_KEY"));
        }
        if (format == QLatin1String("env")) {
            QVERIFY(result.out.contains("\nAWS_ACCESS_KEY_ID=\n"));
            QVERIFY(result.out.contains("\nAWS_SECRET_ACCESS_KEY=\n"));
        }
        const QString out = m_dir->filePath(QStringLiteral("out.") + format);
        QCOMPARE(run({ QStringLiteral("export"), config, QStringLiteral("--to"), format, QStringLiteral("-o"), out })
                     .exitCode,
            0);
        QCOMPARE(read(out), result.out);
    }

    void exportRealConfigByteIdentical()
    {
        const QString config = QStringLiteral(
            BRC_TESTDATA_DIR "/litellm-configs/36-arpan1235-litellm-aws-fargate-litellm_config_load_balance.yaml");
        const CliRun result = run({ QStringLiteral("export"), config, QStringLiteral("--to"), QStringLiteral("yaml") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, read(config));
    }

    void exportBadInputWritesNothing()
    {
        const QString broken = write(*m_dir, QStringLiteral("broken.yaml"), "model_list: [\n");
        const QString out = m_dir->filePath(QStringLiteral("out.json"));
        CliRun result = run({ QStringLiteral("export"), broken, QStringLiteral("--to"), QStringLiteral("json"),
            QStringLiteral("-o"), out });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!QFile::exists(out));
        const QString config = write(*m_dir, QStringLiteral("config.yaml"), s_clean);
        result = run({ QStringLiteral("export"), config, QStringLiteral("--to"), QStringLiteral("toml"),
            QStringLiteral("-o"), out });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(run({ QStringLiteral("export"), config }).exitCode, 2); // --to is required
    }

    void diff()
    {
        const QString before = write(*m_dir, QStringLiteral("before.yaml"), s_withErrors);
        CliRun result = run({ QStringLiteral("diff"), before, before });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("no differences"));

        QByteArray changed = s_withErrors;
        changed.replace("us-east1", "eu-west-1");
        changed.replace(s_secret, "another-secret-value");
        changed.replace("# keep this comment", "# a different comment");
        const QString after = write(*m_dir, QStringLiteral("after.yaml"), changed);
        result = run({ QStringLiteral("diff"), before, after, QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 1);
        const QJsonArray changes
            = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0][QStringLiteral("path")].toString(), QStringLiteral("litellm_params.aws_region_name"));
        QCOMPARE(changes[0][QStringLiteral("new")].toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(changes[0][QStringLiteral("deployment")].toString(), QStringLiteral("id:one"));
        QVERIFY(changes[1][QStringLiteral("secret")].toBool());
        QVERIFY(!result.out.contains(s_secret) && !result.out.contains("another-secret-value"));

        const QString broken = write(*m_dir, QStringLiteral("broken.yaml"), "a: [\n");
        QCOMPARE(run({ QStringLiteral("diff"), before, broken }).exitCode, 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cliconfig.moc"
