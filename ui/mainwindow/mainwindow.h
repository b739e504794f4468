#pragma once

#include "route/routecontext.h"

#include <QMainWindow>
#include <QThreadPool>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTimer;

namespace brc::config {
class ConfigLinter;
}
namespace brc::route {
class ModelCatalog;
class RouteParser;
} // namespace brc::route

namespace brc::ui {

class ConfigSession;
class CredentialsDialog;
class DeploymentEditor;
class HealthView;
class RouteTesterPanel;
struct ConsoleServices;
class ExportDialog;
class ModelListPanel;
class ProblemsPanel;
class Prompter;
class RouteBreakdownPanel;

/// What the main window is built from, handed in by app/ (tests pass their own).
struct MainWindowContext
{
    const route::ModelCatalog &catalog;
    Prompter &prompter;
    QSettings &settings; ///< UI state only: geometry, docks, recent files, LiteLLM version
    route::RouteEnvironment environment; ///< what the proxy's environment says about regions
    QString recoveryDirectory; ///< where unsaved edits are kept between runs
};

/// The console's main window: the deployment list in the middle, the route breakdown under it,
/// the deployment editor on the right and the problems at the bottom.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const MainWindowContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// First thing after construction: offers the recovery file if there is one, else opens
    /// `file`, else the bundled sample.
    void start(const QString &file);
    /// Loads `path` on a worker thread; documentLoaded() follows. Asks first about unsaved edits.
    void openFile(const QString &path);
    /// Opens the bundled sample config (unsaved, no file name).
    void openSample();
    bool save();
    bool saveAs(const QString &path);
    /// Shows the export dialog (window-modal, not blocking).
    ExportDialog *showExportDialog();
    /// Adds the route tester, the health view and the credentials dialog, whose network calls go
    /// through `services` (made in app/, outliving the window).
    void attachServices(ConsoleServices &services);
    /// Shows the credentials dialog (non-modal, not blocking); nullptr before attachServices().
    CredentialsDialog *showCredentialsDialog();
    /// The panels, made the first time they are shown or asked for (not at start-up: the window
    /// paints its list first); nullptr before attachServices().
    RouteTesterPanel *tester();
    HealthView *health();
    /// Brings the tester's or the health view's dock to the front.
    void showPanel(QWidget *panel);

    ConfigSession &session() const { return *m_session; }
    ModelListPanel *modelList() const { return m_modelList; }
    RouteBreakdownPanel *breakdown() const { return m_breakdown; }
    ProblemsPanel *problems() const { return m_problems; }
    DeploymentEditor *editor() const { return m_editor; }
    /// The path of the recovery file of unsaved edits.
    QString recoveryFile() const;
    /// Builds the content of the bundled sample config.
    static QByteArray sampleConfig();

Q_SIGNALS:
    /// A document is shown (opened, sample, restored); `ok` false when the file could not be read.
    void documentLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreUiState();
    void saveUiState();
    bool maybeSave();
    void onDocumentReplaced();
    void onCurrentRowChanged(int row);
    void onLoaded(const QString &path, const QByteArray &recovered, bool ok, const QString &error);
    void loadAsync(const QString &path, const QByteArray &recovered);
    void updateTitle();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void writeRecovery();
    void removeRecovery();

    const route::ModelCatalog &m_catalog;
    Prompter &m_prompter;
    QSettings &m_settings;
    route::RouteEnvironment m_environment;
    QString m_recoveryDirectory;
    std::unique_ptr<route::RouteParser> m_parser;
    std::unique_ptr<config::ConfigLinter> m_linter;
    ConfigSession *m_session;
    ModelListPanel *m_modelList = nullptr;
    RouteBreakdownPanel *m_breakdown = nullptr;
    ProblemsPanel *m_problems = nullptr;
    DeploymentEditor *m_editor = nullptr;
    ConsoleServices *m_services = nullptr;
    void ensurePanels();

    RouteTesterPanel *m_tester = nullptr;
    HealthView *m_health = nullptr;
    QDockWidget *m_testerDock = nullptr;
    QDockWidget *m_healthDock = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_recoveryTimer = nullptr;
    bool m_isSample = false;

    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_fixAllAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QThreadPool m_pool; ///< last: destroyed first, so a running load finishes before the rest goes
};

} // namespace brc::ui
