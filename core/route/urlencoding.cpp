#include "urlencoding.h"

#include <QVarLengthArray>

#include <array>
#include <iterator>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace brc::route {

namespace {

constexpr bool isUnreserved(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
        || c == u'_' || c == u'~';
}

constexpr char16_t s_hex[] = u"0123456789ABCDEF";

constexpr auto s_unreserved = [] {
    std::array<bool, 128> table {};
    for (char16_t c = 0; c < 128; ++c) {
        table[c] = isUnreserved(c);
    }
    return table;
}();

#if defined(__SSE2__)
/// 0xFFFF in each 16-bit lane of `word` that holds an unreserved character, 0 elsewhere. Compared
/// as signed numbers: anything at 0x8000 or above is negative and falls outside every range.
__m128i unreservedLanes(__m128i word)
{
    const auto between = [](__m128i w, short low, short high) {
        return _mm_and_si128(
            _mm_cmpgt_epi16(w, _mm_set1_epi16(short(low - 1))), _mm_cmplt_epi16(w, _mm_set1_epi16(short(high + 1))));
    };
    // c | 0x20 maps exactly A-Z and a-z onto a-z.
    __m128i lanes = between(_mm_or_si128(word, _mm_set1_epi16(0x20)), 'a', 'z');
    lanes = _mm_or_si128(lanes, between(word, '0', '9'));
    lanes = _mm_or_si128(lanes, between(word, '-', '.'));
    lanes = _mm_or_si128(lanes, _mm_cmpeq_epi16(word, _mm_set1_epi16('_')));
    return _mm_or_si128(lanes, _mm_cmpeq_epi16(word, _mm_set1_epi16('~')));
}
#endif

/// The general case: UTF-8 bytes of every non-ASCII character.
void appendPercentEncodedUnicode(QString &out, QStringView text)
{
    const qsizetype start = out.size();
    // Size the output exactly: 1 for an unreserved character, 3 per UTF-8 byte otherwise.
    // A surrogate pair is 4 UTF-8 bytes; a lone surrogate becomes U+FFFD, 3 bytes.
    qsizetype encodedLength = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isUnreserved(c)) {
            encodedLength += 1;
        } else if (c < 0x80) {
            encodedLength += 3;
        } else if (c < 0x800) {
            encodedLength += 6;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            encodedLength += 12;
            ++i;
        } else {
            encodedLength += 9;
        }
    }
    out.resize(start + encodedLength);
    char16_t *o = reinterpret_cast<char16_t *>(out.data()) + start;
    const auto byte = [&o](unsigned char b) {
        *o++ = u'%';
        *o++ = s_hex[b >> 4];
        *o++ = s_hex[b & 0xF];
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isUnreserved(c)) {
            *o++ = c;
        } else if (c < 0x80) {
            byte(static_cast<unsigned char>(c));
        } else {
            qsizetype length = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                length = 2;
            }
            const QByteArray utf8 = text.mid(i, length).toUtf8();
            for (char b : utf8) {
                byte(static_cast<unsigned char>(b));
            }
            i += length - 1;
        }
    }
    out.resize(o - reinterpret_cast<const char16_t *>(out.constData()));
}

} // namespace

bool isUnreservedOnly(QStringView text)
{
    const char16_t *c = text.utf16();
    for (const char16_t *end = c + text.size(); c != end; ++c) {
        if (*c >= 0x80 || !s_unreserved[*c]) {
            return false;
        }
    }
    return true;
}

void appendPercentEncoded(QString &out, QStringView text)
{
    if (!appendPercentEncodedIfNeeded(out, text)) {
        out.append(text);
    }
}

bool appendPercentEncodedIfNeeded(QString &out, QStringView text)
{
    const char16_t *in = text.utf16();
    const qsizetype n = text.size();
    // Model ids are short ASCII: one pass encodes into a buffer on the stack, and the result is
    // copied once into storage sized exactly. Anything else takes the general path below.
    QVarLengthArray<char16_t, 512> buffer(3 * n);
    char16_t *o = buffer.data();
    bool escaped = false;
    // One character; false for a non-ASCII one, which the general path handles.
    const auto encode = [&o, &escaped](char16_t c) {
        if (c >= 0x80) {
            return false;
        }
        if (s_unreserved[c]) {
            *o++ = c;
        } else {
            *o++ = u'%';
            *o++ = s_hex[c >> 4];
            *o++ = s_hex[c & 0xF];
            escaped = true;
        }
        return true;
    };
    qsizetype i = 0;
    bool ascii = true;
#if defined(__SSE2__)
    // Eight characters a step: a run with nothing to escape is copied as it is.
    for (; ascii && i + 8 <= n; i += 8) {
        const __m128i word = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        if (_mm_movemask_epi8(unreservedLanes(word)) == 0xFFFF) {
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o), word);
            o += 8;
            continue;
        }
        for (qsizetype k = i; ascii && k < i + 8; ++k) {
            ascii = encode(in[k]);
        }
    }
#endif
    for (; ascii && i < n; ++i) {
        ascii = encode(in[i]);
    }
    if (ascii) {
        if (!escaped) {
            return false;
        }
        const qsizetype length = o - buffer.data();
        if (out.isEmpty()) {
            out = QString(reinterpret_cast<const QChar *>(buffer.constData()), length);
        } else {
            out.append(reinterpret_cast<const QChar *>(buffer.constData()), length);
        }
        return true;
    }
    appendPercentEncodedUnicode(out, text);
    return true;
}

QString modelOperationUrl(QStringView endpoint, QStringView pathModelId, QLatin1StringView action)
{
    // One exactly sized allocation, filled directly: this runs several times per parsed route.
    static constexpr char16_t s_model[] = u"/model/";
    constexpr qsizetype modelLength = std::size(s_model) - 1;
    QString url(endpoint.size() + modelLength + pathModelId.size() + 1 + action.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(url.data());
    const auto put = [&o](QStringView part) {
        std::char_traits<char16_t>::copy(o, part.utf16(), size_t(part.size()));
        o += part.size();
    };
    put(endpoint);
    put(QStringView(s_model, modelLength));
    put(pathModelId);
    *o++ = u'/';
    for (const char c : action) {
        *o++ = char16_t(static_cast<unsigned char>(c));
    }
    return url;
}

QString percentEncodeAll(QStringView text)
{
    QString out;
    appendPercentEncoded(out, text);
    return out;
}

QString percentEncodeAll(const QString &text)
{
    QString out;
    if (!appendPercentEncodedIfNeeded(out, text)) {
        return text;
    }
    return out;
}

} // namespace brc::route
