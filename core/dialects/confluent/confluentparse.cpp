// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentparse.h"

#include "core/dialects/common/jsonread.h"
#include "recordscanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor::Confluent {

template<typename T>
static Result<T> fail(const QString &what)
{
    return std::unexpected(Json::protocolError(what));
}

Result<QList<TopicInfo>> parseTopicNames(const QByteArray &body)
{
    const auto array = Json::parseArray(body);
    if (!array)
        return std::unexpected(array.error());
    QList<TopicInfo> topics;
    topics.reserve(array->size());
    for (const QJsonValue &name : *array) {
        if (!name.isString())
            return fail<QList<TopicInfo>>(u"topic %1 is not a name"_s.arg(topics.size()));
        topics.append({name.toString(), 0});
    }
    std::sort(topics.begin(), topics.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return topics;
}

static std::optional<PartitionInfo> readPartition(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    PartitionInfo info;
    const auto partition = Json::intAtLeast(object.value("partition"_L1), 0);
    if (!partition)
        return std::nullopt;
    info.partition = *partition;
    const QJsonValue leader = object.value("leader"_L1);
    if (!Json::missing(leader)) {
        const auto id = Json::intAtLeast(leader, -1);
        if (!id)
            return std::nullopt;
        if (*id >= 0) // -1: no leader right now
            info.leader = *id;
    }
    const QJsonValue replicas = object.value("replicas"_L1);
    if (!Json::missing(replicas) && !replicas.isArray())
        return std::nullopt;
    for (const QJsonValue &replicaValue : replicas.toArray()) {
        const QJsonObject replica = replicaValue.toObject();
        const auto broker = Json::intAtLeast(replica.value("broker"_L1), 0);
        if (!replicaValue.isObject() || !broker)
            return std::nullopt;
        info.replicas.append(
            {*broker, replica.value("leader"_L1).toBool(), replica.value("in_sync"_L1).toBool()});
    }
    return info;
}

static Result<QList<PartitionInfo>> readPartitions(const QJsonValue &value)
{
    if (!value.isArray())
        return fail<QList<PartitionInfo>>(u"partitions is not a list"_s);
    QList<PartitionInfo> partitions;
    for (const QJsonValue &item : value.toArray()) {
        auto partition = readPartition(item);
        if (!partition)
            return fail<QList<PartitionInfo>>(u"partition entry %1 is malformed"_s.arg(partitions.size()));
        partitions.append(std::move(*partition));
    }
    std::sort(partitions.begin(), partitions.end(),
              [](const auto &a, const auto &b) { return a.partition < b.partition; });
    return partitions;
}

Result<TopicDetails> parseTopic(const QByteArray &body)
{
    const auto object = Json::parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    TopicDetails details;
    if (!object->value("name"_L1).isString())
        return fail<TopicDetails>(u"topic has no name"_s);
    details.name = object->value("name"_L1).toString();
    const QJsonValue configs = object->value("configs"_L1);
    if (!Json::missing(configs) && !configs.isObject())
        return fail<TopicDetails>(u"configs is not an object"_s);
    const QJsonObject configObject = configs.toObject();
    for (auto it = configObject.begin(); it != configObject.end(); ++it)
        details.configs.insert(it.key(), it.value().isString() ? it.value().toString()
                                                               : it.value().toVariant().toString());
    auto partitions = readPartitions(object->value("partitions"_L1));
    if (!partitions)
        return std::unexpected(partitions.error());
    details.partitions = std::move(*partitions);
    return details;
}

Result<QList<PartitionInfo>> parsePartitions(const QByteArray &body)
{
    const auto doc = Json::parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    return readPartitions(doc->isArray() ? QJsonValue(doc->array()) : QJsonValue());
}

Result<std::pair<qint64, qint64>> parsePartitionOffsets(const QByteArray &body)
{
    const auto object = Json::parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    const auto beginning = Json::integer(object->value("beginning_offset"_L1));
    const auto end = Json::integer(object->value("end_offset"_L1));
    if (!beginning || !end || *beginning < 0 || *end < *beginning)
        return fail<std::pair<qint64, qint64>>(
            u"partition offsets are not {beginning_offset <= end_offset}"_s);
    return std::pair{*beginning, *end};
}

Result<QList<BrokerInfo>> parseBrokers(const QByteArray &body)
{
    const auto doc = Json::parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    const QJsonValue list = doc->isObject() ? doc->object().value("brokers"_L1) : QJsonValue(doc->array());
    if (!list.isArray())
        return fail<QList<BrokerInfo>>(u"expected {\"brokers\": [ids]}"_s);
    QList<BrokerInfo> brokers;
    for (const QJsonValue &id : list.toArray()) {
        const auto broker = Json::intAtLeast(id, 0);
        if (!broker)
            return fail<QList<BrokerInfo>>(u"broker %1 is not an id"_s.arg(brokers.size()));
        brokers.append(BrokerInfo{*broker});
    }
    return brokers;
}

Result<QList<ProduceResult>> parseProduce(const QByteArray &body, const QString &topic,
                                          qsizetype expectedCount)
{
    const auto object = Json::parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    const QJsonValue offsets = object->value("offsets"_L1);
    if (!offsets.isArray())
        return fail<QList<ProduceResult>>(u"produce answer has no offsets list"_s);
    const QJsonArray array = offsets.toArray();
    if (array.size() != expectedCount)
        return fail<QList<ProduceResult>>(
            u"expected %1 produce results, got %2"_s.arg(expectedCount).arg(array.size()));
    QList<ProduceResult> results;
    results.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject entry = item.toObject();
        ProduceResult result;
        result.topic = topic;
        const QJsonValue code = entry.value("error_code"_L1);
        if (!item.isObject())
            return fail<QList<ProduceResult>>(u"produce result %1 is not an object"_s.arg(results.size()));
        if (!Json::missing(code)) {
            result.error = ApiError::fromServerCode(int(Json::integer(code).value_or(50002)),
                                                    entry.value("error"_L1).toString());
        } else {
            const auto partition = Json::intAtLeast(entry.value("partition"_L1), 0);
            const auto offset = Json::integer(entry.value("offset"_L1));
            if (!partition || !offset || *offset < 0)
                return fail<QList<ProduceResult>>(
                    u"produce result %1 has neither an offset nor an error"_s.arg(results.size()));
            result.partition = *partition;
            result.offset = *offset;
        }
        results.append(std::move(result));
    }
    return results;
}

