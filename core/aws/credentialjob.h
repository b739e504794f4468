#pragma once

#include "awscredentials.h"
#include "common/finishonce.h"
#include "common/result.h"
#include "credentialplan.h"

#include <QObject>

namespace brc::aws {

/// Credentials ready to use: SigV4 keys, or a bearer token (then `credentials` is empty).
/// `explanation` says which source was chosen and why (CredentialPlan), plus what was fetched.
struct ResolvedCredentials
{
    CredentialSource source = CredentialSource::DefaultChain;
    AwsCredentials credentials;
    QString bearerToken;
    QString region;
    QString explanation;

    bool isBearer() const { return !bearerToken.isEmpty(); }

    bool operator==(const ResolvedCredentials &) const = default;
};

/// The handle of one credential resolution: finished() exactly once, then it deletes itself.
class CredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)

public:
    explicit CredentialJob(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    void finish(const Result<ResolvedCredentials> &result)
    {
        finishOnce(*this, m_done, &CredentialJob::finished, result);
    }

Q_SIGNALS:
    void finished(const brc::Result<brc::aws::ResolvedCredentials> &result);

private:
    bool m_done = false;
};

} // namespace brc::aws
