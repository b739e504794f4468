#include "eventstreamheader.h"

#include <QUuid>

namespace brc::bedrock {

QString EventStreamHeader::toString() const
{
    switch (type) {
    case EventStreamHeaderType::BoolTrue:
        return QStringLiteral("true");
    case EventStreamHeaderType::BoolFalse:
        return QStringLiteral("false");
    case EventStreamHeaderType::Byte:
    case EventStreamHeaderType::Short:
    case EventStreamHeaderType::Integer:
    case EventStreamHeaderType::Long:
    case EventStreamHeaderType::Timestamp:
        return QString::number(integer);
    case EventStreamHeaderType::Bytes:
        return QString::fromLatin1(bytes.toHex());
    case EventStreamHeaderType::String:
        return QString::fromUtf8(bytes);
    case EventStreamHeaderType::Uuid:
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }
    return {};
}

QJsonValue EventStreamHeader::toJson() const
{
    switch (type) {
    case EventStreamHeaderType::BoolTrue:
        return true;
    case EventStreamHeaderType::BoolFalse:
        return false;
    case EventStreamHeaderType::Byte:
    case EventStreamHeaderType::Short:
    case EventStreamHeaderType::Integer:
    case EventStreamHeaderType::Long:
    case EventStreamHeaderType::Timestamp:
        return QJsonValue(integer);
    default:
        return toString();
    }
}

} // namespace brc::bedrock
