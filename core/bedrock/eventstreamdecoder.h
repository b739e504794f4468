#pragma once

#include "bedrock/eventstreammessage.h"
#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <optional>

namespace brc::bedrock {

/// Incremental decoder for `application/vnd.amazon.eventstream` bodies.
///
/// Grammar of one message (all integers big-endian):
///
///     message  = prelude headers payload message_crc
///     prelude  = total_length:u32 headers_length:u32 prelude_crc:u32   ; CRC32 of the first 8 bytes
///     headers  = *( name_len:u8 name type:u8 value )                   ; headers_length bytes
///     payload  = total_length - headers_length - 16 bytes
///     message_crc = CRC32 of bytes [0, total_length - 4)
///
/// Bytes may be fed in slices of any size, split anywhere. Each complete message is queued and
/// taken with next(). Limits follow botocore: headers at most 128 KiB, payload at most 24 MiB.
/// After the first error the decoder stays failed and every later feed() returns that error.
///
/// Error codes: `eventstream.prelude_crc`, `eventstream.message_crc`, `eventstream.length`
/// (total below 16 or headers larger than the message), `eventstream.too_large`,
/// `eventstream.header` (a malformed or duplicate header), `eventstream.truncated` (finish()
/// with a partial message buffered).
class EventStreamDecoder final
{
public:
    static constexpr quint32 MaxHeadersLength = 128 * 1024;
    static constexpr quint32 MaxPayloadLength = 24 * 1024 * 1024;

    EventStreamDecoder() = default;

    /// Consumes `bytes`, queueing every message they complete. Fails on the first corrupt frame.
    [[nodiscard]] Result<void> feed(QByteArrayView bytes);
    /// Declares the end of the body: fails with `eventstream.truncated` when a partial message is left.
    [[nodiscard]] Result<void> finish() const;

    /// The oldest decoded message not yet taken, if any.
    std::optional<EventStreamMessage> next();
    /// Number of decoded messages waiting in the queue.
    qsizetype pendingCount() const { return qsizetype(m_ready.size()); }
    /// Bytes held for an incomplete message.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }
    /// Total bytes consumed by complete messages so far (the offset a later error refers to).
    qint64 consumedBytes() const { return m_consumed; }
    bool hasFailed() const { return m_failed; }

    /// Decodes a whole body at once: every message, or the first error.
    [[nodiscard]] static Result<QList<EventStreamMessage>> decodeAll(QByteArrayView body);

private:
    /// Decodes messages from the front of `data`; returns how many bytes were consumed, or an error.
    Result<qsizetype> decodeFrom(QByteArrayView data);
    Result<void> fail(Error error);

    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qint64 m_consumed = 0;
    std::deque<EventStreamMessage> m_ready;
    Error m_error;
    bool m_failed = false;
};

} // namespace brc::bedrock
