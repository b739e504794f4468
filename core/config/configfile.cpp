#include "config/configfile.h"

#include "common/logging.h"
#include "config/configdocument.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace brc::config {

namespace {

Error ioError(const QString &message)
{
    return Error(QStringLiteral("config.io"), message);
}

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ioError(QStringLiteral("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit()) {
        return ioError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace

Result<void> ConfigFile::write(const QString &path, const QByteArray &bytes, bool backup)
{
    if (backup && QFileInfo::exists(path)) {
        QFile current(path);
        if (!current.open(QIODevice::ReadOnly)) {
            return ioError(QStringLiteral("cannot read %1 to back it up: %2").arg(path, current.errorString()));
        }
        const QByteArray previous = current.readAll();
        if (Result<void> saved = writeAtomically(backupPath(path), previous); !saved) {
            return saved;
        }
    }
    return writeAtomically(path, bytes);
}

Result<void> ConfigFile::save(ConfigDocument &document, const QString &path, const SaveOptions &options)
{
    const QString target = path.isEmpty() ? document.filePath() : path;
    if (target.isEmpty()) {
        return ioError(QStringLiteral("the config has no file to save to"));
    }
    const QFileInfo info(target);
    const bool sameFile = !document.filePath().isEmpty()
        && QFileInfo(document.filePath()).absoluteFilePath() == info.absoluteFilePath();
    if (sameFile && info.exists() && !document.originalDigest().isEmpty()) {
        QFile current(target);
        if (!current.open(QIODevice::ReadOnly)) {
            return ioError(QStringLiteral("cannot read %1: %2").arg(target, current.errorString()));
        }
        const QByteArray digest = QCryptographicHash::hash(current.readAll(), QCryptographicHash::Sha256);
        if (digest != document.originalDigest()) {
            if (!options.force) {
                return Error(QStringLiteral("config.changed-on-disk"),
                    QStringLiteral("%1 changed on disk since it was opened; reload it, or save anyway to "
                                   "overwrite the other change")
                        .arg(target));
            }
            qCWarning(lcConfig) << "overwriting" << target << "which changed on disk";
        } else if (!document.isModified()) {
            return {}; // nothing to write
        }
    }
    if (Result<void> written = write(target, document.text(), options.backup); !written) {
        return written;
    }
    document.markSaved(target);
    return {};
}

} // namespace brc::config
