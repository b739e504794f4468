#include "urlencoding.h"

namespace brc::route {

namespace {

constexpr bool isUnreserved(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
        || c == u'.' || c == u'_' || c == u'~';
}

constexpr char16_t s_hex[] = u"0123456789ABCDEF";

void appendByte(QString &out, unsigned char byte)
{
    out.append(QLatin1Char('%'));
    out.append(QChar(s_hex[byte >> 4]));
    out.append(QChar(s_hex[byte & 0xF]));
}

} // namespace

bool isUnreservedOnly(QStringView text)
{
    for (QChar c : text) {
        if (!isUnreserved(c.unicode())) {
            return false;
        }
    }
    return true;
}

void appendPercentEncoded(QString &out, QStringView text)
{
    out.reserve(out.size() + text.size() * 3 / 2 + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isUnreserved(c)) {
            out.append(QChar(c));
        } else if (c < 0x80) {
            appendByte(out, static_cast<unsigned char>(c));
        } else {
            // Encode the code point (or surrogate pair) as UTF-8.
            qsizetype length = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                length = 2;
            }
            const QByteArray utf8 = text.mid(i, length).toUtf8();
            for (char byte : utf8) {
                appendByte(out, static_cast<unsigned char>(byte));
            }
            i += length - 1;
        }
    }
}

QString percentEncodeAll(QStringView text)
{
    QString out;
    appendPercentEncoded(out, text);
    return out;
}

} // namespace brc::route
