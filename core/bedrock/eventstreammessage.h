#pragma once

#include "bedrock/eventstreamheader.h"

#include <QByteArray>
#include <QList>

namespace brc::bedrock {

/// One decoded event-stream message: its headers in wire order and its payload.
struct EventStreamMessage
{
    QList<EventStreamHeader> headers;
    QByteArray payload;

    /// The header called `name`, or nullptr.
    const EventStreamHeader *header(QLatin1StringView name) const;
    /// A string header's text, or an empty string when absent.
    QString headerString(QLatin1StringView name) const;

    /// `:message-type` (event, exception or error).
    QString messageType() const { return headerString(QLatin1StringView(":message-type")); }
    /// `:event-type` (chunk, messageStart, contentBlockDelta, ...).
    QString eventType() const { return headerString(QLatin1StringView(":event-type")); }

    bool operator==(const EventStreamMessage &) const = default;
};

} // namespace brc::bedrock
