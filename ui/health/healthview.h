#pragma once

#include "health/healthcheck.h"
#include "health/healthplanner.h"

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace brc::health {
class HealthRunner;
}
namespace brc::route {
class RouteParser;
}

namespace brc::ui {

class ConfigSession;
class HealthCharts;
class HealthFilterModel;
class HealthResultsModel;
class Prompter;
struct ConsoleServices;

/// Checks every deployment of the config (or the selected ones) through core's HealthRunner with
/// a concurrency setting: a progress bar with counts and Cancel, a results table that sorts,
/// filters and exports as CSV or JSON, and charts beside it. Results reach the table in batches
/// and the charts a few times a second, so the window stays responsive during large runs.
/// Double-clicking a failure shows its deployment.
class HealthView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthView)

public:
    HealthView(ConfigSession &session, const route::RouteParser &parser, ConsoleServices &services, Prompter &prompter,
        QWidget *parent = nullptr);
    ~HealthView() override;

    /// Where "selected deployments" come from (the model list's selection).
    void setSelectionProvider(std::function<QList<int>()> selectedRows);

    void run();
    void cancel();
    bool isRunning() const;
    /// Writes the results (all of them, not only the filtered rows) as CSV or JSON.
    [[nodiscard]] Result<void> exportTo(const QString &path, bool json) const;

    HealthResultsModel *resultsModel() const { return m_results; }
    HealthFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    HealthCharts *charts() const { return m_charts; }
    QSpinBox *concurrencySpin() const { return m_concurrency; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *apiCombo() const { return m_api; }
    QCheckBox *streamCheck() const { return m_stream; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *countsLabel() const { return m_counts; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *failuresOnlyCheck() const { return m_failuresOnly; }

Q_SIGNALS:
    /// A result was double-clicked: show this deployment and its diagnostics.
    void deploymentActivated(int row);
    void runFinished(bool cancelled);
    void statusMessage(const QString &message);

private:
    void flush();
    void onFinished(bool cancelled);
    void updateButtons();

    ConfigSession &m_session;
    ConsoleServices &m_services;
    Prompter &m_prompter;
    health::HealthPlanner m_planner;
    health::HealthRunner *m_runner;
    std::function<QList<int>()> m_selectedRows;
    QList<health::HealthResult> m_pending;
    QTimer *m_flushTimer;
    QTimer *m_chartTimer;

    HealthResultsModel *m_results;
    HealthFilterModel *m_filter;
    QComboBox *m_scope = nullptr;
    QComboBox *m_api = nullptr;
    QCheckBox *m_stream = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_failuresOnly = nullptr;
    QTableView *m_view = nullptr;
    HealthCharts *m_charts = nullptr;
};

} // namespace brc::ui
