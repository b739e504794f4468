#include "config/envfile.h"

#include <QFile>

namespace brc::config {

namespace {

bool isName(QByteArrayView name)
{
    if (name.isEmpty() || (name.front() >= '0' && name.front() <= '9')) {
        return false;
    }
    for (const char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<QStringList> EnvFile::names(const QByteArray &text)
{
    QStringList names;
    int lineNumber = 0;
    bool inQuotedValue = false;
    char quote = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        QByteArrayView line = QByteArrayView(raw).trimmed();
        if (inQuotedValue) {
            // A multi-line quoted value continues until its closing quote.
            if (line.contains(quote)) {
                inQuotedValue = false;
            }
            continue;
        }
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        if (line.startsWith("export ")) {
            line = line.sliced(7).trimmed();
        }
        const qsizetype equals = line.indexOf('=');
        const QByteArrayView name = (equals < 0 ? line : line.first(equals)).trimmed();
        if (equals < 0 || !isName(name)) {
            Error error(QStringLiteral("config.env-file"),
                QStringLiteral("expected NAME=VALUE (a name is letters, digits and _)"));
            error.line = lineNumber;
            error.column = 1;
            return error;
        }
        names.append(QString::fromUtf8(name));
        const QByteArrayView value = line.sliced(equals + 1).trimmed();
        if (!value.isEmpty() && (value.front() == '"' || value.front() == '\'')) {
            quote = value.front();
            inQuotedValue = value.size() == 1 || value.sliced(1).indexOf(quote) < 0;
        }
    }
    names.removeDuplicates();
    return names;
}

Result<QStringList> EnvFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QStringLiteral("config.io"), QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    }
    Result<QStringList> result = names(file.read(16 * 1024 * 1024));
    if (!result) {
        Error error = result.error();
        error.message = path + QStringLiteral(": ") + error.message;
        return error;
    }
    return result;
}

} // namespace brc::config
