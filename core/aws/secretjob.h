#pragma once

#include "common/finishonce.h"
#include "common/result.h"

#include <QObject>
#include <QString>

namespace brc::aws {

/// The handle of one asynchronous secret-store operation. It emits finished() exactly once,
/// never from inside the call that created it, and then deletes itself (deleteLater).
/// Reads deliver the secret; writes and deletes deliver an empty string.
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    explicit SecretJob(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    /// Emits finished(result) and schedules deletion. For the store's use.
    void finish(const Result<QString> &result) { finishOnce(*this, m_done, &SecretJob::finished, result); }

Q_SIGNALS:
    void finished(const brc::Result<QString> &result);

private:
    bool m_done = false;
};

} // namespace brc::aws
