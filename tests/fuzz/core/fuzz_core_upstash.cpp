// Every Upstash response parser on arbitrary bytes: a value or a Protocol error, never a crash,
// never half a value.
#include "core/dialects/upstash/upstashparse.h"

#include <cstdint>
#include <cstdlib>

using namespace Gregor;

template<typename T>
static void check(const Result<T> &result)
{
    if (!result && result.error().kind != ErrorKind::Protocol)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(Upstash::parseTopics(body));
    const auto messages = Upstash::parseMessages(body);
    check(messages);
    if (messages) {
        for (const Record &r : *messages) {
            if (r.partition < 0 || r.offset < 0 || (r.hasKey() && r.key.isEmpty()))
                std::abort(); // "" is no key
        }
    }
    check(Upstash::parseProduce(body, 1));
    check(Upstash::parseProduce(body, 3));
    check(Upstash::parseOffsets(body));
    check(Upstash::parseConsumers(body));
    const auto success = Upstash::parseSuccess(body);
    (void)success;
    (void)ApiError::fromHttp(400, body);
    return 0;
}
