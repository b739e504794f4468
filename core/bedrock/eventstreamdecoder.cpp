#include "eventstreamdecoder.h"

#include "bedrock/crc32.h"
#include "common/logging.h"

#include <QtEndian>

namespace brc::bedrock {

namespace {

constexpr qsizetype PreludeLength = 12;
constexpr qsizetype MinMessageLength = 16;

quint32 readU32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

Error frameError(const char *code, const QString &message, qint64 offset)
{
    return Error(QLatin1String(code), QStringLiteral("Corrupt event stream at byte %1: %2").arg(offset).arg(message));
}

/// Header names and values Bedrock repeats in every message, shared instead of allocated per
/// message (the decoder's cost on small frames is mostly these small allocations).
QString internName(const char *p, qsizetype n)
{
    static const QString s_names[] = { QStringLiteral(":event-type"), QStringLiteral(":content-type"),
        QStringLiteral(":message-type"), QStringLiteral(":exception-type") };
    const QByteArrayView name(p, n);
    for (const QString &known : s_names) {
        if (known.size() == n && QLatin1StringView(name) == known) {
            return known;
        }
    }
    return QString::fromUtf8(p, n);
}

QByteArray internValue(const char *p, qsizetype n)
{
    static const QByteArray s_values[] = { QByteArrayLiteral("event"), QByteArrayLiteral("chunk"),
        QByteArrayLiteral("application/json"), QByteArrayLiteral("contentBlockDelta"), QByteArrayLiteral("exception") };
    const QByteArrayView value(p, n);
    for (const QByteArray &known : s_values) {
        if (known == value) {
            return known;
        }
    }
    return QByteArray(p, n);
}

/// Parses the headers block [p, p + length); every read is checked against the end first.
Result<QList<EventStreamHeader>> parseHeaders(const char *p, qsizetype length, qint64 offset)
{
    QList<EventStreamHeader> headers;
    headers.reserve(4);
    const char *const end = p + length;
    auto bad = [offset](const QString &why) { return frameError("eventstream.header", why, offset); };
    while (p < end) {
        EventStreamHeader h;
        const auto nameLength = qsizetype(quint8(*p++));
        if (nameLength == 0) {
            return bad(QStringLiteral("empty header name"));
        }
        if (end - p < nameLength + 1) {
            return bad(QStringLiteral("header name runs past the headers block"));
        }
        h.name = internName(p, nameLength);
        p += nameLength;
        const auto type = quint8(*p++);
        if (type > 9) {
            return bad(QStringLiteral("unknown header value type %1 for '%2'").arg(type).arg(h.name));
        }
        h.type = EventStreamHeaderType(type);
        auto need = [&](qsizetype n) { return end - p >= n; };
        switch (h.type) {
        case EventStreamHeaderType::BoolTrue:
            h.integer = 1;
            break;
        case EventStreamHeaderType::BoolFalse:
            h.integer = 0;
            break;
        case EventStreamHeaderType::Byte:
            if (!need(1)) {
                return bad(QStringLiteral("header '%1' value runs past the headers block").arg(h.name));
            }
            h.integer = qint8(*p);
            p += 1;
            break;
        case EventStreamHeaderType::Short:
            if (!need(2)) {
                return bad(QStringLiteral("header '%1' value runs past the headers block").arg(h.name));
            }
            h.integer = qFromBigEndian<qint16>(p);
            p += 2;
            break;
        case EventStreamHeaderType::Integer:
            if (!need(4)) {
                return bad(QStringLiteral("header '%1' value runs past the headers block").arg(h.name));
            }
            h.integer = qFromBigEndian<qint32>(p);
            p += 4;
            break;
        case EventStreamHeaderType::Long:
        case EventStreamHeaderType::Timestamp:
            if (!need(8)) {
                return bad(QStringLiteral("header '%1' value runs past the headers block").arg(h.name));
            }
            h.integer = qFromBigEndian<qint64>(p);
            p += 8;
            break;
        case EventStreamHeaderType::Bytes:
        case EventStreamHeaderType::String: {
            if (!need(2)) {
                return bad(QStringLiteral("header '%1' length runs past the headers block").arg(h.name));
            }
            const auto valueLength = qsizetype(qFromBigEndian<quint16>(p));
            p += 2;
            if (!need(valueLength)) {
                return bad(QStringLiteral("header '%1' value runs past the headers block").arg(h.name));
            }
            h.bytes = internValue(p, valueLength);
            p += valueLength;
            break;
        }
        case EventStreamHeaderType::Uuid:
            if (!need(16)) {
                return bad(QStringLiteral("header '%1' value runs past the headers block").arg(h.name));
            }
            h.bytes = QByteArray(p, 16);
            p += 16;
            break;
        }
        for (const EventStreamHeader &seen : std::as_const(headers)) {
            if (seen.name == h.name) {
                return bad(QStringLiteral("duplicate header '%1'").arg(h.name));
            }
        }
        headers.append(std::move(h));
    }
    return headers;
}

} // namespace

Result<void> EventStreamDecoder::fail(Error error)
{
    qCDebug(lcEventStream) << error.message;
    m_failed = true;
    m_error = std::move(error);
    m_buffer.clear();
    m_offset = 0;
    return m_error;
}

Result<qsizetype> EventStreamDecoder::decodeFrom(QByteArrayView data)
{
    qsizetype pos = 0;
    const char *base = data.data();
    while (data.size() - pos >= PreludeLength) {
        const char *p = base + pos;
        const qint64 at = m_consumed;
        const quint32 totalLength = readU32(p);
        const quint32 headersLength = readU32(p + 4);
        const quint32 preludeCrc = readU32(p + 8);
        if (crc32(QByteArrayView(p, 8)) != preludeCrc) {
            // A JSON error body shows up here: 0x223a7b22 is `":{"`.
            return frameError("eventstream.prelude_crc",
                QStringLiteral("prelude CRC mismatch (the body may not be an event stream: "
                               "check the HTTP status and Content-Type)"),
                at);
        }
        if (totalLength < MinMessageLength) {
            return frameError("eventstream.length",
                QStringLiteral("total length %1 is below the 16-byte minimum").arg(totalLength), at);
        }
        if (headersLength > totalLength - MinMessageLength) {
            return frameError("eventstream.length",
                QStringLiteral("headers length %1 exceeds the message length %2").arg(headersLength).arg(totalLength),
                at);
        }
        if (headersLength > MaxHeadersLength) {
            return frameError("eventstream.too_large",
                QStringLiteral("headers length %1 exceeds the 128 KiB limit").arg(headersLength), at);
        }
        const quint32 payloadLength = totalLength - headersLength - MinMessageLength;
        if (payloadLength > MaxPayloadLength) {
            return frameError("eventstream.too_large",
                QStringLiteral("payload length %1 exceeds the 24 MiB limit").arg(payloadLength), at);
        }
        if (data.size() - pos < qsizetype(totalLength)) {
            break;
        }
        const quint32 messageCrc = readU32(p + totalLength - 4);
        if (crc32(QByteArrayView(p + 8, totalLength - 12), preludeCrc) != messageCrc) {
            return frameError("eventstream.message_crc", QStringLiteral("message CRC mismatch"), at);
        }
        auto headers = parseHeaders(p + PreludeLength, headersLength, at);
        if (!headers) {
            return headers.error();
        }
        EventStreamMessage message;
        message.headers = std::move(headers).value();
        message.payload = QByteArray(p + PreludeLength + headersLength, payloadLength);
        m_ready.push_back(std::move(message));
        pos += totalLength;
        m_consumed += totalLength;
    }
    return pos;
}

Result<void> EventStreamDecoder::feed(QByteArrayView bytes)
{
    if (m_failed) {
        return m_error;
    }
    if (bytes.isEmpty()) {
        return {};
    }
    if (bufferedBytes() == 0) {
        // Fast path: decode straight from the caller's bytes and keep only the tail.
        m_buffer.clear();
        m_offset = 0;
        auto used = decodeFrom(bytes);
        if (!used) {
            return fail(used.error());
        }
        m_buffer.append(bytes.sliced(*used));
        return {};
    }
    m_buffer.append(bytes);
    auto used = decodeFrom(QByteArrayView(m_buffer).sliced(m_offset));
    if (!used) {
        return fail(used.error());
    }
    m_offset += *used;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 64 * 1024 && m_offset * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    return {};
}

Result<void> EventStreamDecoder::finish() const
{
    if (m_failed) {
        return m_error;
    }
    if (bufferedBytes() > 0) {
        return frameError("eventstream.truncated",
            QStringLiteral("the stream ended inside a message (%1 bytes of an incomplete frame)").arg(bufferedBytes()),
            m_consumed);
    }
    return {};
}

std::optional<EventStreamMessage> EventStreamDecoder::next()
{
    if (m_ready.empty()) {
        return std::nullopt;
    }
    EventStreamMessage message = std::move(m_ready.front());
    m_ready.pop_front();
    return message;
}

Result<QList<EventStreamMessage>> EventStreamDecoder::decodeAll(QByteArrayView body)
{
    EventStreamDecoder decoder;
    if (auto fed = decoder.feed(body); !fed) {
        return fed.error();
    }
    if (auto done = decoder.finish(); !done) {
        return done.error();
    }
    QList<EventStreamMessage> messages;
    messages.reserve(decoder.pendingCount());
    while (auto message = decoder.next()) {
        messages.append(std::move(*message));
    }
    return messages;
}

} // namespace brc::bedrock
