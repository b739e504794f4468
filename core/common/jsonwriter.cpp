#include "jsonwriter.h"

#include <charconv>
#include <cstring>

namespace brc {

void JsonWriter::beginObject()
{
    separate();
    put('{');
    m_first = true;
}

void JsonWriter::endObject()
{
    put('}');
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    put('[');
    m_first = true;
}

void JsonWriter::endArray()
{
    put(']');
    m_first = false;
}

void JsonWriter::key(const char *name)
{
    const size_t length = std::strlen(name);
    char *o = tail(length + 4);
    if (!m_first) {
        *o++ = ',';
    }
    *o++ = '"';
    std::memcpy(o, name, length);
    o += length;
    *o++ = '"';
    *o++ = ':';
    m_size = size_t(o - m_out.data());
    m_first = true; // the value that follows takes no comma
}

void JsonWriter::appendString(std::string &out, QStringView text)
{
    // Write straight into the buffer: at most 6 bytes out per UTF-16 unit, plus the quotes.
    const size_t start = out.size();
    out.resize(start + size_t(text.size()) * 6 + 2);
    char *const end = writeString(out.data() + start, text);
    out.resize(size_t(end - out.data()));
}

char *JsonWriter::writeString(char *o, QStringView text)
{
    *o++ = '"';
    o = writeEscaped(o, text);
    *o++ = '"';
    return o;
}

void JsonWriter::concatenatedValue(std::initializer_list<QStringView> parts)
{
    separate();
    size_t length = 0;
    for (QStringView part : parts) {
        length += size_t(part.size());
    }
    char *o = tail(length * 6 + 2);
    *o++ = '"';
    for (QStringView part : parts) {
        o = writeEscaped(o, part);
    }
    *o++ = '"';
    m_size = size_t(o - m_out.data());
}

char *JsonWriter::writeEscaped(char *o, QStringView text)
{
    static constexpr char s_hex[] = "0123456789abcdef";
    const qsizetype n = text.size();
    const char16_t *in = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        if (c >= 0x20 && c < 0x80) {
            if (c == u'"' || c == u'\\') {
                *o++ = '\\';
            }
            *o++ = char(c);
            continue;
        }
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            *o++ = '\\';
            *o++ = c == u'\n' ? 'n' : c == u'\r' ? 'r' : 't';
            continue;
        }
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(in[i + 1]);
        if (c < 0x20 || (QChar::isSurrogate(c) && !pair)) {
            // Control characters and lone surrogates as \u escapes: the output stays valid UTF-8.
            const char escape[6]
                = { '\\', 'u', s_hex[(c >> 12) & 0xF], s_hex[(c >> 8) & 0xF], s_hex[(c >> 4) & 0xF], s_hex[c & 0xF] };
            std::memcpy(o, escape, sizeof escape);
            o += sizeof escape;
            continue;
        }
        char32_t code = c;
        if (pair) {
            code = QChar::surrogateToUcs4(c, in[i + 1]);
            ++i;
        }
        if (code < 0x800) {
            *o++ = char(0xC0 | (code >> 6));
            *o++ = char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            *o++ = char(0xE0 | (code >> 12));
            *o++ = char(0x80 | ((code >> 6) & 0x3F));
            *o++ = char(0x80 | (code & 0x3F));
        } else {
            *o++ = char(0xF0 | (code >> 18));
            *o++ = char(0x80 | ((code >> 12) & 0x3F));
            *o++ = char(0x80 | ((code >> 6) & 0x3F));
            *o++ = char(0x80 | (code & 0x3F));
        }
    }
    return o;
}

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    std::string buffer;
    appendString(buffer, text);
    out.append(buffer.data(), qsizetype(buffer.size()));
}

void JsonWriter::value(QStringView text)
{
    separate();
    char *const end = writeString(tail(size_t(text.size()) * 6 + 2), text);
    m_size = size_t(end - m_out.data());
}

void JsonWriter::value(const std::optional<QString> &text)
{
    if (text) {
        value(QStringView(*text));
    } else {
        null();
    }
}

void JsonWriter::nullableValue(QStringView text)
{
    if (text.isEmpty()) {
        null();
    } else {
        value(text);
    }
}

void JsonWriter::value(bool flag)
{
    separate();
    if (flag) {
        put("true", 4);
    } else {
        put("false", 5);
    }
}

void JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    put(digits, size_t(result.ptr - digits));
}

void JsonWriter::null()
{
    separate();
    put("null", 4);
}

} // namespace brc
