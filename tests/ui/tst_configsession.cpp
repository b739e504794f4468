#include "document/configsession.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace brc;
using namespace brc::ui;

class TestConfigSession : public QObject
{
    Q_OBJECT

private:
    static config::ConfigDocument document()
    {
        return config::ConfigDocument::fromYaml("model_list:\n"
                                                "  - model_name: a   # keep me\n"
                                                "    litellm_params:\n"
                                                "      model: bedrock/us.amazon.nova-micro-v1:0\n"
                                                "  - model_name: b\n"
                                                "    litellm_params:\n"
                                                "      model: bedrock/converse/eu.amazon.nova-lite-v1:0\n")
            .value();
    }

private Q_SLOTS:
    void minimalEdit_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addRow("same") << QByteArray("abc") << QByteArray("abc");
        QTest::addRow("middle") << QByteArray("a-b-c") << QByteArray("a-XY-c");
        QTest::addRow("append") << QByteArray("abc") << QByteArray("abcdef");
        QTest::addRow("remove head") << QByteArray("xxabc") << QByteArray("abc");
        QTest::addRow("repeated") << QByteArray("aaaa") << QByteArray("aa");
        QTest::addRow("empty") << QByteArray() << QByteArray("new");
    }
    void minimalEdit()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const config::TextEdit edit = ConfigSession::minimalEdit(from, to);
        QByteArray result = from;
        result.replace(edit.start, edit.end - edit.start, edit.replacement);
        QCOMPARE(result, to);
        QVERIFY(edit.replacement.size() <= to.size());
    }

    void editUndoRedo()
    {
        ConfigSession session;
        session.setDocument(document());
        const QByteArray original = session.document().text();
        QSignalSpy changed(&session, &ConfigSession::documentChanged);
        QVERIFY(!session.isModified());

        QVERIFY(session.edit(QStringLiteral("set"), 1, [](config::ConfigDocument &d) {
            return d.setParam(1, QStringLiteral("aws_region_name"), QStringLiteral("eu-west-1"));
        }));
        QVERIFY(session.isModified());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(0).toInt(), 1);
        QCOMPARE(session.document().deployments().at(1).param(u"aws_region_name").text, QStringLiteral("eu-west-1"));
        QVERIFY(session.document().text().contains("# keep me"));

        session.undoStack()->undo();
        QCOMPARE(session.document().text(), original);
        QVERIFY(!session.isModified());
        session.undoStack()->redo();
        QCOMPARE(session.document().deployments().at(1).param(u"aws_region_name").text, QStringLiteral("eu-west-1"));
    }

    void failedEditLeavesNoCommand()
    {
        ConfigSession session;
        session.setDocument(document());
        const Result<void> result = session.edit(
            QStringLiteral("bad"), 7, [](config::ConfigDocument &d) { return d.setModelName(7, QStringLiteral("x")); });
        QVERIFY(!result);
        QCOMPARE(session.undoStack()->count(), 0);
    }

    void typingMerges()
    {
        ConfigSession session;
        session.setDocument(document());
        const QByteArray original = session.document().text();
        for (const QString &text : { QStringLiteral("c"), QStringLiteral("cl"), QStringLiteral("cla") }) {
            QVERIFY(session.edit(
                QStringLiteral("rename"), 0, [text](config::ConfigDocument &d) { return d.setModelName(0, text); },
                ConfigSession::MergeKey::ModelName, QStringLiteral("model_name")));
        }
        QCOMPARE(session.undoStack()->count(), 1);
        // Another row does not merge.
        QVERIFY(session.edit(
            QStringLiteral("rename"), 1,
            [](config::ConfigDocument &d) { return d.setModelName(1, QStringLiteral("z")); },
            ConfigSession::MergeKey::ModelName, QStringLiteral("model_name")));
        QCOMPARE(session.undoStack()->count(), 2);
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(session.document().text(), original);
    }

    void removeAndAddUndo()
    {
        ConfigSession session;
        session.setDocument(document());
        const QByteArray original = session.document().text();
        QVERIFY(
            session.edit(QStringLiteral("remove"), 0, [](config::ConfigDocument &d) { return d.removeDeployment(0); }));
        QCOMPARE(session.document().deployments().size(), 1);
        config::DeploymentDraft draft;
        draft.modelName = QStringLiteral("new");
        draft.litellmParams
            = { { QStringLiteral("model"), QStringLiteral("bedrock/converse/us.amazon.nova-micro-v1:0") } };
        QVERIFY(session.edit(
            QStringLiteral("add"), 1, [draft](config::ConfigDocument &d) { return d.addDeployment(draft); }));
        QCOMPARE(session.document().deployments().size(), 2);
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(session.document().text(), original);
        QCOMPARE(session.document().deployments().size(), 2);
        session.undoStack()->redo();
        session.undoStack()->redo();
        QCOMPARE(session.document().deployments().at(1).modelName.text, QStringLiteral("new"));
    }
};

QTEST_MAIN(TestConfigSession)
#include "tst_configsession.moc"
