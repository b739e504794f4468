#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

class TestCliParse final : public QObject
{
    Q_OBJECT

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty()) {
                continue;
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                qWarning("not a JSON object: %s (%s)", line.left(200).constData(), qPrintable(error.errorString()));
                return {};
            }
            objects.append(doc.object());
        }
        return objects;
    }

    static QList<QJsonObject> groundTruthRows()
    {
        QList<QJsonObject> rows;
        QFile file(QStringLiteral(BRC_TESTDATA_DIR "/litellm-routes-1.81.9.jsonl"));
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
                if (!row.isEmpty()) {
                    rows.append(row);
                }
            }
        }
        return rows;
    }

private Q_SLOTS:
    void help()
    {
        const CliRun run = runCli({ "parse", "--help" }, cleanEnvironment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("MODEL"));
        QVERIFY(run.out.contains("--litellm"));
        QCOMPARE(runCli({ "--help" }, cleanEnvironment()).exitCode, 0);
        QVERIFY(runCli({ "--version" }, cleanEnvironment()).out.startsWith("bedrock-route "));
    }

    // The program runs by its full path here; each command's usage line still names the command
    // as typed (the man page is made from this text).
    void helpNamesTheCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command :
            { "parse", "decode-stream", "test", "health", "sign", "credentials", "lint", "export", "diff" }) {
            QTest::addRow("%s", command) << QString::fromLatin1(command);
        }
    }

    void helpNamesTheCommand()
    {
        QFETCH(QString, command);
        const CliRun run = runCli({ command, "--help" }, cleanEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QString usage = QString::fromUtf8(run.out).section(u'\n', 0, 0);
        const QString expected = "Usage: bedrock-route " + command + ' ';
        QVERIFY2(usage.startsWith(expected), qPrintable(usage));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no model") << QStringList { "parse" };
        QTest::addRow("unknown version") << QStringList { "parse", "--litellm", "0.9", "bedrock/x" };
        QTest::addRow("unknown option") << QStringList { "parse", "--colour", "bedrock/x" };
        QTest::addRow("unknown command") << QStringList { "parsley" };
    }
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments, cleanEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void readable()
    {
        const CliRun run = runCli(
            { "parse", "--region", "us-east-1", "bedrock/invoke/eu.amazon.nova-micro-v1:0" }, cleanEnvironment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("LiteLLM 1.81.9"));
        QVERIFY(run.out.contains("invoke (AmazonInvokeNovaConfig)"));
        QVERIFY(run.out.contains("geo-prefix-region-mismatch"));
        QVERIFY(run.out.contains("fix: bedrock/invoke/us.amazon.nova-micro-v1:0"));
    }

    void legacySeed()
    {
        const CliRun run = runCli(
            { "parse", "--litellm", "1.53", "--json", "bedrock/invoke/eu.amazon.nova-micro-v1:0" }, cleanEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject litellm = lines.first().value(QLatin1String("litellm")).toObject();
        QCOMPARE(litellm.value(QLatin1String("version")).toString(), QStringLiteral("1.53.7"));
        QCOMPARE(litellm.value(QLatin1String("invoke_provider")).toString(), QStringLiteral("eu"));
        QVERIFY(litellm.value(QLatin1String("error")).toString().contains(QLatin1String("Unknown provider=eu")));
    }

    void jsonShape()
    {
        const CliRun run = runCli({ "parse", "--json",
                                      "bedrock/converse/arn:aws:bedrock:eu-central-1:111122223333:"
                                      "application-inference-profile/prof123" },
            cleanEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject o = lines.first();
        for (const char *key : { "input", "litellm", "aws", "diagnostics" }) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        const QJsonObject litellm = o.value(QLatin1String("litellm")).toObject();
        for (const char *key : { "version", "route", "invoke_provider", "model_id", "path_model_id", "base_model",
                 "region_from_model", "url", "stream_url", "error" }) {
            QVERIFY2(litellm.contains(QLatin1String(key)), key);
        }
        QVERIFY(litellm.value(QLatin1String("invoke_provider")).isNull());
        const QJsonObject aws = o.value(QLatin1String("aws")).toObject();
        for (const char *key : { "geo_prefix", "provider", "family", "model_id", "arn", "region", "urls" }) {
            QVERIFY2(aws.contains(QLatin1String(key)), key);
        }
        QCOMPARE(aws.value(QLatin1String("arn")).toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("application-inference-profile"));
        QCOMPARE(aws.value(QLatin1String("region")).toString(), QStringLiteral("eu-central-1"));
        QVERIFY(aws.value(QLatin1String("urls"))
                    .toObject()
                    .value(QLatin1String("converse"))
                    .toString()
                    .endsWith(QLatin1String("application-inference-profile%2Fprof123/converse")));
    }

    void standardInput()
    {
        // CRLF, a blank line, invalid UTF-8 and a 100 KB line: one JSON object each, in order.
        QByteArray input = "bedrock/us.amazon.nova-pro-v1:0\r\n\nbedrock/\xff\xfe\n";
        input += "bedrock/" + QByteArray(100 * 1024, 'a') + "\n";
        const CliRun run = runCli({ "parse", "--json", "-" }, cleanEnvironment(), input);
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(
            lines.at(0).value(QLatin1String("input")).toString(), QStringLiteral("bedrock/us.amazon.nova-pro-v1:0"));
        QCOMPARE(lines.at(1).value(QLatin1String("input")).toString(), QString());
        const QJsonArray diagnostics = lines.at(2).value(QLatin1String("diagnostics")).toArray();
        QVERIFY(!diagnostics.isEmpty());
        QCOMPARE(diagnostics.first().toObject().value(QLatin1String("code")).toString(),
            QStringLiteral("invalid-characters"));
        QCOMPARE(lines.at(3).value(QLatin1String("input")).toString().size(), 8 + 100 * 1024);
    }

    // LiteLLM 1.81.9's own answers, through the command line, under each region set-up.
    void groundTruth_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("urlKey");
        QTest::addRow("--region") << "param"
                                  << "endpoint_us_east_1";
        QTest::addRow("AWS_REGION") << "env"
                                    << "endpoint_env_aws_region_us_east_1";
        QTest::addRow("no region anywhere") << "none"
                                            << "endpoint_no_region_config";
    }
    void groundTruth()
    {
        QFETCH(QString, setup);
        QFETCH(QString, urlKey);
        const QList<QJsonObject> rows = groundTruthRows();
        QVERIFY(rows.size() > 100);
        QByteArray input;
        for (const QJsonObject &row : rows) {
            input += row.value(QLatin1String("input")).toString().toUtf8() + '\n';
        }
        QProcessEnvironment env = cleanEnvironment();
        QStringList arguments { "parse", "--json", "-" };
        if (setup == QLatin1String("param")) {
            arguments << "--region"
                      << "us-east-1";
        } else if (setup == QLatin1String("env")) {
            env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
        }
        const CliRun run = runCli(arguments, env, input);
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), rows.size());
        const QList<QPair<const char *, const char *>> fields = {
            { "route", "route" },
            { "provider", "invoke_provider" },
            { "model_id", "model_id" },
            { "encoded_model_id", "path_model_id" },
            { "base_model", "base_model" },
            { "region_from_input", "region_from_model" },
            { "error", "error" },
        };
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject litellm = lines.at(i).value(QLatin1String("litellm")).toObject();
            for (const auto &[expected, actual] : fields) {
                QVERIFY2(rows.at(i).value(QLatin1String(expected)) == litellm.value(QLatin1String(actual)),
                    qPrintable(QStringLiteral("%1: %2").arg(
                        rows.at(i).value(QLatin1String("input")).toString(), QLatin1String(expected))));
            }
            QCOMPARE(litellm.value(QLatin1String("url")), rows.at(i).value(urlKey));
        }
    }

    void awsConfigRegion()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[profile ops]\nregion = eu-west-3\n");
        config.close();
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("ops"));
        CliRun run = runCli({ "parse", "--json", "bedrock/converse/eu.amazon.nova-micro-v1:0" }, env);
        QCOMPARE(run.exitCode, 0);
        QJsonObject litellm = jsonLines(run.out).value(0).value(QLatin1String("litellm")).toObject();
        QCOMPARE(litellm.value(QLatin1String("region")).toString(), QStringLiteral("eu-west-3"));
        QCOMPARE(litellm.value(QLatin1String("region_source")).toString(), QStringLiteral("AWS session"));

        env.insert(QStringLiteral("AWS_REGION_NAME"), QStringLiteral("eu-north-1"));
        env.insert(QStringLiteral("AWS_BEDROCK_RUNTIME_ENDPOINT"), QStringLiteral("http://127.0.0.1:9"));
        run = runCli({ "parse", "--json", "bedrock/converse/eu.amazon.nova-micro-v1:0" }, env);
        litellm = jsonLines(run.out).value(0).value(QLatin1String("litellm")).toObject();
        QCOMPARE(litellm.value(QLatin1String("region")).toString(), QStringLiteral("eu-north-1"));
        QCOMPARE(litellm.value(QLatin1String("url")).toString(),
            QStringLiteral("http://127.0.0.1:9/model/eu.amazon.nova-micro-v1%3A0/converse"));

        run = runCli({ "parse", "--json", "--region", "eu-central-1", "--endpoint", "https://vpce.example",
                         "bedrock/converse/eu.amazon.nova-micro-v1:0" },
            env);
        litellm = jsonLines(run.out).value(0).value(QLatin1String("litellm")).toObject();
        QCOMPARE(litellm.value(QLatin1String("region")).toString(), QStringLiteral("eu-central-1"));
        QCOMPARE(litellm.value(QLatin1String("url")).toString(),
            QStringLiteral("https://vpce.example/model/eu.amazon.nova-micro-v1%3A0/converse"));
    }
};

QTEST_GUILESS_MAIN(TestCliParse)
#include "tst_cliparse.moc"
