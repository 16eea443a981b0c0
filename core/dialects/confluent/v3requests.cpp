// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3requests.h"

#include "core/dialects/common/jsonread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gregor::ConfluentV3 {

using Json::segment;

namespace {

constexpr QByteArrayView JsonType = "application/json";

QString basePathOf(const QString &configured)
{
    QString path = configured;
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.isEmpty() && !path.startsWith(u'/'))
        path.prepend(u'/');
    return path;
}

QString clusterPath(const Target &target)
{
    return basePathOf(target.basePath) + u"/clusters/"_s + segment(target.clusterId);
}

QString topicPath(const Target &target, const QString &topic)
{
    return clusterPath(target) + u"/topics/"_s + segment(topic);
}

QString partitionPath(const Target &target, const TopicPartition &tp)
{
    return topicPath(target, tp.topic) + u"/partitions/"_s + QString::number(tp.partition);
}

QString groupPath(const Target &target, const QString &group)
{
    return clusterPath(target) + u"/consumer-groups/"_s + segment(group);
}

HttpRequest get(const QString &path)
{
    HttpRequest r;
    r.path = path;
    r.headers = {{"Accept"_ba, JsonType.toByteArray()}};
    return r;
}

// A request that changes the cluster. `repeatable`: sending it twice leaves the same state and
// gets the same answer, so the transport may retry it.
HttpRequest change(const QByteArray &method, const QString &path, const QByteArray &body, bool repeatable)
{
    HttpRequest r = get(path);
    r.method = method;
    if (!body.isEmpty()) {
        r.headers.append({"Content-Type"_ba, JsonType.toByteArray()});
        r.body = body;
    }
    r.idempotent = repeatable;
    r.writes = true;
    return r;
}

std::unexpected<ApiError> refuse(const QString &sentence)
{
    return std::unexpected(ApiError::make(ErrorKind::BadRequest, sentence));
}

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

DataTypes dataTypesOf(const ProduceRecord &record)
{
    const DataType type = record.format == EmbeddedFormat::Json ? DataType::Json : DataType::Binary;
    return {type, type};
}

HttpRequest listClusters(const QString &basePath)
{
    return get(basePathOf(basePath) + u"/clusters"_s);
}

HttpRequest cluster(const Target &target)
{
    return get(clusterPath(target));
}

HttpRequest listBrokers(const Target &target)
{
    return get(clusterPath(target) + u"/brokers"_s);
}

HttpRequest broker(const Target &target, int brokerId)
{
    return get(clusterPath(target) + u"/brokers/"_s + QString::number(brokerId));
}

HttpRequest listTopics(const Target &target, bool includeAuthorizedOperations)
{
    HttpRequest r = get(clusterPath(target) + u"/topics"_s);
    if (includeAuthorizedOperations) // camelCase on the list, snake_case on one topic (§3.2)
        r.query.addQueryItem(u"includeAuthorizedOperations"_s, u"true"_s);
    return r;
}

HttpRequest topic(const Target &target, const QString &topic, bool includeAuthorizedOperations)
{
    HttpRequest r = get(topicPath(target, topic));
    if (includeAuthorizedOperations)
        r.query.addQueryItem(u"include_authorized_operations"_s, u"true"_s);
    return r;
}

Result<HttpRequest> createTopic(const Target &target, const NewTopic &topic)
{
    if (topic.name.isEmpty())
        return refuse(QCoreApplication::translate("Gregor::Confluent", "A new topic needs a name."));
    if (topic.partitionsCount.value_or(1) < 1 || topic.replicationFactor.value_or(1) < 1)
        return refuse(QCoreApplication::translate("Gregor::Confluent",
                                                  "A topic needs at least one partition and one replica."));
    if (!topic.replicasAssignments.isEmpty() && (topic.partitionsCount || topic.replicationFactor))
        return refuse(QCoreApplication::translate(
            "Gregor::Confluent",
            "Give either partition and replica counts or a replica assignment, not both."));
    QJsonObject body{{u"topic_name"_s, topic.name}};
    if (topic.partitionsCount)
        body.insert(u"partitions_count"_s, *topic.partitionsCount);
    if (topic.replicationFactor)
        body.insert(u"replication_factor"_s, *topic.replicationFactor);
    if (!topic.replicasAssignments.isEmpty()) {
        QJsonObject assignments;
        for (auto it = topic.replicasAssignments.begin(); it != topic.replicasAssignments.end(); ++it) {
            if (it.key() < 0 || it.value().isEmpty())
                return refuse(QCoreApplication::translate(
                    "Gregor::Confluent",
                    "Each assigned partition needs a number of 0 or more and at least one broker."));
            QJsonArray brokers;
            for (int id : it.value())
                brokers.append(id);
            assignments.insert(QString::number(it.key()), brokers);
        }
        body.insert(u"replicas_assignments"_s, assignments);
    }
    if (!topic.configs.isEmpty()) {
        QJsonArray configs;
        for (const auto &[name, value] : topic.configs)
            configs.append(QJsonObject{{u"name"_s, name}, {u"value"_s, nullable(value)}});
        body.insert(u"configs"_s, configs);
    }
    if (topic.validateOnly) // a dry run changes nothing: allowed on a read-only connection
        body.insert(u"validate_only"_s, true);
    HttpRequest r =
        change("POST", clusterPath(target) + u"/topics"_s, Json::compact(body), topic.validateOnly);
    r.writes = !topic.validateOnly;
    return r;
}

