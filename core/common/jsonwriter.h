#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace brc {

/// Appends compact JSON to a byte buffer, fast enough for one object per line at hundreds of
/// thousands of lines a second. The caller keeps the structure balanced; keys and strings are
/// escaped (RFC 8259), output is UTF-8.
///
///     JsonWriter w;
///     w.beginObject(); w.key("route"); w.value(QStringLiteral("invoke")); w.endObject();
///     w.data() == R"({"route":"invoke"})"
class JsonWriter final
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// An object key: ASCII literal, written as is (no escaping needed).
    void key(const char *name);

    void value(const QString &text);
    void value(const std::optional<QString> &text); ///< null when empty optional
    void nullableValue(const QString &text);        ///< null when text is empty
    void value(const char *ascii);
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void null();

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }
    void clear() { m_out.clear(); m_first = true; }
    void reserve(qsizetype size) { m_out.reserve(size); }

    /// Escapes `text` as a JSON string, quotes included, onto `out`.
    static void appendString(QByteArray &out, QStringView text);

private:
    void separate();

    QByteArray m_out;
    bool m_first = true;
};

} // namespace brc
