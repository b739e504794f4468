#pragma once

#include "common/result.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace brc::aws {

class SecretJob;

/// Secrets in the OS keychain (QtKeychain: Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows), asynchronously. Never a file: when no keychain is usable the
/// caller gets an error saying why in plain words, and may opt in to setMemoryOnly(true), which
/// keeps secrets in this process for this run only.
///
/// Every call returns a SecretJob whose finished() carries the result. Error codes:
/// `secrets.not_found` (no such entry), `secrets.unavailable` (no D-Bus session, no Secret
/// Service, no backend), `secrets.locked` (a locked collection or access denied),
/// `secrets.failed` (anything else). The message includes QtKeychain's errorString().
/// Keys are names like `profile/work/secret-access-key`; the service name is stable.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    /// The keychain service name, the same in every version: "bedrock-route-console".
    static QString defaultServiceName();

    explicit SecretStore(QString serviceName = defaultServiceName(), QObject *parent = nullptr);
    ~SecretStore() override;

    QString serviceName() const { return m_serviceName; }

    [[nodiscard]] SecretJob *read(const QString &key);
    [[nodiscard]] SecretJob *write(const QString &key, const QString &secret);
    [[nodiscard]] SecretJob *remove(const QString &key);

    /// Opt in (or out) of the this-run-only memory store instead of the keychain. Turning it
    /// off forgets every secret held in memory.
    void setMemoryOnly(bool memoryOnly);
    bool isMemoryOnly() const { return m_memoryOnly; }

    /// The reason the keychain last failed as unusable, or an empty string.
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    /// The keychain proved unusable (codes secrets.unavailable / secrets.locked): the console
    /// shows the reason and offers memory-only storage for this run.
    void keychainUnavailable(const brc::Error &error);

private:
    enum class Operation { Read, Write, Remove };
    SecretJob *start(Operation operation, const QString &key, const QString &secret);
    SecretJob *finishFromMemory(Operation operation, const QString &key, const QString &secret);

    QString m_serviceName;
    bool m_memoryOnly = false;
    QHash<QString, QString> m_memory;
    QString m_unavailableReason;
};

} // namespace brc::aws
