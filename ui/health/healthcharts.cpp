#include "healthcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QMap>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>

namespace brc::ui {

namespace {

QString label(const health::HealthResult &r)
{
    return r.call.modelName.isEmpty() ? r.call.model : r.call.modelName;
}

void setAxes(
    QChart *chart, QAbstractSeries *series, const QStringList &categories, const QString &valueTitle, bool horizontal)
{
    auto *categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
}

/// The `MaxBars` largest values of `value` over the successful results, as a horizontal bar chart.
void slowest(QChart *chart, const QList<health::HealthResult> &results, qint64 health::HealthResult::*value,
    const QString &setName, const QString &valueTitle)
{
    QList<const health::HealthResult *> sorted;
    for (const health::HealthResult &r : results) {
        if (r.*value >= 0) {
            sorted.append(&r);
        }
    }
    std::sort(sorted.begin(), sorted.end(), [value](auto *a, auto *b) { return a->*value > b->*value; });
    sorted = sorted.mid(0, HealthCharts::MaxBars);
    std::reverse(sorted.begin(), sorted.end()); // the slowest at the top
    auto *set = new QBarSet(setName);
    QStringList categories;
    for (const health::HealthResult *r : std::as_const(sorted)) {
        *set << qreal(r->*value);
        categories << label(*r);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    setAxes(chart, series, categories, valueTitle, true);
}

} // namespace

HealthCharts::HealthCharts(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("healthCharts"));
    const QStringList titles { tr("Latency"), tr("Distribution"), tr("TTFT"), tr("Errors"), tr("Converse vs Invoke") };
    for (const QString &title : titles) {
        auto *chart = new QChart;
        chart->setTitle(title);
        chart->legend()->setVisible(false);
        chart->setAnimationOptions(QChart::NoAnimation);
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        addTab(view, title);
        m_charts.append(chart);
        m_stale.append(false);
    }
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_stale.size() && m_stale.at(index)) {
            build(index);
        }
    });
}

QChart *HealthCharts::chart(int index)
{
    if (index >= 0 && index < m_charts.size() && m_stale.at(index)) {
        build(index);
    }
    return m_charts.value(index);
}

void HealthCharts::show(const QList<health::HealthResult> &results)
{
    m_results = results;
    m_stale.fill(true);
    build(currentIndex());
}

void HealthCharts::build(int index)
{
    if (index < 0 || index >= m_charts.size()) {
        return;
    }
    m_stale[index] = false;
    QChart *chart = m_charts.at(index);
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    switch (index) {
    case 0:
    case 2:
        buildSlowest(index);
        break;
    case 1:
        buildDistribution();
        break;
    case 3:
        buildErrors();
        break;
    default:
        buildVersus();
        break;
    }
}

void HealthCharts::buildSlowest(int index)
{
    if (index == 0) {
        m_charts[0]->setTitle(tr("Slowest deployments: latency (ms)"));
        slowest(m_charts[0], m_results, &health::HealthResult::latencyMs, tr("Latency"), tr("ms"));
    } else {
        m_charts[2]->setTitle(tr("Time to first token (ms, streaming calls)"));
        slowest(m_charts[2], m_results, &health::HealthResult::ttftMs, tr("TTFT"), tr("ms"));
    }
}

void HealthCharts::buildDistribution()
{
    // Ten equal bins between the fastest and the slowest call.
    QChart *chart = m_charts[1];
    chart->setTitle(tr("Latency distribution (calls per bin)"));
    qint64 low = -1;
    qint64 high = -1;
    for (const health::HealthResult &r : std::as_const(m_results)) {
        if (r.latencyMs >= 0) {
            low = low < 0 ? r.latencyMs : std::min(low, r.latencyMs);
            high = std::max(high, r.latencyMs);
        }
    }
    constexpr int bins = 10;
    QList<int> counts(bins, 0);
    const qint64 width = std::max<qint64>(1, (high - low + bins) / bins);
    for (const health::HealthResult &r : std::as_const(m_results)) {
        if (r.latencyMs >= 0) {
            ++counts[std::min<int>(bins - 1, int((r.latencyMs - low) / width))];
        }
    }
    auto *set = new QBarSet(tr("Calls"));
    QStringList categories;
    for (int i = 0; i < bins && low >= 0; ++i) {
        *set << counts.at(i);
        categories << QStringLiteral("%1–%2").arg(low + i * width).arg(low + (i + 1) * width);
    }
    auto *series = new QBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    setAxes(chart, series, categories, tr("calls"), false);
}

void HealthCharts::buildErrors()
{
    QChart *chart = m_charts[3];
    QMap<QString, int> byType;
    for (const health::HealthResult &r : std::as_const(m_results)) {
        if (!r.isOk()) {
            ++byType[r.errorType()];
        }
    }
    chart->setTitle(byType.isEmpty() ? tr("Errors by type: none") : tr("Errors by type"));
    auto *series = new QPieSeries(chart);
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        series->append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()), it.value());
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
}

void HealthCharts::buildVersus()
{
    // Converse against Invoke for the deployments called through both.
    QChart *chart = m_charts[4];
    QMap<int, std::pair<qint64, qint64>> both;
    QMap<int, QString> names;
    for (const health::HealthResult &r : std::as_const(m_results)) {
        auto &pair = both[r.call.row];
        (r.call.api == bedrock::RouteApi::Converse ? pair.first : pair.second) = r.latencyMs > 0 ? r.latencyMs : 0;
        names[r.call.row] = label(r);
    }
    auto *converse = new QBarSet(tr("Converse"));
    auto *invoke = new QBarSet(tr("Invoke"));
    QStringList categories;
    for (auto it = both.cbegin(); it != both.cend() && categories.size() < MaxBars; ++it) {
        if (it->first > 0 && it->second > 0) {
            *converse << qreal(it->first);
            *invoke << qreal(it->second);
            categories << names.value(it.key());
        }
    }
    chart->setTitle(!categories.isEmpty() ? tr("Converse vs Invoke latency (ms)")
                                          : tr("Converse vs Invoke: run with \"Converse and Invoke\" to compare"));
    chart->legend()->setVisible(true);
    auto *series = new QBarSeries(chart);
    series->append(converse);
    series->append(invoke);
    chart->addSeries(series);
    setAxes(chart, series, categories, tr("ms"), false);
}

} // namespace brc::ui
