#include "document/configsession.h"
#include "modellist/deploymentfiltermodel.h"
#include "modellist/deploymenttablemodel.h"
#include "modellist/modellistpanel.h"
#include "route/routeparser.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace brc;
using namespace brc::ui;

class TestDeploymentTableModel : public QObject
{
    Q_OBJECT

private:
    route::RouteParser m_parser;

    static config::ConfigDocument document()
    {
        return config::ConfigDocument::fromYaml("model_list:\n"
                                                "  - model_name: seed\n"
                                                "    litellm_params:\n"
                                                "      model: bedrock/invoke/eu.amazon.nova-micro-v1:0\n"
                                                "      aws_region_name: eu-west-1\n"
                                                "  - model_name: claude\n"
                                                "    litellm_params:\n"
                                                "      model: bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0\n"
                                                "      aws_region_name: us-east-1\n"
                                                "  - model_name: bad\n"
                                                "    litellm_params:\n"
                                                "      model: bedrock/ca.amazon.nova-pro-v1:0\n"
                                                "      aws_region_name: ca-central-1\n")
            .value();
    }

private Q_SLOTS:
    void columnsAndRoles()
    {
        ConfigSession session;
        session.setDocument(document());
        DeploymentTableModel model(session, m_parser, {});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DeploymentTableModel::ColumnCount));
        QCOMPARE(model.index(0, DeploymentTableModel::NameColumn).data().toString(), QStringLiteral("seed"));
        QCOMPARE(model.index(0, DeploymentTableModel::RouteColumn).data().toString(), QStringLiteral("invoke"));
        QCOMPARE(model.index(0, DeploymentTableModel::RegionColumn).data().toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(model.index(0, DeploymentTableModel::ProviderColumn).data().toString(), QStringLiteral("nova"));
        QCOMPARE(model.index(1, DeploymentTableModel::RouteColumn).data().toString(), QStringLiteral("converse"));
        // "ca." is not a geo prefix: a finding, an icon and a tooltip.
        QVERIFY(model.index(2, DeploymentTableModel::ProblemsColumn).data().toInt() > 0);
        QVERIFY(!model.index(2, DeploymentTableModel::ProblemsColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(2, DeploymentTableModel::ProblemsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("ca")));
        QVERIFY(model.index(2, 0).data(DeploymentTableModel::SeverityRole).toInt() >= 0);
        QCOMPARE(model.index(1, 0).data(DeploymentTableModel::DeploymentRowRole).toInt(), 1);
        QVERIFY(!model.index(5, 0).isValid());
    }

    void followsEditsAndUndo()
    {
        ConfigSession session;
        session.setDocument(document());
        DeploymentTableModel model(session, m_parser, {});
        DeploymentFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(session.edit(QStringLiteral("model"), 0, [](config::ConfigDocument &d) {
            return d.setParam(0, QStringLiteral("model"), QStringLiteral("bedrock/converse/eu.amazon.nova-micro-v1:0"));
        }));
        QCOMPARE(model.index(0, DeploymentTableModel::RouteColumn).data().toString(), QStringLiteral("converse"));
        QVERIFY(
            session.edit(QStringLiteral("remove"), 1, [](config::ConfigDocument &d) { return d.removeDeployment(1); }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(filter.rowCount(), 2);
        session.undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        session.undoStack()->undo();
        QCOMPARE(model.index(0, DeploymentTableModel::RouteColumn).data().toString(), QStringLiteral("invoke"));
    }

    void filterMatchesAnyColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::addRow("empty") << QString() << 3;
        QTest::addRow("name") << "claude" << 1;
        QTest::addRow("route column") << "converse" << 1;
        QTest::addRow("region column") << "US-EAST" << 1;
        QTest::addRow("provider") << "nova" << 2;
        QTest::addRow("two words") << "nova eu-west" << 1;
        QTest::addRow("none") << "zzz" << 0;
    }
    void filterMatchesAnyColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        ConfigSession session;
        session.setDocument(document());
        DeploymentTableModel model(session, m_parser, {});
        DeploymentFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setFilterWords(text);
        QCOMPARE(filter.rowCount(), rows);
    }

    /// Drag to reorder goes through the model's MIME data and the filter proxy, as a view's drop
    /// does; the move is one undoable edit that moves only the dragged deployment's block.
    void dragToReorder()
    {
        ConfigSession session;
        session.setDocument(document());
        ModelListPanel panel(session, m_parser, {});
        QAbstractItemModelTester tester(panel.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModel *shown = panel.view()->model();
        QVERIFY(shown->supportedDropActions() & Qt::MoveAction);
        QVERIFY(shown->flags(shown->index(2, 0)) & Qt::ItemIsDragEnabled);
        const QByteArray before = session.document().text();

        std::unique_ptr<QMimeData> dragged(shown->mimeData({ shown->index(2, 0), shown->index(2, 1) }));
        QVERIFY(dragged);
        QVERIFY(dragged->hasFormat(DeploymentTableModel::rowsMimeType()));
        QVERIFY(shown->canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!shown->canDropMimeData(dragged.get(), Qt::CopyAction, 0, 0, {}));
        QVERIFY(shown->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("bad"));
        QCOMPARE(shown->index(1, 0).data().toString(), QStringLiteral("seed"));
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(panel.currentRow(), 0);
        // Only the block moved: taken out of both texts, the rest is the same.
        config::ConfigDocument moved = session.document();
        config::ConfigDocument original = config::ConfigDocument::fromYaml(before).value();
        QVERIFY(moved.removeDeployment(0));
        QVERIFY(original.removeDeployment(2));
        QCOMPARE(moved.text(), original.text());

        // Dropped on a row: before it. Onto the end: -1.
        std::unique_ptr<QMimeData> first(shown->mimeData({ shown->index(0, 0) }));
        QVERIFY(shown->dropMimeData(first.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(shown->index(2, 0).data().toString(), QStringLiteral("bad"));
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(session.document().text(), before);

        // Garbage is refused, not half-applied.
        QMimeData garbage;
        garbage.setData(DeploymentTableModel::rowsMimeType(), "1,x");
        QVERIFY(!shown->canDropMimeData(&garbage, Qt::MoveAction, 0, 0, {}));
        QVERIFY(!shown->dropMimeData(&garbage, Qt::MoveAction, 0, 0, {}));
        QCOMPARE(session.undoStack()->index(), 0);
    }

    void moveWithTheKeyboard()
    {
        ConfigSession session;
        session.setDocument(document());
        ModelListPanel panel(session, m_parser, {});
        panel.selectRow(0);
        panel.moveDownAction()->trigger();
        QCOMPARE(session.document().deployments().at(1).modelName.text, QStringLiteral("seed"));
        QCOMPARE(panel.currentRow(), 1);
        panel.moveDownAction()->trigger();
        QCOMPARE(session.document().deployments().at(2).modelName.text, QStringLiteral("seed"));
        panel.moveDownAction()->trigger(); // already last
        QCOMPARE(session.undoStack()->count(), 2);
        panel.moveUpAction()->trigger();
        QCOMPARE(session.document().deployments().at(1).modelName.text, QStringLiteral("seed"));
        // Two rows together keep their order.
        panel.moveRows({ 1, 2 }, 0);
        QStringList names;
        for (const config::Deployment &d : session.document().deployments()) {
            names.append(d.modelName.text);
        }
        QCOMPARE(names, QStringList({ QStringLiteral("seed"), QStringLiteral("bad"), QStringLiteral("claude") }));
        QCOMPARE(session.undoStack()->count(), 4);
    }

    void sortsByProblems()
    {
        ConfigSession session;
        session.setDocument(document());
        DeploymentTableModel model(session, m_parser, {});
        DeploymentFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(DeploymentTableModel::ProblemsColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("bad"));
    }
};

QTEST_MAIN(TestDeploymentTableModel)
#include "tst_deploymenttablemodel.moc"