Result<QList<Record>> parseRecords(const QByteArray &body, const QString &defaultTopic)
{
    if (auto fast = scanBinaryRecords(body, defaultTopic))
        return std::move(*fast);
    return parseRecordsGeneral(body, defaultTopic);
}

Result<QList<Record>> parseRecordsGeneral(const QByteArray &body, const QString &defaultTopic)
{
    const auto array = Json::parseArray(body);
    if (!array)
        return std::unexpected(array.error());
    QList<Record> records;
    records.reserve(array->size());
    QString lastTopic = defaultTopic;
    for (const QJsonValue &item : *array) {
        // Built only on failure: formatting per record would cost more than parsing it.
        const auto where = [&records] { return u"record %1"_s.arg(records.size()); };
        if (!item.isObject())
            return fail<QList<Record>>(where() + u": not an object"_s);
        const QJsonObject object = item.toObject();
        Record record;
        const QJsonValue topic = object.value("topic"_L1);
        if (topic.isString()) {
            QString name = topic.toString();
            record.topic = name == lastTopic ? lastTopic : (lastTopic = std::move(name));
        } else if (Json::missing(topic) && !defaultTopic.isEmpty()) {
            record.topic = defaultTopic;
        } else {
            return fail<QList<Record>>(where() + u": no topic"_s);
        }
        const auto partition = Json::intAtLeast(object.value("partition"_L1), 0);
        const auto offset = Json::integer(object.value("offset"_L1));
        if (!partition || !offset || *offset < 0)
            return fail<QList<Record>>(where() + u": partition or offset missing or not a number"_s);
        record.partition = *partition;
        record.offset = *offset;
        const QJsonValue keyValue = object.value("key"_L1);
        const QJsonValue valueValue = object.value("value"_L1);
        auto key = Json::base64(keyValue);
        auto value = Json::base64(valueValue);
        if (!key || !value)
            return fail<QList<Record>>(where() + u": key or value is not base64"_s);
        record.key = std::move(*key);
        record.value = std::move(*value);
        // Karapace adds a timestamp; Confluent v2 has none. Only look when there are keys beyond the
        // known ones: a lookup that misses scans the whole object, per record.
        const qsizetype known = 2 + (topic.isUndefined() ? 0 : 1) + (keyValue.isUndefined() ? 0 : 1) +
                                (valueValue.isUndefined() ? 0 : 1);
        if (object.size() > known) {
            if (const auto ts = Json::integer(object.value("timestamp"_L1)))
                record.timestampMs = *ts;
        }
        records.append(std::move(record));
    }
    return records;
}

Result<ConsumerInstance> parseConsumerInstance(const QByteArray &body)
{
    const auto object = Json::parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    const QJsonValue id = object->value("instance_id"_L1);
    if (!id.isString() || id.toString().isEmpty())
        return fail<ConsumerInstance>(u"consumer answer has no instance_id"_s);
    return ConsumerInstance{id.toString(), object->value("base_uri"_L1).toString()};
}

Result<QList<PartitionOffset>> parseCommittedOffsets(const QByteArray &body)
{
    const auto object = Json::parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    const QJsonValue offsets = object->value("offsets"_L1);
    if (!offsets.isArray())
        return fail<QList<PartitionOffset>>(u"expected {\"offsets\": [...]}"_s);
    QList<PartitionOffset> result;
    for (const QJsonValue &item : offsets.toArray()) {
        const QJsonObject entry = item.toObject();
        const auto partition = Json::intAtLeast(entry.value("partition"_L1), 0);
        const auto offset = Json::integer(entry.value("offset"_L1));
        if (!item.isObject() || !entry.value("topic"_L1).isString() || !partition || !offset || *offset < -1)
            return fail<QList<PartitionOffset>>(
                u"committed offset %1 is not {topic, partition, offset}"_s.arg(result.size()));
        result.append({{entry.value("topic"_L1).toString(), *partition}, *offset});
    }
    return result;
}

} // namespace Gregor::Confluent
