// The incremental event-stream decoder, fed one body in slices, and the stream interpreter.
//
// Input: one mode byte, a slicing seed of two bytes, then the body. With the mode byte's low
// bit set, the CRCs of every frame the body describes are recomputed first, so the fuzzer
// reaches header and payload parsing without having to guess CRC32 values.
//
// Invariant: slicing changes nothing. Every slicing gives the messages decodeAll() gives, in
// order, and fails exactly when it fails, with the same error.

#include "bedrock/crc32.h"
#include "bedrock/eventstreamdecoder.h"
#include "bedrock/streaminterpreter.h"
#include "fuzzsupport.h"

#include <QtEndian>

using namespace brc::bedrock;

namespace {

/// Rewrites both CRCs of each frame whose declared length fits in what is left of `body`.
void fixCrcs(QByteArray &body)
{
    qsizetype pos = 0;
    while (body.size() - pos >= 16) {
        char *p = body.data() + pos;
        const quint32 total = qFromBigEndian<quint32>(p);
        if (total < 16 || total > quint32(body.size() - pos)) {
            return;
        }
        qToBigEndian(crc32(QByteArrayView(p, 8)), p + 8);
        qToBigEndian(crc32(QByteArrayView(p, total - 4)), p + total - 4);
        pos += total;
    }
}

/// A small deterministic generator for slice sizes (xorshift).
quint32 nextRandom(quint32 &state)
{
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    brc::fuzz::FuzzInput in(data, size);
    const quint8 mode = in.byte();
    quint32 state = in.u16() | 0x10000u;
    QByteArray body = in.rest().toByteArray();
    if (mode & 1) {
        fixCrcs(body);
    }

    const brc::Result<QList<EventStreamMessage>> whole = EventStreamDecoder::decodeAll(body);

    EventStreamDecoder decoder;
    QList<EventStreamMessage> sliced;
    brc::Result<void> fed;
    qsizetype pos = 0;
    // Mode bit 1: one byte at a time; otherwise random slices of 0 to 63 bytes.
    while (pos < body.size() && fed) {
        const qsizetype length = (mode & 2) ? 1 : qsizetype(nextRandom(state) % 64);
        const QByteArrayView slice = QByteArrayView(body).sliced(pos, qMin(length, body.size() - pos));
        fed = decoder.feed(slice);
        pos += slice.size();
        while (std::optional<EventStreamMessage> message = decoder.next()) {
            sliced.append(std::move(*message));
        }
        BRC_FUZZ_CHECK(decoder.pendingCount() == 0);
        BRC_FUZZ_CHECK(decoder.bufferedBytes() >= 0);
    }
    const brc::Result<void> finished = fed ? decoder.finish() : fed;

    if (whole) {
        BRC_FUZZ_CHECK(fed.hasValue());
        BRC_FUZZ_CHECK(finished.hasValue());
        BRC_FUZZ_CHECK(sliced == *whole);
        BRC_FUZZ_CHECK(decoder.consumedBytes() == body.size());
    } else {
        BRC_FUZZ_CHECK(!finished.hasValue());
        BRC_FUZZ_CHECK(finished.error() == whole.error());
        BRC_FUZZ_CHECK(decoder.hasFailed() || finished.error().code == QLatin1StringView("eventstream.truncated"));
        // Messages before the bad one are delivered either way.
    }

    StreamInterpreter interpreter;
    for (const EventStreamMessage &message : std::as_const(sliced)) {
        interpreter.add(message);
    }
    return 0;
}
