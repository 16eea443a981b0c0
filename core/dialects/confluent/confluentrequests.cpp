// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentrequests.h"

#include "core/dialects/common/jsonread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Gregor::Confluent {

using Json::segment;

QByteArray controlType(Version version)
{
    return version == Version::V2 ? "application/vnd.kafka.v2+json"_ba : "application/vnd.kafka.v1+json"_ba;
}

QByteArray binaryType(Version version)
{
    return version == Version::V2 ? "application/vnd.kafka.binary.v2+json"_ba
                                  : "application/vnd.kafka.binary.v1+json"_ba;
}

static HttpRequest request(const QByteArray &method, const QString &path, const QByteArray &accept,
                           const QByteArray &contentType = {}, const QByteArray &body = {},
                           bool idempotent = true)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.headers = {{"Accept"_ba, accept}};
    if (!contentType.isEmpty())
        r.headers.append({"Content-Type"_ba, contentType});
    r.body = body;
    r.idempotent = idempotent;
    return r;
}

static QJsonArray partitionList(const QList<TopicPartition> &partitions)
{
    QJsonArray array;
    for (const TopicPartition &tp : partitions)
        array.append(QJsonObject{{u"topic"_s, tp.topic}, {u"partition"_s, tp.partition}});
    return array;
}

HttpRequest listTopics(Version version)
{
    return request("GET", u"/topics"_s, controlType(version));
}

HttpRequest topic(Version version, const QString &topic)
{
    return request("GET", u"/topics/"_s + segment(topic), controlType(version));
}

HttpRequest partitionOffsets(Version version, const TopicPartition &tp)
{
    return request("GET", u"/topics/%1/partitions/%2/offsets"_s.arg(segment(tp.topic)).arg(tp.partition),
                   controlType(version));
}

HttpRequest brokers(Version version)
{
    return request("GET", u"/brokers"_s, controlType(version));
}

QByteArray jsonType(Version version)
{
    return version == Version::V2 ? "application/vnd.kafka.json.v2+json"_ba
                                  : "application/vnd.kafka.json.v1+json"_ba;
}

// The text as one JSON value, for the json embedded format: written into the body as it is, so
// key order and number spelling stay the user's.
static bool isOneJsonValue(const QByteArray &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson("[" + text + "]", &error);
    return error.error == QJsonParseError::NoError && !text.trimmed().isEmpty();
}

Result<HttpRequest> produce(Version version, const QString &topic, const QList<ProduceRecord> &records)
{
    const EmbeddedFormat format = records.isEmpty() ? EmbeddedFormat::Binary : records.first().format;
    if (format == EmbeddedFormat::Json && version == Version::V1)
        return std::unexpected(ApiError::make(
            ErrorKind::Unsupported,
            QCoreApplication::translate(
                "Gregor::Confluent",
                "Confluent REST v1 and Message Hub only carry binary (base64) keys and values.")));
    QByteArray body = R"({"records":[)"_ba;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ProduceRecord &record = records[i];
        if (!record.headers.isEmpty() || record.timestampMs)
            return std::unexpected(ApiError::make(
                ErrorKind::Unsupported,
                QCoreApplication::translate(
                    "Gregor::Confluent",
                    "Confluent REST v1 and v2 cannot produce records with headers or timestamps.")));
        if (record.topic != topic)
            return std::unexpected(ApiError::make(
                ErrorKind::BadRequest,
                QCoreApplication::translate("Gregor::Confluent", "A produce request names one topic.")));
        if (record.format != format)
            return std::unexpected(
                ApiError::make(ErrorKind::BadRequest,
                               QCoreApplication::translate(
                                   "Gregor::Confluent", "A produce request carries one embedded format.")));
        if (i)
            body += ',';
        body += '{';
        if (!record.key.isNull()) {
            body += R"("key":)";
            if (format == EmbeddedFormat::Json) {
                if (!isOneJsonValue(record.key))
                    return std::unexpected(ApiError::make(
                        ErrorKind::BadRequest,
                        QCoreApplication::translate(
                            "Gregor::Confluent",
                            "The key is not JSON: the json embedded format sends the key as JSON.")));
                body += record.key.trimmed();
            } else {
                body += '"' + record.key.toBase64() + '"';
            }
            body += ',';
        }
        body += R"("value":)";
        if (record.value.isNull()) {
            body += "null";
        } else if (format == EmbeddedFormat::Json) {
            if (!isOneJsonValue(record.value))
                return std::unexpected(ApiError::make(
                    ErrorKind::BadRequest,
                    QCoreApplication::translate(
                        "Gregor::Confluent",
                        "The value is not JSON: the json embedded format sends the value as JSON.")));
            body += record.value.trimmed();
        } else {
            body += '"' + record.value.toBase64() + '"';
        }
        if (record.partition)
            body += R"(,"partition":)" + QByteArray::number(*record.partition);
        body += '}';
    }
    body += "]}";
    HttpRequest produce =
        request("POST", u"/topics/"_s + segment(topic), controlType(version),
                format == EmbeddedFormat::Json ? jsonType(version) : binaryType(version), body, false);
    produce.writes = true;
    return produce;
}

HttpRequest messages(const TopicPartition &tp, qint64 offset, qint64 count)
{
    HttpRequest r =
        request("GET", u"/topics/%1/partitions/%2/messages"_s.arg(segment(tp.topic)).arg(tp.partition),
                binaryType(Version::V1));
    r.query.addQueryItem(u"offset"_s, QString::number(offset));
    r.query.addQueryItem(u"count"_s, QString::number(count));
    return r;
}

