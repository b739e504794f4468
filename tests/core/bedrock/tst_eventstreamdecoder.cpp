#include "bedrock/crc32.h"
#include "bedrock/eventstreamdecoder.h"
#include "bedrock/streaminterpreter.h"
#include "eventstreamtestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace brc;
using namespace brc::bedrock;
using namespace brc::bedrock::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QString dataDir()
{
    return QStringLiteral(BRC_TESTDATA_DIR "/eventstream");
}

/// Feeds `body` in slices whose sizes come from `seed` (0: all at once); returns the messages or the first error.
Result<QList<EventStreamMessage>> decodeSliced(const QByteArray &body, quint32 seed, qsizetype maxSlice = 17)
{
    EventStreamDecoder decoder;
    QList<EventStreamMessage> messages;
    QRandomGenerator random(seed);
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype n = seed == 0 ? body.size() : qsizetype(random.bounded(int(maxSlice) + 1));
        const QByteArrayView slice = QByteArrayView(body).sliced(pos, std::min(n, body.size() - pos));
        pos += slice.size();
        if (auto fed = decoder.feed(slice); !fed) {
            return fed.error();
        }
        while (auto message = decoder.next()) {
            messages.append(std::move(*message));
        }
    }
    if (auto done = decoder.finish(); !done) {
        return done.error();
    }
    return messages;
}

} // namespace

class TestEventStreamDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32KnownValues();
    void positiveVectors_data();
    void positiveVectors();
    void allHeaderTypes();
    void negativeVectors_data();
    void negativeVectors();
    void synthetic_data();
    void synthetic();
    void emptyPayloadAndNoHeaders();
    void failedDecoderStaysFailed();
    void oversizedPayloadRejectedBeforeBuffering();
};

void TestEventStreamDecoder::crc32KnownValues()
{
    QCOMPARE(crc32(QByteArrayView("123456789")), 0xCBF43926U);
    QCOMPARE(crc32(QByteArrayView()), 0U);
    QCOMPARE(crc32(QByteArrayView("The quick brown fox jumps over the lazy dog")), 0x414FA339U);
    // Seeding continues a CRC.
    QCOMPARE(crc32(QByteArrayView("6789"), crc32(QByteArrayView("12345"))), 0xCBF43926U);
    QByteArray big(100003, Qt::Uninitialized);
    for (int i = 0; i < big.size(); ++i) {
        big[i] = char((i * 131) & 0xFF);
    }
    quint32 bytewise = 0;
    for (char c : std::as_const(big)) {
        bytewise = crc32(QByteArrayView(&c, 1), bytewise);
    }
    QCOMPARE(crc32(big), bytewise);
}

void TestEventStreamDecoder::positiveVectors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("seed");
    const QStringList names = QDir(dataDir()).entryList({ QStringLiteral("*.bin") }, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 6);
    for (const QString &file : names) {
        const QString name = file.chopped(4);
        for (quint32 seed : { 0U, 1U, 2U, 3U, 42U, 1234U }) {
            QTest::addRow("%s/seed%u", qPrintable(name), seed) << name << seed;
        }
    }
}

void TestEventStreamDecoder::positiveVectors()
{
    QFETCH(QString, name);
    QFETCH(quint32, seed);
    const QByteArray body = readFile(dataDir() + QLatin1Char('/') + name + QStringLiteral(".bin"));
    const QJsonObject spec
        = QJsonDocument::fromJson(readFile(dataDir() + QLatin1Char('/') + name + QStringLiteral(".json"))).object();
    QVERIFY(!body.isEmpty());
    QVERIFY(!spec.isEmpty());

    auto decoded = decodeSliced(body, seed);
    QVERIFY2(decoded.hasValue(), qPrintable(decoded.hasValue() ? QString() : decoded.error().message));
    const QList<EventStreamMessage> &messages = *decoded;
    QCOMPARE(messages.size(), spec.value(QLatin1String("message_count")).toInt());

    const QJsonObject expect = spec.value(QLatin1String("expect")).toObject();
    if (expect.contains(QLatin1String("headers"))) {
        return; // allHeaderTypes checks this one field by field.
    }
    StreamInterpreter interpreter;
    for (const EventStreamMessage &message : messages) {
        interpreter.add(message);
    }
    const StreamSummary &summary = interpreter.summary();
    QCOMPARE(summary.text, expect.value(QLatin1String("text")).toString());
    QCOMPARE(summary.messageCount, messages.size());
    if (expect.contains(QLatin1String("stopReason"))) {
        QCOMPARE(summary.stopReason, expect.value(QLatin1String("stopReason")).toString());
        QCOMPARE(summary.inputTokens, expect.value(QLatin1String("inputTokens")).toInteger());
        QCOMPARE(summary.outputTokens, expect.value(QLatin1String("outputTokens")).toInteger());
        QCOMPARE(summary.latencyMs, expect.value(QLatin1String("latencyMs")).toInteger());
        QVERIFY(!summary.error.has_value());
    }
    if (expect.contains(QLatin1String("error"))) {
        const QJsonObject error = expect.value(QLatin1String("error")).toObject();
        QVERIFY(summary.error.has_value());
        QCOMPARE(summary.error->awsType, error.value(QLatin1String("type")).toString());
        QVERIFY2(summary.error->message.startsWith(error.value(QLatin1String("message")).toString()),
            qPrintable(summary.error->message));
    }
}

