#include "modellistpanel.h"

#include "common/themedicon.h"
#include "config/configdocument.h"
#include "config/deploymentdraft.h"
#include "deploymentfiltermodel.h"
#include "deploymenttablemodel.h"
#include "document/configsession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace brc::ui {

namespace {

/// A draft with the scalar entries of `deployment`: what "duplicate" writes.
config::DeploymentDraft draftOf(const config::Deployment &deployment)
{
    config::DeploymentDraft draft;
    draft.modelName = deployment.modelName.text;
    for (const config::ConfigValue &value : deployment.litellmParams) {
        if (value.isScalar && !value.isNull) {
            draft.litellmParams.append({ value.key, value.text });
        }
    }
    for (const config::ConfigValue &value : deployment.modelInfo) {
        // A second deployment with the same id would be dropped by LiteLLM.
        if (value.isScalar && !value.isNull && value.key != QLatin1String("id")) {
            draft.modelInfo.append({ value.key, value.text });
        }
    }
    return draft;
}

} // namespace

ModelListPanel::ModelListPanel(ConfigSession &session, const route::RouteParser &parser,
    const route::RouteEnvironment &environment, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DeploymentTableModel(session, parser, environment, this))
    , m_filter(new DeploymentFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_add(new QAction(ThemedIcon::icon(QStringLiteral("add")), tr("&Add deployment"), this))
    , m_duplicate(new QAction(ThemedIcon::icon(QStringLiteral("duplicate")), tr("D&uplicate"), this))
    , m_delete(new QAction(ThemedIcon::icon(QStringLiteral("delete")), tr("&Delete"), this))
    , m_moveUp(new QAction(tr("Move &up"), this))
    , m_moveDown(new QAction(tr("Move do&wn"), this))
{
    setObjectName(QStringLiteral("modelListPanel"));
    m_filter->setSourceModel(m_model);

    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, model, route, region, provider…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter deployments"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &DeploymentFilterModel::setFilterWords);

    m_view->setObjectName(QStringLiteral("deploymentTable"));
    m_view->setAccessibleName(tr("Deployments"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // file order until a header is clicked
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move in the table
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(DeploymentTableModel::NameColumn, 170);
    m_view->setColumnWidth(DeploymentTableModel::ModelColumn, 420);
    m_view->setColumnWidth(DeploymentTableModel::RouteColumn, 80);
    m_view->setColumnWidth(DeploymentTableModel::RegionColumn, 110);
    m_view->setColumnWidth(DeploymentTableModel::ProviderColumn, 80);
    m_view->setColumnWidth(DeploymentTableModel::ProblemsColumn, 80);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({ m_add, m_duplicate, m_delete, m_moveUp, m_moveDown });
    // Drag to reorder, in file order only: a sorted view has no place to drop into.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this] { m_view->setDragEnabled(m_filter->sortColumn() < 0); });
    connect(m_model, &DeploymentTableModel::rowsMoveRequested, this, &ModelListPanel::moveRows);

    m_add->setObjectName(QStringLiteral("addDeploymentAction"));
    m_duplicate->setObjectName(QStringLiteral("duplicateDeploymentAction"));
    m_delete->setObjectName(QStringLiteral("deleteDeploymentAction"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_add, &QAction::triggered, this, &ModelListPanel::addDeployment);
    connect(m_duplicate, &QAction::triggered, this, &ModelListPanel::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &ModelListPanel::deleteSelected);
    m_moveUp->setObjectName(QStringLiteral("moveUpAction"));
    m_moveDown->setObjectName(QStringLiteral("moveDownAction"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_moveUp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_moveUp, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        if (!rows.isEmpty() && rows.first() > 0) {
            moveRows(rows, rows.first() - 1);
        }
    });
    connect(m_moveDown, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        if (!rows.isEmpty() && rows.last() + 1 < m_model->rowCount()) {
            moveRows(rows, rows.last() + 2);
        }
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filterEdit, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModelListPanel::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelListPanel::updateActions);
    connect(&m_session, &ConfigSession::documentChanged, this, &ModelListPanel::onDocumentChanged);
    updateActions();
}

ModelListPanel::~ModelListPanel() = default;

void ModelListPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void ModelListPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filterEdit->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QList<int> ModelListPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        rows.append(m_filter->mapToSource(index).row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ModelListPanel::onCurrentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_filter->mapToSource(current).row() : -1;
    if (row != m_currentRow) {
        m_currentRow = row;
        Q_EMIT currentRowChanged(row);
    }
    updateActions();
}

void ModelListPanel::onDocumentChanged(int row)
{
    // After a reset the view lost its selection: put it back on the row the edit was about.
    const int rows = m_model->rowCount();
    int target = m_pendingSelect >= 0 ? m_pendingSelect : (row >= 0 ? row : m_currentRow);
    m_pendingSelect = -1;
    if (target >= rows) {
        target = rows - 1;
    }
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const int shown = current.isValid() ? m_filter->mapToSource(current).row() : -1;
    if (target >= 0 && shown != target) {
        selectRow(target);
    } else if (target < 0 && m_currentRow != -1) {
        m_currentRow = -1;
        Q_EMIT currentRowChanged(-1);
    } else if (target >= 0) {
        // Same row, new content: listeners re-read it.
        Q_EMIT currentRowChanged(target);
    }
    updateActions();
}

void ModelListPanel::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_duplicate->setEnabled(any);
    m_delete->setEnabled(any);
    m_moveUp->setEnabled(any);
    m_moveDown->setEnabled(any);
}

void ModelListPanel::moveRows(QList<int> rows, int before)
{
    const int count = m_model->rowCount();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty() || rows.first() < 0 || rows.last() >= count || before < 0 || before > count) {
        return;
    }
    // Where the block lands, and the single moves that put each row there (worked out on a list
    // of positions, so the document is edited once per moved row).
    const int target = before - int(std::count_if(rows.cbegin(), rows.cend(), [before](int r) { return r < before; }));
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    QList<std::pair<int, int>> moves;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int from = int(std::find(order.begin(), order.end(), rows[i]) - order.begin());
        const int to = target + int(i);
        if (from != to) {
            const int moved = order[size_t(from)];
            order.erase(order.begin() + from);
            order.insert(order.begin() + to, moved);
            moves.append({ from, to });
        }
    }
    if (moves.isEmpty()) {
        return;
    }
    const QString name = m_session.document().deployments().at(rows.first()).modelName.text;
    m_pendingSelect = target;
    const Result<void> result = m_session.edit(
        rows.size() == 1 ? tr("Move %1").arg(name) : tr("Move %n deployments", nullptr, int(rows.size())), target,
        [moves](config::ConfigDocument &document) -> Result<void> {
            for (const auto &[from, to] : moves) {
                if (Result<void> moved = document.moveDeployment(from, to); !moved) {
                    return moved;
                }
            }
            return {};
        });
    if (!result) {
        m_pendingSelect = -1;
        Q_EMIT statusMessage(result.error().toString());
        return;
    }
    // The moved rows stay selected.
    QItemSelection selection;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(target + int(i), 0));
        if (index.isValid()) {
            selection.select(index, index);
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void ModelListPanel::addDeployment()
{
    config::DeploymentDraft draft;
    draft.modelName = tr("new-model");
    draft.litellmParams = { { QStringLiteral("model"), QStringLiteral("bedrock/converse/us.amazon.nova-micro-v1:0") },
        { QStringLiteral("aws_region_name"), QStringLiteral("us-east-1") } };
    m_pendingSelect = m_model->rowCount();
    const Result<void> result = m_session.edit(tr("Add deployment"), m_pendingSelect,
        [draft](config::ConfigDocument &document) { return document.addDeployment(draft); });
    if (!result) {
        m_pendingSelect = -1;
        Q_EMIT statusMessage(result.error().toString());
    }
}

void ModelListPanel::duplicateSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    QList<config::DeploymentDraft> drafts;
    for (int row : rows) {
        drafts.append(draftOf(m_session.document().deployments().at(row)));
    }
    m_pendingSelect = m_model->rowCount();
    const Result<void> result
        = m_session.edit(rows.size() == 1 ? tr("Duplicate %1").arg(drafts.first().modelName)
                                          : tr("Duplicate %n deployments", nullptr, int(rows.size())),
            m_pendingSelect, [drafts](config::ConfigDocument &document) -> Result<void> {
                for (const config::DeploymentDraft &draft : drafts) {
                    if (Result<void> added = document.addDeployment(draft); !added) {
                        return added;
                    }
                }
                return {};
            });
    if (!result) {
        m_pendingSelect = -1;
        Q_EMIT statusMessage(result.error().toString());
    }
}

void ModelListPanel::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const QString name = m_session.document().deployments().at(rows.first()).modelName.text;
    m_pendingSelect = rows.first();
    const Result<void> result = m_session.edit(
        rows.size() == 1 ? tr("Delete %1").arg(name) : tr("Delete %n deployments", nullptr, int(rows.size())),
        rows.first(), [rows](config::ConfigDocument &document) -> Result<void> {
            // From the end, so the positions of the others stay valid.
            for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
                if (Result<void> removed = document.removeDeployment(*it); !removed) {
                    return removed;
                }
            }
            return {};
        });
    if (!result) {
        m_pendingSelect = -1;
        Q_EMIT statusMessage(result.error().toString());
    }
}

} // namespace brc::ui
