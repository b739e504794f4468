#include "awsinidocument.h"

#include <QStringDecoder>

namespace brc::aws {

namespace {

Error syntaxError(const QString &fileName, int line, int column, const QString &message)
{
    Error error(QStringLiteral("awsconfig.syntax"), message);
    error.line = line;
    error.column = column;
    error.field = fileName;
    return error;
}

int leadingSpaces(QStringView line)
{
    int n = 0;
    while (n < line.size() && (line[n] == u' ' || line[n] == u'\t')) {
        ++n;
    }
    return n;
}

/// botocore reads these files as UTF-8 and fails on anything else, and a NUL byte means a binary
/// file: both are refused with their place rather than decoded into replacement characters that
/// would reach a key or a secret.
std::optional<Error> checkText(QByteArrayView text, const QString &fileName)
{
    int lineNumber = 1;
    for (qsizetype start = 0; start <= text.size(); ++lineNumber) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end;
        const QByteArrayView raw = text.sliced(start, end - start);
        if (const qsizetype nul = raw.indexOf('\0'); nul >= 0) {
            return syntaxError(fileName, lineNumber, int(QString::fromUtf8(raw.first(nul)).size()) + 1,
                QStringLiteral("NUL byte: this is not a text file"));
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(raw);
        if (decoder.hasError()) {
            return syntaxError(fileName, lineNumber, int(decoded.indexOf(QChar::ReplacementCharacter)) + 1,
                QStringLiteral("not valid UTF-8: save the file as UTF-8"));
        }
        start = end + 1;
    }
    return std::nullopt;
}

} // namespace

QString IniSection::value(QStringView key) const
{
    for (const IniEntry &entry : entries) {
        if (entry.key == key) {
            return entry.value;
        }
    }
    return {};
}

bool IniSection::contains(QStringView key) const
{
    for (const IniEntry &entry : entries) {
        if (entry.key == key) {
            return true;
        }
    }
    return false;
}

const IniSection *AwsIniDocument::section(QStringView name) const
{
    for (const IniSection &section : m_sections) {
        if (section.name == name) {
            return &section;
        }
    }
    return nullptr;
}

Result<AwsIniDocument> AwsIniDocument::parse(QByteArrayView text, const QString &fileName)
{
    if (std::optional<Error> bad = checkText(text, fileName)) {
        return *bad;
    }
    AwsIniDocument document;
    QString decoded = QString::fromUtf8(text);
    if (decoded.startsWith(QChar(0xFEFF))) {
        decoded.remove(0, 1);
    }
    const QList<QStringView> lines = QStringView(decoded).split(u'\n');
    IniEntry *lastEntry = nullptr;
    QString nestedParent; // a key written as "key =" with nothing after it
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';')) {
            continue;
        }
        const int indent = leadingSpaces(line);
        if (indent > 0 && lastEntry != nullptr) {
            // A nested sub-property or a continuation line.
            const qsizetype eq = trimmed.indexOf(u'=');
            if (!nestedParent.isEmpty() && eq > 0) {
                IniSection &section = document.m_sections.last();
                section.entries.append({ nestedParent + u'.' + trimmed.left(eq).trimmed().toString(),
                    trimmed.mid(eq + 1).trimmed().toString(), lineNumber });
                continue;
            }
            if (!nestedParent.isEmpty()) {
                return syntaxError(fileName, lineNumber, indent + 1,
                    QStringLiteral("Expected an indented 'key = value' under '%1 ='.").arg(nestedParent));
            }
            lastEntry->value += u'\n' + trimmed.toString();
            continue;
        }
        if (trimmed.startsWith(u'[')) {
            const qsizetype close = trimmed.indexOf(u']');
            if (close < 0) {
                return syntaxError(fileName, lineNumber, int(line.size()) + 1,
                    QStringLiteral("The section header is missing its closing ']'."));
            }
            const QStringView rest = trimmed.mid(close + 1).trimmed();
            if (!rest.isEmpty() && !rest.startsWith(u'#') && !rest.startsWith(u';')) {
                return syntaxError(fileName, lineNumber, indent + int(rest.data() - trimmed.data()) + 1,
                    QStringLiteral("Unexpected text after the section header: '%1'.").arg(rest));
            }
            // "[profile   work]" is "profile work", as botocore splits on white space.
            const QString name = trimmed.mid(1, close - 1).toString().simplified();
            if (name.isEmpty()) {
                return syntaxError(fileName, lineNumber, indent + 1, QStringLiteral("The section name is empty."));
            }
            if (const IniSection *existing = document.section(name)) {
                return syntaxError(fileName, lineNumber, indent + 1,
                    QStringLiteral("Section [%1] is already defined on line %2.").arg(name).arg(existing->line));
            }
            document.m_sections.append({ name, lineNumber, {} });
            lastEntry = nullptr;
            nestedParent.clear();
            continue;
        }
        if (document.m_sections.isEmpty()) {
            return syntaxError(fileName, lineNumber, indent + 1,
                QStringLiteral("'%1' comes before any [section] header.").arg(trimmed));
        }
        const qsizetype eq = trimmed.indexOf(u'=');
        const qsizetype colon = trimmed.indexOf(u':');
        const qsizetype separator = eq < 0 ? colon : (colon < 0 ? eq : qMin(eq, colon));
        if (separator < 0) {
            return syntaxError(
                fileName, lineNumber, indent + 1, QStringLiteral("Expected 'key = value', found '%1'.").arg(trimmed));
        }
        const QString key = trimmed.left(separator).trimmed().toString();
        if (key.isEmpty()) {
            return syntaxError(fileName, lineNumber, indent + 1, QStringLiteral("The key before '=' is empty."));
        }
        IniSection &section = document.m_sections.last();
        const QString value = trimmed.mid(separator + 1).trimmed().toString();
        section.entries.append({ key, value, lineNumber });
        lastEntry = &section.entries.last();
        nestedParent = value.isEmpty() ? key : QString();
    }
    return document;
}

} // namespace brc::aws
