// Bedrock error responses through the error mapper: HTTP bodies with their x-amzn-ErrorType and
// Retry-After headers, and stream exception/error messages.
//
// Input: the HTTP status (two bytes), a message-type byte for the stream message, then lines:
// x-amzn-ErrorType, Retry-After, :error-message, model id, region; the rest is the body
// (also the stream message's payload). Invariants: every error has a code "bedrock.<type>",
// a type and a message; a Retry-After wait is -1 or within [0, maxDelayMs].

#include "bedrock/errormapper.h"
#include "bedrock/eventstreammessage.h"
#include "fuzzsupport.h"

#include <limits>

using namespace brc::bedrock;

namespace {

void checkError(const brc::Error &error, const QString &model, const QString &region)
{
    BRC_FUZZ_CHECK(!error.awsType.isEmpty());
    BRC_FUZZ_CHECK(error.code == QLatin1StringView("bedrock.") + error.awsType);
    BRC_FUZZ_CHECK(!error.message.isEmpty());
    // Only called for their side effects on odd input: neither may crash.
    (void)ErrorMapper::isRetryable(error);
    (void)ErrorMapper::hint(error, model, region);
}

EventStreamHeader stringHeader(const char *name, const QByteArray &value)
{
    EventStreamHeader header;
    header.name = QLatin1StringView(name);
    header.type = EventStreamHeaderType::String;
    header.bytes = value;
    return header;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    brc::fuzz::FuzzInput in(data, size);
    const int status = in.u16();
    const quint8 messageType = in.byte();
    const QByteArray errorType = in.field().toByteArray();
    const QByteArray retryAfter = in.field().toByteArray();
    const QByteArray errorMessage = in.field().toByteArray();
    const QString model = QString::fromUtf8(in.field());
    const QString region = QString::fromUtf8(in.field());
    const QByteArray body = in.rest().toByteArray();

    checkError(ErrorMapper::fromHttp(status, errorType, body), model, region);
    BRC_FUZZ_CHECK(ErrorMapper::cleanType(QString::fromUtf8(errorType)).size() <= errorType.size());

    for (const int maxDelay : { 0, 999, 20000, std::numeric_limits<int>::max() }) {
        const int wait = ErrorMapper::retryAfterMs(retryAfter, maxDelay);
        BRC_FUZZ_CHECK(wait == -1 || (wait >= 0 && wait <= maxDelay));
    }

    EventStreamMessage message;
    static const char *const s_types[] = { "exception", "error", "event" };
    message.headers.append(stringHeader(":message-type", s_types[messageType % 3]));
    message.headers.append(stringHeader(":exception-type", errorType));
    message.headers.append(stringHeader(":error-code", errorType));
    message.headers.append(stringHeader(":error-message", errorMessage));
    message.payload = body;
    checkError(ErrorMapper::fromStreamMessage(message), model, region);
    return 0;
}
