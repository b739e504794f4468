#pragma once

#include "config/configdiagnostic.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>

namespace brc::config {
class ConfigDocument;
}

namespace brc::ui {

/// Every diagnostic of a config, grouped: one top-level row per deployment with findings (in
/// model_list order), then one for the rest of the config; the findings are its children.
class ProblemsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { MessageColumn, CodeColumn, LineColumn, ColumnCount };
    enum Role {
        DeploymentRowRole = Qt::UserRole + 1, ///< int: the model_list position, -1 for other sections
        DiagnosticRole, ///< int: index into diagnostics(), -1 for a group row
        CanFixRole, ///< bool: a fix that can be applied as it is
    };

    explicit ProblemsModel(QObject *parent = nullptr);
    ~ProblemsModel() override;

    /// Replaces the content; `document` gives the deployments' names for the group titles.
    void setDiagnostics(const QList<config::ConfigDiagnostic> &diagnostics, const config::ConfigDocument &document);
    const QList<config::ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }
    int errorCount() const { return m_counts[2]; }
    int warningCount() const { return m_counts[1]; }
    int infoCount() const { return m_counts[0]; }

    /// The model_list position a diagnostic path ("model_list[3].litellm_params.model") names, or -1.
    static int deploymentOfPath(const QString &path);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        int deployment = -1;
        QString title;
        QList<int> items;
        int worst = 0;
    };

    QIcon iconFor(int severity) const;

    QList<config::ConfigDiagnostic> m_diagnostics;
    QList<Group> m_groups;
    int m_counts[3] = { 0, 0, 0 };
    QIcon m_icons[3];
};

} // namespace brc::ui
