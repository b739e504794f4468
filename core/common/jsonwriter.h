#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>

namespace brc {

/// Appends compact JSON to a byte buffer, fast enough for one object per line at hundreds of
/// thousands of lines a second. The caller keeps the structure balanced; strings are escaped
/// (RFC 8259), output is UTF-8.
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
    /// An object key: an ASCII literal, written as is.
    void key(const char *name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const std::optional<QString> &text); ///< null for an empty optional
    void nullableValue(QStringView text); ///< null when text is empty
    /// One string value made of `parts` in order, without building the whole string first.
    void concatenatedValue(std::initializer_list<QStringView> parts);
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void null();

    QByteArrayView data() const { return QByteArrayView(m_out.data(), qsizetype(m_size)); }
    QByteArray toByteArray() const { return QByteArray(m_out.data(), qsizetype(m_size)); }
    /// Empties the buffer and keeps its capacity for the next object.
    void clear()
    {
        m_size = 0;
        m_first = true;
    }
    void reserve(qsizetype size)
    {
        if (size_t(size) > m_out.size()) {
            m_out.resize(size_t(size));
        }
    }

    /// Escapes `text` as a JSON string, quotes included, onto `out`.
    static void appendString(std::string &out, QStringView text);
    static void appendString(QByteArray &out, QStringView text);

private:
    /// Escapes `text` onto `o`, which has room for text.size() * 6 + 2 bytes; returns the new end.
    static char *writeString(char *o, QStringView text);
    /// The same without the quotes.
    static char *writeEscaped(char *o, QStringView text);

    /// Room for `n` more bytes at the end of the output.
    char *tail(size_t n)
    {
        if (m_size + n > m_out.size()) {
            m_out.resize(std::max(m_size + n, m_out.size() * 2));
        }
        return m_out.data() + m_size;
    }
    void put(char c)
    {
        *tail(1) = c;
        ++m_size;
    }
    void put(const char *text, size_t n)
    {
        std::memcpy(tail(n), text, n);
        m_size += n;
    }
    void separate()
    {
        if (!m_first) {
            put(',');
        }
        m_first = false;
    }

    /// Output buffer; only the first m_size bytes are written. It grows, never shrinks, so
    /// writing a value never clears or zero-fills memory.
    std::string m_out;
    size_t m_size = 0;
    bool m_first = true;
};

} // namespace brc
