#include "secretstore.h"

#include "common/logging.h"
#include "secretjob.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace brc::aws {

namespace {

Error keychainError(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error(QStringLiteral("secrets.not_found"), QStringLiteral("No such secret in the keychain."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(QStringLiteral("secrets.locked"),
            QStringLiteral("The keychain is locked or refused access (%1). Unlock it and try again, or "
                           "keep the secret in memory for this run only.")
                .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Error(QStringLiteral("secrets.unavailable"),
            QStringLiteral("No usable OS keychain (%1). Secrets are kept only in the keychain, never in "
                           "a file: start a desktop session with a Secret Service (GNOME Keyring, "
                           "KWallet), or keep the secret in memory for this run only.")
                .arg(detail));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return Error(QStringLiteral("secrets.failed"), QStringLiteral("The keychain failed: %1").arg(detail));
}

} // namespace

QString SecretStore::defaultServiceName()
{
    return QStringLiteral("bedrock-route-console");
}

SecretStore::SecretStore(QString serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
{
}

SecretStore::~SecretStore()
{
    setMemoryOnly(false);
}

SecretJob *SecretStore::read(const QString &key)
{
    return start(Operation::Read, key, {});
}

SecretJob *SecretStore::write(const QString &key, const QString &secret)
{
    return start(Operation::Write, key, secret);
}

SecretJob *SecretStore::remove(const QString &key)
{
    return start(Operation::Remove, key, {});
}

void SecretStore::setMemoryOnly(bool memoryOnly)
{
    m_memoryOnly = memoryOnly;
    if (!memoryOnly) {
        for (QString &value : m_memory) {
            value.fill(u'\0');
        }
        m_memory.clear();
    }
}

SecretJob *SecretStore::finishFromMemory(Operation operation, const QString &key, const QString &secret)
{
    auto *job = new SecretJob(this);
    Result<QString> result = QString();
    switch (operation) {
    case Operation::Read:
        if (m_memory.contains(key)) {
            result = m_memory.value(key);
        } else {
            result = keychainError(QKeychain::EntryNotFound, {});
        }
        break;
    case Operation::Write:
        m_memory.insert(key, secret);
        break;
    case Operation::Remove:
        if (m_memory.remove(key) == 0) {
            result = keychainError(QKeychain::EntryNotFound, {});
        }
        break;
    }
    // Asynchronous like the keychain: the caller connects before the result arrives.
    QTimer::singleShot(0, job, [job, result] { job->finish(result); });
    return job;
}

SecretJob *SecretStore::start(Operation operation, const QString &key, const QString &secret)
{
    if (m_memoryOnly) {
        return finishFromMemory(operation, key, secret);
    }
    auto *handle = new SecretJob(this);
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_serviceName, handle);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_serviceName, handle);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_serviceName, handle);
        break;
    }
    // Never QtKeychain's plain-text QSettings fallback.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, handle, [this, handle, operation](QKeychain::Job *finishedJob) {
        if (finishedJob->error() == QKeychain::NoError) {
            const QString value = operation == Operation::Read
                ? static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData()
                : QString();
            handle->finish(value);
            return;
        }
        const Error error = keychainError(finishedJob->error(), finishedJob->errorString());
        qCWarning(lcSecrets) << "keychain:" << error.code << finishedJob->errorString();
        if (error.code == QLatin1String("secrets.unavailable") || error.code == QLatin1String("secrets.locked")) {
            m_unavailableReason = error.message;
            Q_EMIT keychainUnavailable(error);
        }
        handle->finish(error);
    });
    job->start();
    return handle;
}

} // namespace brc::aws
