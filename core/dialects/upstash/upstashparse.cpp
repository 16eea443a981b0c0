// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstashparse.h"

#include "core/dialects/common/jsonread.h"
#include "upstashscanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor::Upstash {

using Json::protocolError;

template<typename T>
static Result<T> fail(const QString &what)
{
    return std::unexpected(protocolError(what));
}

Result<QList<TopicInfo>> parseTopics(const QByteArray &body)
{
    const auto object = Json::parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    QList<TopicInfo> topics;
    topics.reserve(object->size());
    for (auto it = object->begin(); it != object->end(); ++it) {
        const auto count = Json::intAtLeast(it.value(), 0);
        if (!count)
            return fail<QList<TopicInfo>>(u"topic \"%1\": partition count is not a number"_s.arg(it.key()));
        topics.append({it.key(), *count});
    }
    // QJsonObject iterates in key order already; keep the promise explicit and cheap.
    std::sort(topics.begin(), topics.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return topics;
}

static std::optional<QList<RecordHeader>> readHeaders(const QJsonValue &value)
{
    QList<RecordHeader> headers;
    if (Json::missing(value))
        return headers;
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    headers.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject header = item.toObject();
        const QJsonValue key = header.value("key"_L1);
        const QJsonValue headerValue = header.value("value"_L1);
        if (!item.isObject() || !key.isString() || !(headerValue.isString() || headerValue.isNull()))
            return std::nullopt;
        headers.append(
            {key.toString(), headerValue.isNull() ? QByteArray() : headerValue.toString().toUtf8()});
    }
    return headers;
}

Result<QList<Record>> parseMessages(const QByteArray &body)
{
    if (auto fast = scanMessages(body))
        return std::move(*fast);
    return parseMessagesGeneral(body);
}

Result<QList<Record>> parseMessagesGeneral(const QByteArray &body)
{
    const auto array = Json::parseArray(body);
    if (!array)
        return std::unexpected(array.error());
    QList<Record> records;
    records.reserve(array->size());
    QString lastTopic;
    for (const QJsonValue &item : *array) {
        // Built only on failure: formatting per record would cost more than parsing it.
        const auto where = [&records] { return u"message %1"_s.arg(records.size()); };
        if (!item.isObject())
            return fail<QList<Record>>(where() + u": not an object"_s);
        const QJsonObject object = item.toObject();
        Record record;
        const QJsonValue topic = object.value("topic"_L1);
        if (!topic.isString())
            return fail<QList<Record>>(where() + u": no topic"_s);
        QString topicName = topic.toString();
        record.topic =
            topicName == lastTopic ? lastTopic : (lastTopic = std::move(topicName)); // share one copy
        const auto partition = Json::intAtLeast(object.value("partition"_L1), 0);
        const auto offset = Json::integer(object.value("offset"_L1));
        if (!partition || !offset || *offset < 0)
            return fail<QList<Record>>(where() + u": partition or offset missing or not a number"_s);
        record.partition = *partition;
        record.offset = *offset;
        const QJsonValue timestamp = object.value("timestamp"_L1);
        if (!Json::missing(timestamp)) {
            const auto ms = Json::integer(timestamp);
            if (!ms)
                return fail<QList<Record>>(where() + u": timestamp is not a number"_s);
            record.timestampMs = *ms;
        }
        const QJsonValue key = object.value("key"_L1);
        if (!Json::missing(key) && !key.isString())
            return fail<QList<Record>>(where() + u": key is not a string"_s);
        if (key.isString() && !key.toString().isEmpty())
            record.key = key.toString().toUtf8();
        const QJsonValue value = object.value("value"_L1);
        if (value.isString())
            record.value = value.toString().toUtf8();
        else if (!Json::missing(value))
            return fail<QList<Record>>(where() + u": value is not a string"_s);
        if (value.isString() && record.value.isNull())
            record.value = QByteArray(""); // an empty value is not a tombstone
        auto headers = readHeaders(object.value("headers"_L1));
        if (!headers)
            return fail<QList<Record>>(where() + u": headers are not a list of {key, value}"_s);
        record.headers = std::move(*headers);
        records.append(std::move(record));
    }
    return records;
}

