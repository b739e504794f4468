#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace brc::ui {

/// One test the tester ran in this session.
struct TestRecord
{
    QString deployment; ///< the deployment's model_name, or the typed model string
    QString model;
    QDateTime when;
    QString api; ///< "converse" or "invoke"
    bool stream = false;
    int httpStatus = 0;
    qint64 latencyMs = -1;
    qint64 ttftMs = -1;
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    QString outcome; ///< the stop reason, or the error type
    bool ok = false;
};

/// The session's tests of one deployment at a time (setDeployment()), newest first; every
/// record is kept for the session, so switching back shows the earlier ones again.
class TestHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHistoryModel)

public:
    enum Column { Time, Api, Status, Latency, Ttft, Tokens, Outcome, ColumnCount };

    explicit TestHistoryModel(QObject *parent = nullptr);

    void setDeployment(const QString &deployment);
    QString deployment() const { return m_deployment; }
    void add(const TestRecord &record);
    /// Every record of the session, every deployment, oldest first.
    const QList<TestRecord> &records() const { return m_all; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TestRecord> m_all;
    QList<int> m_shown; ///< indexes into m_all, newest first
    QString m_deployment;
};

} // namespace brc::ui
