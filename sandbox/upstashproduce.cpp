// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Upstash produce: GET /produce/{topic}/{message}, GET|POST /produce/{topic}, GET|POST /produce.
#include "upstashproduce.h"

#include "bytesink.h"
#include "jsonwriter.h"
#include "sandboxoptions.h"
#include "store.h"
#include "topicname.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::UpstashProduce {

namespace {

// One message object of a produce body; `topic` is required when the path names none.
std::expected<Message, QString> parseMessage(const QJsonValue &value, const QString &pathTopic, int index)
{
    // Only ever read on the way to an error: made lazily, as it cost more than the rest.
    const auto where = [index] { return u"message %1"_s.arg(index); };
    if (!value.isObject())
        return std::unexpected(u"%1 must be an object, not %2"_s.arg(where(), JsonField::describe(value)));
    const QJsonObject o = value.toObject();
    Message m;
    if (pathTopic.isEmpty()) {
        if (!o.value(u"topic"_s).isString())
            return std::unexpected(u"%1: 'topic' must be a string"_s.arg(where()));
        m.topic = o.value(u"topic"_s).toString();
    } else {
        m.topic = pathTopic;
    }
    const QJsonValue v = o.value(u"value"_s);
    if (!v.isString())
        return std::unexpected(
            u"%1: 'value' must be a string, not %2"_s.arg(where(), JsonField::describe(v)));
    m.record.value = v.toString().toUtf8();
    if (m.record.value.isNull())
        m.record.value = ""_ba;
    if (const QJsonValue k = o.value(u"key"_s); !k.isUndefined() && !k.isNull()) {
        if (!k.isString())
            return std::unexpected(u"%1: 'key' must be a string"_s.arg(where()));
        m.record.key = k.toString().toUtf8();
        if (m.record.key.isNull())
            m.record.key = ""_ba;
    }
    if (const QJsonValue p = o.value(u"partition"_s); !p.isUndefined() && !p.isNull()) {
        const auto partition =
            JsonField::integer(p, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (!partition)
            return std::unexpected(u"%1: 'partition' must be an integer"_s.arg(where()));
        m.partition = int(*partition);
    }
    if (const QJsonValue t = o.value(u"timestamp"_s); !t.isUndefined() && !t.isNull()) {
        const auto ts = JsonField::integer(t, 0, std::numeric_limits<qint64>::max());
        if (!ts)
            return std::unexpected(u"%1: 'timestamp' must be a non-negative integer (ms)"_s.arg(where()));
        m.record.timestampMs = *ts;
    } else {
        m.record.timestampMs = QDateTime::currentMSecsSinceEpoch();
    }
    if (const QJsonValue h = o.value(u"headers"_s); !h.isUndefined() && !h.isNull()) {
        if (!h.isArray())
            return std::unexpected(u"%1: 'headers' must be an array"_s.arg(where()));
        for (const QJsonValue &entry : h.toArray()) {
            const QJsonObject header = entry.toObject();
            if (!entry.isObject() || !header.value(u"key"_s).isString() ||
                !header.value(u"value"_s).isString())
                return std::unexpected(
                    u"%1: each header is {\"key\": string, \"value\": string}"_s.arg(where()));
            m.record.headers.append(
                {header.value(u"key"_s).toString(), header.value(u"value"_s).toString().toUtf8()});
        }
    }
    return m;
}

} // namespace

std::expected<std::vector<Message>, QString> parseMessages(const QList<QJsonValue> &bodies,
                                                           const QString &pathTopic)
{
    std::vector<Message> messages;
    messages.reserve(size_t(bodies.size()));
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        auto m = parseMessage(bodies[i], pathTopic, int(i));
        if (!m)
            return std::unexpected(m.error());
        messages.push_back(std::move(*m));
    }
    return messages;
}

std::expected<std::vector<AppendResult>, HttpResponse>
produce(RequestContext &ctx, const QList<QJsonValue> &bodies, const QString &pathTopic)
{
    auto messages = parseMessages(bodies, pathTopic);
    if (!messages)
        return std::unexpected(ctx.error(400, messages.error()));
    return produce(ctx, std::move(*messages));
}

