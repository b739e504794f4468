#include "document/configsession.h"
#include "modellist/deploymentfiltermodel.h"
#include "modellist/deploymenttablemodel.h"
#include "route/routeparser.h"

#include <QAbstractItemModelTester>
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
