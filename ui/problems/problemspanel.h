#pragma once

#include <QByteArray>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace brc::config {
class ConfigLinter;
}

namespace brc::ui {

class ConfigSession;
class ProblemsModel;

/// Every diagnostic of the config (ConfigLinter: the route findings of each deployment plus the
/// config checks), grouped by deployment. Lints on a worker thread a moment after each change;
/// a fix is applied as one undoable edit.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    ProblemsPanel(ConfigSession &session, const config::ConfigLinter &linter, QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// True while a lint of the current text is pending or running.
    bool isBusy() const { return m_linted != m_requested; }

    /// Applies the fix of the diagnostic at `index` (into the model's diagnostics()).
    bool applyFix(int diagnostic);
    /// Applies every fix that is safe to apply together (not secret moves), as one edit.
    int applyAllFixes();

Q_SIGNALS:
    /// Double-click or Enter on a finding: show that deployment.
    void deploymentActivated(int row);
    /// Lint results arrived (errors, warnings, infos).
    void countsChanged(int errors, int warnings, int infos);

private:
    void scheduleLint();
    void startLint();
    void updateActions();
    int currentDiagnostic() const;

    ConfigSession &m_session;
    const config::ConfigLinter &m_linter;
    ProblemsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_applyFix;
    QPushButton *m_applyAll;
    QAction *m_fixAction;
    QTimer *m_debounce;
    QByteArray m_lintedText; ///< the text the shown diagnostics (and their fixes) are about
    quint64 m_requested = 0;
    quint64 m_linted = 0;
    QThreadPool m_pool; ///< last: waits for a running lint before the rest goes
};

} // namespace brc::ui