HttpRequest deleteTopic(const Target &target, const QString &topic)
{
    return change("DELETE", topicPath(target, topic), {}, false); // a repeat answers 404
}

Result<HttpRequest> setPartitionCount(const Target &target, const QString &topic, int partitionsCount)
{
    if (partitionsCount < 1)
        return refuse(
            QCoreApplication::translate("Gregor::Confluent", "A topic needs at least one partition."));
    // A repeat answers 400 "already has N partitions": not repeatable.
    return change("PATCH", topicPath(target, topic),
                  Json::compact(QJsonObject{{u"partitions_count"_s, partitionsCount}}), false);
}

HttpRequest listTopicConfigs(const Target &target, const QString &topic)
{
    return get(topicPath(target, topic) + u"/configs"_s);
}

HttpRequest listAllTopicConfigs(const Target &target)
{
    return get(clusterPath(target) + u"/topics/-/configs"_s);
}

HttpRequest topicConfig(const Target &target, const QString &topic, const QString &name)
{
    return get(topicPath(target, topic) + u"/configs/"_s + segment(name));
}

HttpRequest setTopicConfig(const Target &target, const QString &topic, const QString &name,
                           const std::optional<QString> &value)
{
    return change("PUT", topicPath(target, topic) + u"/configs/"_s + segment(name),
                  Json::compact(QJsonObject{{u"value"_s, nullable(value)}}), true);
}

HttpRequest resetTopicConfig(const Target &target, const QString &topic, const QString &name)
{
    return change("DELETE", topicPath(target, topic) + u"/configs/"_s + segment(name), {}, true);
}

Result<HttpRequest> alterTopicConfigs(const Target &target, const QString &topic,
                                      const QList<ConfigChange> &changes, bool validateOnly)
{
    if (changes.isEmpty())
        return refuse(QCoreApplication::translate("Gregor::Confluent", "There is no config change to send."));
    QJsonArray data;
    for (const ConfigChange &c : changes) {
        if (c.name.isEmpty())
            return refuse(QCoreApplication::translate("Gregor::Confluent",
                                                      "Every config change needs the config's name."));
        if (c.operation == ConfigChange::Operation::Reset)
            data.append(QJsonObject{{u"name"_s, c.name}, {u"operation"_s, u"DELETE"_s}});
        else
            data.append(QJsonObject{{u"name"_s, c.name}, {u"value"_s, nullable(c.value)}});
    }
    QJsonObject body{{u"data"_s, data}};
    if (validateOnly)
        body.insert(u"validate_only"_s, true);
    HttpRequest r = change("POST", topicPath(target, topic) + u"/configs:alter"_s, Json::compact(body), true);
    r.writes = !validateOnly;
    return r;
}

HttpRequest listPartitions(const Target &target, const QString &topic)
{
    return get(topicPath(target, topic) + u"/partitions"_s);
}

HttpRequest partition(const Target &target, const TopicPartition &tp)
{
    return get(partitionPath(target, tp));
}

HttpRequest partitionOffsets(const Target &target, const TopicPartition &tp)
{
    return get(partitionPath(target, tp) + u"/offset"_s);
}

HttpRequest listReplicas(const Target &target, const TopicPartition &tp)
{
    return get(partitionPath(target, tp) + u"/replicas"_s);
}

HttpRequest listConsumerGroups(const Target &target)
{
    return get(clusterPath(target) + u"/consumer-groups"_s);
}

HttpRequest consumerGroup(const Target &target, const QString &group)
{
    return get(groupPath(target, group));
}

HttpRequest listConsumers(const Target &target, const QString &group)
{
    return get(groupPath(target, group) + u"/consumers"_s);
}

HttpRequest consumer(const Target &target, const QString &group, const QString &consumerId)
{
    return get(groupPath(target, group) + u"/consumers/"_s + segment(consumerId));
}

HttpRequest listAssignments(const Target &target, const QString &group, const QString &consumerId)
{
    return get(groupPath(target, group) + u"/consumers/"_s + segment(consumerId) + u"/assignments"_s);
}

HttpRequest listLags(const Target &target, const QString &group)
{
    return get(groupPath(target, group) + u"/lags"_s);
}

HttpRequest partitionLag(const Target &target, const QString &group, const TopicPartition &tp)
{
    return get(groupPath(target, group) + u"/lags/"_s + segment(tp.topic) + u"/partitions/"_s +
               QString::number(tp.partition));
}

HttpRequest lagSummary(const Target &target, const QString &group)
{
    return get(groupPath(target, group) + u"/lag-summary"_s);
}

QString recordsPath(const Target &target, const QString &topic)
{
    return topicPath(target, topic) + u"/records"_s;
}

Result<HttpRequest> nextPage(const Target &target, const QString &nextUrl)
{
    const QUrl url(nextUrl, QUrl::StrictMode);
    const QString path = url.path(QUrl::FullyEncoded);
    const QString base = basePathOf(target.basePath) + u"/clusters"_s;
    const qsizetype at = url.isValid() ? path.indexOf(base) : -1;
    if (at < 0) {
        ApiError error =
            Json::protocolError(u"the next-page link '%1' is not under '%2'"_s.arg(nextUrl, base));
        return std::unexpected(error);
    }
    HttpRequest r = get(path.mid(at));
    r.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    return r;
}

} // namespace Gregor::ConfluentV3
