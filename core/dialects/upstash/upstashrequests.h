// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/consumers.h"
#include "core/api/offsets.h"
#include "core/api/produce.h"
#include "core/api/result.h"
#include "core/http/httprequest.h"

// Upstash Kafka REST requests (api-spec §1.7b) as values, built the way @upstash/kafka sends
// them: JSON bodies, POST for reads with a body, path segments percent-encoded.
namespace Gregor::Upstash {

HttpRequest listTopics();
HttpRequest listConsumers();
// POST /produce with an array: one answer per record, in order. Fails for bytes that are not
// UTF-8 (Upstash carries strings only) instead of mangling them.
Result<HttpRequest> produce(const QList<ProduceRecord> &records);
// POST /fetch for one partition from an offset (inclusive).
HttpRequest fetch(const TopicPartition &tp, qint64 offset, int waitMs);
// POST /offsets/{earliest|latest|ms} for a set of partitions.
HttpRequest offsets(const QList<TopicPartition> &partitions, OffsetSpec spec);
HttpRequest committed(const QString &group, const QString &instance, const QList<TopicPartition> &partitions);
// POST /consume/{g}/{i}; the Kafka-* headers configure the instance its first call creates.
HttpRequest consume(const ConsumerConfig &config, const QString &instance, int waitMs);
// POST /commit/{g}/{i}: explicit "next offset to read" values (stored as sent), or, when empty,
// no body: commit what the instance consumed.
HttpRequest commit(const QString &group, const QString &instance, const QList<PartitionOffset> &nextOffsets);
HttpRequest deleteConsumer(const QString &group, const QString &instance);

} // namespace Gregor::Upstash
