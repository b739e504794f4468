#include "deploymentfiltermodel.h"

#include "deploymenttablemodel.h"

namespace brc::ui {

DeploymentFilterModel::DeploymentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

DeploymentFilterModel::~DeploymentFilterModel() = default;

void DeploymentFilterModel::setFilterWords(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the way.
    m_words = words;
    invalidateFilter();
}

bool DeploymentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    // The deployment table hands its cached, case-folded text straight over: no QVariant per row.
    QString fromRole;
    const QString *text = nullptr;
    if (const auto *table = qobject_cast<const DeploymentTableModel *>(sourceModel())) {
        text = &table->filterText(sourceRow);
    } else {
        fromRole
            = sourceModel()->index(sourceRow, 0, sourceParent).data(DeploymentTableModel::FilterTextRole).toString();
        text = &fromRole;
    }
    for (const QString &word : m_words) {
        if (!text->contains(word)) {
            return false;
        }
    }
    return true;
}

bool DeploymentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == DeploymentTableModel::ProblemsColumn) {
        return left.data().toInt() < right.data().toInt();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace brc::ui