static std::optional<ProduceResult> readMetadata(const QJsonValue &item)
{
    if (!item.isObject())
        return std::nullopt;
    const QJsonObject object = item.toObject();
    ProduceResult result;
    result.topic = object.value("topic"_L1).toString();
    const QJsonValue error = object.value("error"_L1);
    if (error.isString()) { // tolerated: a per-record failure in the Upstash envelope
        result.error = ApiError::fromServerCode(object.value("status"_L1).toInt(500) * 100, error.toString());
        return result;
    }
    const auto partition = Json::intAtLeast(object.value("partition"_L1), 0);
    const auto offset = Json::integer(object.value("offset"_L1));
    if (!partition || !offset || *offset < 0)
        return std::nullopt;
    result.partition = *partition;
    result.offset = *offset;
    if (const auto ts = Json::integer(object.value("timestamp"_L1)))
        result.timestampMs = *ts;
    return result;
}

namespace {
// Reads `[{"topic":"…","partition":N,"offset":N,"timestamp":N},…]` exactly as the sandbox writes
// it (no spaces, no escapes in the topic), the answer to every batch of a bulk run; anything
// else is left to the general parser. A thousandth of the time of a QJsonDocument.
class CompactProduceScanner
{
public:
    explicit CompactProduceScanner(QByteArrayView body)
        : m_text(body)
    {}

