// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/consumers.h"
#include "core/api/offsets.h"
#include "core/api/produce.h"
#include "core/api/result.h"
#include "core/api/topics.h"

// Upstash Kafka REST answers (api-spec §1) as values. Pure functions: unit-tested and fuzzed.
namespace Gregor::Upstash {

// GET /topics → {"name": partitions, …}, sorted by name.
Result<QList<TopicInfo>> parseTopics(const QByteArray &body);
// /fetch and /consume → [Message]. A key "" means "no key" (Upstash sends "" for keyless records).
Result<QList<Record>> parseMessages(const QByteArray &body);
// The same through QJsonDocument only: what scanMessages() must agree with, for the fuzzer.
Result<QList<Record>> parseMessagesGeneral(const QByteArray &body);
// /produce → [Metadata] (one per record, in order), or one Metadata object (GET /produce/{t}/{m}).
Result<QList<ProduceResult>> parseProduce(const QByteArray &body, qsizetype expectedCount);
// /offsets/{ts|earliest|latest} and /committed → [{topic, partition, offset}] (or one object).
Result<QList<PartitionOffset>> parseOffsets(const QByteArray &body);
// GET /consumers → [{name, instances:[{name, topics:[{topic, partitions}]}]}].
Result<QList<ConsumerGroupInfo>> parseConsumers(const QByteArray &body);
// /commit and /delete-consumer → {"result":"Success","status":200}; an empty body is accepted.
Result<Done> parseSuccess(const QByteArray &body);

} // namespace Gregor::Upstash