void TestEventStreamDecoder::allHeaderTypes()
{
    const QByteArray body = readFile(dataDir() + QStringLiteral("/all-header-types.bin"));
    auto decoded = EventStreamDecoder::decodeAll(body);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->size(), 1);
    const EventStreamMessage &m = decoded->first();
    QCOMPARE(m.payload, QByteArray("{\"ok\":true}"));
    QCOMPARE(m.headers.size(), 10);
    auto h = [&m](const char *name) {
        const EventStreamHeader *header = m.header(QLatin1StringView(name));
        return header ? *header : EventStreamHeader();
    };
    QCOMPARE(h("t").type, EventStreamHeaderType::BoolTrue);
    QCOMPARE(h("t").toJson(), QJsonValue(true));
    QCOMPARE(h("f").type, EventStreamHeaderType::BoolFalse);
    QCOMPARE(h("f").toJson(), QJsonValue(false));
    QCOMPARE(h("b").type, EventStreamHeaderType::Byte);
    QCOMPARE(h("b").integer, -7);
    QCOMPARE(h("s").type, EventStreamHeaderType::Short);
    QCOMPARE(h("s").integer, 1234);
    QCOMPARE(h("i").type, EventStreamHeaderType::Integer);
    QCOMPARE(h("i").integer, -123456);
    QCOMPARE(h("l").type, EventStreamHeaderType::Long);
    QCOMPARE(h("l").integer, Q_INT64_C(1234567890123));
    QCOMPARE(h("bin").type, EventStreamHeaderType::Bytes);
    QCOMPARE(h("bin").bytes.toHex(), QByteArray("000102feff"));
    QCOMPARE(h("str").type, EventStreamHeaderType::String);
    QCOMPARE(h("str").toString(), QStringLiteral("h\u00e9llo"));
    QCOMPARE(h("ts").type, EventStreamHeaderType::Timestamp);
    QCOMPARE(h("ts").integer, Q_INT64_C(1700000000123));
    QCOMPARE(h("u").type, EventStreamHeaderType::Uuid);
    QCOMPARE(h("u").toString(), QStringLiteral("123e4567-e89b-12d3-a456-426614174000"));
}

void TestEventStreamDecoder::negativeVectors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<quint32>("seed");
    const struct
    {
        const char *name;
        const char *code;
    } cases[] = {
        { "bad-message-crc", "eventstream.message_crc" },
        { "bad-prelude-crc", "eventstream.prelude_crc" },
        { "headers-length-exceeds-message", "eventstream.length" },
        { "json-error-body-not-a-stream", "eventstream.prelude_crc" },
        { "payload-bit-flip", "eventstream.message_crc" },
        { "total-length-too-small", "eventstream.length" },
        { "truncated-message", "eventstream.truncated" },
        { "truncated-prelude", "eventstream.truncated" },
    };
    // Every negative file in the folder must be listed here.
    QCOMPARE(QDir(dataDir() + QStringLiteral("/negative")).entryList({ QStringLiteral("*.bin") }).size(),
        int(std::size(cases)));
    for (const auto &c : cases) {
        for (quint32 seed : { 0U, 1U, 7U, 99U }) {
            QTest::addRow("%s/seed%u", c.name, seed)
                << QString::fromLatin1(c.name) << QString::fromLatin1(c.code) << seed;
        }
    }
}

void TestEventStreamDecoder::negativeVectors()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(quint32, seed);
    const QByteArray body = readFile(dataDir() + QStringLiteral("/negative/") + name + QStringLiteral(".bin"));
    QVERIFY(!body.isEmpty());
    auto decoded = decodeSliced(body, seed, 5);
    QVERIFY(!decoded.hasValue());
    QCOMPARE(decoded.error().code, code);
    QVERIFY(decoded.error().message.contains(QLatin1String("byte 0")));

    // The same bad frame after a good one: the good one is delivered, the offset points past it.
    const QByteArray good = eventFrame("messageStart", "{\"role\":\"assistant\"}");
    EventStreamDecoder decoder;
    auto fed = decoder.feed(QByteArray(good + body));
    QCOMPARE(decoder.pendingCount(), 1);
    auto done = decoder.finish();
    const Error error = fed ? done.error() : fed.error();
    QVERIFY(!fed || !done);
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(QStringLiteral("byte %1").arg(good.size())), qPrintable(error.message));
}

