#pragma once

#include "aws/credentialjob.h"
#include "bedrock/bedrockrequest.h"
#include "health/healthcheck.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <vector>

namespace brc::aws {
class CredentialResolver;
}

namespace brc::bedrock {
class BedrockCall;
class BedrockClient;
} // namespace brc::bedrock

namespace brc::health {

/// Runs planned health checks with at most `concurrency` calls in flight, without blocking: the
/// next call starts when one finishes. Deployments that share credential settings share one
/// resolution. Every target gets exactly one resultReady() (in completion order, `index` into
/// the list given to start()), then finished() comes once. cancel() stops the calls in flight,
/// starts no more, and emits finished(true) at once; no result follows it.
class HealthRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthRunner)

public:
    HealthRunner(bedrock::BedrockClient &client, aws::CredentialResolver &resolver, QObject *parent = nullptr);
    ~HealthRunner() override;

    /// Starts a run (results begin on the next turn of the event loop). A running run is
    /// cancelled first. `concurrency` is clamped to 1..256.
    void start(const QList<HealthTarget> &targets, int concurrency);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_targets.size()); }
    int completed() const { return m_completed; }

Q_SIGNALS:
    void resultReady(int index, const brc::health::HealthResult &result);
    /// After every result: how many of `total` are done, and how many failed.
    void progress(int completed, int failed, int total);
    void finished(bool cancelled);

private:
    struct Credentials
    {
        std::optional<Result<aws::ResolvedCredentials>> resolved;
        std::vector<int> waiting;
    };

    void resolveAll();
    void onCredentials(const QString &key, const Result<aws::ResolvedCredentials> &result);
    void pump();
    void deliver(int index, HealthResult result);
    HealthResult resultFor(int index) const;
    void finishIfDone();

    bedrock::BedrockClient &m_client;
    aws::CredentialResolver &m_resolver;
    std::vector<HealthTarget> m_targets;
    std::vector<bedrock::BedrockAuth> m_auth;
    QHash<QString, Credentials> m_credentials;
    std::deque<int> m_ready;
    QList<QPointer<bedrock::BedrockCall>> m_inFlight;
    int m_concurrency = 4;
    int m_completed = 0;
    int m_failed = 0;
    int m_generation = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace brc::health
