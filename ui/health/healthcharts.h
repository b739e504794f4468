#pragma once

#include "health/healthcheck.h"

#include <QList>
#include <QTabWidget>

class QChart;

namespace brc::ui {

/// The charts beside the health table, read at a glance: the slowest deployments' latency, the
/// latency distribution, time to first token, errors by type, and for a run over both APIs,
/// Converse against Invoke on the same axes. Rebuilt from the results on show().
class HealthCharts final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCharts)

public:
    /// At most this many deployments per bar chart (the slowest ones).
    static constexpr int MaxBars = 20;

    explicit HealthCharts(QWidget *parent = nullptr);

    void show(const QList<health::HealthResult> &results);
    /// The chart of tab `index`, for tests.
    QChart *chart(int index) const;

private:
    QList<QChart *> m_charts;
};

} // namespace brc::ui
