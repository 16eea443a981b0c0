// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/produce.h"
#include "core/api/record.h"
#include "core/api/result.h"
#include "core/api/topicconfig.h"
#include "core/http/httprequest.h"

#include <QMap>

// Confluent REST v3 requests (api-spec §3.2) as values: plain application/json, every path
// segment percent-encoded, under the deployment's base path. Reads are idempotent; anything
// that changes the cluster has `writes` set, and only requests whose repetition leaves the same
// state and the same answer (config PUT/DELETE/alter) stay idempotent, so a lost answer of a
// create, delete, partition increase or produce is reported as outcome unknown, never retried.
namespace Gregor::ConfluentV3 {

// Where v3 lives: Confluent Platform's standalone REST Proxy serves it at /v3; Confluent Server
// (port 8090) and Confluent Cloud at /kafka/v3.
inline constexpr QLatin1StringView RestProxyBasePath{"/v3"};
inline constexpr QLatin1StringView ServerBasePath{"/kafka/v3"};

// The cluster every call after listClusters() addresses.
struct Target
{
    QString basePath = RestProxyBasePath; // relative to the connection's base URL
    QString clusterId;
    friend bool operator==(const Target &, const Target &) = default;
};

// POST …/topics. Omitted counts fall back to the broker defaults; replicasAssignments (partition
// → broker ids) replaces both counts.
struct NewTopic
{
    QString name;
    std::optional<int> partitionsCount;
    std::optional<int> replicationFactor;
    QMap<int, QList<int>> replicasAssignments;
    QList<std::pair<QString, std::optional<QString>>> configs;
    bool validateOnly = false; // the server checks and answers 200 without creating
    friend bool operator==(const NewTopic &, const NewTopic &) = default;
};

// How a record's key and value travel (the Data "type"): BINARY as base64, STRING as UTF-8
// text, JSON as the JSON value itself (hashed by the server as its JSON text, §2.2).
enum class DataType
{
    Binary,
    String,
    Json,
};
struct DataTypes
{
    DataType key = DataType::Binary;
    DataType value = DataType::Binary;
    friend bool operator==(const DataTypes &, const DataTypes &) = default;
};
// What a record's EmbeddedFormat means in v3: Binary → BINARY, Json → JSON (key and value).
DataTypes dataTypesOf(const ProduceRecord &record);

HttpRequest listClusters(const QString &basePath);
HttpRequest cluster(const Target &target);
HttpRequest listBrokers(const Target &target);
HttpRequest broker(const Target &target, int brokerId);

// includeAuthorizedOperations adds each topic's ACL operations to the answer.
HttpRequest listTopics(const Target &target, bool includeAuthorizedOperations = false);
HttpRequest topic(const Target &target, const QString &topic, bool includeAuthorizedOperations = false);
// BadRequest without sending for an empty name, counts below 1, or counts with assignments.
Result<HttpRequest> createTopic(const Target &target, const NewTopic &topic);
HttpRequest deleteTopic(const Target &target, const QString &topic);
// PATCH partitions_count: Kafka only ever adds partitions (the server refuses a decrease).
Result<HttpRequest> setPartitionCount(const Target &target, const QString &topic, int partitionsCount);

HttpRequest listTopicConfigs(const Target &target, const QString &topic);
HttpRequest listAllTopicConfigs(const Target &target); // every topic's: topics/-/configs
HttpRequest topicConfig(const Target &target, const QString &topic, const QString &name);
HttpRequest setTopicConfig(const Target &target, const QString &topic, const QString &name,
                           const std::optional<QString> &value);
HttpRequest resetTopicConfig(const Target &target, const QString &topic, const QString &name);
// POST configs:alter: several changes at once (all or nothing on the broker).
Result<HttpRequest> alterTopicConfigs(const Target &target, const QString &topic,
                                      const QList<ConfigChange> &changes, bool validateOnly = false);

HttpRequest listPartitions(const Target &target, const QString &topic);
HttpRequest partition(const Target &target, const TopicPartition &tp);
// Earliest and latest offset (offset_type's only value, and its default: not sent).
HttpRequest partitionOffsets(const Target &target, const TopicPartition &tp);
HttpRequest listReplicas(const Target &target, const TopicPartition &tp);

HttpRequest listConsumerGroups(const Target &target);
HttpRequest consumerGroup(const Target &target, const QString &group);
HttpRequest listConsumers(const Target &target, const QString &group);
HttpRequest consumer(const Target &target, const QString &group, const QString &consumerId);
HttpRequest listAssignments(const Target &target, const QString &group, const QString &consumerId);
HttpRequest listLags(const Target &target, const QString &group);
HttpRequest partitionLag(const Target &target, const QString &group, const TopicPartition &tp);
HttpRequest lagSummary(const Target &target, const QString &group);

// One ProduceRecord as the v3 JSON object (without a trailing separator). `batchId` adds the
// records:batch "id". BadRequest for a STRING that is not UTF-8 or a JSON that is not JSON.
Result<QByteArray> encodeRecord(const ProduceRecord &record, DataTypes types, const QString &batchId = {});
// POST …/topics/{t}/records with one record → one delivery report (parseDeliveryReport).
// Types default to dataTypesOf(record). Never idempotent: a lost answer is outcome unknown.
Result<HttpRequest> produce(const Target &target, const ProduceRecord &record,
                            std::optional<DataTypes> types = std::nullopt);
// The same endpoint with the records concatenated in one body: the server answers one report
// per record in order (parseDeliveryReports). A client streaming over a chunked upload writes
// encodeRecord() objects one after the other to the same path instead.
Result<HttpRequest> produceStream(const Target &target, const QList<ProduceRecord> &records,
                                  std::optional<DataTypes> types = std::nullopt);
// POST …/records:batch: entries carry their index as id (batchEntryId) so parseBatchProduce
// restores request order. The server caps entries (10 by default): split larger sets.
Result<HttpRequest> produceBatch(const Target &target, const QList<ProduceRecord> &records,
                                 std::optional<DataTypes> types = std::nullopt);
QString batchEntryId(qsizetype index);
// The path of the records endpoint, for a streaming upload.
QString recordsPath(const Target &target, const QString &topic);

// The request that follows a collection's metadata.next link. The link is an absolute URL as the
// server sees itself (often an internal host name), so only its path from the base path on and
// its query are kept, and the connection's own URL is used. Protocol error for a link outside
// the base path.
Result<HttpRequest> nextPage(const Target &target, const QString &nextUrl);

} // namespace Gregor::ConfluentV3
