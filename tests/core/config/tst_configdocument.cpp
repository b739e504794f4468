#include "config/configdocument.h"
#include "config/configexporter.h"
#include "configcorpus.h"
#include "pyyamlchecker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace brc::config;
using brc::Result;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

/// Lengths of the longest common prefix and (independently) the longest common suffix.
std::pair<qsizetype, qsizetype> commonEnds(const QByteArray &a, const QByteArray &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < a.size() && suffix < b.size() && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        ++suffix;
    }
    return { prefix, suffix };
}

} // namespace

class TestConfigDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_pyyaml = m_checker.isAvailable();
        QVERIFY(m_tmp.isValid());
        QVERIFY2(configCorpus().size() >= 57 + 10, "the corpus of real configs is missing");
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : configCorpus()) {
            QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void roundTrip()
    {
        QFETCH(QString, path);
        const QByteArray original = readAll(path);
        QVERIFY(!original.isEmpty());
        Result<ConfigDocument> document = ConfigDocument::load(path);
        QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
        QCOMPARE(ConfigExporter::toYaml(*document), original);
        QVERIFY(!document->isModified());

        // The data we read is the data PyYAML reads.
        if (!m_pyyaml) {
            QSKIP("python3 with PyYAML is not available");
        }
        const QString json
            = writeTemp(m_tmp, QFileInfo(path).fileName() + QStringLiteral(".json"), ConfigExporter::toJson(*document));
        const auto [code, output] = m_checker.check({ QStringLiteral("json"), path, json });
        QVERIFY2(code == 0, qPrintable(output));
    }

    void oneEdit_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("edit");
        for (const QString &path : configCorpus()) {
            Result<ConfigDocument> document = ConfigDocument::load(path);
            if (!document || document->deployments().isEmpty()) {
                continue;
            }
            const QByteArray name = QFileInfo(path).fileName().toUtf8();
            QTest::addRow("%s:model_name", name.constData()) << path << QStringLiteral("model_name");
            QTest::addRow("%s:region", name.constData()) << path << QStringLiteral("region");
            QTest::addRow("%s:add", name.constData()) << path << QStringLiteral("add");
            QTest::addRow("%s:remove-last", name.constData()) << path << QStringLiteral("remove-last");
            QTest::addRow("%s:remove-first", name.constData()) << path << QStringLiteral("remove-first");
            QTest::addRow("%s:model_info", name.constData()) << path << QStringLiteral("model_info");
        }
    }

    void oneEdit()
    {
        QFETCH(QString, path);
        QFETCH(QString, edit);
        Result<ConfigDocument> loaded = ConfigDocument::load(path);
        QVERIFY(loaded);
        ConfigDocument document = *loaded;
        const QByteArray before = document.text();
        const YamlTree &tree = document.tree();
        const Deployment first = document.deployments().first();
        const Deployment last = document.deployments().last();
        const int count = int(document.deployments().size());
        QString python;
        qsizetype allowedStart = 0;
        qsizetype allowedEnd = before.size();

        // The bytes a deployment may own: from the end of what precedes it to the start of
        // what follows it (the next item, the next top-level key, or the end).
        const int listNode = tree.resolved(document.section("model_list"));
        const int listKey = tree.keyOf(document.section("model_list"));
        auto itemRange = [&](const Deployment &d) {
            const auto &items = tree.node(listNode).children;
            const qsizetype start = d.index > 0 ? tree.node(items[size_t(d.index - 1)]).end : tree.node(listKey).end;
            qsizetype end = before.size();
            if (size_t(d.index + 1) < items.size()) {
                end = tree.node(items[size_t(d.index + 1)]).start;
            } else {
                const auto &top = tree.node(tree.resolved(tree.root())).children;
                for (size_t i = 0; i + 1 < top.size(); i += 2) {
                    if (top[i] == listKey && i + 2 < top.size()) {
                        end = tree.node(top[i + 2]).start;
                    }
                }
                if (tree.documents().size() > 1) {
                    end = std::min(end, tree.node(tree.documents()[1]).start);
                }
            }
            return std::pair { start, end };
        };

        if (edit == QLatin1String("model_name")) {
            QVERIFY(first.modelName.isPresent());
            allowedStart = tree.node(first.modelName.node).start;
            allowedEnd = tree.node(first.modelName.node).end;
            Result<void> set = document.setModelName(0, QStringLiteral("edited: name #1"));
            QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
            python = QStringLiteral("d['model_list'][0]['model_name'] = 'edited: name #1'");
        } else if (edit == QLatin1String("region")) {
            const auto [s, e] = itemRange(first);
            allowedStart = s;
            allowedEnd = e;
            Result<void> set = document.setParam(0, QStringLiteral("aws_region_name"), QStringLiteral("eu-west-3"));
            QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
            python = first.litellmParamsNode >= 0
                ? QStringLiteral("d['model_list'][0]['litellm_params']['aws_region_name'] = 'eu-west-3'")
                : QStringLiteral("d['model_list'][0]['litellm_params'] = {'aws_region_name': 'eu-west-3'}");
        } else if (edit == QLatin1String("model_info")) {
            const auto [s, e] = itemRange(first);
            allowedStart = s;
            allowedEnd = e;
            Result<void> set = document.setModelInfo(0, QStringLiteral("id"), QStringLiteral("deployment-0"));
            if (!set && tree.node(first.node).flow) {
                QSKIP("model_info on a flow-style deployment");
            }
            QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
            python = first.modelInfoNode >= 0
                ? QStringLiteral("d['model_list'][0]['model_info']['id'] = 'deployment-0'")
                : QStringLiteral("d['model_list'][0]['model_info'] = {'id': 'deployment-0'}");
        } else if (edit == QLatin1String("add")) {
            DeploymentDraft draft;
            draft.modelName = QStringLiteral("added");
            draft.litellmParams
                = { { QStringLiteral("model"), QStringLiteral("bedrock/converse/us.amazon.nova-pro-v1:0") },
                      { QStringLiteral("aws_region_name"), QStringLiteral("us-east-1") },
                      { QStringLiteral("rpm"), QStringLiteral("60") } };
            draft.modelInfo = { { QStringLiteral("id"), QStringLiteral("yes") } };
            allowedStart = tree.node(last.node).start;
            allowedEnd = itemRange(last).second;
            Result<void> added = document.addDeployment(draft);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
            python = QStringLiteral("d['model_list'].append({'model_name': 'added', 'litellm_params': {'model': "
                                    "'bedrock/converse/us.amazon.nova-pro-v1:0', 'aws_region_name': 'us-east-1', "
                                    "'rpm': 60}, 'model_info': {'id': 'yes'}})");
            QCOMPARE(document.deployments().size(), count + 1);
            QCOMPARE(document.deployments().last().modelName.text, QStringLiteral("added"));
        } else if (edit == QLatin1String("remove-last") || edit == QLatin1String("remove-first")) {
            const Deployment &target = edit == QLatin1String("remove-last") ? last : first;
            const auto [s, e] = itemRange(target);
            allowedStart = s;
            allowedEnd = e;
            Result<void> removed = document.removeDeployment(target.index);
            QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));
            QCOMPARE(document.deployments().size(), count - 1);
            python = QStringLiteral("del d['model_list'][%1]").arg(target.index);
        }

        // Only the edited deployment's bytes changed.
        const QByteArray after = document.text();
        QVERIFY(after != before);
        const auto [prefix, suffix] = commonEnds(before, after);
        QVERIFY2(prefix >= allowedStart && suffix >= before.size() - allowedEnd
                && after.size() >= allowedStart + (before.size() - allowedEnd),
            qPrintable(QStringLiteral("changed bytes [%1,%2) outside [%3,%4)")
                           .arg(prefix)
                           .arg(before.size() - suffix)
                           .arg(allowedStart)
                           .arg(allowedEnd)));
        // Style kept: line breaks and BOM as in the file.
        QCOMPARE(after.startsWith("\xEF\xBB\xBF"), before.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(after.count("\r\n") > 0, before.count("\r\n") > 0);
        if (before.contains("\r\n")) {
            QCOMPARE(after.count('\n'), after.count("\r\n"));
        }

        if (!m_pyyaml) {
            QSKIP("python3 with PyYAML is not available");
        }
        const QString name = QFileInfo(path).fileName() + QLatin1Char('.') + edit;
        const QString oldPath = writeTemp(m_tmp, name + QStringLiteral(".old.yaml"), before);
        const QString newPath = writeTemp(m_tmp, name + QStringLiteral(".new.yaml"), after);
        const auto [code, output] = m_checker.check({ QStringLiteral("edit"), oldPath, newPath, python });
        QVERIFY2(code == 0, qPrintable(output + QStringLiteral("\n---\n") + QString::fromUtf8(after.left(3000))));
    }

    void editEveryDeployment_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : configCorpus()) {
            QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void editEveryDeployment()
    {
        // Each deployment in turn: its region set (or added) and its model_name changed, in a
        // fresh copy, read back by PyYAML. Aliased items edit their anchor, as PyYAML shares it.
        QFETCH(QString, path);
        Result<ConfigDocument> loaded = ConfigDocument::load(path);
        QVERIFY(loaded);
        if (loaded->deployments().isEmpty()) {
            QSKIP("no deployments");
        }
        if (!m_pyyaml) {
            QSKIP("python3 with PyYAML is not available");
        }
        const QString oldPath
            = writeTemp(m_tmp, QFileInfo(path).fileName() + QStringLiteral(".every.old.yaml"), loaded->text());
        for (qsizetype i = 0; i < loaded->deployments().size(); ++i) {
            ConfigDocument document = *loaded;
            const Deployment &d = document.deployments().at(i);
            const bool hadParams = d.litellmParamsNode >= 0;
            Result<void> region
                = document.setParam(int(i), QStringLiteral("aws_region_name"), QStringLiteral("ca-central-1"));
            QVERIFY2(region, qPrintable(region ? QString() : region.error().toString()));
            Result<void> name = document.setModelName(int(i), QStringLiteral("renamed-%1").arg(i));
            QVERIFY2(name, qPrintable(name ? QString() : name.error().toString()));
            const QString newPath
                = writeTemp(m_tmp, QFileInfo(path).fileName() + QStringLiteral(".every.new.yaml"), document.text());
            const QString python
                = (hadParams ? QStringLiteral(
                       "d['model_list'][%1]['litellm_params']['aws_region_name'] = 'ca-central-1'\n")
                             : QStringLiteral(
                                 "d['model_list'][%1]['litellm_params'] = {'aws_region_name': 'ca-central-1'}\n"))
                      .arg(i)
                + QStringLiteral("d['model_list'][%1]['model_name'] = 'renamed-%1'").arg(i);
            const auto [code, output] = m_checker.check({ QStringLiteral("edit"), oldPath, newPath, python });
            QVERIFY2(code == 0, qPrintable(QStringLiteral("deployment %1: ").arg(i) + output));
        }
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");

        QTest::addRow("published-trailing-commas")
            << readAll(QStringLiteral(BRC_TESTDATA_DIR "/litellm-configs/invalid/62-litellm-docs-bedrock-22.yaml"))
            << QStringLiteral("config.yaml-syntax") << -1;
        QTest::addRow("model_list-number") << QByteArray("model_list: 42\n") << QStringLiteral("config.type") << 1;
        QTest::addRow("model_list-mapping")
            << QByteArray("# x\nmodel_list:\n  a: b\n") << QStringLiteral("config.type") << 3;
        QTest::addRow("deployment-text") << QByteArray("model_list:\n  - just text\n") << QStringLiteral("config.type")
                                         << 2;
        QTest::addRow("params-list") << QByteArray("model_list:\n  - model_name: a\n    litellm_params: [1]\n")
                                     << QStringLiteral("config.type") << 3;
        QTest::addRow("top-level-list") << QByteArray("- a\n- b\n") << QStringLiteral("config.type") << 1;
        QTest::addRow("router_settings-text")
            << QByteArray("router_settings: fast\n") << QStringLiteral("config.type") << 1;
        QTest::addRow("unterminated-quote")
            << QByteArray("model_list:\n  - model_name: \"open\n") << QStringLiteral("config.yaml-syntax") << -1;
        QTest::addRow("tab-indent") << QByteArray("model_list:\n\t- model_name: a\n")
                                    << QStringLiteral("config.yaml-syntax") << 2;
        QTest::addRow("bad-indent") << QByteArray("a:\n  b: 1\n c: 2\n") << QStringLiteral("config.yaml-syntax") << 3;
        QByteArray junk;
        for (int i = 0; i < 4096; ++i) {
            junk += char((i * 7919 + 13) % 256);
        }
        QTest::addRow("binary-junk") << junk << QStringLiteral("config.yaml-syntax") << -1;
        QTest::addRow("nul-byte") << QByteArray("model_list: []\n\0x: 1\n", 20) << QStringLiteral("config.yaml-syntax")
                                  << 2;
        QTest::addRow("invalid-utf8") << QByteArray("model_list:\n  - model_name: \xff\xfe\n")
                                      << QStringLiteral("config.yaml-syntax") << 2;
        QTest::addRow("utf16") << QByteArray("\xff\xfem\0o\0", 6) << QStringLiteral("config.encoding") << 1;
        QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            bomb += c + QByteArray(": &") + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *"
                + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1)
                + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
        }
        QTest::addRow("alias-bomb") << bomb << QStringLiteral("config.alias-bomb") << -1;
        QTest::addRow("deep-flow") << QByteArray(100000, '[') << QStringLiteral("config.too-deep") << 1;
        QByteArray deepBlock;
        for (int i = 0; i < 1000; ++i) {
            deepBlock += QByteArray(i, ' ') + "k:\n";
        }
        QTest::addRow("deep-block") << deepBlock << QStringLiteral("config.too-deep") << 201;
        QTest::addRow("unknown-alias") << QByteArray("a: *nowhere\n") << QStringLiteral("config.alias-unknown") << 1;
        QTest::addRow("recursive-alias") << QByteArray("a: &x [1, *x]\n") << QStringLiteral("config.alias-recursive")
                                         << 1;
        QTest::addRow("duplicate-anchor-merge-of-scalar")
            << QByteArray("model_list:\n  - model_name: a\n    litellm_params: 7\n") << QStringLiteral("config.type")
            << 3;
    }

    void broken()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(int, line);
        QElapsedTimer timer;
        timer.start();
        Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
        QVERIFY(!document);
        QCOMPARE(document.error().code, code);
        QVERIFY2(document.error().line > 0 && document.error().column > 0, qPrintable(document.error().toString()));
        if (line > 0) {
            QCOMPARE(document.error().line, line);
        }
        QVERIFY(!document.error().message.isEmpty());
        QVERIFY2(timer.elapsed() < 5000, "bounded time");
    }

    void edits_keepStyle_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");

        const QByteArray base
            = "model_list:\n  - model_name: a\n    litellm_params:\n      model: 'bedrock/x'\n"
              "      aws_region_name: \"us-east-1\"\n      rpm: 10\n      note: |\n        one\n        two\n"
              "      plain: value # comment\n";
        auto with = [&](const char *from, const char *to) {
            QByteArray copy = base;
            return copy.replace(from, to);
        };
        QTest::addRow("single-quoted") << base << "model"
                                       << "bedrock/it's" << with("'bedrock/x'", "'bedrock/it''s'");
        QTest::addRow("double-quoted") << base << "aws_region_name"
                                       << "eu-\"west\"-1" << with("\"us-east-1\"", "\"eu-\\\"west\\\"-1\"");
        QTest::addRow("plain-number") << base << "rpm"
                                      << "20" << with("rpm: 10", "rpm: 20");
        QTest::addRow("plain-keeps-comment") << base << "plain"
                                             << "other" << with("plain: value #", "plain: other #");
        QTest::addRow("plain-needs-quotes") << base << "plain"
                                            << "a: b" << with("plain: value #", "plain: 'a: b' #");
        QTest::addRow("plain-string-stays-string") << base << "plain"
                                                   << "true" << with("plain: value #", "plain: 'true' #");
        QTest::addRow("block-literal") << base << "note"
                                       << "three\nfour\n"
                                       << with("one\n        two", "three\n        four");
        QTest::addRow("new-key") << base << "aws_profile_name"
                                 << "dev" << base + "      aws_profile_name: dev\n";
    }

    void edits_keepStyle()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
        QVERIFY(document);
        QVERIFY(document->setParam(0, key, value));
        QCOMPARE(document->text(), expected);
        QCOMPARE(document->deployments().first().param(key).text, value);
    }

    void removeDeployment_takesComments()
    {
        const QByteArray text = "model_list:\n  # first: claude\n  - model_name: a # inline\n    litellm_params:\n"
                                "      model: bedrock/a\n      # inside\n\n  # second\n  - model_name: b\n"
                                "    litellm_params:\n      model: bedrock/b\n";
        Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
        QVERIFY(document);
        QVERIFY(document->removeDeployment(0));
        QCOMPARE(document->text(),
            QByteArray("model_list:\n\n  # second\n  - model_name: b\n    litellm_params:\n"
                       "      model: bedrock/b\n"));
        QVERIFY(document->removeDeployment(0));
        QCOMPARE(document->text(), QByteArray("model_list: []\n\n"));
        QVERIFY(document->addDeployment(
            DeploymentDraft { QStringLiteral("n"), { { QStringLiteral("model"), QStringLiteral("bedrock/n") } }, {} }));
        QCOMPARE(document->deployments().size(), 1);
        QCOMPARE(document->deployments().first().model(), QStringLiteral("bedrock/n"));
    }

    void moveDeployment_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray three = "model_list:\n  # first\n  - model_name: a\n    litellm_params: {model: bedrock/a}\n"
                                 "\n  - model_name: b # inline\n    litellm_params:\n      model: bedrock/b\n"
                                 "      # under b\n  - model_name: c\nrouter_settings: {}\n";
        QTest::addRow("first to last") << three << 0 << 2
                                       << QByteArray("model_list:\n\n  - model_name: b # inline\n    litellm_params:\n"
                                                     "      model: bedrock/b\n      # under b\n  - model_name: c\n"
                                                     "  # first\n  - model_name: a\n"
                                                     "    litellm_params: {model: bedrock/a}\nrouter_settings: {}\n");
        QTest::addRow("last to first") << three << 2 << 0
                                       << QByteArray("model_list:\n  - model_name: c\n  # first\n  - model_name: a\n"
                                                     "    litellm_params: {model: bedrock/a}\n\n  - model_name: b # "
                                                     "inline\n    litellm_params:\n      model: bedrock/b\n"
                                                     "      # under b\nrouter_settings: {}\n");
        QTest::addRow("middle down") << three << 1 << 2
                                     << QByteArray(
                                            "model_list:\n  # first\n  - model_name: a\n    litellm_params: "
                                            "{model: bedrock/a}\n\n  - model_name: c\n  - model_name: b # inline\n"
                                            "    litellm_params:\n      model: bedrock/b\n      # under b\n"
                                            "router_settings: {}\n");
        QTest::addRow("no final line break") << QByteArray("model_list:\n- model_name: a\n- model_name: b") << 1 << 0
                                             << QByteArray("model_list:\n- model_name: b\n- model_name: a");
        QTest::addRow("crlf") << QByteArray("model_list:\r\n  - model_name: a\r\n  - model_name: b\r\n") << 0 << 1
                              << QByteArray("model_list:\r\n  - model_name: b\r\n  - model_name: a\r\n");
        QTest::addRow("flow") << QByteArray("model_list: [{model_name: a}, {model_name: b},  {model_name: c}]\n") << 0
                              << 2 << QByteArray("model_list: [{model_name: b},  {model_name: c}, {model_name: a}]\n");
        QTest::addRow("flow up") << QByteArray("model_list: [{model_name: a}, {model_name: b},  {model_name: c}]\n")
                                 << 2 << 0
                                 << QByteArray("model_list: [{model_name: c},  {model_name: a}, {model_name: b}]\n");
    }

    void moveDeployment()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QByteArray, expected);
        Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
        QVERIFY(document);
        const Result<void> moved = document->moveDeployment(from, to);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().toString()));
        QCOMPARE(ConfigExporter::toYaml(*document), expected);
        const Result<ConfigDocument> original = ConfigDocument::fromYaml(text);
        QCOMPARE(document->deployments().size(), original->deployments().size());
        QCOMPARE(document->deployments().at(to).modelName.text, original->deployments().at(from).modelName.text);
    }

    void moveDeployment_refused()
    {
        Result<ConfigDocument> document
            = ConfigDocument::fromYaml("model_list:\n  - &base {model_name: a}\n  - *base\n  - model_name: c\n");
        QVERIFY(document);
        const QByteArray before = document->text();
        QCOMPARE(document->moveDeployment(0, 3).error().code, QStringLiteral("config.edit"));
        QCOMPARE(document->moveDeployment(-1, 0).error().code, QStringLiteral("config.edit"));
        // The alias would come before its anchor.
        const Result<void> aliasFirst = document->moveDeployment(0, 2);
        QVERIFY(!aliasFirst);
        QCOMPARE(aliasFirst.error().code, QStringLiteral("config.edit"));
        QCOMPARE(document->text(), before);
    }

    /// Over the corpus: moving a deployment changes only its own block. Taking that block out
    /// before and after the move leaves the same text.
    void moveDeployment_corpus()
    {
        int checked = 0;
        for (const QString &path : configCorpus()) {
            Result<ConfigDocument> original = ConfigDocument::load(path);
            if (!original || original->deployments().size() < 3) {
                continue;
            }
            const int last = int(original->deployments().size()) - 1;
            for (const auto &[from, to] : { std::pair { 0, last }, std::pair { last, 1 }, std::pair { 1, 0 } }) {
                ConfigDocument moved = *original;
                const Result<void> result = moved.moveDeployment(from, to);
                if (!result) {
                    // Only an alias that would precede its anchor may refuse a move.
                    QVERIFY2(original->text().contains('&'), qPrintable(path + result.error().toString()));
                    continue;
                }
                QCOMPARE(moved.deployments().size(), original->deployments().size());
                QCOMPARE(moved.deployments().at(to).modelName.text, original->deployments().at(from).modelName.text);
                ConfigDocument before = *original;
                if (!before.removeDeployment(from)) {
                    // An anchor its aliases still need: the comparison cannot be made that way.
                    QVERIFY2(original->text().contains('&'), qPrintable(path));
                    continue;
                }
                QVERIFY2(moved.removeDeployment(to), qPrintable(path));
                auto body = [](QByteArray text) {
                    while (text.endsWith('\n') || text.endsWith('\r')) {
                        text.chop(1);
                    }
                    return text;
                };
                QVERIFY2(body(ConfigExporter::toYaml(moved)) == body(ConfigExporter::toYaml(before)), qPrintable(path));
                ++checked;
            }
        }
        QVERIFY(checked >= 20);
    }

    void environmentReferences()
    {
        Result<ConfigDocument> document
            = ConfigDocument::load(QStringLiteral(BRC_SOURCE_DIR "/tests/core/config/data/anchors-merge.yaml"));
        QVERIFY(document);
        const QList<ConfigValue> refs = document->environmentReferences();
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs[0].envName(), QStringLiteral("AWS_ACCESS_KEY_ID"));
        QCOMPARE(refs[0].line, 3);
        // merged keys are visible in the deployment, located at their definition
        const Deployment d = document->deployments().at(0);
        QCOMPARE(d.param(u"aws_region_name").text, QStringLiteral("us-west-2"));
        QCOMPARE(d.param(u"rpm").text, QStringLiteral("60"));
        QCOMPARE(document->deployments().at(1).param(u"aws_region_name").text, QStringLiteral("us-east-1"));
        QCOMPARE(document->deployments().at(2).info(u"mode").text, QStringLiteral("chat"));
    }

    void credentialList_data()
    {
        QTest::addColumn<int>("deployment");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // "<absent>" when the key is not there
        QTest::addColumn<bool>("isNull");
        QTest::addColumn<QString>("path");

        const QString params = QStringLiteral("model_list[%1].litellm_params.%2");
        QTest::addRow("credential value added")
            << 0 << "aws_access_key_id"
            << "os.environ/PROD_KEY_ID" << false << "credential_list[0].credential_values.aws_access_key_id";
        QTest::addRow("first entry of a repeated name")
            << 0 << "aws_region_name"
            << "us-west-2" << false << "credential_list[0].credential_values.aws_region_name";
        QTest::addRow("deployment key wins") << 1 << "aws_region_name"
                                             << "us-east-1" << false << params.arg(1).arg("aws_region_name");
        QTest::addRow("deployment null wins") << 1 << "aws_secret_access_key"
                                              << "null" << true << params.arg(1).arg("aws_secret_access_key");
        QTest::addRow("other keys still added")
            << 1 << "aws_access_key_id"
            << "os.environ/PROD_KEY_ID" << false << "credential_list[0].credential_values.aws_access_key_id";
        QTest::addRow("merge key in credential_values")
            << 2 << "aws_secret_access_key"
            << "os.environ/PROD_SECRET" << false << "credential_list[1].credential_values.aws_secret_access_key";
        QTest::addRow("merge overridden")
            << 2 << "aws_region_name"
            << "eu-central-1" << false << "credential_list[1].credential_values.aws_region_name";
        QTest::addRow("own credential key")
            << 2 << "aws_session_token"
            << "os.environ/DEV_TOKEN" << false << "credential_list[1].credential_values.aws_session_token";
        QTest::addRow("unknown credential adds nothing") << 3 << "aws_access_key_id"
                                                         << "<absent>" << false << "";
        QTest::addRow("no credential name") << 4 << "aws_region_name"
                                            << "<absent>" << false << "";
    }

    void credentialList()
    {
        QFETCH(int, deployment);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, isNull);
        QFETCH(QString, path);
        Result<ConfigDocument> document
            = ConfigDocument::load(QStringLiteral(BRC_SOURCE_DIR "/tests/core/config/data/credential-list.yaml"));
        QVERIFY(document);
        QCOMPARE(document->credentialNames(),
            QStringList(
                { QStringLiteral("bedrock-prod"), QStringLiteral("bedrock-dev"), QStringLiteral("bedrock-prod") }));
        const QList<ConfigValue> params = document->effectiveParams(document->deployments().at(deployment));
        const auto found
            = std::find_if(params.begin(), params.end(), [&key](const ConfigValue &v) { return v.key == key; });
        if (value == QLatin1String("<absent>")) {
            QVERIFY(found == params.end());
            return;
        }
        QVERIFY(found != params.end());
        QCOMPARE(std::count_if(params.begin(), params.end(), [&key](const ConfigValue &v) { return v.key == key; }), 1);
        QCOMPARE(found->isNull, isNull);
        if (!isNull) {
            QCOMPARE(found->text, value);
        }
        QCOMPARE(found->path, path);
    }

    void credentialValuesOfUnknownName()
    {
        Result<ConfigDocument> document
            = ConfigDocument::load(QStringLiteral(BRC_SOURCE_DIR "/tests/core/config/data/credential-list.yaml"));
        QVERIFY(document);
        QVERIFY(document->credentialValues(QStringLiteral("no-such-credential")).isEmpty());
        QVERIFY(document->credentialValues(QString()).isEmpty());
        QCOMPARE(document->credentialValues(QStringLiteral("bedrock-dev")).size(), 4);
    }

private:
    QTemporaryDir m_tmp;
    PyYamlChecker m_checker;
    bool m_pyyaml = false;
};

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"
