#include "stsjob.h"

#include <QNetworkReply>

namespace brc::aws {

StsJob::StsJob(QObject *parent)
    : QObject(parent)
{
}

void StsJob::setReply(QNetworkReply *reply)
{
    m_reply = reply;
}

void StsJob::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    finish(Error(QStringLiteral("sts.cancelled"), QStringLiteral("The STS request was cancelled.")));
}

} // namespace brc::aws
