#include "deploymenttablemodel.h"

#include "common/themedicon.h"
#include "config/configdocument.h"
#include "document/configsession.h"
#include "route/routeparser.h"

#include <QMimeData>
#include <QTimer>

#include <algorithm>

namespace brc::ui {

DeploymentTableModel::DeploymentTableModel(
    ConfigSession &session, const route::RouteParser &parser, route::RouteEnvironment environment, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_parser(parser)
    , m_environment(std::move(environment))
    , m_rows(int(session.document().deployments().size()))
    , m_rowSummary(m_rows, nullptr)
    , m_errorIcon(ThemedIcon::icon(QStringLiteral("error")))
    , m_warningIcon(ThemedIcon::icon(QStringLiteral("warning")))
    , m_infoIcon(ThemedIcon::icon(QStringLiteral("info")))
{
    connect(&m_session, &ConfigSession::documentChanged, this, &DeploymentTableModel::onDocumentChanged);
    m_warmUp = new QTimer(this);
    m_warmUp->setInterval(0);
    connect(m_warmUp, &QTimer::timeout, this, &DeploymentTableModel::warmUp);
}

DeploymentTableModel::~DeploymentTableModel() = default;

int DeploymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DeploymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeploymentTableModel::cacheKey(int row) const
{
    const config::Deployment &deployment = m_session.document().deployments().at(row);
    const route::RouteContext context = RouteSummary::contextOf(deployment, m_environment);
    return deployment.model() + QChar(0x1f) + context.region + QChar(0x1f) + context.runtimeEndpoint + QChar(0x1f)
        + context.apiBase + QChar(0x1f) + context.modelIdOverride;
}

const RouteSummary &DeploymentTableModel::summary(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows);
    if (const auto &cached = m_rowSummary.at(row)) {
        return *cached;
    }
    const QString key = cacheKey(row);
    std::shared_ptr<const RouteSummary> entry = m_cache.value(key);
    if (!entry) {
        const config::Deployment &deployment = m_session.document().deployments().at(row);
        entry = std::make_shared<const RouteSummary>(
            RouteSummary::of(m_parser, deployment.model(), RouteSummary::contextOf(deployment, m_environment)));
        m_cache.insert(key, entry);
    }
    m_rowSummary[row] = entry;
    return *entry;
}

const QString &DeploymentTableModel::filterText(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows);
    if (m_filterText.size() != m_rows) {
        m_filterText.resize(m_rows);
    }
    QString &text = m_filterText[row];
    if (text.isNull()) {
        const config::Deployment &deployment = m_session.document().deployments().at(row);
        const RouteSummary &s = summary(row);
        const QChar separator(0x1f);
        text = QString(deployment.modelName.text + separator + deployment.model() + separator + s.route + separator
            + s.region + separator + s.provider)
                   .toCaseFolded();
    }
    return text;
}

QVariant DeploymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const config::Deployment &deployment = m_session.document().deployments().at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return deployment.modelName.text;
        case ModelColumn:
            return deployment.model();
        case RouteColumn:
            return summary(row).route;
        case RegionColumn:
            return summary(row).region;
        case ProviderColumn:
            return summary(row).provider;
        case ProblemsColumn:
            return summary(row).problemCount;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == ProblemsColumn) {
            const RouteSummary &s = summary(row);
            if (!s.worst) {
                return {};
            }
            switch (*s.worst) {
            case route::Severity::Error:
                return m_errorIcon;
            case route::Severity::Warning:
                return m_warningIcon;
            case route::Severity::Info:
                return m_infoIcon;
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ProblemsColumn || index.column() == ModelColumn) {
            const RouteSummary &s = summary(row);
            return s.tooltip.isEmpty() ? QVariant() : QVariant(s.tooltip);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ProblemsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case DeploymentRowRole:
        return row;
    case SeverityRole: {
        const RouteSummary &s = summary(row);
        return s.worst ? int(*s.worst) : -1;
    }
    case FilterTextRole:
        return filterText(row);
    default:
        return {};
    }
}

QVariant DeploymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Model name");
    case ModelColumn:
        return tr("LiteLLM model");
    case RouteColumn:
        return tr("Route");
    case RegionColumn:
        return tr("Region");
    case ProviderColumn:
        return tr("Provider");
    case ProblemsColumn:
        return tr("Problems");
    default:
        return {};
    }
}

Qt::ItemFlags DeploymentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
}

QString DeploymentTableModel::rowsMimeType()
{
    return QStringLiteral("application/x-bedrock-console-deployment-rows");
}

QStringList DeploymentTableModel::mimeTypes() const
{
    return { rowsMimeType() };
}

QMimeData *DeploymentTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row())) {
            rows.append(index.row());
        }
    }
    if (rows.isEmpty()) {
        return nullptr;
    }
    std::sort(rows.begin(), rows.end());
    QStringList text;
    for (int row : rows) {
        text.append(QString::number(row));
    }
    auto *data = new QMimeData;
    data->setData(rowsMimeType(), text.join(QLatin1Char(',')).toLatin1());
    return data;
}

namespace {

QList<int> draggedRows(const QMimeData *data, int rowCount)
{
    QList<int> rows;
    if (!data || !data->hasFormat(DeploymentTableModel::rowsMimeType())) {
        return rows;
    }
    for (const QByteArray &part : data->data(DeploymentTableModel::rowsMimeType()).split(',')) {
        bool ok = false;
        const int row = part.toInt(&ok);
        if (!ok || row < 0 || row >= rowCount) {
            return {};
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

bool DeploymentTableModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return action == Qt::MoveAction && !draggedRows(data, m_rows).isEmpty();
}

bool DeploymentTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    // On a row: before it. Between rows: `row`. Past the last row: -1, the end.
    const int before = parent.isValid() ? parent.row() : (row < 0 || row > m_rows ? m_rows : row);
    Q_EMIT rowsMoveRequested(draggedRows(data, m_rows), before);
    return true;
}

void DeploymentTableModel::warmUp()
{
    // A slice small enough to keep each turn of the event loop short (about 1 ms).
    const int end = std::min(m_rows, m_warmedUpTo + 200);
    for (; m_warmedUpTo < end; ++m_warmedUpTo) {
        (void)filterText(m_warmedUpTo);
    }
    if (m_warmedUpTo >= m_rows) {
        m_warmUp->stop();
    }
}

void DeploymentTableModel::onDocumentChanged(int row)
{
    m_warmedUpTo = 0;
    m_warmUp->stop();
    // After the rows on screen are painted.
    QTimer::singleShot(100, m_warmUp, qOverload<>(&QTimer::start));
    const int rows = int(m_session.document().deployments().size());
    if (rows != m_rows || row < 0) {
        beginResetModel();
        m_rows = rows;
        m_rowSummary.fill(nullptr, m_rows);
        m_filterText = QVector<QString>(m_rows);
        m_cache.clear();
        endResetModel();
        return;
    }
    // Same rows: only those whose route inputs changed are parsed again, lazily.
    m_rowSummary.fill(nullptr, m_rows);
    m_filterText = QVector<QString>(m_rows);
    if (m_cache.size() > 4 * m_rows + 64) {
        m_cache.clear(); // strings typed and left behind
    }
    if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
}

} // namespace brc::ui
