#pragma once

#include "route/routecontext.h"
#include "routesummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QVector>

#include <memory>

class QTimer;

namespace brc::route {
class RouteParser;
}

namespace brc::ui {

class ConfigSession;

/// The deployments of the session's document, one row each, in model_list order.
///
/// Routes are parsed lazily, the first time a row's route columns are asked for, and cached by
/// (model string, context), so unchanged rows are never parsed again after an edit and 10,000
/// rows of a few distinct strings cost a few parses.
class DeploymentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentTableModel)

public:
    enum Column { NameColumn, ModelColumn, RouteColumn, RegionColumn, ProviderColumn, ProblemsColumn, ColumnCount };
    enum Role {
        DeploymentRowRole = Qt::UserRole + 1, ///< int: the position in model_list
        SeverityRole, ///< int: worst route::Severity, -1 when none
        FilterTextRole, ///< QString: every column's text, for the filter
    };

    DeploymentTableModel(ConfigSession &session, const route::RouteParser &parser, route::RouteEnvironment environment,
        QObject *parent = nullptr);
    ~DeploymentTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag to reorder: rows are dragged as their model_list positions; a drop asks for a move
    // (rowsMoveRequested), which the list panel makes one undoable edit.
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    /// The MIME type of dragged rows.
    static QString rowsMimeType();

    /// The route summary of a row (parsed now if not cached).
    const RouteSummary &summary(int row) const;
    /// Every column's text of `row`, lower-cased, for the filter (kept until the row changes).
    const QString &filterText(int row) const;

Q_SIGNALS:
    /// Deployments `rows` (ascending) were dropped before deployment `before` (rowCount(): at the end).
    void rowsMoveRequested(const QList<int> &rows, int before);

private:
    void onDocumentChanged(int row);
    /// Works out the filter text of a slice of rows per turn of the event loop, after the rows
    /// on screen are painted, so the first keystroke in the filter finds them ready.
    void warmUp();
    QString cacheKey(int row) const;

    ConfigSession &m_session;
    const route::RouteParser &m_parser;
    route::RouteEnvironment m_environment;
    int m_rows = 0;
    mutable QVector<std::shared_ptr<const RouteSummary>> m_rowSummary; ///< per row, null until asked
    mutable QHash<QString, std::shared_ptr<const RouteSummary>> m_cache;
    mutable QVector<QString> m_filterText; ///< per row, null until asked
    QIcon m_errorIcon;
    QIcon m_warningIcon;
    QIcon m_infoIcon;
    QTimer *m_warmUp;
    int m_warmedUpTo = 0;
};

} // namespace brc::ui
