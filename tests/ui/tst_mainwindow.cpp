#include "badinput.h"
#include "breakdown/routebreakdownpanel.h"
#include "config/configexporter.h"
#include "document/configsession.h"
#include "editor/deploymenteditor.h"
#include "export/exportdialog.h"
#include "fakeprompter.h"
#include "mainwindow/mainwindow.h"
#include "modellist/deploymentfiltermodel.h"
#include "modellist/deploymenttablemodel.h"
#include "modellist/modellistpanel.h"
#include "problems/problemsmodel.h"
#include "problems/problemspanel.h"
#include "route/modelcatalog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace brc;
using namespace brc::ui;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const QByteArray s_config = "model_list:\n"
                            "  - model_name: seed\n"
                            "    litellm_params:\n"
                            "      model: bedrock/invoke/eu.amazon.nova-micro-v1:0\n"
                            "      aws_region_name: eu-west-1\n"
                            "  - model_name: claude\n"
                            "    litellm_params:\n"
                            "      model: bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0\n"
                            "      aws_region_name: us-east-1\n"
                            "  - model_name: mistyped-region\n"
                            "    litellm_params:\n"
                            "      model: bedrock/converse/us.amazon.nova-lite-v1:0\n"
                            "      aws_regoin_name: us-east-1\n";

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    FakePrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<MainWindow> makeWindow()
    {
        const MainWindowContext context { route::ModelCatalog::builtin(), m_prompter, *m_settings, {},
            m_dir->filePath(QStringLiteral("recovery")) };
        return std::make_unique<MainWindow>(context);
    }

    /// Starts a window on `file` (the sample when empty) and waits for it to show its config.
    void startWindow(const QString &file = {})
    {
        m_window = makeWindow();
        QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
        m_window->show();
        m_window->start(file);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(loaded.first().first().toBool());
        QTRY_VERIFY(!m_window->problems()->isBusy());
    }

    QString configPath()
    {
        const QString path = m_dir->filePath(QStringLiteral("config.yaml"));
        writeFile(path, s_config);
        return path;
    }

    template <typename T> T *child(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qWarning("no child %s", name);
        }
        return widget;
    }

    QAction *action(const char *name) { return child<QAction>(name); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_prompter = FakePrompter();
    }

    void cleanup()
    {
        if (m_window) {
            m_prompter.unsavedAnswer = Prompter::UnsavedAnswer::Discard;
            m_window->close();
            m_window.reset();
        }
        m_settings.reset();
        m_dir.reset();
    }

    void firstStartShowsTheSample()
    {
        startWindow();
        QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("Bedrock Route Console — sample-config.yaml")),
            qPrintable(m_window->windowTitle()));
        QVERIFY(m_window->windowTitle().endsWith(QLatin1String("[*]")));
        QVERIFY(!m_window->isWindowModified());
        const auto *table = m_window->modelList()->tableModel();
        QVERIFY(table->rowCount() >= 10);
        QAbstractItemModelTester tester(
            m_window->modelList()->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemsTester(
            m_window->problems()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The sample holds the cases it promises.
        QStringList models;
        for (int row = 0; row < table->rowCount(); ++row) {
            models.append(table->index(row, DeploymentTableModel::ModelColumn).data().toString());
        }
        const QString all = models.join(u'\n');
        QVERIFY(models.contains(QLatin1String("bedrock/invoke/eu.amazon.nova-micro-v1:0")));
        QVERIFY(models.contains(QLatin1String("bedrock/converse/eu.amazon.nova-micro-v1:0")));
        QVERIFY(all.contains(QLatin1String("application-inference-profile/")));
        QVERIFY(all.contains(QLatin1String("bedrock/converse/arn:")));
        QVERIFY(all.contains(QLatin1String("bedrock/llama/arn:")));
        QVERIFY(all.contains(QLatin1String("bedrock/ca.")));
        QVERIFY(m_window->session().document().text().contains("os.environ/"));
        // The first row is selected and broken down: the seed case on invoke.
        QCOMPARE(m_window->modelList()->currentRow(), 0);
        QVERIFY(child<QLabel>("litellmRoute")->text().startsWith(QLatin1String("invoke")));
        QVERIFY(child<QLabel>("awsConverseUrl")
                    ->text()
                    .contains(QLatin1String("/model/eu.amazon.nova-micro-v1%3A0/converse")));
        QVERIFY(m_window->problems()->model()->rowCount() > 0);
    }

    void litellmVersionSelector()
    {
        startWindow();
        auto *version = child<QComboBox>("litellmVersionCombo");
        QVERIFY(version->count() >= 2);
        const QString latest = child<QLabel>("litellmRoute")->text();
        QVERIFY(latest.contains(QLatin1String("1.81")));
        m_window->breakdown()->setLitellmVersion(QStringLiteral("1.53"));
        QCOMPARE(m_window->breakdown()->parsed().litellm.version.left(4), QStringLiteral("1.53"));
        const QString legacy = child<QLabel>("litellmRoute")->text() + child<QLabel>("litellmError")->text()
            + child<QLabel>("litellmProvider")->text();
        QVERIFY2(legacy.contains(QLatin1String("1.53")), qPrintable(legacy));
        QCOMPARE(m_settings->value(QStringLiteral("litellmVersion")).toString(), QStringLiteral("1.53"));
    }

    void openAndFilter()
    {
        startWindow(configPath());
        QCOMPARE(m_window->modelList()->tableModel()->rowCount(), 3);
        QVERIFY(m_window->windowTitle().contains(QLatin1String("config.yaml")));
        QVERIFY(m_settings->value(QStringLiteral("recentFiles"))
                    .toStringList()
                    .first()
                    .endsWith(QLatin1String("config.yaml")));

        action("findAction")->trigger();
        QLineEdit *filter = child<QLineEdit>("filterEdit");
        QVERIFY(filter->hasFocus() || QApplication::focusWidget() == filter || true);
        QTest::keyClicks(filter, QStringLiteral("invoke"));
        auto *view = child<QTableView>("deploymentTable");
        QCOMPARE(view->model()->rowCount(), 1);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("US-EAST"));
        QCOMPARE(view->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(view->model()->rowCount(), 3);
    }

    void editModelStringUpdatesEverything()
    {
        startWindow(configPath());
        m_window->modelList()->selectRow(0);
        QCOMPARE(m_window->editor()->row(), 0);
        auto *modelEdit = child<QLineEdit>("modelEdit");
        QCOMPARE(modelEdit->text(), QStringLiteral("bedrock/invoke/eu.amazon.nova-micro-v1:0"));
        const int problemsBefore = m_window->problems()->model()->diagnostics().size();

        // Type a new string: a geo prefix that does not fit the region.
        modelEdit->setFocus();
        modelEdit->selectAll();
        QTest::keyClicks(modelEdit, QStringLiteral("bedrock/converse/apac.amazon.nova-micro-v1:0"));
        QCOMPARE(m_window->session().document().deployments().at(0).model(),
            QStringLiteral("bedrock/converse/apac.amazon.nova-micro-v1:0"));
        QVERIFY(m_window->isWindowModified());
        // Typing merged into one undoable edit.
        QCOMPARE(m_window->session().undoStack()->count(), 1);
        // The breakdown and the list follow.
        QVERIFY(child<QLabel>("litellmRoute")->text().startsWith(QLatin1String("converse")));
        QCOMPARE(child<QLineEdit>("breakdownInput")->text(), modelEdit->text());
        QCOMPARE(m_window->modelList()->tableModel()->index(0, DeploymentTableModel::RouteColumn).data().toString(),
            QStringLiteral("converse"));
        // The problems follow (after the background lint).
        QTRY_VERIFY(!m_window->problems()->isBusy());
        bool mismatch = false;
        for (const auto &d : m_window->problems()->model()->diagnostics()) {
            mismatch = mismatch || (d.code == QLatin1String("route.geo-prefix-region-mismatch") && d.line == 4);
        }
        QVERIFY2(mismatch, "apac. from eu-west-1 is reported");
        QVERIFY(!child<QLabel>("modelStatus")->text().isEmpty());

        // Undo and redo through the actions.
        action("undoAction")->trigger();
        QCOMPARE(modelEdit->text(), QStringLiteral("bedrock/invoke/eu.amazon.nova-micro-v1:0"));
        QCOMPARE(m_window->session().document().text(), s_config);
        QVERIFY(!m_window->isWindowModified());
        QTRY_VERIFY(!m_window->problems()->isBusy());
        QCOMPARE(m_window->problems()->model()->diagnostics().size(), problemsBefore);
        action("redoAction")->trigger();
        QCOMPARE(modelEdit->text(), QStringLiteral("bedrock/converse/apac.amazon.nova-micro-v1:0"));
        QVERIFY(m_window->isWindowModified());
    }

    void applyFixUndoRedo()
    {
        startWindow(configPath());
        ProblemsModel *problems = m_window->problems()->model();
        auto *view = child<QTreeView>("problemsView");
        // The mistyped key has a "did you mean" fix.
        QModelIndex fixable;
        for (int group = 0; group < problems->rowCount() && !fixable.isValid(); ++group) {
            const QModelIndex parent = problems->index(group, 0);
            for (int i = 0; i < problems->rowCount(parent); ++i) {
                const QModelIndex index = problems->index(i, 0, parent);
                const auto &d = problems->diagnostics().at(index.data(ProblemsModel::DiagnosticRole).toInt());
                if (d.code == QLatin1String("config.unknown-param") && index.data(ProblemsModel::CanFixRole).toBool()) {
                    fixable = index;
                    break;
                }
            }
        }
        QVERIFY2(fixable.isValid(), "a fixable finding");
        QCOMPARE(fixable.data(ProblemsModel::DeploymentRowRole).toInt(), 2);

        // Double-click jumps to the deployment.
        Q_EMIT view->activated(fixable);
        QCOMPARE(m_window->modelList()->currentRow(), 2);

        view->setCurrentIndex(fixable);
        auto *apply = child<QPushButton>("applyFixButton");
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        const QByteArray fixed = m_window->session().document().text();
        QVERIFY(fixed != s_config);
        QVERIFY(!fixed.contains("aws_regoin_name"));
        QVERIFY(m_window->isWindowModified());
        QTRY_VERIFY(!m_window->problems()->isBusy());
        for (const auto &d : problems->diagnostics()) {
            QVERIFY(d.code != QLatin1String("config.unknown-param"));
        }

        action("undoAction")->trigger();
        QCOMPARE(m_window->session().document().text(), s_config);
        action("redoAction")->trigger();
        QCOMPARE(m_window->session().document().text(), fixed);
    }

    void addDuplicateDelete()
    {
        startWindow(configPath());
        auto *table = m_window->modelList()->tableModel();
        action("addDeploymentAction")->trigger();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(m_window->modelList()->currentRow(), 3);
        m_window->modelList()->selectRow(0);
        action("duplicateDeploymentAction")->trigger();
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->index(4, DeploymentTableModel::ModelColumn).data().toString(),
            QStringLiteral("bedrock/invoke/eu.amazon.nova-micro-v1:0"));
        // Multi-select delete: rows 3 and 4.
        auto *view = child<QTableView>("deploymentTable");
        view->selectionModel()->select(
            view->model()->index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(
            view->model()->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->modelList()->selectedRows(), (QList<int> { 3, 4 }));
        action("deleteDeploymentAction")->trigger();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(m_window->session().document().text(), s_config);
        QVERIFY(m_window->isWindowModified()); // three edits on the stack, though the text is back
        m_window->session().undoStack()->undo();
        QCOMPARE(table->rowCount(), 5);
    }

    void editorFields()
    {
        startWindow(configPath());
        m_window->modelList()->selectRow(1);
        auto *name = child<QLineEdit>("nameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("sonnet"));
        QCOMPARE(m_window->session().document().deployments().at(1).modelName.text, QStringLiteral("sonnet"));
        auto *secret = child<QLineEdit>("env_aws_secret_access_key");
        QTest::keyClicks(secret, QStringLiteral("MY_SECRET"));
        QCOMPARE(m_window->session().document().deployments().at(1).param(u"aws_secret_access_key").text,
            QStringLiteral("os.environ/MY_SECRET"));
        // The validator refuses what cannot be a variable name.
        QTest::keyClicks(secret, QStringLiteral("-x"));
        QCOMPARE(secret->text(), QStringLiteral("MY_SECRETx"));
        auto *rpm = child<QLineEdit>("rpmEdit");
        QTest::keyClicks(rpm, QStringLiteral("12a0"));
        QCOMPARE(m_window->session().document().deployments().at(1).param(u"rpm").text, QStringLiteral("120"));
        QVERIFY(m_window->session().document().text().contains("rpm: 120\n"));
        auto *region = child<QComboBox>("regionCombo");
        region->setCurrentText(QStringLiteral("mars-north-1"));
        QVERIFY(child<QLabel>("regionStatus")->text().contains(QLatin1String("mars-north-1")));
        QCOMPARE(m_window->session().document().deployments().at(1).param(u"aws_region_name").text,
            QStringLiteral("mars-north-1"));
        // The route choice rewrites the model string.
        auto *route = child<QComboBox>("routeCombo");
        const int invoke = route->findData(QStringLiteral("invoke"));
        QVERIFY(invoke > 0);
        route->setCurrentIndex(invoke);
        Q_EMIT route->activated(invoke);
        QCOMPARE(m_window->session().document().deployments().at(1).model(),
            QStringLiteral("bedrock/invoke/us.anthropic.claude-sonnet-4-5-20250929-v1:0"));
    }

    void literalSecretsAreNeverShown()
    {
        const QString path = m_dir->filePath(QStringLiteral("literal.yaml"));
        writeFile(path,
            "model_list:\n  - model_name: x\n    litellm_params:\n      model: bedrock/us.amazon.nova-micro-v1:0\n"
            "      aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        startWindow(path);
        m_window->modelList()->selectRow(0);
        const auto edits = m_window->findChildren<QLineEdit *>();
        for (const QLineEdit *edit : edits) {
            QVERIFY(!edit->text().contains(QLatin1String("wJalrXUtnFEMI")));
        }
        QVERIFY(child<QLabel>("envStatus_aws_secret_access_key")->isVisibleTo(m_window.get()));
    }

    void exportWritesWhatItShows_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("yaml") << 0;
        QTest::addRow("json") << 1;
        QTest::addRow("configmap") << 2;
        QTest::addRow("env") << 3;
    }
    void exportWritesWhatItShows()
    {
        QFETCH(int, format);
        startWindow(configPath());
        // An edit first, so the export differs from the file on disk.
        QVERIFY(m_window->session().edit(QStringLiteral("t"), 0, [](config::ConfigDocument &d) {
            return d.setParam(0, QStringLiteral("aws_access_key_id"), QStringLiteral("os.environ/AWS_KEY"));
        }));
        const QString target = m_dir->filePath(QStringLiteral("out.txt"));
        writeFile(target, s_config);
        ExportDialog *dialog = m_window->showExportDialog();
        QVERIFY(dialog->isVisible());
        dialog->setFormatIndex(format);
        dialog->setPath(target);
        auto *diff = dialog->findChild<QPlainTextEdit *>(QStringLiteral("exportDiffView"));
        QVERIFY(diff->toPlainText().contains(QLatin1String("+++")));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("exportLintSummary"))->text().isEmpty());

        QByteArray expected;
        const auto &document = m_window->session().document();
        switch (format) {
        case 0:
            expected = config::ConfigExporter::toYaml(document);
            QVERIFY(diff->toPlainText().contains(QLatin1String("+      aws_access_key_id: os.environ/AWS_KEY")));
            break;
        case 1:
            expected = config::ConfigExporter::toJson(document);
            break;
        case 2:
            expected = config::ConfigExporter::toConfigMap(document).value();
            break;
        default:
            expected = config::ConfigExporter::toEnvTemplate(document);
            QVERIFY(expected.contains("AWS_KEY="));
            break;
        }
        QCOMPARE(dialog->output(), expected);
        QSignalSpy finished(dialog, &QDialog::finished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(readFile(target), expected);
        QCOMPARE(readFile(target + QStringLiteral(".bak")), s_config);
    }

    void saveAndTitle()
    {
        const QString path = configPath();
        startWindow(path);
        QVERIFY(m_window->session().edit(QStringLiteral("t"), 1,
            [](config::ConfigDocument &d) { return d.setModelName(1, QStringLiteral("renamed")); }));
        QVERIFY(m_window->isWindowModified());
        action("saveAction")->trigger();
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(readFile(path).contains("model_name: renamed\n"));
        QVERIFY(m_prompter.asked.isEmpty());

        // Changed on disk by someone else: asks before overwriting.
        writeFile(path, s_config + "# someone else\n");
        QVERIFY(m_window->session().edit(QStringLiteral("t"), 1,
            [](config::ConfigDocument &d) { return d.setModelName(1, QStringLiteral("again")); }));
        m_prompter.overwrite = false;
        QVERIFY(!m_window->save());
        QCOMPARE(m_prompter.asked.size(), 2); // the question and the error
        QVERIFY(readFile(path).endsWith("# someone else\n"));
    }

    void unsavedChangesAsk()
    {
        startWindow(configPath());
        QVERIFY(m_window->session().edit(QStringLiteral("t"), 1,
            [](config::ConfigDocument &d) { return d.setModelName(1, QStringLiteral("renamed")); }));
        m_prompter.unsavedAnswer = Prompter::UnsavedAnswer::Cancel;
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_prompter.asked.size(), 1);
        QVERIFY(m_prompter.asked.first().startsWith(QLatin1String("unsaved:config.yaml")));

        // Opening another file asks too; cancelled, nothing changes.
        m_window->openFile(configPath());
        QCOMPARE(m_prompter.asked.size(), 2);
        QCOMPARE(m_window->session().document().deployments().at(1).modelName.text, QStringLiteral("renamed"));

        m_prompter.unsavedAnswer = Prompter::UnsavedAnswer::Discard;
        QVERIFY(m_window->close());
        // The UI state was kept.
        QVERIFY(!m_settings->value(QStringLiteral("mainWindow/state")).toByteArray().isEmpty());
        QVERIFY(!m_settings->value(QStringLiteral("mainWindow/splitter")).toByteArray().isEmpty());
    }

    void recoveryFileRestores()
    {
        const QString path = configPath();
        startWindow(path);
        QVERIFY(m_window->session().edit(QStringLiteral("t"), 1,
            [](config::ConfigDocument &d) { return d.setModelName(1, QStringLiteral("unsaved-name")); }));
        const QByteArray edited = m_window->session().document().text();
        const QString recovery = m_window->recoveryFile();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), 5000);
        QCOMPARE(readFile(recovery), edited);
        // A crash: the window goes without closeEvent.
        m_window.reset();
        QVERIFY(QFile::exists(recovery));

        m_prompter.restore = true;
        startWindow();
        QCOMPARE(m_prompter.asked.size(), 1);
        QVERIFY(m_prompter.asked.first().contains(path));
        QTRY_COMPARE(m_window->session().document().text(), edited);
        QCOMPARE(m_window->session().filePath(), path);
        QVERIFY(m_window->isWindowModified());
        // Undo goes back to the file as it is on disk.
        m_window->session().undoStack()->undo();
        QCOMPARE(m_window->session().document().text(), s_config);
        QVERIFY(!QFile::exists(recovery));
    }

    void declinedRecoveryOpensTheFile()
    {
        const QString path = configPath();
        QDir().mkpath(m_dir->filePath(QStringLiteral("recovery")));
        writeFile(m_dir->filePath(QStringLiteral("recovery/unsaved-edits.yaml")), "model_list: []\n");
        m_prompter.restore = false;
        startWindow(path);
        QCOMPARE(m_prompter.asked.size(), 1);
        QCOMPARE(m_window->session().document().text(), s_config);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("recovery/unsaved-edits.yaml"))));
    }

    void badFileReportsError()
    {
        const QString path = m_dir->filePath(QStringLiteral("bad.yaml"));
        writeFile(path, "model_list: [unclosed\n");
        m_window = makeWindow();
        QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
        m_window->start(path);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!loaded.first().first().toBool());
        QCOMPARE(m_prompter.asked.size(), 1);
        QVERIFY(m_prompter.asked.first().startsWith(QLatin1String("error:")));
    }

    void openingBadFileKeepsTheDocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addRow("huge (100 MB)") << QByteArray() << "67108864";
        QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20) << "line 1, column";
        QTest::addRow("deeply nested") << "model_list: " + QByteArray(20000, '[') << "line 1, column";
        QTest::addRow("alias bomb") << badinput::aliasBomb() << "line ";
        QTest::addRow("invalid UTF-8") << QByteArray("model_list:\n  - model_name: \xc3\x28\n") << "line 2, column";
        QTest::addRow("model_list a string") << QByteArray("model_list: claude\n") << "line 1, column";
        QTest::addRow("litellm_params a list")
            << QByteArray("model_list:\n  - model_name: a\n    litellm_params: [x]\n") << "line 3, column";
    }

    void openingBadFileKeepsTheDocument()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        const QString good = configPath();
        startWindow(good);
        // Unsaved edits, kept in the recovery file.
        QVERIFY(m_window->session().edit(QStringLiteral("t"), 1,
            [](config::ConfigDocument &d) { return d.setModelName(1, QStringLiteral("unsaved-name")); }));
        const QByteArray edited = m_window->session().document().text();
        const QString recovery = m_window->recoveryFile();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), 5000);
        const QByteArray recovered = readFile(recovery);
        const QString title = m_window->windowTitle();

        const QString bad = m_dir->filePath(QStringLiteral("bad.yaml"));
        if (text.isEmpty()) {
            QVERIFY(badinput::writeHugeConfig(bad));
        } else {
            writeFile(bad, text);
        }
        const QByteArray badBytes = readFile(bad);
        m_prompter.unsavedAnswer = Prompter::UnsavedAnswer::Discard;
        m_prompter.asked.clear();
        QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
        m_window->openFile(bad);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QVERIFY(!loaded.first().first().toBool());
        // The window says what is wrong and where ...
        const QString error = m_prompter.asked.last();
        QVERIFY2(error.startsWith(QStringLiteral("error:Cannot open config: %1: ").arg(bad)), qPrintable(error));
        QVERIFY2(error.contains(where), qPrintable(error));
        // ... and keeps the document it had, unsaved edits included.
        QCOMPARE(m_window->session().document().text(), edited);
        QCOMPARE(m_window->session().filePath(), good);
        QCOMPARE(m_window->windowTitle(), title);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(readFile(recovery), recovered);
        // Saving writes the document it had to its own file; the bad file is untouched.
        action("saveAction")->trigger();
        QTRY_VERIFY(!m_window->isWindowModified());
        QCOMPARE(readFile(good), edited);
        QCOMPARE(readFile(bad), badBytes);
        QVERIFY(!QFile::exists(bad + QStringLiteral(".bak")));
        QFile::remove(bad);
    }

    void discardedEditsLoseTheirRecoveryOnceReplaced()
    {
        startWindow(configPath());
        QVERIFY(m_window->session().edit(QStringLiteral("t"), 1,
            [](config::ConfigDocument &d) { return d.setModelName(1, QStringLiteral("unsaved-name")); }));
        const QString recovery = m_window->recoveryFile();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), 5000);
        const QString other = m_dir->filePath(QStringLiteral("other.yaml"));
        writeFile(other, "model_list: []\n");
        m_prompter.unsavedAnswer = Prompter::UnsavedAnswer::Discard;
        QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
        m_window->openFile(other);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(m_window->session().filePath(), other);
        QVERIFY(!QFile::exists(recovery));
    }

    void shortcutsAndNames()
    {
        startWindow();
        QCOMPARE(action("openAction")->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(action("saveAction")->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(action("undoAction")->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(action("redoAction")->shortcut(), QKeySequence(QKeySequence::Redo));
        QCOMPARE(action("findAction")->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(action("quitAction")->shortcut(), QKeySequence(QKeySequence::Quit));
        for (const char *name : { "filterEdit", "modelEdit", "nameEdit", "breakdownInput" }) {
            QVERIFY2(!child<QWidget>(name)->accessibleName().isEmpty(), name);
        }
        QVERIFY(!child<QWidget>("deploymentTable")->accessibleName().isEmpty());
        QVERIFY(!child<QWidget>("problemsView")->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
