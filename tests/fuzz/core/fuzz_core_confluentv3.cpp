// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Confluent REST v3 answer parser on arbitrary bytes, the streamed-report reader against
// the whole-answer parser, and the produce body writer on arbitrary keys and values.
#include "core/dialects/confluent/v3parse.h"
#include "core/dialects/confluent/v3requests.h"

#include <QJsonDocument>
#include <QJsonObject>

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

static void checkProduce(const Result<QList<ProduceResult>> &results, qsizetype expected)
{
    check(results);
    if (results && results->size() != expected)
        std::abort();
}

// Fed in two pieces, the reader gives the reports the whole answer gives, in order.
static void checkReader(const QByteArray &body)
{
    const qsizetype cut = body.isEmpty() ? 0 : static_cast<unsigned char>(body[0]) % (body.size() + 1);
    ConfluentV3::DeliveryReportReader whole(u"t"_s);
    const QList<ProduceResult> all = whole.feed(body);
    ConfluentV3::DeliveryReportReader pieces(u"t"_s);
    QList<ProduceResult> parts = pieces.feed(QByteArrayView(body).first(cut));
    parts += pieces.feed(QByteArrayView(body).sliced(cut));
    if (parts != all || pieces.reportsRead() != whole.reportsRead() ||
        pieces.error().has_value() != whole.error().has_value())
        std::abort();
    const qsizetype end = ConfluentV3::endOfFirstObject(body);
    if (end < -1 || end > body.size())
        std::abort();
}

// Whatever the bytes, a STRING or JSON record is refused or written as JSON that reads back.
static void checkEncode(const QByteArray &bytes)
{
    ProduceRecord record;
    record.topic = u"t"_s;
    record.key = bytes;
    record.value = bytes;
    record.headers = {{QString::fromUtf8(bytes), bytes}};
    for (const auto type : {ConfluentV3::DataType::String, ConfluentV3::DataType::Json}) {
        const auto body = ConfluentV3::encodeRecord(record, {type, type}, u"0"_s);
        if (!body) {
            if (body.error().kind != ErrorKind::BadRequest)
                std::abort();
            continue;
        }
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(*body, &error).object();
        if (error.error != QJsonParseError::NoError)
            std::abort();
        if (type == ConfluentV3::DataType::String &&
            object.value("value"_L1).toObject().value("data"_L1).toString().toUtf8() != bytes)
            std::abort();
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace ConfluentV3;
    check(parseClusters(body));
    check(parseCluster(body));
    check(parseBrokers(body));
    check(parseBroker(body));
    check(parseTopics(body));
    check(parseTopic(body));
    check(parseTopicConfigs(body));
    check(parseTopicConfig(body));
    check(parsePartitions(body));
    check(parsePartition(body));
    check(parseReplicas(body));
    const auto offsets = parsePartitionOffsets(body);
    check(offsets);
    if (offsets && (!offsets->beginningOffset || !offsets->endOffset || *offsets->beginningOffset < 0 ||
                    *offsets->endOffset < *offsets->beginningOffset))
        std::abort();
    check(parseConsumerGroups(body));
    check(parseConsumerGroup(body));
    check(parseConsumers(body));
    check(parseConsumer(body));
    check(parseAssignments(body));
    const auto lags = parseLags(body);
    check(lags);
    for (const ConsumerLag &lag : lags ? lags->items : QList<ConsumerLag>())
        if (lag.lag < 0 || lag.currentOffset < -1 || lag.logEndOffset < 0 || lag.tp.partition < 0)
            std::abort();
    if (lags && lagInputs(lags->items).committed.size() != lags->items.size())
        std::abort();
    check(parseLag(body));
    const auto summary = parseLagSummary(body);
    check(summary);
    if (summary && summary->totalLag < summary->maxLag)
        std::abort();
    check(parseDeliveryReport(body, u"t"_s));
    checkProduce(parseDeliveryReports(body, u"t"_s, 3), 3);
    checkProduce(parseDeliveryReports(body, u"t"_s, 0), 0);
    checkProduce(parseBatchProduce(body, u"t"_s, 3), 3);
    checkReader(body);
    check(nextPage(Target{}, QString::fromUtf8(body)));
    checkEncode(body);
    (void)ApiError::fromHttp(429, body);
    return 0;
}
