#include "testhistorymodel.h"

#include "common/palettecolours.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace brc::ui {

namespace {

QString orDash(qint64 value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value);
}

} // namespace

TestHistoryModel::TestHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TestHistoryModel::setDeployment(const QString &deployment)
{
    beginResetModel();
    m_deployment = deployment;
    m_shown.clear();
    for (int i = int(m_all.size()) - 1; i >= 0; --i) {
        if (m_all.at(i).deployment == deployment) {
            m_shown.append(i);
        }
    }
    endResetModel();
}

void TestHistoryModel::add(const TestRecord &record)
{
    m_all.append(record);
    if (record.deployment == m_deployment) {
        beginInsertRows({}, 0, 0);
        m_shown.prepend(int(m_all.size()) - 1);
        endInsertRows();
    }
}

int TestHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TestHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TestRecord &r = m_all.at(m_shown.at(index.row()));
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Time:
            return QLocale().toString(r.when.time(), QLocale::ShortFormat);
        case Api:
            return r.stream ? r.api + tr(" (stream)") : r.api;
        case Status:
            return r.httpStatus > 0 ? QString::number(r.httpStatus) : QStringLiteral("–");
        case Latency:
            return orDash(r.latencyMs);
        case Ttft:
            return orDash(r.ttftMs);
        case Tokens:
            return QStringLiteral("%1 / %2").arg(orDash(r.inputTokens), orDash(r.outputTokens));
        case Outcome:
            return r.outcome;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole && index.column() == Outcome && !r.ok) {
        return QBrush(PaletteColours::errorText(QGuiApplication::palette()));
    } else if (role == Qt::ToolTipRole) {
        return r.model;
    }
    return {};
}

QVariant TestHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Api:
        return tr("API");
    case Status:
        return tr("HTTP");
    case Latency:
        return tr("Latency ms");
    case Ttft:
        return tr("TTFT ms");
    case Tokens:
        return tr("Tokens in / out");
    case Outcome:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace brc::ui