QString instancePath(const QString &group, const QString &instance)
{
    return u"/consumers/%1/instances/%2"_s.arg(segment(group), segment(instance));
}

HttpRequest createConsumer(Version version, const QString &group, const QString &name,
                           ConsumerConfig::Reset reset, bool autoCommit)
{
    QString resetValue;
    switch (reset) {
    case ConsumerConfig::Reset::Earliest:
        resetValue = version == Version::V2 ? u"earliest"_s : u"smallest"_s;
        break;
    case ConsumerConfig::Reset::Latest:
        resetValue = version == Version::V2 ? u"latest"_s : u"largest"_s;
        break;
    case ConsumerConfig::Reset::None:
        resetValue = u"none"_s;
        break;
    }
    const QJsonObject body{{u"name"_s, name},
                           {u"format"_s, u"binary"_s},
                           {u"auto.offset.reset"_s, resetValue},
                           {u"auto.commit.enable"_s, autoCommit ? u"true"_s : u"false"_s}};
    return request("POST", u"/consumers/"_s + segment(group), controlType(version), controlType(version),
                   Json::compact(body), false);
}

HttpRequest deleteConsumer(Version version, const QString &group, const QString &instance)
{
    return request("DELETE", instancePath(group, instance), controlType(version), {}, {}, false);
}

HttpRequest subscribe(const QString &group, const QString &instance, const QStringList &topics)
{
    return request("POST", instancePath(group, instance) + u"/subscription"_s, controlType(Version::V2),
                   controlType(Version::V2),
                   Json::compact(QJsonObject{{u"topics"_s, QJsonArray::fromStringList(topics)}}));
}

HttpRequest subscription(const QString &group, const QString &instance)
{
    return request("GET", instancePath(group, instance) + u"/subscription"_s, controlType(Version::V2));
}

HttpRequest assign(const QString &group, const QString &instance, const QList<TopicPartition> &partitions)
{
    return request("POST", instancePath(group, instance) + u"/assignments"_s, controlType(Version::V2),
                   controlType(Version::V2),
                   Json::compact(QJsonObject{{u"partitions"_s, partitionList(partitions)}}));
}

HttpRequest seek(const QString &group, const QString &instance, const QList<PartitionOffset> &offsets)
{
    QJsonArray array;
    for (const PartitionOffset &po : offsets)
        array.append(QJsonObject{
            {u"topic"_s, po.tp.topic}, {u"partition"_s, po.tp.partition}, {u"offset"_s, po.offset}});
    return request("POST", instancePath(group, instance) + u"/positions"_s, controlType(Version::V2),
                   controlType(Version::V2), Json::compact(QJsonObject{{u"offsets"_s, array}}));
}

HttpRequest seekToTime(const QString &group, const QString &instance, const QList<TopicPartition> &partitions,
                       qint64 msSinceEpoch)
{
    const QString when =
        QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::UTC).toString(Qt::ISODateWithMs);
    QJsonArray array;
    for (const TopicPartition &tp : partitions)
        array.append(
            QJsonObject{{u"topic"_s, tp.topic}, {u"partition"_s, tp.partition}, {u"timestamp"_s, when}});
    return request("POST", instancePath(group, instance) + u"/positions"_s, controlType(Version::V2),
                   controlType(Version::V2), Json::compact(QJsonObject{{u"timestamps"_s, array}}));
}

HttpRequest records(const QString &group, const QString &instance, int waitMs, qint64 maxBytes)
{
    // Reading moves the instance's position: a lost answer must not be asked for again.
    HttpRequest r =
        request("GET", instancePath(group, instance) + u"/records"_s, binaryType(Version::V2), {}, {}, false);
    r.query.addQueryItem(u"timeout"_s, QString::number(waitMs));
    if (maxBytes > 0)
        r.query.addQueryItem(u"max_bytes"_s, QString::number(maxBytes));
    r.extraTimeoutMs = waitMs;
    return r;
}

HttpRequest topicRecords(const QString &group, const QString &instance, const QString &topic)
{
    return request("GET", instancePath(group, instance) + u"/topics/"_s + segment(topic),
                   binaryType(Version::V1), {}, {}, false);
}

HttpRequest commit(Version version, const QString &group, const QString &instance,
                   const QList<PartitionOffset> &nextOffsets)
{
    QByteArray body;
    if (!nextOffsets.isEmpty()) {
        QJsonArray array;
        for (const PartitionOffset &po : nextOffsets)
            array.append(QJsonObject{
                {u"topic"_s, po.tp.topic}, {u"partition"_s, po.tp.partition}, {u"offset"_s, po.offset - 1}});
        body = Json::compact(QJsonObject{{u"offsets"_s, array}});
    }
    HttpRequest commit = request("POST", instancePath(group, instance) + u"/offsets"_s, controlType(version),
                                 body.isEmpty() ? QByteArray() : controlType(version), body, false);
    commit.writes = true;
    return commit;
}

HttpRequest committed(const QString &group, const QString &instance, const QList<TopicPartition> &partitions)
{
    return request("GET", instancePath(group, instance) + u"/offsets"_s, controlType(Version::V2),
                   controlType(Version::V2),
                   Json::compact(QJsonObject{{u"partitions"_s, partitionList(partitions)}}));
}

} // namespace Gregor::Confluent
