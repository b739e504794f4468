#include "problemsmodel.h"

#include "common/themedicon.h"
#include "config/configdocument.h"

#include <QMap>

namespace brc::ui {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_icons { ThemedIcon::icon(QStringLiteral("info")), ThemedIcon::icon(QStringLiteral("warning")),
        ThemedIcon::icon(QStringLiteral("error")) }
{
}

ProblemsModel::~ProblemsModel() = default;

int ProblemsModel::deploymentOfPath(const QString &path)
{
    static const QLatin1String prefix("model_list[");
    if (!path.startsWith(prefix)) {
        return -1;
    }
    const qsizetype close = path.indexOf(QLatin1Char(']'), prefix.size());
    if (close < 0) {
        return -1;
    }
    bool ok = false;
    const int row = QStringView(path).mid(prefix.size(), close - prefix.size()).toInt(&ok);
    return ok ? row : -1;
}

void ProblemsModel::setDiagnostics(
    const QList<config::ConfigDiagnostic> &diagnostics, const config::ConfigDocument &document)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    m_groups.clear();
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    QMap<int, int> groupOf; // deployment (-1 last) -> group
    QMap<int, QList<int>> byDeployment;
    for (int i = 0; i < m_diagnostics.size(); ++i) {
        const config::ConfigDiagnostic &d = m_diagnostics.at(i);
        ++m_counts[int(d.severity)];
        byDeployment[deploymentOfPath(d.path)].append(i);
    }
    const auto &deployments = document.deployments();
    for (auto it = byDeployment.cbegin(); it != byDeployment.cend(); ++it) {
        Group group;
        group.deployment = it.key();
        group.items = it.value();
        for (int item : group.items) {
            group.worst = std::max(group.worst, int(m_diagnostics.at(item).severity));
        }
        if (group.deployment >= 0 && group.deployment < deployments.size()) {
            const config::Deployment &deployment = deployments.at(group.deployment);
            group.title
                = tr("%1 — %2 (line %3)").arg(deployment.modelName.text, deployment.model()).arg(deployment.line);
        } else {
            group.title = tr("Config");
        }
        m_groups.append(group);
    }
    // Findings about the whole config after the deployments.
    if (!m_groups.isEmpty() && m_groups.first().deployment < 0) {
        m_groups.append(m_groups.takeFirst());
    }
    endResetModel();
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, quintptr(0));
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProblemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return int(m_groups.at(parent.row()).items.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QIcon ProblemsModel::iconFor(int severity) const
{
    return m_icons[std::clamp(severity, 0, 2)];
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == MessageColumn) {
                return group.title;
            }
            if (index.column() == CodeColumn) {
                return tr("%n finding(s)", nullptr, int(group.items.size()));
            }
            return {};
        case Qt::DecorationRole:
            return index.column() == MessageColumn ? QVariant(iconFor(group.worst)) : QVariant();
        case DeploymentRowRole:
            return group.deployment;
        case DiagnosticRole:
            return -1;
        case CanFixRole:
            return false;
        default:
            return {};
        }
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const int item = group.items.at(index.row());
    const config::ConfigDiagnostic &d = m_diagnostics.at(item);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return d.message;
        case CodeColumn:
            return d.code;
        case LineColumn:
            return d.column > 0 ? tr("%1:%2").arg(d.line).arg(d.column) : QString::number(d.line);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = d.message;
        if (d.hasFix) {
            tip += QLatin1Char('\n') + tr("Fix: %1").arg(d.fixDescription);
            if (d.movesSecret) {
                tip += QLatin1Char('\n') + tr("(store the secret first: this fix replaces it by a reference)");
            }
        }
        return tip;
    }
    case Qt::DecorationRole:
        return index.column() == MessageColumn ? QVariant(iconFor(int(d.severity))) : QVariant();
    case DeploymentRowRole:
        return group.deployment;
    case DiagnosticRole:
        return item;
    case CanFixRole:
        return d.hasFix && !d.movesSecret;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case CodeColumn:
        return tr("Code");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

Qt::ItemFlags ProblemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0) {
        flags |= Qt::ItemNeverHasChildren;
    }
    return flags;
}

} // namespace brc::ui
