#include "config/configdocument.h"
#include "config/configlinter.h"
#include "mainwindow/mainwindow.h"
#include "problems/problemsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace brc;
using namespace brc::ui;

class TestProblemsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deploymentOfPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("row");
        QTest::addRow("model") << "model_list[3].litellm_params.model" << 3;
        QTest::addRow("entry") << "model_list[12]" << 12;
        QTest::addRow("section") << "general_settings.master_key" << -1;
        QTest::addRow("broken") << "model_list[x]" << -1;
        QTest::addRow("empty") << "" << -1;
    }
    void deploymentOfPath()
    {
        QFETCH(QString, path);
        QFETCH(int, row);
        QCOMPARE(ProblemsModel::deploymentOfPath(path), row);
    }

    void groupsTheSampleByDeployment()
    {
        const config::ConfigDocument document = config::ConfigDocument::fromYaml(MainWindow::sampleConfig()).value();
        const config::ConfigLinter linter;
        const QList<config::ConfigDiagnostic> diagnostics = linter.lint(document);
        QVERIFY(!diagnostics.isEmpty());

        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(diagnostics, document);
        QVERIFY(model.rowCount() > 0);
        int children = 0;
        int previous = -1;
        for (int group = 0; group < model.rowCount(); ++group) {
            const QModelIndex parent = model.index(group, 0);
            const int row = parent.data(ProblemsModel::DeploymentRowRole).toInt();
            if (row >= 0) {
                QVERIFY2(row > previous, "groups in model_list order");
                previous = row;
                QVERIFY(parent.data().toString().contains(document.deployments().at(row).modelName.text));
            }
            QCOMPARE(parent.data(ProblemsModel::DiagnosticRole).toInt(), -1);
            for (int i = 0; i < model.rowCount(parent); ++i) {
                const QModelIndex child = model.index(i, 0, parent);
                QCOMPARE(child.parent(), parent);
                QCOMPARE(child.data(ProblemsModel::DeploymentRowRole).toInt(), row);
                const int d = child.data(ProblemsModel::DiagnosticRole).toInt();
                QCOMPARE(child.data().toString(), diagnostics.at(d).message);
                QCOMPARE(model.index(i, ProblemsModel::CodeColumn, parent).data().toString(), diagnostics.at(d).code);
                ++children;
            }
        }
        QCOMPARE(children, diagnostics.size());
        QCOMPARE(model.errorCount() + model.warningCount() + model.infoCount(), int(diagnostics.size()));

        // The "ca." deployment has a finding.
        bool caFound = false;
        for (const auto &d : diagnostics) {
            caFound = caFound || (ProblemsModel::deploymentOfPath(d.path) == 6);
        }
        QVERIFY(caFound);

        model.setDiagnostics({}, document);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestProblemsModel)
#include "tst_problemsmodel.moc"
