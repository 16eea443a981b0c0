// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/offsets.h"
#include "core/api/produce.h"
#include "core/api/result.h"
#include "core/api/topics.h"

// Confluent REST Proxy v2 and v1 / Message Hub answers (api-spec §2, §4.1) as values. v1 and v2
// share their shapes; only v1's /messages records lack "topic". Pure functions: tested and fuzzed.
namespace Gregor::Confluent {

struct ConsumerInstance
{
    QString instanceId;
    QString baseUri;
    friend bool operator==(const ConsumerInstance &, const ConsumerInstance &) = default;
};

// GET /topics → ["t1", "t2"] (names only: partitionCount 0), sorted.
Result<QList<TopicInfo>> parseTopicNames(const QByteArray &body);
// GET /topics/{t} → {name, configs, partitions:[Partition]}; offsets are not part of it.
Result<TopicDetails> parseTopic(const QByteArray &body);
// GET /topics/{t}/partitions → [Partition].
Result<QList<PartitionInfo>> parsePartitions(const QByteArray &body);
// GET …/partitions/{p}/offsets → {beginning_offset, end_offset}.
Result<std::pair<qint64, qint64>> parsePartitionOffsets(const QByteArray &body);
// GET /brokers → {"brokers":[1,2]} (a bare array is accepted too).
Result<QList<BrokerInfo>> parseBrokers(const QByteArray &body);
// POST /topics/{t} → {offsets:[{partition, offset, error_code, error}]}: one per record, in
// order; a record's failure is its ProduceResult::error. Null fields may be omitted or present.
Result<QList<ProduceResult>> parseProduce(const QByteArray &body, const QString &topic,
                                          qsizetype expectedCount);
// …/records (v2) and …/messages (v1), binary format: key and value base64 or null.
Result<QList<Record>> parseRecords(const QByteArray &body, const QString &defaultTopic = {});
// parseRecords() without its single-pass fast path (for the differential fuzzer and tests).
Result<QList<Record>> parseRecordsGeneral(const QByteArray &body, const QString &defaultTopic = {});
// POST /consumers/{g} → {instance_id, base_uri}.
Result<ConsumerInstance> parseConsumerInstance(const QByteArray &body);
// GET …/offsets → {offsets:[{topic, partition, offset, metadata}]}: the stored value is already
// "next offset to read"; partitions never committed are absent (the caller fills -1).
Result<QList<PartitionOffset>> parseCommittedOffsets(const QByteArray &body);

} // namespace Gregor::Confluent
