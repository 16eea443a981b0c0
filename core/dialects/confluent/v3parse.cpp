// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3parse.h"

#include "v3json.h"

#include <QHash>

using namespace Qt::StringLiterals;

// Clusters, brokers, topics, configs and partitions. Groups and lags are in v3groupparse.cpp,
// produce answers in v3produceparse.cpp.
namespace Gregor::ConfluentV3 {

using namespace Detail;

namespace {

Result<Cluster> readCluster(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"cluster", index));
    f.expectKind("KafkaCluster"_L1);
    Cluster cluster{f.string("cluster_id"_L1), f.linkedId("controller"_L1, "brokers"_L1)};
    if (f.ok() && cluster.id.isEmpty())
        f.fail(u"'cluster_id' is empty"_s);
    return done(f, std::move(cluster));
}

Result<Broker> readBroker(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"broker", index));
    f.expectKind("KafkaBroker"_L1);
    Broker broker;
    broker.id = f.intField("broker_id"_L1, 0);
    broker.host = f.optionalString("host"_L1);
    if (const auto port = f.optionalInteger("port"_L1, 0); port && *port > 65535)
        f.fail(u"'port' is above 65535"_s);
    else if (port)
        broker.port = int(*port);
    broker.rack = f.optionalString("rack"_L1);
    return done(f, std::move(broker));
}

Result<Topic> readTopic(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"topic", index));
    f.expectKind("KafkaTopic"_L1);
    Topic topic;
    topic.name = f.string("topic_name"_L1);
    if (f.ok() && topic.name.isEmpty())
        f.fail(u"'topic_name' is empty"_s);
    topic.partitionsCount = f.intField("partitions_count"_L1, 0);
    const auto replication = f.optionalInteger("replication_factor"_L1, 0);
    if (replication && *replication > 32767) // Kafka's replication factor is an int16
        f.fail(u"'replication_factor' is above 32767"_s);
    topic.replicationFactor = int(std::min<qint64>(replication.value_or(0), 32767));
    topic.isInternal = f.optionalBoolean("is_internal"_L1);
    for (const QJsonValue &operation : f.optionalArray("authorized_operations"_L1)) {
        if (!operation.isString())
            f.fail(u"an 'authorized_operations' entry is not text"_s);
        topic.authorizedOperations.append(operation.toString());
    }
    return done(f, std::move(topic));
}

ConfigSource configSource(const QString &name)
{
    static const QHash<QString, ConfigSource> sources{
        {u"DYNAMIC_TOPIC_CONFIG"_s, ConfigSource::DynamicTopic},
        {u"DYNAMIC_BROKER_CONFIG"_s, ConfigSource::DynamicBroker},
        {u"DYNAMIC_DEFAULT_BROKER_CONFIG"_s, ConfigSource::DynamicDefaultBroker},
        {u"STATIC_BROKER_CONFIG"_s, ConfigSource::StaticBroker},
        {u"DEFAULT_CONFIG"_s, ConfigSource::Default},
        {u"DYNAMIC_CLUSTER_LINK_CONFIG"_s, ConfigSource::DynamicClusterLink},
        {u"DYNAMIC_BROKER_LOGGER_CONFIG"_s, ConfigSource::DynamicBrokerLogger},
    };
    return sources.value(name, ConfigSource::Unknown);
}

Result<TopicConfig> readTopicConfig(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"config", index));
    f.expectKind("KafkaTopicConfig"_L1);
    TopicConfig config;
    config.topic = f.optionalString("topic_name"_L1);
    config.name = f.string("name"_L1);
    if (f.ok() && config.name.isEmpty())
        f.fail(u"'name' is empty"_s);
    config.value = f.optionalNullable("value"_L1); // null: sensitive or unset
    config.isDefault = f.boolean("is_default"_L1);
    config.isReadOnly = f.boolean("is_read_only"_L1);
    config.isSensitive = f.boolean("is_sensitive"_L1);
    config.source = configSource(f.optionalString("source"_L1));
    const QJsonArray synonyms = f.optionalArray("synonyms"_L1);
    for (qsizetype i = 0; i < synonyms.size() && f.ok(); ++i) {
        Fields s(synonyms[i], u"synonym %1 of config '%2'"_s.arg(i).arg(config.name));
        ConfigSynonym synonym{s.string("name"_L1), s.optionalNullable("value"_L1),
                              configSource(s.optionalString("source"_L1))};
        if (!s.ok())
            return std::unexpected(s.error());
        config.synonyms.append(std::move(synonym));
    }
    return done(f, std::move(config));
}

