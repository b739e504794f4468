#pragma once

#include <QSortFilterProxyModel>

namespace brc::ui {

/// Sorts health results by HealthResultsModel::SortRole and keeps the rows whose text matches
/// the filter in any column, optionally only the failures.
class HealthFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthFilterModel)

public:
    explicit HealthFilterModel(QObject *parent = nullptr);

    void setFailuresOnly(bool failuresOnly);
    bool failuresOnly() const { return m_failuresOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failuresOnly = false;
};

} // namespace brc::ui
