#pragma once

#include "health/healthcheck.h"

#include <QList>
#include <QTabWidget>

class QChart;

namespace brc::ui {

/// The charts beside the health table, read at a glance: the slowest deployments' latency, the
/// latency distribution, time to first token, errors by type, and for a run over both APIs,
/// Converse against Invoke on the same axes. show() takes new results; only the chart in view is
/// rebuilt at once, the others when their tab is opened (or chart() asks for them).
class HealthCharts final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCharts)

public:
    /// At most this many deployments per bar chart (the slowest ones).
    static constexpr int MaxBars = 12;

    explicit HealthCharts(QWidget *parent = nullptr);

    void show(const QList<health::HealthResult> &results);
    /// The chart of tab `index`, up to date.
    QChart *chart(int index);

private:
    void build(int index);
    void buildSlowest(int index);
    void buildDistribution();
    void buildErrors();
    void buildVersus();

    QList<QChart *> m_charts;
    QList<bool> m_stale;
    QList<health::HealthResult> m_results;
};

} // namespace brc::ui
