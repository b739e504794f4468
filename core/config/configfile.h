#pragma once

#include "common/result.h"
#include "config/saveoptions.h"

#include <QByteArray>
#include <QString>

namespace brc::config {

class ConfigDocument;

/// Writes configs and exports to disk, safely.
///
/// Every write goes through QSaveFile (write, flush and commit checked), so a failure leaves
/// the previous file whole. Errors: `config.changed-on-disk` (the file is not what the document
/// was loaded from and `force` is off), `config.io` (with the system's message).
class ConfigFile final
{
public:
    /// Saves the document's text to `path` (its own file when empty). When `path` is the file
    /// the document was loaded from and that file changed since, refuses unless `options.force`.
    /// The replaced file is kept as `<path>.bak` when `options.backup`. On success the document's
    /// baseline becomes what was written (isModified() turns false).
    [[nodiscard]] static Result<void> save(
        ConfigDocument &document, const QString &path = {}, const SaveOptions &options = {});
    /// Writes `bytes` to `path` atomically, keeping the replaced file as `<path>.bak` if `backup`.
    [[nodiscard]] static Result<void> write(const QString &path, const QByteArray &bytes, bool backup);
    static QString backupPath(const QString &path) { return path + QStringLiteral(".bak"); }
};

} // namespace brc::config
