#include "config/configdocument.h"
#include "config/configlinter.h"

#include <QTest>

using namespace brc::config;
using brc::Result;
using brc::route::Severity;

namespace {

const char *s_head = "model_list:\n";

QByteArray deployment(const char *name, const char *params, const char *info = nullptr)
{
    QByteArray out = QByteArray("  - model_name: ") + name + "\n    litellm_params:\n";
    for (const QByteArray &line : QByteArray(params).split(';')) {
        out += "      " + line.trimmed() + '\n';
    }
    if (info) {
        out += "    model_info:\n";
        for (const QByteArray &line : QByteArray(info).split(';')) {
            out += "      " + line.trimmed() + '\n';
        }
    }
    return out;
}

QList<ConfigDiagnostic> withCode(const QList<ConfigDiagnostic> &all, const QString &code)
{
    QList<ConfigDiagnostic> out;
    for (const ConfigDiagnostic &d : all) {
        if (d.code == code) {
            out.append(d);
        }
    }
    return out;
}

} // namespace

class TestConfigLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("environment"); // empty: not checked; "-": checked, nothing set
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("fixed"); // text after applying that finding's fix; empty: no fix

        const QByteArray claude
            = "model: bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0; aws_region_name: us-east-1";
        QByteArray text = s_head + deployment("a", claude, "id: x1") + deployment("b", claude, "id: x1");
        QTest::addRow("duplicate-model-id")
            << text << QStringList() << "config.duplicate-model-id" << int(Severity::Error) << 13 << 11 << QByteArray();

        text = s_head + deployment("a", "model: bedrock/converse/us.amazon.nova-pro-v1:0; aws_region_name: us-east-1")
            + deployment("a", "model: bedrock/invoke/us.amazon.nova-pro-v1:0; aws_region_name: us-east-1");
        QTest::addRow("group-route-mismatch") << text << QStringList() << "config.group-route-mismatch"
                                              << int(Severity::Warning) << 2 << 17 << QByteArray();

        text = s_head + deployment("a", "model: bedrock/us.amazon.nova-pro-v1:0; aws_region_name: us-east-1")
            + deployment("a", "model: bedrock/us.amazon.nova-pro-v1:0; aws_region_name: us-west-2");
        QTest::addRow("group-region-mismatch") << text << QStringList() << "config.group-region-mismatch"
                                               << int(Severity::Info) << 2 << 17 << QByteArray();

        text = s_head
            + deployment("a",
                "model: bedrock/us.amazon.nova-pro-v1:0; aws_region_name: us-east-1; "
                "aws_access_key_id: AKIAIOSFODNN7EXAMPLE");
        QByteArray fixed = text;
        fixed.replace("AKIAIOSFODNN7EXAMPLE", "os.environ/AWS_ACCESS_KEY_ID");
        QTest::addRow("literal-access-key")
            << text << QStringList() << "config.literal-secret" << int(Severity::Error) << 6 << 26 << fixed;

        text = "general_settings:\n  master_key: \"sk-1234\" # demo\n";
        QTest::addRow("literal-master-key")
            << text << QStringList() << "config.literal-secret" << int(Severity::Error) << 2 << 15
            << QByteArray("general_settings:\n  master_key: \"os.environ/LITELLM_MASTER_KEY\" # demo\n");

        text = s_head
            + deployment("a",
                "model: bedrock/us.amazon.nova-pro-v1:0; aws_region_name: us-east-1; "
                "aws_secret_access_key: os.environ/AWS_SECRET_ACCESS_KEY")
            + "environment_variables:\n  DEFINED_HERE: x\ngeneral_settings:\n  master_key: os.environ/DEFINED_HERE\n";
        QTest::addRow("env-unset") << text << QStringList { QStringLiteral("OTHER") } << "config.env-unset"
                                   << int(Severity::Error) << 6 << 30 << QByteArray();

        text = s_head + deployment("a", "model: bedrock/us.amazon.nova-pro-v1:0; aws_regoin_name: us-east-1");
        fixed = text;
        fixed.replace("aws_regoin_name", "aws_region_name");
        QTest::addRow("unknown-param-did-you-mean")
            << text << QStringList() << "config.unknown-param" << int(Severity::Warning) << 5 << 7 << fixed;

        text = s_head
            + deployment("a", "model: bedrock/us.amazon.nova-pro-v1:0; aws_region_name: us-east-1; shoe_size: 44");
        QTest::addRow("unknown-param-passed-through")
            << text << QStringList() << "config.unknown-param" << int(Severity::Info) << 6 << 7 << QByteArray();

        text = s_head + deployment("a", "model: bedrock/us.amazon.nova-pro-v1:0; litellm_credential_name: defualt-aws")
            + "credential_list:\n  - credential_name: default-aws\n    credential_values:\n"
              "      aws_region_name: us-east-1\n";
        fixed = text;
        fixed.replace("litellm_credential_name: defualt-aws", "litellm_credential_name: default-aws");
        QTest::addRow("unknown-credential")
            << text << QStringList() << "config.unknown-credential" << int(Severity::Error) << 5 << 32 << fixed;

        text = s_head + deployment("a", "model: bedrock/us.amazon.nova-pro-v1:0; aws_region_name: 'us-east1'");
        fixed = text;
        fixed.replace("'us-east1'", "'us-east-1'");
        QTest::addRow("invalid-region") << text << QStringList() << "config.invalid-region" << int(Severity::Error) << 5
                                        << 24 << fixed;
        text = s_head + deployment("a", "model: bedrock/us.amazon.nova-pro-v1:0; aws_region_name: US-WEST-2");
        fixed = text;
        fixed.replace("US-WEST-2", "us-west-2");
        QTest::addRow("invalid-region-case")
            << text << QStringList() << "config.invalid-region" << int(Severity::Error) << 5 << 24 << fixed;

        text = s_head
            + deployment("a", "model: \"bedrock/invoke/us.writer.palmyra-x4-v1:0\"; aws_region_name: us-east-1");
        fixed = text;
        fixed.replace("\"bedrock/invoke/us.writer.palmyra-x4-v1:0\"", "\"bedrock/converse/us.writer.palmyra-x4-v1:0\"");
        QTest::addRow("route-diagnostic-located")
            << text << QStringList() << "route.invoke-unknown-provider" << int(Severity::Error) << 4 << -1 << fixed;
    }

    void findings()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, environment);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QByteArray, fixed);

        Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
        QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
        LintOptions options;
        if (!environment.isEmpty()) {
            options.environment = QSet<QString>(environment.begin(), environment.end());
        }
        const ConfigLinter linter;
        const QList<ConfigDiagnostic> all = linter.lint(*document, options);
        const QList<ConfigDiagnostic> found = withCode(all, code);
        QVERIFY2(found.size() == 1,
            qPrintable(QStringLiteral("%1 findings with %2 among %3").arg(found.size()).arg(code).arg(all.size())));
        const ConfigDiagnostic &d = found.first();
        QCOMPARE(int(d.severity), severity);
        QCOMPARE(d.line, line);
        if (column > 0) {
            QCOMPARE(d.column, column);
        } else {
            QVERIFY(d.column >= 14); // inside the model: value
        }
        QVERIFY(!d.message.isEmpty());
        QVERIFY(!d.path.isEmpty() || d.code.startsWith(QLatin1String("config.")));
        // secrets never reach a message
        QVERIFY(!d.message.contains(QLatin1String("AKIAIOSFODNN7EXAMPLE")));
        QVERIFY(!d.message.contains(QLatin1String("sk-1234")));
        QCOMPARE(d.hasFix, !fixed.isEmpty());
        if (d.hasFix) {
            ConfigDocument copy = *document;
            QVERIFY(copy.applyEdits({ d.fix }));
            QCOMPARE(copy.text(), fixed);
            // the fix resolves the finding
            QVERIFY(withCode(linter.lint(copy, options), code).isEmpty());
        }
    }

    void cleanConfig()
    {
        const QByteArray text = "model_list:\n  - model_name: nova\n    litellm_params:\n"
                                "      model: bedrock/us.amazon.nova-pro-v1:0\n      aws_region_name: us-east-1\n"
                                "      aws_access_key_id: os.environ/AWS_ACCESS_KEY_ID\n    model_info:\n      id: n1\n"
                                "  - model_name: gpt\n    litellm_params:\n      model: gpt-4o\n";
        Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
        QVERIFY(document);
        LintOptions options;
        options.environment = QSet<QString> { QStringLiteral("AWS_ACCESS_KEY_ID") };
        const QList<ConfigDiagnostic> all = ConfigLinter().lint(*document, options);
        for (const ConfigDiagnostic &d : all) {
            QVERIFY2(d.severity == Severity::Info, qPrintable(d.code + QStringLiteral(": ") + d.message));
            QVERIFY2(!d.code.startsWith(QLatin1String("route.")) || d.line == 4, "gpt-4o is not Bedrock's");
        }
    }

    void secretFixesAreHeldBack()
    {
        const QByteArray text = "model_list:\n  - model_name: a\n    litellm_params:\n"
                                "      model: bedrock/us.amazon.nova-pro-v1:0\n      aws_region_name: us-east1\n"
                                "      aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                                "  - model_name: b\n    litellm_params:\n      model: bedrock/us.amazon.nova-pro-v1:0\n"
                                "      aws_region_name: us-east1\n"
                                "      aws_secret_access_key: another-secret-value-entirely\n";
        Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
        QVERIFY(document);
        const QList<ConfigDiagnostic> all = ConfigLinter().lint(*document);
        const QList<ConfigDiagnostic> secrets = withCode(all, QStringLiteral("config.literal-secret"));
        QCOMPARE(secrets.size(), 2);
        // two different secrets get two different names
        QVERIFY(secrets[0].fix.replacement != secrets[1].fix.replacement);
        QVERIFY(secrets[0].movesSecret && secrets[1].movesSecret);
        const QList<TextEdit> safe = ConfigLinter::applicableFixes(all, false);
        QCOMPARE(safe.size(), 2); // the two regions only
        QVERIFY(document->applyEdits(safe));
        QVERIFY(document->text().contains("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        QCOMPARE(document->text().count("us-east-1"), 2);
        QCOMPARE(ConfigLinter::applicableFixes(all, true).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestConfigLinter)
#include "tst_configlinter.moc"
