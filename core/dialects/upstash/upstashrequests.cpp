// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstashrequests.h"

#include <QCoreApplication>

#include "core/dialects/common/jsonread.h"
#include "core/dialects/common/partitionbatches.h"

using namespace Qt::StringLiterals;

namespace Gregor::Upstash {

using Json::segment;

static HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                               bool idempotent)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.headers = {{"Accept"_ba, "application/json"_ba}};
    if (!body.isEmpty())
        request.headers.append({"Content-Type"_ba, "application/json"_ba});
    request.body = body;
    request.idempotent = idempotent;
    return request;
}

HttpRequest listTopics()
{
    return jsonRequest("GET", u"/topics"_s, {}, true);
}

HttpRequest listConsumers()
{
    return jsonRequest("GET", u"/consumers"_s, {}, true);
}

static bool isText(const QByteArray &bytes)
{
    return QUtf8StringView(bytes).isValidUtf8();
}

Result<HttpRequest> produce(const QList<ProduceRecord> &records)
{
    // Written directly: a bulk run sends 500 records a request, and a QJsonObject per record
    // cost more than the rest of the client's work on it.
    QByteArray body;
    qsizetype estimate = 2;
    for (const ProduceRecord &record : records)
        estimate += record.key.size() + record.value.size() + record.topic.size() + 64;
    body.reserve(estimate);
    body += '[';
    QString lastTopic; // a batch is one topic as a rule: written once, copied after
    QByteArray topicJson;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ProduceRecord &record = records[i];
        bool text = isText(record.key) && isText(record.value);
        for (const RecordHeader &header : record.headers)
            text = text && isText(header.value);
        if (!text)
            return std::unexpected(ApiError::make(
                ErrorKind::Unsupported,
                QCoreApplication::translate("Gregor::Upstash",
                                            "Upstash carries keys, values and headers as text "
                                            "only: this record has bytes that are not UTF-8.")));
        if (i)
            body += ',';
        if (i == 0 || record.topic != lastTopic) {
            lastTopic = record.topic;
            topicJson.clear();
            Json::appendString(topicJson, record.topic.toUtf8());
        }
        body += R"({"topic":)";
        body += topicJson;
        body += R"(,"value":)";
        Json::appendString(body, record.value);
        if (!record.key.isNull()) {
            body += R"(,"key":)";
            Json::appendString(body, record.key);
        }
        if (record.partition)
            body += R"(,"partition":)" + QByteArray::number(*record.partition);
        if (record.timestampMs)
            body += R"(,"timestamp":)" + QByteArray::number(*record.timestampMs);
        if (!record.headers.isEmpty()) {
            body += R"(,"headers":[)";
            for (qsizetype h = 0; h < record.headers.size(); ++h) {
                if (h)
                    body += ',';
                body += R"({"key":)";
                Json::appendString(body, record.headers[h].key.toUtf8());
                body += R"(,"value":)";
                Json::appendString(body, record.headers[h].value);
                body += '}';
            }
            body += ']';
        }
        body += '}';
    }
    body += ']';
    HttpRequest request = jsonRequest("POST", u"/produce"_s, body, false);
    request.writes = true;
    return request;
}

HttpRequest fetch(const TopicPartition &tp, qint64 offset, int waitMs)
{
    const QJsonObject body{{u"topic"_s, tp.topic},
                           {u"partition"_s, tp.partition},
                           {u"offset"_s, offset},
                           {u"timeout"_s, waitMs}};
    HttpRequest request = jsonRequest("POST", u"/fetch"_s, Json::compact(body), true);
    request.extraTimeoutMs = waitMs;
    return request;
}

static QString offsetSpecSegment(OffsetSpec spec)
{
    switch (spec.kind) {
    case OffsetSpec::Kind::Earliest:
        return u"earliest"_s;
    case OffsetSpec::Kind::Latest:
        return u"latest"_s;
    case OffsetSpec::Kind::Timestamp:
    case OffsetSpec::Kind::Offset:
        break;
    }
    return QString::number(spec.value);
}

HttpRequest offsets(const QList<TopicPartition> &partitions, OffsetSpec spec)
{
    return jsonRequest("POST", u"/offsets/"_s + offsetSpecSegment(spec), partitionListJson(partitions), true);
}

HttpRequest committed(const QString &group, const QString &instance, const QList<TopicPartition> &partitions)
{
    return jsonRequest("POST", u"/committed/%1/%2"_s.arg(segment(group), segment(instance)),
                       partitionListJson(partitions), true);
}

static QByteArray resetName(ConsumerConfig::Reset reset)
{
    switch (reset) {
    case ConsumerConfig::Reset::Earliest:
        return "earliest";
    case ConsumerConfig::Reset::Latest:
        return "latest";
    case ConsumerConfig::Reset::None:
        return "none";
    }
    return "latest";
}

HttpRequest consume(const ConsumerConfig &config, const QString &instance, int waitMs)
{
    QJsonObject body{{u"timeout"_s, waitMs}};
    if (config.topics.size() == 1)
        body.insert(u"topic"_s, config.topics.first());
    else
        body.insert(u"topics"_s, QJsonArray::fromStringList(config.topics));
    // Taking records moves the instance's position: a lost answer must not be asked for again.
    HttpRequest request =
        jsonRequest("POST", u"/consume/%1/%2"_s.arg(segment(config.group), segment(instance)),
                    Json::compact(body), false);
    request.headers.append({"Kafka-Enable-Auto-Commit"_ba, config.autoCommit ? "true"_ba : "false"_ba});
    request.headers.append(
        {"Kafka-Auto-Commit-Interval"_ba, QByteArray::number(config.autoCommitIntervalMs)});
    request.headers.append({"Kafka-Auto-Offset-Reset"_ba, resetName(config.autoOffsetReset)});
    if (config.sessionTimeoutMs > 0)
        request.headers.append({"Kafka-Session-Timeout-Ms"_ba, QByteArray::number(config.sessionTimeoutMs)});
    request.extraTimeoutMs = waitMs;
    return request;
}

HttpRequest commit(const QString &group, const QString &instance, const QList<PartitionOffset> &nextOffsets)
{
    QByteArray body;
    if (!nextOffsets.isEmpty()) {
        QJsonArray array;
        for (const PartitionOffset &po : nextOffsets)
            array.append(QJsonObject{
                {u"topic"_s, po.tp.topic}, {u"partition"_s, po.tp.partition}, {u"offset"_s, po.offset}});
        body = Json::compact(array);
    }
    HttpRequest request =
        jsonRequest("POST", u"/commit/%1/%2"_s.arg(segment(group), segment(instance)), body, false);
    request.writes = true;
    return request;
}

HttpRequest deleteConsumer(const QString &group, const QString &instance)
{
    return jsonRequest("POST", u"/delete-consumer/%1/%2"_s.arg(segment(group), segment(instance)), {}, false);
}

} // namespace Gregor::Upstash
