#include "healthview.h"

#include "document/configsession.h"
#include "document/prompter.h"
#include "health/healthreport.h"
#include "health/healthrunner.h"
#include "healthcharts.h"
#include "healthfiltermodel.h"
#include "healthresultsmodel.h"
#include "services/consoleservices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace brc::ui {

HealthView::HealthView(ConfigSession &session, const route::RouteParser &parser, ConsoleServices &services,
    Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_services(services)
    , m_prompter(prompter)
    , m_planner(parser, services.environment)
    , m_runner(new health::HealthRunner(services.client, services.resolver, this))
    , m_flushTimer(new QTimer(this))
    , m_chartTimer(new QTimer(this))
    , m_results(new HealthResultsModel(this))
    , m_filter(new HealthFilterModel(this))
{
    setObjectName(QStringLiteral("healthView"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->setAccessibleName(tr("Deployments to check"));
    m_scope->addItem(tr("All deployments"));
    m_scope->addItem(tr("Selected deployments"));
    m_api = new QComboBox(this);
    m_api->setObjectName(QStringLiteral("apiCombo"));
    m_api->setAccessibleName(tr("API"));
    m_api->addItem(tr("LiteLLM's API"), int(health::HealthApis::LiteLlm));
    m_api->addItem(tr("Converse"), int(health::HealthApis::Converse));
    m_api->addItem(tr("Invoke"), int(health::HealthApis::Invoke));
    m_api->addItem(tr("Converse and Invoke"), int(health::HealthApis::Both));
    m_stream = new QCheckBox(tr("S&tream (measures TTFT)"), this);
    m_stream->setObjectName(QStringLiteral("healthStreamCheck"));
    m_stream->setChecked(true);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setAccessibleName(tr("Concurrency"));
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(8);
    m_run = new QPushButton(tr("&Run health check"), this);
    m_run->setObjectName(QStringLiteral("runHealthButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelHealthButton"));
    m_export = new QPushButton(QIcon(QStringLiteral(":/brc/icons/export.svg")), tr("E&xport"), this);
    m_export->setObjectName(QStringLiteral("exportHealthButton"));
    auto *exportMenu = new QMenu(m_export);
    QAction *csv = exportMenu->addAction(tr("CSV…"));
    QAction *json = exportMenu->addAction(tr("JSON…"));
    m_export->setMenu(exportMenu);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("healthProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_counts = new QLabel(tr("Not run yet."), this);
    m_counts->setObjectName(QStringLiteral("healthCounts"));
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("healthFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter results"));
    m_filterEdit->setAccessibleName(tr("Filter results"));
    m_filterEdit->setClearButtonEnabled(true);
    m_failuresOnly = new QCheckBox(tr("&Failures only"), this);
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnlyCheck"));

    m_filter->setSourceModel(m_results);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("healthTable"));
    m_view->setAccessibleName(tr("Health results"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column fitting looks at the rows in view only (by default it reads up to 1,000 rows).
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->setColumnWidth(HealthResultsModel::Model, 260);
    m_charts = new HealthCharts(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_scope);
    controls->addWidget(m_api);
    controls->addWidget(m_stream);
    controls->addWidget(new QLabel(tr("Concurrency:"), this));
    controls->addWidget(m_concurrency);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addStretch(1);
    controls->addWidget(m_export);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 2);
    progress->addWidget(m_counts, 1);
    auto *filter = new QHBoxLayout;
    filter->addWidget(m_filterEdit, 1);
    filter->addWidget(m_failuresOnly);
    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filter);
    tableLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("healthSplitter"));
    split->addWidget(tableSide);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(progress);
    layout->addWidget(split, 1);

    m_flushTimer->setInterval(100);
    m_flushTimer->setSingleShot(true);
    m_chartTimer->setInterval(1000);
    m_chartTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &HealthView::flush);
    connect(m_chartTimer, &QTimer::timeout, this, [this] { m_charts->show(m_results->results()); });
    connect(m_run, &QPushButton::clicked, this, &HealthView::run);
    connect(m_cancel, &QPushButton::clicked, this, &HealthView::cancel);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_failuresOnly, &QCheckBox::toggled, m_filter, &HealthFilterModel::setFailuresOnly);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = index.data(HealthResultsModel::DeploymentRowRole).toInt();
        if (index.isValid() && row >= 0) {
            Q_EMIT deploymentActivated(row);
        }
    });
    auto exportAs = [this](bool asJson) {
        const QString path
            = m_prompter.saveFileName(this, asJson ? QStringLiteral("health.json") : QStringLiteral("health.csv"),
                asJson ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        if (const Result<void> written = exportTo(path, asJson); !written) {
            m_prompter.showError(this, tr("Cannot export"), written.error().toString());
        } else {
            Q_EMIT statusMessage(tr("Exported %n result(s) to %1", nullptr, int(m_results->rowCount())).arg(path));
        }
    };
    connect(csv, &QAction::triggered, this, [exportAs] { exportAs(false); });
    connect(json, &QAction::triggered, this, [exportAs] { exportAs(true); });

    connect(m_runner, &health::HealthRunner::resultReady, this, [this](int, const health::HealthResult &result) {
        m_pending.append(result);
        if (!m_flushTimer->isActive()) {
            m_flushTimer->start();
        }
    });
    connect(m_runner, &health::HealthRunner::progress, this, [this](int completed, int failed, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(completed);
        m_counts->setText(tr("%1 of %2 checked · %3 healthy · %4 failed")
                              .arg(completed)
                              .arg(total)
                              .arg(completed - failed)
                              .arg(failed));
    });
    connect(m_runner, &health::HealthRunner::finished, this, &HealthView::onFinished);
    updateButtons();
}

