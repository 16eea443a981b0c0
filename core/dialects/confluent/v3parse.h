// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/consumers.h"
#include "core/api/groups.h"
#include "core/api/produce.h"
#include "core/api/result.h"
#include "core/api/topicconfig.h"
#include "core/api/topics.h"

#include <QByteArrayView>
#include <QHash>
#include <QStringList>

// Confluent REST v3 answers (api-spec §3) as values. Pure, total functions: any bytes give a
// value or a Protocol ApiError naming what was wrong; tested and fuzzed. HTTP error bodies
// ({"error_code","message"}, and the 429 that Jetty answers as text/html) are
// ApiError::fromHttp's job, not these parsers'.
namespace Gregor::ConfluentV3 {

// One page of a collection. `next` is metadata.next, the absolute URL of the following page
// (empty on the last one); nextPage() in v3requests.h turns it into the request to follow it.
template<typename T>
struct Page
{
    QList<T> items;
    QString next;
    bool hasNext() const { return !next.isEmpty(); }
    friend bool operator==(const Page &, const Page &) = default;
};

struct Cluster
{
    QString id;
    std::optional<int> controller; // broker id, where the server links it
    friend bool operator==(const Cluster &, const Cluster &) = default;
};

struct Broker
{
    int id = -1;
    QString host; // empty when the server does not say
    std::optional<int> port;
    QString rack;
    BrokerInfo info() const { return BrokerInfo{id}; }
    friend bool operator==(const Broker &, const Broker &) = default;
};

struct Topic
{
    QString name;
    int partitionsCount = 0;
    int replicationFactor = 0;
    bool isInternal = false;          // __consumer_offsets and friends
    QStringList authorizedOperations; // only when asked for (include_authorized_operations)
    TopicInfo info() const { return TopicInfo{name, partitionsCount}; }
    friend bool operator==(const Topic &, const Topic &) = default;
};

// GET /clusters → KafkaClusterList (a standalone REST Proxy knows exactly one cluster).
Result<Page<Cluster>> parseClusters(const QByteArray &body);
// GET /clusters/{c} → KafkaCluster.
Result<Cluster> parseCluster(const QByteArray &body);
// GET …/brokers → KafkaBrokerList, by id.
Result<Page<Broker>> parseBrokers(const QByteArray &body);
Result<Broker> parseBroker(const QByteArray &body);
// GET …/topics → KafkaTopicList, by name. POST (create), GET and PATCH …/topics/{t} answer
// one KafkaTopic.
Result<Page<Topic>> parseTopics(const QByteArray &body);
Result<Topic> parseTopic(const QByteArray &body);
// GET …/topics/{t}/configs (and topics/-/configs) → KafkaTopicConfigList, in the server's order.
Result<Page<TopicConfig>> parseTopicConfigs(const QByteArray &body);
Result<TopicConfig> parseTopicConfig(const QByteArray &body);
// GET …/partitions → KafkaPartitionList, by partition; the leader comes from its replica link.
// Replicas and offsets are separate calls (parseReplicas, parsePartitionOffsets).
Result<Page<PartitionInfo>> parsePartitions(const QByteArray &body);
Result<PartitionInfo> parsePartition(const QByteArray &body);
// GET …/partitions/{p}/replicas → KafkaReplicaList, by broker.
Result<Page<ReplicaInfo>> parseReplicas(const QByteArray &body);
// GET …/partitions/{p}/offset → KafkaPartitionWithOffsets: the partition with beginningOffset
// (earliest_offset) and endOffset (latest_offset, the next offset to be written) set.
Result<PartitionInfo> parsePartitionOffsets(const QByteArray &body);

// GET …/consumer-groups → KafkaConsumerGroupList, by group id; …/{g} → one KafkaConsumerGroup.
Result<Page<GroupDescription>> parseConsumerGroups(const QByteArray &body);
Result<GroupDescription> parseConsumerGroup(const QByteArray &body);
// GET …/consumer-groups/{g}/consumers → KafkaConsumerList, by consumer id.
Result<Page<GroupMember>> parseConsumers(const QByteArray &body);
Result<GroupMember> parseConsumer(const QByteArray &body);
// GET …/consumers/{id}/assignments → KafkaConsumerAssignmentList, by topic and partition.
Result<Page<TopicPartition>> parseAssignments(const QByteArray &body);
// GET …/consumer-groups/{g}/lags → KafkaConsumerLagList, by topic and partition; one
// KafkaConsumerLag for …/lags/{t}/partitions/{p}.
Result<Page<ConsumerLag>> parseLags(const QByteArray &body);
Result<ConsumerLag> parseLag(const QByteArray &body);
// GET …/consumer-groups/{g}/lag-summary → KafkaConsumerGroupLagSummary.
Result<ConsumerLagSummary> parseLagSummary(const QByteArray &body);
// A group with its members and what each is assigned, for the groups view (ConsumerGroupInfo
// names instances by consumer id).
ConsumerGroupInfo groupInfo(const QString &group, const QList<GroupMember> &members,
                            const QList<QList<TopicPartition>> &assignments);

// The server's lag rows as the inputs of the lag view's makeSnapshot() (core/lag/groupsnapshot.h):
// committed offsets (-1 where none), log end offsets, and the members named by the rows with
// the partitions they hold, by consumer id. Members holding no partition are not in the rows:
// take them from parseConsumers() when the view needs them.
struct LagInputs
{
    QList<PartitionOffset> committed;
    QHash<TopicPartition, qint64> ends;
    QList<ConsumerInstanceInfo> instances;
    friend bool operator==(const LagInputs &, const LagInputs &) = default;
};
LagInputs lagInputs(const QList<ConsumerLag> &lags);

// POST …/topics/{t}/records with one record → one delivery report. error_code 200 is success;
// any other code is that record's failure (ProduceResult::error), not a failed answer.
Result<ProduceResult> parseDeliveryReport(const QByteArray &body, const QString &topic);
// The same endpoint streamed: concatenated reports, one per record in order. Exactly
// expectedCount results: records the answer stops before reporting (cut off, or followed by
// bytes that are no report) get an outcome-unknown error of their own. The whole answer fails
// only when not one report could be read, or when there are more reports than records.
Result<QList<ProduceResult>> parseDeliveryReports(const QByteArray &body, const QString &topic,
                                                  qsizetype expectedCount);
// POST …/records:batch (207) → {successes:[{id…}], failures:[{id, error_code, message}]}: one
// result per entry in request order (ids as produceBatch() in v3requests.h numbers them);
// entries the answer leaves out get an outcome-unknown error.
Result<QList<ProduceResult>> parseBatchProduce(const QByteArray &body, const QString &topic,
                                               qsizetype expectedCount);

// Reads a streamed produce answer as it arrives (readyRead): feed() each chunk and get the
// reports it completed, in order. Bytes that cannot begin or continue a report stop the reader:
// error() is then set and later chunks are ignored. Holds only the unfinished report.
class DeliveryReportReader
{
public:
    explicit DeliveryReportReader(QString topic);
    QList<ProduceResult> feed(QByteArrayView chunk);
    qsizetype reportsRead() const { return m_reportsRead; }
    bool midReport() const { return !m_pending.isEmpty(); } // an unfinished report is buffered
    const std::optional<ApiError> &error() const { return m_error; }

private:
    QString m_topic;
    QByteArray m_pending;
    qsizetype m_reportsRead = 0;
    std::optional<ApiError> m_error;
};

// Where the next complete top-level JSON object of a concatenated stream ends (one past its
// closing brace), 0 while it is incomplete, -1 when the bytes cannot start an object.
// Whitespace before the object is part of it.
qsizetype endOfFirstObject(QByteArrayView stream);

} // namespace Gregor::ConfluentV3
