// Event-stream decoding speed: BM_DecodeEventStream reports MB/s for ConverseStream-like bodies
// fed in network-sized slices; BM_Crc32 the checksum alone.
#include "../core/bedrock/eventstreamtestutil.h"
#include "bedrock/crc32.h"
#include "bedrock/eventstreamdecoder.h"
#include "bedrock/streaminterpreter.h"

#include <benchmark/benchmark.h>

namespace {

using namespace brc::bedrock;

/// About 4 MiB of contentBlockDelta frames whose text is `payloadBytes` long.
QByteArray makeBody(int payloadBytes)
{
    const QByteArray text(payloadBytes, 'x');
    const QByteArray frame = test::eventFrame(
        "contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"" + text + "\"},\"p\":\"abcd\"}");
    QByteArray body;
    while (body.size() < 4 * 1024 * 1024) {
        body += frame;
    }
    return body;
}

void BM_DecodeEventStream(benchmark::State &state)
{
    const QByteArray body = makeBody(int(state.range(0)));
    const qsizetype slice = qsizetype(state.range(1));
    qint64 messages = 0;
    for (auto _ : state) {
        EventStreamDecoder decoder;
        for (qsizetype pos = 0; pos < body.size(); pos += slice) {
            if (!decoder.feed(QByteArrayView(body).sliced(pos, std::min(slice, body.size() - pos)))) {
                state.SkipWithError("decode failed");
                return;
            }
            while (auto message = decoder.next()) {
                benchmark::DoNotOptimize(message->payload.size());
                ++messages;
            }
        }
    }
    state.SetBytesProcessed(qint64(state.iterations()) * body.size());
    state.counters["frames/s"] = benchmark::Counter(double(messages), benchmark::Counter::kIsRate);
}
// Args: text bytes per frame, bytes per feed() (a typical TLS read is 16 KiB).
BENCHMARK(BM_DecodeEventStream)
    ->Args({ 16, 16384 })
    ->Args({ 256, 16384 })
    ->Args({ 4096, 16384 })
    ->Args({ 65536, 16384 })
    ->Args({ 256, 1 << 22 })
    ->Unit(benchmark::kMillisecond);

void BM_DecodeAndInterpretConverseStream(benchmark::State &state)
{
    const QByteArray body = makeBody(int(state.range(0)));
    for (auto _ : state) {
        EventStreamDecoder decoder;
        StreamInterpreter interpreter;
        for (qsizetype pos = 0; pos < body.size(); pos += 16384) {
            (void)decoder.feed(QByteArrayView(body).sliced(pos, std::min<qsizetype>(16384, body.size() - pos)));
            while (auto message = decoder.next()) {
                benchmark::DoNotOptimize(interpreter.add(*message));
            }
        }
        benchmark::DoNotOptimize(interpreter.summary().text.size());
    }
    state.SetBytesProcessed(qint64(state.iterations()) * body.size());
}
BENCHMARK(BM_DecodeAndInterpretConverseStream)->Arg(16)->Arg(256)->Unit(benchmark::kMillisecond);

void BM_Crc32(benchmark::State &state)
{
    const QByteArray data(int(state.range(0)), 'a');
    quint32 crc = 0;
    for (auto _ : state) {
        crc = crc32(data, crc);
        benchmark::DoNotOptimize(crc);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * data.size());
}
BENCHMARK(BM_Crc32)->Arg(64)->Arg(1 << 20);

} // namespace
