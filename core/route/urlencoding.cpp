#include "urlencoding.h"

namespace brc::route {

namespace {

constexpr bool isUnreserved(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
        || c == u'_' || c == u'~';
}

constexpr char16_t s_hex[] = u"0123456789ABCDEF";

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
    if (encodedLength == text.size()) {
        out.append(text);
        return;
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

QString modelOperationUrl(QStringView endpoint, QStringView pathModelId, QLatin1StringView action)
{
    QString url;
    url.reserve(endpoint.size() + pathModelId.size() + action.size() + 8);
    url.append(endpoint);
    url.append(QLatin1StringView("/model/"));
    url.append(pathModelId);
    url.append(QLatin1Char('/'));
    url.append(action);
    return url;
}

QString percentEncodeAll(QStringView text)
{
    QString out;
    appendPercentEncoded(out, text);
    return out;
}

} // namespace brc::route
