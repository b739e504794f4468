#pragma once

#include "health/healthcheck.h"

#include <QAbstractTableModel>
#include <QList>

namespace brc::ui {

/// The results of a health run as a table: one row per call, in the order they finished.
class HealthResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthResultsModel)

public:
    enum Column {
        Deployment,
        Model,
        Api,
        Outcome,
        HttpStatus,
        Latency,
        Ttft,
        InputTokens,
        OutputTokens,
        ErrorType,
        Hint,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for the numeric columns (-1 sorts first), else text
        DeploymentRowRole, ///< the deployment's position in model_list
        IsOkRole,
    };

    explicit HealthResultsModel(QObject *parent = nullptr);

    void clear();
    /// Appends a batch of results as one insertion.
    void append(const QList<health::HealthResult> &results);
    const QList<health::HealthResult> &results() const { return m_results; }
    int failedCount() const { return m_failed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<health::HealthResult> m_results;
    int m_failed = 0;
};

} // namespace brc::ui
