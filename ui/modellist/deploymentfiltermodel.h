#pragma once

#include <QSortFilterProxyModel>

namespace brc::ui {

/// Sorts the deployment table and keeps the rows where any column contains the filter text
/// (case-insensitive; words separated by spaces must all match).
class DeploymentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentFilterModel)

public:
    explicit DeploymentFilterModel(QObject *parent = nullptr);
    ~DeploymentFilterModel() override;

    void setFilterWords(const QString &text);
    QString filterWords() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words; ///< case-folded
};

} // namespace brc::ui
