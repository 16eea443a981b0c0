// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/consumers.h"
#include "core/api/offsets.h"
#include "core/api/produce.h"
#include "core/api/result.h"
#include "core/http/httprequest.h"

// Confluent REST Proxy v2 (api-spec §2) and v1 / Message Hub (§4.1, §4.2) requests as values,
// with the exact vnd.kafka media types and the binary embedded format (base64).
namespace Gregor::Confluent {

enum class Version
{
    V1,
    V2
};

// application/vnd.kafka.v2+json, …binary.v2+json (and the v1 forms).
QByteArray controlType(Version version);
QByteArray binaryType(Version version);
QByteArray jsonType(Version version); // the json embedded format (v2 only)

HttpRequest listTopics(Version version);
HttpRequest topic(Version version, const QString &topic);
HttpRequest partitionOffsets(Version version, const TopicPartition &tp);
HttpRequest brokers(Version version);
// POST /topics/{t}: every record must name that topic. Headers and timestamps cannot be
// carried (v1/v2 records have neither): Unsupported rather than silently dropped. The records'
// format (all the same) picks the embedded format; json needs valid JSON and v2.
Result<HttpRequest> produce(Version version, const QString &topic, const QList<ProduceRecord> &records);
// v1: GET /topics/{t}/partitions/{p}/messages?offset=&count=
HttpRequest messages(const TopicPartition &tp, qint64 offset, qint64 count);

// Consumer instances. The path is built from group and instance id under the connection's base
// URL, not from base_uri, so a path prefix or a reverse proxy keeps working.
QString instancePath(const QString &group, const QString &instance);
// POST /consumers/{g} with a chosen name, binary format and the offset-reset/auto-commit of config.
HttpRequest createConsumer(Version version, const QString &group, const QString &name,
                           ConsumerConfig::Reset reset, bool autoCommit);
HttpRequest deleteConsumer(Version version, const QString &group, const QString &instance);
HttpRequest subscribe(const QString &group, const QString &instance, const QStringList &topics);
HttpRequest subscription(const QString &group, const QString &instance); // GET: also a keep-alive
HttpRequest assign(const QString &group, const QString &instance, const QList<TopicPartition> &partitions);
HttpRequest seek(const QString &group, const QString &instance, const QList<PartitionOffset> &offsets);
HttpRequest seekToTime(const QString &group, const QString &instance, const QList<TopicPartition> &partitions,
                       qint64 msSinceEpoch);
HttpRequest records(const QString &group, const QString &instance, int waitMs, qint64 maxBytes = 0);
// v1: GET /consumers/{g}/instances/{i}/topics/{t} reads (and subscribes on first use).
HttpRequest topicRecords(const QString &group, const QString &instance, const QString &topic);
// POST …/offsets. v2 stores sent + 1, so "next offset to read" N is sent as N - 1. Empty:
// commit what was consumed (the only form v1 has).
HttpRequest commit(Version version, const QString &group, const QString &instance,
                   const QList<PartitionOffset> &nextOffsets);
// GET …/offsets with a body (§7.12): the group's committed offsets of these partitions.
HttpRequest committed(const QString &group, const QString &instance, const QList<TopicPartition> &partitions);

} // namespace Gregor::Confluent
