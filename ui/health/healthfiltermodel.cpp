#include "healthfiltermodel.h"

#include "healthresultsmodel.h"

namespace brc::ui {

HealthFilterModel::HealthFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HealthResultsModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void HealthFilterModel::setFailuresOnly(bool failuresOnly)
{
    if (failuresOnly == m_failuresOnly) {
        return;
    }
    m_failuresOnly = failuresOnly;
    invalidateRowsFilter();
}

bool HealthFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_failuresOnly
        && sourceModel()->index(sourceRow, 0, sourceParent).data(HealthResultsModel::IsOkRole).toBool()) {
        return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace brc::ui
