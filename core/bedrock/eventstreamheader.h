#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace brc::bedrock {

/// The value types of an event-stream header, numbered as on the wire.
enum class EventStreamHeaderType : quint8 {
    BoolTrue = 0,
    BoolFalse = 1,
    Byte = 2,
    Short = 3,
    Integer = 4,
    Long = 5,
    Bytes = 6,
    String = 7,
    Timestamp = 8,
    Uuid = 9,
};

/// One header of an event-stream message.
///
/// Integers, booleans (0/1) and timestamps (milliseconds since the epoch) are held in
/// `integer`; bytes, strings (UTF-8) and UUIDs (16 raw bytes) in `bytes`.
struct EventStreamHeader
{
    QString name;
    EventStreamHeaderType type = EventStreamHeaderType::String;
    qint64 integer = 0;
    QByteArray bytes;

    /// The value as text: strings as they are, UUIDs in 8-4-4-4-12 form, bytes in hex, numbers in decimal.
    QString toString() const;
    /// The value as JSON: booleans and numbers natively, everything else as toString().
    QJsonValue toJson() const;

    bool operator==(const EventStreamHeader &) const = default;
};

} // namespace brc::bedrock
