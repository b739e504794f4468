#include "mainwindow.h"

#include "aws/profilecatalog.h"
#include "breakdown/routebreakdownpanel.h"
#include "common/themedicon.h"
#include "config/configdocument.h"
#include "config/configfile.h"
#include "config/configlinter.h"
#include "credentials/credentialsdialog.h"
#include "document/configsession.h"
#include "document/prompter.h"
#include "editor/deploymenteditor.h"
#include "export/exportdialog.h"
#include "health/healthview.h"
#include "modellist/deploymenttablemodel.h"
#include "modellist/modellistpanel.h"
#include "modellist/routesummary.h"
#include "problems/problemspanel.h"
#include "route/modelcatalog.h"
#include "route/routeparser.h"
#include "tester/routetesterpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace brc::ui {

namespace {

constexpr int s_maxRecentFiles = 8;
const QString s_recentKey = QStringLiteral("recentFiles");

QIcon icon(const char *name)
{
    return ThemedIcon::icon(QLatin1String(name));
}

} // namespace

QByteArray MainWindow::sampleConfig()
{
    QFile file(QStringLiteral(":/brc/samples/sample-config.yaml"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

MainWindow::MainWindow(const MainWindowContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(context.catalog)
    , m_prompter(context.prompter)
    , m_settings(context.settings)
    , m_environment(context.environment)
    , m_recoveryDirectory(context.recoveryDirectory)
    , m_parser(std::make_unique<route::RouteParser>())
    , m_linter(std::make_unique<config::ConfigLinter>())
    , m_session(new ConfigSession(this))
    , m_recoveryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("app"));
    m_pool.setMaxThreadCount(1);

    m_modelList = new ModelListPanel(*m_session, *m_parser, m_environment, this);
    m_breakdown = new RouteBreakdownPanel(m_catalog, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_modelList);
    m_splitter->addWidget(m_breakdown);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_editor = new DeploymentEditor(*m_session, m_catalog, *m_parser, m_environment, this);
    if (const Result<aws::ProfileCatalog> profiles = aws::ProfileCatalog::load(aws::ProfileCatalog::defaultPath())) {
        QStringList names;
        for (const aws::ManagedProfile &profile : profiles->profiles()) {
            names.append(profile.name);
        }
        m_editor->setProfileNames(names);
    }
    auto *editorDock = new QDockWidget(tr("Deployment"), this);
    editorDock->setObjectName(QStringLiteral("editorDock"));
    editorDock->setWidget(m_editor);
    addDockWidget(Qt::RightDockWidgetArea, editorDock);

    m_problems = new ProblemsPanel(*m_session, *m_linter, this);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    m_rowsLabel = new QLabel(this);
    m_rowsLabel->setObjectName(QStringLiteral("statusRows"));
    statusBar()->addPermanentWidget(m_rowsLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    createActions();
    createMenus();
    auto *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    viewMenu->addAction(editorDock->toggleViewAction());
    viewMenu->addAction(problemsDock->toggleViewAction());

    connect(m_session, &ConfigSession::documentReplaced, this, &MainWindow::onDocumentReplaced);
    connect(m_session->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
        if (clean) {
            removeRecovery();
        }
    });
    connect(m_session, &ConfigSession::documentChanged, this, [this] {
        m_rowsLabel->setText(tr("%n deployment(s)", nullptr, int(m_session->document().deployments().size())));
    });
    // After push() has put the command on the stack (documentChanged comes from inside it).
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_session->isModified()) {
            m_recoveryTimer->start();
        }
    });
    connect(m_modelList, &ModelListPanel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_modelList, &ModelListPanel::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_editor, &DeploymentEditor::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_problems, &ProblemsPanel::deploymentActivated, this, [this](int row) {
        m_modelList->selectRow(row);
        m_modelList->view()->setFocus();
    });
    connect(m_problems, &ProblemsPanel::countsChanged, this, [this](int errors, int warnings, int infos) {
        m_countsLabel->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(" · ")
            + tr("%n warning(s)", nullptr, warnings) + QStringLiteral(" · ") + tr("%n info", nullptr, infos));
    });
    connect(m_breakdown, &RouteBreakdownPanel::litellmVersionChanged, this,
        [this](const QString &version) { m_settings.setValue(QStringLiteral("litellmVersion"), version); });

    // Unsaved edits reach the recovery file a moment after typing stops.
    m_recoveryTimer->setSingleShot(true);
    m_recoveryTimer->setInterval(1500);
    connect(m_recoveryTimer, &QTimer::timeout, this, &MainWindow::writeRecovery);

    resize(1280, 800);
    resizeDocks({ editorDock }, { 400 }, Qt::Horizontal);
    resizeDocks({ problemsDock }, { 170 }, Qt::Vertical);
    restoreUiState();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The panels use the parser and linter this window owns: they go first (the problems panel
    // waits for a running lint).
    m_recoveryTimer->stop();
    m_session->undoStack()->disconnect(this);
    m_session->disconnect(this);
    delete m_problems;
    const QList<QWidget *> children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
    delete m_session;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(icon("open"), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a LiteLLM proxy config"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString dir = QFileInfo(m_session->filePath()).absolutePath();
        const QString path = m_prompter.openFileName(this, m_session->filePath().isEmpty() ? QString() : dir);
        if (!path.isEmpty()) {
            openFile(path);
        }
    });

    m_sampleAction = new QAction(tr("Open &Sample Config"), this);
    m_sampleAction->setObjectName(QStringLiteral("openSampleAction"));
    connect(m_sampleAction, &QAction::triggered, this, [this] {
        if (maybeSave()) {
            openSample();
        }
    });

    m_saveAction = new QAction(icon("save"), tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, [this] {
        const QString path
            = m_prompter.saveFileName(this, m_session->filePath(), tr("LiteLLM config (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty()) {
            saveAs(path);
        }
    });

    m_exportAction = new QAction(icon("export"), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(icon("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(icon("redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_findAction = new QAction(icon("find"), tr("&Find…"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_modelList, &ModelListPanel::focusFilter);

    m_fixAllAction = new QAction(icon("fix"), tr("Apply All Safe &Fixes"), this);
    m_fixAllAction->setObjectName(QStringLiteral("fixAllAction"));
    connect(m_fixAllAction, &QAction::triggered, m_problems, &ProblemsPanel::applyAllFixes);

    m_aboutAction = new QAction(tr("&About Bedrock Route Console"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Bedrock Route Console"),
            tr("<p><b>Bedrock Route Console</b> %1</p><p>See how a LiteLLM proxy routes each Bedrock "
               "model string, fix what it gets wrong, and export a clean config.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_modelList->addAction());
    edit->addAction(m_modelList->duplicateAction());
    edit->addAction(m_modelList->deleteAction());
    edit->addSeparator();
    edit->addAction(m_fixAllAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_saveAction);
    toolBar->addAction(m_exportAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_modelList->addAction());
    toolBar->addAction(m_modelList->duplicateAction());
    toolBar->addAction(m_modelList->deleteAction());
    toolBar->addSeparator();
    toolBar->addAction(m_fixAllAction);
    view->addAction(toolBar->toggleViewAction());
    updateRecentMenu();
}

void MainWindow::restoreUiState()
{
    m_settings.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(m_settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(m_settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(m_settings.value(QStringLiteral("splitter")).toByteArray());
    m_settings.endGroup();
    const QString version = m_settings.value(QStringLiteral("litellmVersion")).toString();
    if (!version.isEmpty()) {
        m_breakdown->setLitellmVersion(version);
    }
}

void MainWindow::saveUiState()
{
    m_settings.beginGroup(QStringLiteral("mainWindow"));
    m_settings.setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("state"), saveState());
    m_settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    m_settings.endGroup();
}

void MainWindow::start(const QString &file)
{
    QFile recovery(recoveryFile());
    QFile source(recoveryFile() + QStringLiteral(".source"));
    if (!m_recoveryDirectory.isEmpty() && recovery.open(QIODevice::ReadOnly)) {
        const QByteArray text = recovery.readAll();
        QString sourcePath;
        if (source.open(QIODevice::ReadOnly)) {
            sourcePath = QString::fromUtf8(source.readAll());
        }
        const QString when = QLocale().toString(QFileInfo(recovery).lastModified(), QLocale::ShortFormat);
        const QString what = sourcePath.isEmpty() ? tr("the sample config") : sourcePath;
        recovery.close();
        if (m_prompter.askRestoreRecovery(
                this, tr("The console closed with unsaved edits to %1 (%2). Restore them?").arg(what, when))) {
            loadAsync(sourcePath, text);
            return;
        }
        removeRecovery();
    }
    if (!file.isEmpty()) {
        loadAsync(file, {});
    } else {
        openSample();
    }
}

void MainWindow::openFile(const QString &path)
{
    if (!maybeSave()) {
        return;
    }
    loadAsync(path, {});
}

void MainWindow::loadAsync(const QString &path, const QByteArray &recovered)
{
    statusBar()->showMessage(tr("Opening %1…").arg(path.isEmpty() ? tr("sample") : path));
    if (path.isEmpty()) {
        onLoaded(path, recovered, true, {});
        return;
    }
    m_pool.start([this, path, recovered] {
        Result<config::ConfigDocument> loaded = config::ConfigDocument::load(path);
        const bool ok = loaded.hasValue();
        const QString error = ok ? QString() : loaded.error().toString();
        std::shared_ptr<config::ConfigDocument> document
            = ok ? std::make_shared<config::ConfigDocument>(std::move(loaded).value()) : nullptr;
        QMetaObject::invokeMethod(
            this,
            [this, path, recovered, ok, error, document] {
                if (ok) {
                    m_isSample = false;
                    m_session->setDocument(std::move(*document));
                }
                onLoaded(path, recovered, ok, error);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::onLoaded(const QString &path, const QByteArray &recovered, bool ok, const QString &error)
{
    if (path.isEmpty()) {
        Result<config::ConfigDocument> sample = config::ConfigDocument::fromYaml(sampleConfig());
        if (sample) {
            m_isSample = true;
            m_session->setDocument(std::move(sample).value());
        }
        ok = sample.hasValue();
    }
    if (!ok) {
        statusBar()->clearMessage();
        m_prompter.showError(this, tr("Cannot open config"), tr("%1: %2").arg(path, error));
        Q_EMIT documentLoaded(false);
        return;
    }
    if (!path.isEmpty()) {
        addRecentFile(path);
    }
    if (!recovered.isEmpty() && recovered != m_session->document().text()) {
        const QByteArray base = m_session->document().text();
        const Result<void> restored
            = m_session->edit(tr("Restore unsaved edits"), -1, [base, recovered](config::ConfigDocument &document) {
                  return document.applyEdits({ ConfigSession::minimalEdit(base, recovered) });
              });
        if (!restored) {
            m_prompter.showError(this, tr("Cannot restore"), restored.error().toString());
        }
    }
    statusBar()->showMessage(
        m_isSample ? tr("Showing the bundled sample config. Save As to keep it.") : tr("Opened %1").arg(path), 6000);
    if (m_modelList->tableModel()->rowCount() > 0) {
        m_modelList->selectRow(0);
    }
    Q_EMIT documentLoaded(true);
}

void MainWindow::openSample()
{
    loadAsync(QString(), {});
}

bool MainWindow::save()
{
    if (m_session->filePath().isEmpty()) {
        const QString path = m_prompter.saveFileName(
            this, QStringLiteral("config.yaml"), tr("LiteLLM config (*.yaml *.yml);;All files (*)"));
        return !path.isEmpty() && saveAs(path);
    }
    return saveAs(m_session->filePath());
}

bool MainWindow::saveAs(const QString &path)
{
    Result<void> saved = m_session->save(path, false);
    if (!saved && saved.error().code == QLatin1String("config.changed-on-disk")
        && m_prompter.askOverwriteChangedFile(this, path)) {
        saved = m_session->save(path, true);
    }
    if (!saved) {
        m_prompter.showError(this, tr("Cannot save"), saved.error().toString());
        return false;
    }
    m_isSample = false;
    addRecentFile(path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

ExportDialog *MainWindow::showExportDialog()
{
    auto *dialog = new ExportDialog(m_session->document(), *m_linter, m_prompter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool MainWindow::maybeSave()
{
    if (!m_session->isModified()) {
        return true;
    }
    const QString name
        = m_session->filePath().isEmpty() ? tr("The sample config") : QFileInfo(m_session->filePath()).fileName();
    switch (m_prompter.askUnsavedChanges(this, name)) {
    case Prompter::UnsavedAnswer::Save:
        return save();
    case Prompter::UnsavedAnswer::Discard:
        // The recovery file goes when the edits really go (the stack turns clean as another
        // document replaces this one): if opening that document fails, the edits stay on screen
        // and stay protected.
        return true;
    case Prompter::UnsavedAnswer::Cancel:
        return false;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_recoveryTimer->stop();
    removeRecovery();
    saveUiState();
    event->accept();
}

void MainWindow::onDocumentReplaced()
{
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString name;
    if (m_session->filePath().isEmpty()) {
        name = m_isSample ? tr("sample-config.yaml (sample)") : tr("untitled");
    } else {
        name = QFileInfo(m_session->filePath()).fileName();
    }
    setWindowTitle(tr("Bedrock Route Console — %1[*]").arg(name));
    setWindowModified(m_session->isModified());
}

void MainWindow::onCurrentRowChanged(int row)
{
    m_editor->setRow(row);
    const auto &deployments = m_session->document().deployments();
    if (row < 0 || row >= deployments.size()) {
        return;
    }
    const config::Deployment &deployment = deployments.at(row);
    m_breakdown->setRoute(deployment.model(), RouteSummary::contextOf(deployment, m_environment));
}

void MainWindow::attachServices(ConsoleServices &services)
{
    if (m_services != nullptr) {
        return;
    }
    m_services = &services;
    auto *problemsDock = findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    auto *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    // The docks exist from the start (menus, saved layout); their panels are made when a dock
    // first shows, so a large config's list paints without waiting for charts and forms.
    const auto addDock = [&](const QString &name, const QString &title) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(new QWidget(dock));
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(problemsDock, dock);
        viewMenu->addAction(dock->toggleViewAction());
        connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible) {
                ensurePanels();
            }
        });
        return dock;
    };
    m_testerDock = addDock(QStringLiteral("routeTesterDock"), tr("Route Tester"));
    m_healthDock = addDock(QStringLiteral("healthViewDock"), tr("Health Check"));
    problemsDock->raise();

    QAction *testAction = tools->addAction(tr("&Test Route"));
    testAction->setObjectName(QStringLiteral("testRouteAction"));
    testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(testAction, &QAction::triggered, this, [this] { showPanel(tester()); });
    QAction *healthAction = tools->addAction(tr("&Health Check"));
    healthAction->setObjectName(QStringLiteral("healthCheckAction"));
    healthAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(healthAction, &QAction::triggered, this, [this] { showPanel(health()); });
    QAction *credentialsAction = tools->addAction(tr("&Credentials…"));
    credentialsAction->setObjectName(QStringLiteral("credentialsAction"));
    connect(credentialsAction, &QAction::triggered, this, &MainWindow::showCredentialsDialog);
}

RouteTesterPanel *MainWindow::tester()
{
    ensurePanels();
    return m_tester;
}

HealthView *MainWindow::health()
{
    ensurePanels();
    return m_health;
}

void MainWindow::ensurePanels()
{
    if (m_services == nullptr || m_tester != nullptr) {
        return;
    }
    m_tester = new RouteTesterPanel(*m_session, *m_parser, *m_services, this);
    m_health = new HealthView(*m_session, *m_parser, *m_services, m_prompter, this);
    m_health->setSelectionProvider([this] { return m_modelList->selectedRows(); });
    for (const auto &[dock, panel] : { std::pair<QDockWidget *, QWidget *> { m_testerDock, m_tester },
             std::pair<QDockWidget *, QWidget *> { m_healthDock, m_health } }) {
        QWidget *placeholder = dock->widget();
        dock->setWidget(panel);
        delete placeholder;
    }

    connect(m_modelList, &ModelListPanel::currentRowChanged, m_tester, &RouteTesterPanel::setRow);
    m_tester->setRow(m_modelList->currentRow());
    connect(m_tester, &RouteTesterPanel::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_health, &HealthView::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // A failure leads to its deployment: selected in the list, its breakdown and problems shown.
    auto *problemsDock = findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    connect(m_health, &HealthView::deploymentActivated, this, [this, problemsDock](int row) {
        m_modelList->selectRow(row);
        problemsDock->show();
        problemsDock->raise();
        m_modelList->view()->setFocus();
    });
}

void MainWindow::showPanel(QWidget *panel)
{
    if (auto *dock = qobject_cast<QDockWidget *>(panel == nullptr ? nullptr : panel->parentWidget())) {
        dock->show();
        dock->raise();
        resizeDocks({ dock }, { height() / 2 }, Qt::Vertical);
    }
}

CredentialsDialog *MainWindow::showCredentialsDialog()
{
    if (m_services == nullptr) {
        return nullptr;
    }
    auto *dialog = new CredentialsDialog(*m_services, *m_session, *m_parser, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->explainDeployment(m_modelList->currentRow());
    connect(dialog, &CredentialsDialog::profilesChanged, tester(), &RouteTesterPanel::reloadProfiles);
    dialog->show();
    return dialog;
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = m_settings.value(s_recentKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > s_maxRecentFiles) {
        files.removeLast();
    }
    m_settings.setValue(s_recentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.value(s_recentKey).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::recoveryFile() const
{
    return QDir(m_recoveryDirectory).filePath(QStringLiteral("unsaved-edits.yaml"));
}

void MainWindow::writeRecovery()
{
    if (!m_session->isModified() || m_recoveryDirectory.isEmpty()) {
        return;
    }
    // A copy of a config that holds secrets in clear would be one more file holding them.
    const QList<config::ConfigDiagnostic> diagnostics = m_linter->lint(m_session->document());
    if (std::any_of(diagnostics.begin(), diagnostics.end(),
            [](const config::ConfigDiagnostic &d) { return d.code == QLatin1String("config.literal-secret"); })) {
        removeRecovery();
        statusBar()->showMessage(tr("Unsaved edits are not kept for recovery while the config holds secrets in "
                                    "clear: move them to os.environ/ references (see Problems)"),
            8000);
        return;
    }
    QDir().mkpath(m_recoveryDirectory);
    const Result<void> text = config::ConfigFile::write(recoveryFile(), m_session->document().text(), false);
    const Result<void> source
        = config::ConfigFile::write(recoveryFile() + QStringLiteral(".source"), m_session->filePath().toUtf8(), false);
    if (!text || !source) {
        statusBar()->showMessage(
            tr("Cannot write the recovery file: %1").arg((!text ? text.error() : source.error()).toString()), 8000);
    }
}

void MainWindow::removeRecovery()
{
    if (m_recoveryDirectory.isEmpty()) {
        return;
    }
    QFile::remove(recoveryFile());
    QFile::remove(recoveryFile() + QStringLiteral(".source"));
}

} // namespace brc::ui
