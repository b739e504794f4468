#include "healthresultsmodel.h"

#include "common/palettecolours.h"

#include <QBrush>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

namespace brc::ui {

namespace {

QVariant number(qint64 value)
{
    return value < 0 ? QVariant(QStringLiteral("–")) : QVariant(value);
}

} // namespace

HealthResultsModel::HealthResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HealthResultsModel::clear()
{
    beginResetModel();
    m_results.clear();
    m_failed = 0;
    endResetModel();
}

void HealthResultsModel::append(const QList<health::HealthResult> &results)
{
    if (results.isEmpty()) {
        return;
    }
    const int first = int(m_results.size());
    beginInsertRows({}, first, first + int(results.size()) - 1);
    m_results.append(results);
    for (const health::HealthResult &result : results) {
        m_failed += result.isOk() ? 0 : 1;
    }
    endInsertRows();
}

int HealthResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int HealthResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const health::HealthResult &r = m_results.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case DeploymentRowRole:
        return r.call.row;
    case IsOkRole:
        return r.isOk();
    case SortRole:
        switch (column) {
        case HttpStatus:
            return r.httpStatus;
        case Latency:
            return r.latencyMs;
        case Ttft:
            return r.ttftMs;
        case InputTokens:
            return r.inputTokens;
        case OutputTokens:
            return r.outputTokens;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case Deployment:
            return r.call.modelName;
        case Model:
            return r.call.model;
        case Api:
            return health::apiName(r.call.api);
        case Outcome:
            return r.isOk() ? tr("OK") : tr("Failed");
        case HttpStatus:
            return r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(QStringLiteral("–"));
        case Latency:
            return number(r.latencyMs);
        case Ttft:
            return number(r.ttftMs);
        case InputTokens:
            return number(r.inputTokens);
        case OutputTokens:
            return number(r.outputTokens);
        case ErrorType:
            return r.errorType();
        case Hint:
            return r.hint();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (!r.isOk()) {
            return QStringLiteral("%1: %2\n%3").arg(r.errorType(), r.error->message, r.hint());
        }
        return r.call.url;
    case Qt::DecorationRole:
        if (column == Outcome) {
            return QIcon(r.isOk() ? QStringLiteral(":/brc/icons/info.svg") : QStringLiteral(":/brc/icons/error.svg"));
        }
        break;
    case Qt::ForegroundRole:
        if (column == Outcome && !r.isOk()) {
            return QBrush(PaletteColours::errorText(QGuiApplication::palette()));
        }
        break;
    case Qt::TextAlignmentRole:
        if (column >= HttpStatus && column <= OutputTokens) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant HealthResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Deployment:
        return tr("Deployment");
    case Model:
        return tr("Model");
    case Api:
        return tr("API");
    case Outcome:
        return tr("Status");
    case HttpStatus:
        return tr("HTTP");
    case Latency:
        return tr("Latency ms");
    case Ttft:
        return tr("TTFT ms");
    case InputTokens:
        return tr("In tokens");
    case OutputTokens:
        return tr("Out tokens");
    case ErrorType:
        return tr("Error type");
    case Hint:
        return tr("Hint");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace brc::ui