HealthView::~HealthView() = default;

void HealthView::setSelectionProvider(std::function<QList<int>()> selectedRows)
{
    m_selectedRows = std::move(selectedRows);
}

bool HealthView::isRunning() const
{
    return m_runner->isRunning();
}

void HealthView::updateButtons()
{
    const bool running = isRunning();
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_concurrency->setEnabled(!running);
    m_export->setEnabled(!running && m_results->rowCount() > 0);
}

void HealthView::run()
{
    if (isRunning()) {
        return;
    }
    QList<int> rows;
    if (m_scope->currentIndex() == 1 && m_selectedRows) {
        rows = m_selectedRows();
        if (rows.isEmpty()) {
            Q_EMIT statusMessage(tr("Select the deployments to check in the list first."));
            return;
        }
    }
    m_pending.clear();
    m_results->clear();
    const auto apis = health::HealthApis(m_api->currentData().toInt());
    const QList<health::HealthTarget> targets = m_planner.plan(m_session.document(),
        bedrock::ChatRequest::fromPrompt(QStringLiteral("ping"), 8), apis, m_stream->isChecked(), rows);
    if (targets.isEmpty()) {
        m_counts->setText(tr("No Bedrock deployments to check."));
        m_charts->show({});
        Q_EMIT runFinished(false);
        return;
    }
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    m_counts->setText(tr("Checking %n call(s)…", nullptr, int(targets.size())));
    m_runner->start(targets, m_concurrency->value());
    updateButtons();
}

void HealthView::cancel()
{
    m_runner->cancel();
}

void HealthView::flush()
{
    m_results->append(std::exchange(m_pending, {}));
    if (isRunning() && !m_chartTimer->isActive()) {
        m_chartTimer->start();
    }
}

void HealthView::onFinished(bool cancelled)
{
    m_flushTimer->stop();
    m_chartTimer->stop();
    flush();
    m_charts->show(m_results->results());
    // Sized on the rows in view only, so this stays cheap for large runs.
    for (const int column : { HealthResultsModel::Deployment, HealthResultsModel::Api, HealthResultsModel::Outcome,
             HealthResultsModel::HttpStatus, HealthResultsModel::Latency, HealthResultsModel::Ttft }) {
        m_view->resizeColumnToContents(column);
    }
    if (cancelled) {
        m_counts->setText(
            tr("Cancelled: %1 checked · %2 failed").arg(m_results->rowCount()).arg(m_results->failedCount()));
    }
    updateButtons();
    Q_EMIT statusMessage(cancelled ? tr("Health check cancelled.") : tr("Health check finished."));
    Q_EMIT runFinished(cancelled);
}

Result<void> HealthView::exportTo(const QString &path, bool json) const
{
    const QByteArray content = json ? health::HealthReport::toJsonDocument(m_results->results())
                                    : health::HealthReport::toCsv(m_results->results());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.flush() || !file.commit()) {
        return Error(QStringLiteral("export.write"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace brc::ui