Result<PartitionInfo> readPartition(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"partition", index));
    f.expectKind("KafkaPartition"_L1);
    PartitionInfo partition;
    partition.partition = f.intField("partition_id"_L1, 0);
    partition.leader = f.linkedId("leader"_L1, "replicas"_L1); // no link: no leader right now
    return done(f, std::move(partition));
}

Result<ReplicaInfo> readReplica(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"replica", index));
    f.expectKind("KafkaReplica"_L1);
    ReplicaInfo replica;
    replica.broker = f.intField("broker_id"_L1, 0);
    replica.leader = f.boolean("is_leader"_L1);
    replica.inSync = f.boolean("is_in_sync"_L1);
    return done(f, replica);
}

} // namespace

Result<Page<Cluster>> parseClusters(const QByteArray &body)
{
    return readPage<Cluster>(body, "KafkaClusterList"_L1, readCluster);
}

Result<Cluster> parseCluster(const QByteArray &body)
{
    return readOne<Cluster>(body, readCluster);
}

Result<Page<Broker>> parseBrokers(const QByteArray &body)
{
    return readPage<Broker>(body, "KafkaBrokerList"_L1, readBroker,
                            [](const Broker &a, const Broker &b) { return a.id < b.id; });
}

Result<Broker> parseBroker(const QByteArray &body)
{
    return readOne<Broker>(body, readBroker);
}

Result<Page<Topic>> parseTopics(const QByteArray &body)
{
    return readPage<Topic>(body, "KafkaTopicList"_L1, readTopic,
                           [](const Topic &a, const Topic &b) { return a.name < b.name; });
}

Result<Topic> parseTopic(const QByteArray &body)
{
    return readOne<Topic>(body, readTopic);
}

Result<Page<TopicConfig>> parseTopicConfigs(const QByteArray &body)
{
    return readPage<TopicConfig>(body, "KafkaTopicConfigList"_L1, readTopicConfig);
}

Result<TopicConfig> parseTopicConfig(const QByteArray &body)
{
    return readOne<TopicConfig>(body, readTopicConfig);
}

Result<Page<PartitionInfo>> parsePartitions(const QByteArray &body)
{
    return readPage<PartitionInfo>(
        body, "KafkaPartitionList"_L1, readPartition,
        [](const PartitionInfo &a, const PartitionInfo &b) { return a.partition < b.partition; });
}

Result<PartitionInfo> parsePartition(const QByteArray &body)
{
    return readOne<PartitionInfo>(body, readPartition);
}

Result<Page<ReplicaInfo>> parseReplicas(const QByteArray &body)
{
    return readPage<ReplicaInfo>(
        body, "KafkaReplicaList"_L1, readReplica,
        [](const ReplicaInfo &a, const ReplicaInfo &b) { return a.broker < b.broker; });
}

Result<PartitionInfo> parsePartitionOffsets(const QByteArray &body)
{
    auto object = parseResource(body);
    if (!object)
        return std::unexpected(object.error());
    Fields f(*object, u"the partition offsets"_s);
    f.expectKind("KafkaPartitionWithOffsets"_L1);
    PartitionInfo partition;
    partition.partition = f.intField("partition_id"_L1, 0);
    partition.leader = f.linkedId("leader"_L1, "replicas"_L1);
    const qint64 earliest = f.integer("earliest_offset"_L1, 0);
    const qint64 latest = f.integer("latest_offset"_L1, 0);
    if (f.ok() && latest < earliest)
        f.fail(u"'latest_offset' is before 'earliest_offset'"_s);
    partition.beginningOffset = earliest;
    partition.endOffset = latest;
    return done(f, std::move(partition));
}

} // namespace Gregor::ConfluentV3
