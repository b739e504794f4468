#include "credentialjob.h"

namespace brc::aws {

CredentialJob::CredentialJob(QObject *parent)
    : QObject(parent)
{
}

void CredentialJob::finish(const Result<ResolvedCredentials> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace brc::aws
