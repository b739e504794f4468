#pragma once

#include "awscredentials.h"
#include "common/finishonce.h"
#include "common/result.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace brc::aws {

/// Who a set of credentials belongs to (STS GetCallerIdentity).
struct CallerIdentity
{
    QString account;
    QString arn;
    QString userId;

    bool operator==(const CallerIdentity &) const = default;
};

/// What an STS call returned: temporary credentials (AssumeRole) or an identity
/// (GetCallerIdentity); the other part stays empty. `fromCache` is true when AssumeRole was
/// answered from the client's cache.
struct StsResult
{
    AwsCredentials credentials;
    CallerIdentity identity;
    QString assumedRoleArn;
    bool fromCache = false;

    bool operator==(const StsResult &) const = default;
};

/// The handle of one STS call: finished() exactly once, then the handle deletes itself.
/// cancel() aborts the request and finishes with `sts.cancelled`.
class StsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StsJob)

public:
    explicit StsJob(QObject *parent = nullptr);

    void cancel();

    /// For the client: the reply this job waits on, and its end.
    void setReply(QNetworkReply *reply);
    void finish(const Result<StsResult> &result) { finishOnce(*this, m_done, &StsJob::finished, result); }

Q_SIGNALS:
    void finished(const brc::Result<brc::aws::StsResult> &result);

private:
    QPointer<QNetworkReply> m_reply;
    bool m_done = false;
};

} // namespace brc::aws
