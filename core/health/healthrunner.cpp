#include "healthrunner.h"

#include "aws/credentialresolver.h"
#include "bedrock/bedrockcall.h"
#include "bedrock/bedrockclient.h"

#include <QTimer>

#include <algorithm>

namespace brc::health {

namespace {

QString credentialKey(const aws::CredentialRequest &r)
{
    return QStringList { r.accessKeyId, r.secretAccessKey, r.sessionToken, r.profileName, r.roleArn, r.sessionName,
        r.externalId, r.stsEndpoint, r.webIdentityToken, r.bearerToken, r.keychainProfile, r.region }
        .join(QChar(0x1F));
}

} // namespace

HealthRunner::HealthRunner(bedrock::BedrockClient &client, aws::CredentialResolver &resolver, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resolver(resolver)
{
}

HealthRunner::~HealthRunner()
{
    ++m_generation;
    for (const QPointer<bedrock::BedrockCall> &call : std::as_const(m_inFlight)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void HealthRunner::start(const QList<HealthTarget> &targets, int concurrency)
{
    if (m_running) {
        cancel();
    }
    ++m_generation;
    m_targets.assign(targets.begin(), targets.end());
    m_auth.assign(m_targets.size(), {});
    m_credentials.clear();
    m_ready.clear();
    m_inFlight.clear();
    m_concurrency = std::clamp(concurrency, 1, 256);
    m_completed = 0;
    m_failed = 0;
    m_running = true;
    m_cancelled = false;
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_running) {
            resolveAll();
        }
    });
}

void HealthRunner::resolveAll()
{
    const int generation = m_generation;
    for (int i = 0; i < int(m_targets.size()); ++i) {
        const HealthTarget &target = m_targets[std::size_t(i)];
        if (!target.request) {
            deliver(i, resultFor(i));
            continue;
        }
        const QString key = credentialKey(target.credentials);
        auto it = m_credentials.find(key);
        if (it == m_credentials.end()) {
            it = m_credentials.insert(key, {});
            it->waiting.push_back(i);
            aws::CredentialJob *job = m_resolver.resolve(target.credentials);
            connect(job, &aws::CredentialJob::finished, this,
                [this, key, generation](const Result<aws::ResolvedCredentials> &result) {
                    if (generation == m_generation) {
                        onCredentials(key, result);
                    }
                });
        } else {
            it->waiting.push_back(i);
            if (it->resolved) {
                const Result<aws::ResolvedCredentials> resolved = *it->resolved;
                onCredentials(key, resolved);
            }
        }
        if (!m_running || generation != m_generation) {
            return;
        }
    }
    finishIfDone();
}

void HealthRunner::onCredentials(const QString &key, const Result<aws::ResolvedCredentials> &result)
{
    auto it = m_credentials.find(key);
    if (it == m_credentials.end() || !m_running) {
        return;
    }
    it->resolved = result;
    const std::vector<int> waiting = std::exchange(it->waiting, {});
    for (const int index : waiting) {
        if (!result) {
            HealthResult failed = resultFor(index);
            failed.error = result.error();
            deliver(index, std::move(failed));
        } else {
            m_auth[std::size_t(index)] = bedrock::BedrockAuth { result->credentials, result->bearerToken };
            m_ready.push_back(index);
        }
    }
    pump();
}

void HealthRunner::pump()
{
    m_inFlight.removeIf([](const QPointer<bedrock::BedrockCall> &call) { return call.isNull(); });
    while (m_running && !m_cancelled && int(m_inFlight.size()) < m_concurrency && !m_ready.empty()) {
        const int index = m_ready.front();
        m_ready.pop_front();
        bedrock::BedrockCall *call = m_client.send(*m_targets[std::size_t(index)].request, m_auth[std::size_t(index)]);
        m_inFlight.append(call);
        connect(call, &bedrock::BedrockCall::finished, this,
            [this, index, call](const Result<bedrock::BedrockResponse> &response) {
                m_inFlight.removeAll(call);
                HealthResult result = resultFor(index);
                if (response) {
                    result.httpStatus = response->httpStatus;
                    result.latencyMs = response->wallMs;
                    result.ttftMs = response->ttftMs;
                    result.inputTokens = response->summary.inputTokens;
                    result.outputTokens = response->summary.outputTokens;
                } else {
                    result.error = response.error();
                    result.httpStatus = response.error().httpStatus;
                }
                deliver(index, std::move(result));
                pump();
                finishIfDone();
            });
    }
}

HealthResult HealthRunner::resultFor(int index) const
{
    const HealthTarget &target = m_targets[std::size_t(index)];
    HealthResult result;
    result.call = target.call;
    result.error = target.error;
    return result;
}

void HealthRunner::deliver(int index, HealthResult result)
{
    ++m_completed;
    if (!result.isOk()) {
        ++m_failed;
    }
    Q_EMIT resultReady(index, result);
    Q_EMIT progress(m_completed, m_failed, total());
}

void HealthRunner::finishIfDone()
{
    if (!m_running || m_completed < total()) {
        return;
    }
    m_running = false;
    Q_EMIT finished(false);
}

void HealthRunner::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    m_ready.clear();
    const QList<QPointer<bedrock::BedrockCall>> calls = m_inFlight;
    for (const QPointer<bedrock::BedrockCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_inFlight.clear();
    ++m_generation;
    m_running = false;
    Q_EMIT finished(true);
}

} // namespace brc::health
