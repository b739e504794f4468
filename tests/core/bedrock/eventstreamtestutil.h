#pragma once

// Helpers shared by the event-stream tests: a minimal frame encoder for synthetic cases.

#include "bedrock/crc32.h"

#include <QByteArray>
#include <QtEndian>

namespace brc::bedrock::test {

inline QByteArray u32(quint32 v)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}

inline QByteArray stringHeader(const QByteArray &name, const QByteArray &value)
{
    QByteArray out;
    out.append(char(name.size()));
    out.append(name);
    out.append(char(7));
    out.append(char((value.size() >> 8) & 0xFF));
    out.append(char(value.size() & 0xFF));
    out.append(value);
    return out;
}

/// One frame with raw header bytes; the CRCs are correct unless the caller breaks them.
inline QByteArray frame(const QByteArray &headers, const QByteArray &payload)
{
    const quint32 total = quint32(16 + headers.size() + payload.size());
    QByteArray out = u32(total) + u32(quint32(headers.size()));
    out += u32(brc::bedrock::crc32(out));
    out += headers;
    out += payload;
    out += u32(brc::bedrock::crc32(out));
    return out;
}

inline QByteArray eventFrame(const QByteArray &eventType, const QByteArray &payload)
{
    return frame(stringHeader(":event-type", eventType) + stringHeader(":content-type", "application/json")
            + stringHeader(":message-type", "event"),
        payload);
}

} // namespace brc::bedrock::test