void TestEventStreamDecoder::synthetic_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");

    QByteArray typeTen = "\x01x";
    typeTen.append(char(10));
    QTest::addRow("unknown header type 10") << frame(typeTen, "{}") << QStringLiteral("eventstream.header");
    QTest::addRow("duplicate header") << frame(stringHeader("a", "1") + stringHeader("a", "2"), "{}")
                                      << QStringLiteral("eventstream.header");
    QByteArray longString = stringHeader("name", "abc");
    longString[longString.size() - 4] = char(0x10); // claims 4099 bytes in a 3-byte value
    QTest::addRow("string value runs past headers") << frame(longString, "{}") << QStringLiteral("eventstream.header");
    QByteArray nameOverrun("\x20short", 6);
    QTest::addRow("name runs past headers") << frame(nameOverrun, "") << QStringLiteral("eventstream.header");
    QByteArray intOverrun("\x01i\x04\x00\x01", 5);
    QTest::addRow("int32 runs past headers") << frame(intOverrun, "") << QStringLiteral("eventstream.header");
    QByteArray longOverrun("\x01l\x05\x00\x01\x02", 6);
    QTest::addRow("int64 runs past headers") << frame(longOverrun, "") << QStringLiteral("eventstream.header");
    QByteArray uuidOverrun("\x01u\x09\x00\x01\x02", 6);
    QTest::addRow("uuid runs past headers") << frame(uuidOverrun, "") << QStringLiteral("eventstream.header");
    QByteArray emptyName("\x00\x00", 2);
    QTest::addRow("empty header name") << frame(emptyName, "") << QStringLiteral("eventstream.header");
    QByteArray bigHeaders;
    while (bigHeaders.size() <= int(EventStreamDecoder::MaxHeadersLength)) {
        bigHeaders += stringHeader("h" + QByteArray::number(bigHeaders.size()), QByteArray(1000, 'x'));
    }
    QTest::addRow("headers over 128 KiB") << frame(bigHeaders, "") << QStringLiteral("eventstream.too_large");
}

void TestEventStreamDecoder::synthetic()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    for (quint32 seed : { 0U, 5U, 11U }) {
        auto decoded = decodeSliced(body, seed, 300);
        QVERIFY(!decoded.hasValue());
        QCOMPARE(decoded.error().code, code);
    }
}

void TestEventStreamDecoder::emptyPayloadAndNoHeaders()
{
    auto decoded = EventStreamDecoder::decodeAll(QByteArray(frame({}, {}) + frame({}, "x")));
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->size(), 2);
    QVERIFY(decoded->at(0).headers.isEmpty());
    QVERIFY(decoded->at(0).payload.isEmpty());
    QCOMPARE(decoded->at(1).payload, QByteArray("x"));
    auto none = EventStreamDecoder::decodeAll(QByteArrayView());
    QVERIFY(none.hasValue());
    QVERIFY(none->isEmpty());
}

void TestEventStreamDecoder::failedDecoderStaysFailed()
{
    EventStreamDecoder decoder;
    QByteArray bad = eventFrame("messageStart", "{}");
    bad[bad.size() - 1] = char(bad.at(bad.size() - 1) ^ 1);
    QVERIFY(!decoder.feed(bad));
    QVERIFY(decoder.hasFailed());
    auto again = decoder.feed(eventFrame("messageStart", "{}"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("eventstream.message_crc"));
    QCOMPARE(decoder.pendingCount(), 0);
    QVERIFY(!decoder.finish());
}

void TestEventStreamDecoder::oversizedPayloadRejectedBeforeBuffering()
{
    const quint32 total = 16 + EventStreamDecoder::MaxPayloadLength + 1;
    QByteArray prelude = u32(total) + u32(0);
    prelude += u32(crc32(prelude));
    EventStreamDecoder decoder;
    auto fed = decoder.feed(prelude);
    QVERIFY(!fed);
    QCOMPARE(fed.error().code, QStringLiteral("eventstream.too_large"));
    QCOMPARE(decoder.bufferedBytes(), 0);
}

QTEST_GUILESS_MAIN(TestEventStreamDecoder)
#include "tst_eventstreamdecoder.moc"
