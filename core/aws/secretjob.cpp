#include "secretjob.h"

namespace brc::aws {

SecretJob::SecretJob(QObject *parent)
    : QObject(parent)
{
}

void SecretJob::finish(const Result<QString> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace brc::aws