    std::optional<QList<ProduceResult>> scan(qsizetype expected)
    {
        QList<ProduceResult> results;
        results.reserve(expected);
        if (!take('['))
            return std::nullopt;
        QByteArrayView lastTopic;
        QString topic;
        while (results.size() < expected) {
            if (!results.isEmpty() && !take(','))
                return std::nullopt;
            ProduceResult r;
            if (!take(R"({"topic":")"))
                return std::nullopt;
            const qsizetype end = m_text.indexOf('"', m_pos);
            if (end < 0)
                return std::nullopt;
            const QByteArrayView name = m_text.sliced(m_pos, end - m_pos);
            if (name.contains('\\'))
                return std::nullopt;
            if (name != lastTopic) {
                lastTopic = name;
                topic = QString::fromUtf8(name);
            }
            r.topic = topic;
            m_pos = end + 1;
            std::optional<qint64> partition, offset, timestamp;
            if (!take(R"(,"partition":)") || !(partition = number()) || !take(R"(,"offset":)") ||
                !(offset = number()) || !take(R"(,"timestamp":)") || !(timestamp = number()) || !take('}'))
                return std::nullopt;
            if (*partition < 0 || *partition > std::numeric_limits<int>::max() || *offset < 0)
                return std::nullopt;
            r.partition = int(*partition);
            r.offset = *offset;
            r.timestampMs = *timestamp;
            results.append(std::move(r));
        }
        if (!take(']') || m_pos != m_text.size())
            return std::nullopt;
        return results;
    }

private:
    bool take(QByteArrayView literal)
    {
        if (!m_text.sliced(m_pos).startsWith(literal))
            return false;
        m_pos += literal.size();
        return true;
    }
    bool take(char c)
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    std::optional<qint64> number()
    {
        const bool negative = m_pos < m_text.size() && m_text[m_pos] == '-';
        qsizetype i = m_pos + (negative ? 1 : 0);
        const qsizetype start = i;
        qint64 value = 0;
        while (i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9' && i - start < 18)
            value = value * 10 + (m_text[i++] - '0');
        if (i == start || (i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9'))
            return std::nullopt; // no digits, or too many for this fast path
        m_pos = i;
        return negative ? -value : value;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};
} // namespace

Result<QList<ProduceResult>> parseProduce(const QByteArray &body, qsizetype expectedCount)
{
    if (auto fast = CompactProduceScanner(body).scan(expectedCount))
        return std::move(*fast);
    const auto doc = Json::parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    const QJsonArray array = doc->isObject() ? QJsonArray{doc->object()} : doc->array();
    if (!doc->isObject() && !doc->isArray())
        return fail<QList<ProduceResult>>(u"expected an array of produce results"_s);
    if (array.size() != expectedCount)
        return fail<QList<ProduceResult>>(
            u"expected %1 produce results, got %2"_s.arg(expectedCount).arg(array.size()));
    QList<ProduceResult> results;
    results.reserve(array.size());
    for (const QJsonValue &item : array) {
        auto result = readMetadata(item);
        if (!result)
            return fail<QList<ProduceResult>>(
                u"produce result %1 has no partition and offset"_s.arg(results.size()));
        results.append(std::move(*result));
    }
    return results;
}

Result<QList<PartitionOffset>> parseOffsets(const QByteArray &body)
{
    const auto doc = Json::parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isObject() && !doc->isArray())
        return fail<QList<PartitionOffset>>(u"expected an array of offsets"_s);
    const QJsonArray array = doc->isObject() ? QJsonArray{doc->object()} : doc->array();
    QList<PartitionOffset> offsets;
    offsets.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        const QJsonValue topic = object.value("topic"_L1);
        const auto partition = Json::intAtLeast(object.value("partition"_L1), 0);
        const auto offset = Json::integer(object.value("offset"_L1));
        if (!item.isObject() || !topic.isString() || !partition || !offset || *offset < -1)
            return fail<QList<PartitionOffset>>(
                u"offset %1 is not {topic, partition, offset}"_s.arg(offsets.size()));
        offsets.append({{topic.toString(), *partition}, *offset});
    }
    return offsets;
}

Result<QList<ConsumerGroupInfo>> parseConsumers(const QByteArray &body)
{
    const auto array = Json::parseArray(body);
    if (!array)
        return std::unexpected(array.error());
    QList<ConsumerGroupInfo> groups;
    for (const QJsonValue &groupValue : *array) {
        const QJsonObject group = groupValue.toObject();
        if (!groupValue.isObject() || !group.value("name"_L1).isString())
            return fail<QList<ConsumerGroupInfo>>(u"group %1 has no name"_s.arg(groups.size()));
        ConsumerGroupInfo info{group.value("name"_L1).toString(), {}};
        const QJsonValue instances = group.value("instances"_L1);
        if (!Json::missing(instances) && !instances.isArray())
            return fail<QList<ConsumerGroupInfo>>(u"group \"%1\": instances is not a list"_s.arg(info.name));
        for (const QJsonValue &instanceValue : instances.toArray()) {
            const QJsonObject instance = instanceValue.toObject();
            if (!instanceValue.isObject() || !instance.value("name"_L1).isString())
                return fail<QList<ConsumerGroupInfo>>(
                    u"group \"%1\": an instance has no name"_s.arg(info.name));
            ConsumerInstanceInfo instanceInfo{instance.value("name"_L1).toString(), {}, {}};
            for (const QJsonValue &topicValue : instance.value("topics"_L1).toArray()) {
                const QJsonObject topic = topicValue.toObject();
                if (!topic.value("topic"_L1).isString())
                    return fail<QList<ConsumerGroupInfo>>(
                        u"group \"%1\": an assignment has no topic"_s.arg(info.name));
                for (const QJsonValue &p : topic.value("partitions"_L1).toArray()) {
                    const auto partition = Json::intAtLeast(p, 0);
                    if (!partition)
                        return fail<QList<ConsumerGroupInfo>>(
                            u"group \"%1\": a partition is not a number"_s.arg(info.name));
                    instanceInfo.assignment.append({topic.value("topic"_L1).toString(), *partition});
                }
            }
            info.instances.append(std::move(instanceInfo));
        }
        groups.append(std::move(info));
    }
    return groups;
}

Result<Done> parseSuccess(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Done{};
    const auto doc = Json::parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    const QJsonObject object = doc->object();
    if (doc->isObject() && object.contains("error"_L1))
        return std::unexpected(ApiError::fromHttp(object.value("status"_L1).toInt(500), body));
    return Done{};
}

} // namespace Gregor::Upstash
