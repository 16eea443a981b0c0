// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Confluent v2 / v1 response parser on arbitrary bytes.
#include "core/dialects/confluent/confluentparse.h"
#include "core/dialects/confluent/recordscanner.h"

#include <cstdint>
#include <cstdlib>

using namespace Gregor;
using namespace Qt::StringLiterals;

template<typename T>
static void check(const Result<T> &result)
{
    if (!result && result.error().kind != ErrorKind::Protocol)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(Confluent::parseTopicNames(body));
    check(Confluent::parseTopic(body));
    check(Confluent::parsePartitions(body));
    const auto ends = Confluent::parsePartitionOffsets(body);
    check(ends);
    if (ends && ends->first > ends->second)
        std::abort();
    check(Confluent::parseBrokers(body));
    const auto produced = Confluent::parseProduce(body, u"t"_s, 2);
    check(produced);
    if (produced && produced->size() != 2)
        std::abort();
    check(Confluent::parseRecords(body));
    check(Confluent::parseRecords(body, u"legacy"_s));
    // The fast path must agree with the general parser whenever it answers.
    for (const QString &topic : {QString(), u"legacy"_s}) {
        const auto fast = Confluent::scanBinaryRecords(body, topic);
        if (!fast)
            continue;
        const auto general = Confluent::parseRecordsGeneral(body, topic);
        if (!general || *general != *fast)
            std::abort();
    }
    check(Confluent::parseConsumerInstance(body));
    check(Confluent::parseCommittedOffsets(body));
    (void)ApiError::fromHttp(404, body);
    return 0;
}
