#include "jsonwriter.h"

namespace brc {

void JsonWriter::separate()
{
    if (!m_first) {
        m_out.append(',');
    }
    m_first = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first = true;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first = true;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
    m_first = true; // the value that follows takes no comma
}

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    static constexpr char s_hex[] = "0123456789abcdef";
    out.append('"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            out.append(char(c));
            continue;
        }
        switch (c) {
        case u'"':
            out.append("\\\"", 2);
            continue;
        case u'\\':
            out.append("\\\\", 2);
            continue;
        case u'\n':
            out.append("\\n", 2);
            continue;
        case u'\r':
            out.append("\\r", 2);
            continue;
        case u'\t':
            out.append("\\t", 2);
            continue;
        default:
            break;
        }
        if (c < 0x20 || (QChar::isSurrogate(c) && !(QChar::isHighSurrogate(c) && i + 1 < n
                                                    && QChar::isLowSurrogate(text[i + 1].unicode())))) {
            // Control characters and lone surrogates as \u escapes: the output stays valid UTF-8.
            const char escape[] = { '\\', 'u', s_hex[(c >> 12) & 0xF], s_hex[(c >> 8) & 0xF], s_hex[(c >> 4) & 0xF],
                                    s_hex[c & 0xF] };
            out.append(escape, sizeof escape);
            continue;
        }
        const qsizetype length = QChar::isHighSurrogate(c) ? 2 : 1;
        out.append(text.mid(i, length).toUtf8());
        i += length - 1;
    }
    out.append('"');
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(const std::optional<QString> &text)
{
    if (text) {
        value(*text);
    } else {
        null();
    }
}

void JsonWriter::nullableValue(const QString &text)
{
    if (text.isEmpty()) {
        null();
    } else {
        value(text);
    }
}

void JsonWriter::value(const char *ascii)
{
    separate();
    m_out.append('"');
    m_out.append(ascii);
    m_out.append('"');
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

} // namespace brc
