// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Upstash response parser on arbitrary bytes: a value or a Protocol error, never a crash,
// never half a value.
#include "core/dialects/upstash/upstashparse.h"
#include "core/dialects/upstash/upstashscanner.h"

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
    // The fast path must agree with the general parser whenever it answers, null bytes and empty
    // ones told apart.
    if (const auto fast = Upstash::scanMessages(body)) {
        const auto general = Upstash::parseMessagesGeneral(body);
        if (!general || *general != *fast)
            std::abort();
        for (qsizetype i = 0; i < fast->size(); ++i) {
            if (fast->at(i).key.isNull() != general->at(i).key.isNull() ||
                fast->at(i).value.isNull() != general->at(i).value.isNull())
                std::abort();
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