std::expected<std::vector<AppendResult>, HttpResponse> produce(RequestContext &ctx,
                                                               std::vector<Message> messages)
{
    if (messages.empty())
        return std::unexpected(ctx.error(400, u"No message to produce"_s));

    // Validate everything before anything is written.
    Store &store = ctx.services.store;
    const SandboxOptions &options = ctx.services.options;
    QStringList toCreate;
    const QString *lastTopic = nullptr; // a batch mostly goes to one topic: checked once
    int count = -1;
    for (const Message &m : messages) {
        if (!lastTopic || *lastTopic != m.topic) {
            if (!isValidTopicName(m.topic))
                return std::unexpected(ctx.error(400, u"Invalid topic name '%1'"_s.arg(m.topic)));
            count = store.partitionCount(m.topic);
            if (count < 0 && !options.autoCreateTopics)
                return std::unexpected(ctx.error(404, u"Topic '%1' not found"_s.arg(m.topic)));
            if (count < 0 && !toCreate.contains(m.topic))
                toCreate.append(m.topic);
            lastTopic = &m.topic;
        }
        const int effective = count < 0 ? options.autoCreatePartitions : count;
        if (m.partition && (*m.partition < 0 || *m.partition >= effective))
            return std::unexpected(
                ctx.error(404, u"Partition %1 of topic '%2' not found"_s.arg(*m.partition).arg(m.topic)));
        if (m.record.value.size() > options.maxRecordBytes)
            return std::unexpected(ctx.error(
                413, u"Record value of %1 bytes is over the limit of %2 bytes"_s.arg(m.record.value.size())
                         .arg(options.maxRecordBytes)));
    }
    for (const QString &topic : std::as_const(toCreate)) {
        QString error;
        if (!store.createTopic(topic, options.autoCreatePartitions, &error))
            return std::unexpected(ctx.error(500, error));
    }
    std::vector<PendingAppend> appends;
    appends.reserve(messages.size());
    for (Message &m : messages) {
        const qsizetype bytes = m.record.key.size() + m.record.value.size();
        const int partition =
            m.partition ? *m.partition : store.choosePartition(m.topic, m.record.key, bytes);
        appends.push_back({m.topic, partition, std::move(m.record)});
    }
    auto results = store.append(std::move(appends));
    if (!results)
        return std::unexpected(ctx.error(500, u"Could not store the records: %1"_s.arg(results.error())));
    return *results;
}

QByteArray metadataArray(const std::vector<AppendResult> &results)
{
    // What every acknowledgement of one partition starts with, made once per partition: records
    // of a batch take turns across the partitions.
    struct Prefix
    {
        const QString *topic;
        int partition;
        QByteArray text; // {"topic":…,"partition":N,"offset":
    };
    std::vector<Prefix> prefixes;
    QByteArray scratch;
    const auto prefixFor = [&](const AppendResult &r) -> const QByteArray & {
        for (const Prefix &p : prefixes)
            if (p.partition == r.partition && (p.topic == &r.topic || *p.topic == r.topic))
                return p.text;
        QByteArray text;
        JsonWriter(text).raw("{").key("topic").string(QStringView(r.topic)).raw(",").key("partition");
        JsonWriter(text).number(r.partition).raw(",").key("offset");
        if (prefixes.size() >= 64) // a batch across very many partitions: not worth a search
            return scratch = std::move(text);
        return prefixes.push_back({&r.topic, r.partition, std::move(text)}), prefixes.back().text;
    };
    QByteArray out;
    ByteSink sink(out);
    sink.reserve(qsizetype(results.size()) * 80 + 2);
    sink.put('[');
    for (const AppendResult &r : results) {
        if (sink.size() > 1)
            sink.put(',');
        sink.put(prefixFor(r));
        sink.number(r.offset);
        sink.put(",\"timestamp\":");
        sink.number(r.timestampMs);
        sink.put('}');
    }
    sink.put(']');
    sink.finish();
    return out;
}

void writeMetadata(QByteArray &out, const AppendResult &r)
{
    JsonWriter w(out);
    w.raw("{").key("topic").string(QStringView(r.topic)).raw(",").key("partition").number(r.partition);
    w.raw(",").key("offset").number(r.offset).raw(",").key("timestamp").number(r.timestampMs).raw("}");
}

} // namespace Gregor::Sandbox::UpstashProduce
