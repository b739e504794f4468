#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

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
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void null();

    QByteArrayView data() const { return QByteArrayView(m_out.data(), qsizetype(m_out.size())); }
    QByteArray toByteArray() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }
    /// Empties the buffer and keeps its capacity for the next object.
    void clear()
    {
        m_out.clear();
        m_first = true;
    }
    void reserve(qsizetype size) { m_out.reserve(size_t(size)); }

    /// Escapes `text` as a JSON string, quotes included, onto `out`.
    static void appendString(std::string &out, QStringView text);
    static void appendString(QByteArray &out, QStringView text);

private:
    void separate()
    {
        if (!m_first) {
            m_out.push_back(',');
        }
        m_first = false;
    }

    std::string m_out;
    bool m_first = true;
};

} // namespace brc
