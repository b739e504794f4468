#include "eventstreammessage.h"

namespace brc::bedrock {

const EventStreamHeader *EventStreamMessage::header(QLatin1StringView name) const
{
    for (const EventStreamHeader &h : headers) {
        if (h.name == name) {
            return &h;
        }
    }
    return nullptr;
}

QString EventStreamMessage::headerString(QLatin1StringView name) const
{
    const EventStreamHeader *h = header(name);
    return h ? h->toString() : QString();
}

} // namespace brc::bedrock
