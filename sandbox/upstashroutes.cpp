// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstashroutes.h"

#include "consumergroups.h"
#include "jsonwriter.h"
#include "producebodyscanner.h"
#include "recordjson.h"
#include "sandboxoptions.h"
#include "store.h"
#include "upstashconsume.h"
#include "upstashproduce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::UpstashRoutes {

namespace {

const QByteArray success = "{\"result\":\"Success\",\"status\":200}"_ba;

// A body that is one object or an array of objects, as a list.
QList<QJsonValue> oneOrMany(const QJsonValue &value)
{
    if (!value.isArray())
        return {value};
    QList<QJsonValue> list;
    for (const QJsonValue &v : value.toArray())
        list.append(v);
    return list;
}

Reply produce(RequestContext &ctx)
{
    const qsizetype n = ctx.segments.size();
    if (n == 3) { // GET /produce/{topic}/{message}?key=
        if (!ctx.isGet())
            return Reply::answer(ctx.methodNotAllowed());
        QJsonObject message{{u"value"_s, ctx.segments[2]}};
        if (ctx.query.hasQueryItem(u"key"_s))
            message.insert(u"key"_s, ctx.query.queryItemValue(u"key"_s, QUrl::FullyDecoded));
        auto results = UpstashProduce::produce(ctx, {message}, ctx.segments[1]);
        if (!results)
            return Reply::answer(results.error());
        QByteArray out;
        UpstashProduce::writeMetadata(out, results->front());
        return Reply::answer(ctx.json(out)); // variant A: a single object
    }
    if (n > 3)
        return Reply::answer(ctx.notFound());
    if (!ctx.isGet() && !ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    const QString pathTopic = n == 2 ? ctx.segments[1] : QString();
    std::expected<std::vector<AppendResult>, HttpResponse> results;
    if (auto messages = UpstashProduce::scanBody(ctx.request.body, pathTopic)) {
        results = UpstashProduce::produce(ctx, std::move(*messages));
    } else { // not the usual body: QJsonDocument decides, and words any error
        auto body = ctx.jsonBody();
        if (!body)
            return Reply::answer(body.error());
        if (!*body)
            return Reply::answer(ctx.error(400, u"The body must be a message or an array of messages"_s));
        results = UpstashProduce::produce(ctx, oneOrMany(**body), pathTopic);
    }
    if (!results)
        return Reply::answer(results.error());
    return Reply::answer(ctx.json(UpstashProduce::metadataArray(*results))); // variants B and C: an array
}

// Topic-partition pairs of a body (one object or an array); offsets when withOffset.
struct Tpo
{
    TopicPartition tp;
    qint64 offset = -1;
};

std::expected<QList<Tpo>, HttpResponse> topicPartitions(RequestContext &ctx, const QList<QJsonValue> &items,
                                                        bool withOffset)
{
    QList<Tpo> out;
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        const auto partition = JsonField::integer(o.value(u"partition"_s), std::numeric_limits<int>::min(),
                                                  std::numeric_limits<int>::max());
        if (!item.isObject() || !o.value(u"topic"_s).isString() || !partition)
            return std::unexpected(ctx.error(
                400, withOffset ? u"Each entry is {\"topic\": string, \"partition\": int, \"offset\": int}"_s
                                : u"Each entry is {\"topic\": string, \"partition\": int}"_s));
        Tpo tpo{{o.value(u"topic"_s).toString(), int(*partition)}, -1};
        if (withOffset) {
            const auto offset =
                JsonField::integer(o.value(u"offset"_s), 0, std::numeric_limits<qint64>::max());
            if (!offset)
                return std::unexpected(ctx.error(400, u"'offset' must be a non-negative integer"_s));
            tpo.offset = *offset;
        }
        if (ctx.services.store.partitionCount(tpo.tp.topic) < 0)
            return std::unexpected(ctx.error(404, u"Topic '%1' not found"_s.arg(tpo.tp.topic)));
        if (!ctx.services.store.hasPartition(tpo.tp.topic, tpo.tp.partition))
            return std::unexpected(ctx.error(
                404, u"Partition %1 of topic '%2' not found"_s.arg(tpo.tp.partition).arg(tpo.tp.topic)));
        out.append(tpo);
    }
    return out;
}

QByteArray tpoArray(const QList<Tpo> &items)
{
    QByteArray out = "[";
    JsonWriter w(out);
    for (const Tpo &t : items) {
        if (out.size() > 1)
            out.append(',');
        w.raw("{")
            .key("topic")
            .string(QStringView(t.tp.topic))
            .raw(",")
            .key("partition")
            .number(t.tp.partition);
        w.raw(",").key("offset").number(t.offset).raw("}");
    }
    out.append(']');
    return out;
}

Reply fetch(RequestContext &ctx)
{
    if (ctx.segments.size() != 1)
        return Reply::answer(ctx.notFound());
    if (!ctx.isGet() && !ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    auto body = ctx.jsonBody();
    if (!body)
        return Reply::answer(body.error());
    if (!*body || !(*body)->isObject())
        return Reply::answer(ctx.error(
            400, u"The body must be an object {topic, partition, offset} or {topicPartitionOffsets}"_s));
    const QJsonObject o = (*body)->toObject();
    QList<QJsonValue> items;
    if (o.contains(u"topic"_s))
        items.append(o);
    if (const QJsonValue list = o.value(u"topicPartitionOffsets"_s); !list.isUndefined()) {
        if (!list.isArray())
            return Reply::answer(ctx.error(400, u"'topicPartitionOffsets' must be an array"_s));
        for (const QJsonValue &v : list.toArray())
            items.append(v);
    }
    if (items.isEmpty())
        return Reply::answer(ctx.error(400, u"Name a topic, partition and offset to fetch from"_s));
    auto tpos = topicPartitions(ctx, items, true);
    if (!tpos)
        return Reply::answer(tpos.error());
    qint64 timeout = 1000;
    if (const QJsonValue t = o.value(u"timeout"_s); !t.isUndefined()) {
        const auto value = JsonField::integer(t, 0, std::numeric_limits<qint64>::max());
        if (!value)
            return Reply::answer(ctx.error(400, u"'timeout' must be a non-negative integer (ms)"_s));
        timeout = *value;
    }
    const SandboxOptions &options = ctx.services.options;
    Store &store = ctx.services.store;
    Reply reply;
    reply.waitMs = qMin(timeout, options.maxWaitMs);
    reply.poll = [&store, &options, tpos = *tpos,
                  jsonCt = ctx.json({})](bool lastChance) -> std::optional<HttpResponse> {
        // First what the answer holds, so its buffer is allocated once, then the records.
        struct Slice
        {
            const PartitionLog *log;
            qint64 from, to;
            QByteArray prefix;
        };
        std::vector<Slice> slices;
        slices.reserve(size_t(tpos.size()));
        int count = 0;
        qint64 bytes = 0;
        for (const Tpo &t : tpos) {
            const Topic *topic = store.topic(t.tp.topic);
            if (!topic || t.tp.partition >= topic->partitionCount())
                continue; // deleted (v3) while the fetch waited
            const PartitionLog &log = topic->partitions[size_t(t.tp.partition)];
            qint64 offset = log.clampToStart(t.offset);
            const qint64 from = offset;
            for (; offset < log.endOffset() && count < options.maxRecords; ++offset) {
                const qsizetype payload = log.at(offset).payloadBytes();
                if (count > 0 && bytes + payload > options.maxFetchBytes)
                    break;
                ++count;
                bytes += payload;
            }
            if (offset > from)
                slices.push_back({&log, from, offset, RecordJson::upstashPrefix(t.tp.topic, t.tp.partition)});
        }
        if (count == 0 && !lastChance)
            return std::nullopt;
        HttpResponse response = jsonCt;
        {
            ByteSink out(response.body);
            qsizetype expected = bytes + 2; // and per record its prefix and some 100 bytes of JSON
            for (const Slice &slice : slices)
                expected += (slice.to - slice.from) * (slice.prefix.size() + 100);
            out.reserve(expected);
            out.put('[');
            for (const Slice &slice : slices) {
                for (qint64 offset = slice.from; offset < slice.to; ++offset) {
                    if (out.size() > 1)
                        out.put(',');
                    RecordJson::upstash(out, slice.prefix, slice.log->at(offset));
                }
            }
            out.put(']');
        }
        return response;
    };
    return reply;
}

Reply commit(RequestContext &ctx)
{
    if (ctx.segments.size() != 3)
        return Reply::answer(ctx.notFound());
    if (!ctx.isGet() && !ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    const QString &group = ctx.segments[1], &name = ctx.segments[2];
    GroupCoordinator &groups = ctx.services.groups;
    ConsumerInstance *inst = groups.touch(group, name);
    if (!inst)
        return Reply::answer(
            ctx.error(404, u"Consumer instance '%1' of group '%2' not found"_s.arg(name, group)));
    auto body = ctx.jsonBody();
    if (!body)
        return Reply::answer(body.error());
    QString error;
    if (!*body || ((*body)->isArray() && (*body)->toArray().isEmpty())) {
        // "Commit the last consumed messages": the instance's positions.
        if (!groups.commitPositions(group, *inst, &error))
            return Reply::answer(ctx.error(500, error));
        return Reply::answer(ctx.json(success));
    }
    auto tpos = topicPartitions(ctx, oneOrMany(**body), true);
    if (!tpos)
        return Reply::answer(tpos.error());
    for (const Tpo &t : std::as_const(*tpos)) // Upstash stores the offset as sent (§7.1)
        if (!groups.commit(group, t.tp, t.offset, &error))
            return Reply::answer(ctx.error(500, error));
    return Reply::answer(ctx.json(success));
}

Reply deleteConsumer(RequestContext &ctx)
{
    if (ctx.segments.size() != 3)
        return Reply::answer(ctx.notFound());
    if (!ctx.isPost() && !ctx.isDelete())
        return Reply::answer(ctx.methodNotAllowed());
    if (!ctx.services.groups.removeInstance(ctx.segments[1], ctx.segments[2]))
        return Reply::answer(ctx.error(
            404, u"Consumer instance '%1' of group '%2' not found"_s.arg(ctx.segments[2], ctx.segments[1])));
    return Reply::answer(ctx.json(success));
}

Reply committed(RequestContext &ctx)
{
    if (ctx.segments.size() != 3)
        return Reply::answer(ctx.notFound());
    if (!ctx.isGet() && !ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    if (auto timeout = ctx.queryInteger(u"timeout"_s, 10000); !timeout)
        return Reply::answer(timeout.error());
    const QString &group = ctx.segments[1];
    ctx.services.groups.touch(group, ctx.segments[2]);
    auto body = ctx.jsonBody();
    if (!body)
        return Reply::answer(body.error());
    QList<Tpo> items;
    if (*body) {
        auto tps = topicPartitions(ctx, oneOrMany(**body), false);
        if (!tps)
            return Reply::answer(tps.error());
        items = *tps;
    } else if (const ConsumerGroup *g = ctx.services.groups.group(group)) {
        for (auto it = g->committed.cbegin(); it != g->committed.cend(); ++it)
            items.append({it.key(), -1});
        std::ranges::sort(items, [](const Tpo &a, const Tpo &b) {
            return std::tie(a.tp.topic, a.tp.partition) < std::tie(b.tp.topic, b.tp.partition);
        });
    }
    for (Tpo &t : items) // never committed: -1 (§10)
        t.offset = ctx.services.groups.committed(group, t.tp).value_or(-1);
    return Reply::answer(ctx.json(tpoArray(items)));
}

Reply offsets(RequestContext &ctx)
{
    if (ctx.segments.size() != 2)
        return Reply::answer(ctx.notFound());
    if (!ctx.isGet() && !ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    if (auto timeout = ctx.queryInteger(u"timeout"_s, 10000); !timeout)
        return Reply::answer(timeout.error());
    const QString &when = ctx.segments[1];
    bool isNumber = false;
    const qint64 timestamp = when.toLongLong(&isNumber);
    if (when != u"earliest" && when != u"latest" && (!isNumber || timestamp < 0))
        return Reply::answer(
            ctx.error(400, u"The timestamp is 'earliest', 'latest' or milliseconds since the epoch"_s));
    auto body = ctx.jsonBody();
    if (!body)
        return Reply::answer(body.error());
    if (!*body)
        return Reply::answer(ctx.error(400, u"The body must be {topic, partition} or an array of them"_s));
    auto tps = topicPartitions(ctx, oneOrMany(**body), false);
    if (!tps)
        return Reply::answer(tps.error());
    for (Tpo &t : *tps) {
        const PartitionLog &log = ctx.services.store.topic(t.tp.topic)->partitions[size_t(t.tp.partition)];
        t.offset = when == u"earliest" ? log.startOffset()
                   : when == u"latest" ? log.endOffset()
                                       : log.offsetForTime(timestamp);
    }
    return Reply::answer(ctx.json(tpoArray(*tps)));
}

} // namespace

bool owns(QStringView first)
{
    return first == u"produce" || first == u"fetch" || first == u"consume" || first == u"commit" ||
           first == u"delete-consumer" || first == u"committed" || first == u"offsets";
}

Reply handle(RequestContext &ctx)
{
    const QString &first = ctx.segments.value(0);
    if (first == u"produce")
        return produce(ctx);
    if (first == u"fetch")
        return fetch(ctx);
    if (first == u"consume")
        return UpstashConsume::consume(ctx);
    if (first == u"commit")
        return commit(ctx);
    if (first == u"delete-consumer")
        return deleteConsumer(ctx);
    if (first == u"committed")
        return committed(ctx);
    if (first == u"offsets")
        return offsets(ctx);
    return Reply::answer(ctx.notFound());
}

HttpResponse topics(RequestContext &ctx)
{
    QByteArray out = "{";
    JsonWriter w(out);
    for (const QString &name : ctx.services.store.topicNames()) {
        if (out.size() > 1)
            out.append(',');
        w.string(QStringView(name)).raw(":").number(ctx.services.store.partitionCount(name));
    }
    out.append('}');
    HttpResponse response;
    response.body = out;
    return response;
}

HttpResponse consumers(RequestContext &ctx)
{
    QJsonArray groups;
    for (const ConsumerGroup *group : ctx.services.groups.groups()) {
        if (group->instances.empty())
            continue;
        QJsonArray instances;
        for (const auto &[name, inst] : group->instances) {
            std::map<QString, QJsonArray> byTopic;
            for (const TopicPartition &tp : inst.assignment)
                byTopic[tp.topic].append(tp.partition);
            QJsonArray topics;
            for (const auto &[topic, partitions] : byTopic)
                topics.append(QJsonObject{{u"topic"_s, topic}, {u"partitions"_s, partitions}});
            instances.append(QJsonObject{{u"name"_s, name}, {u"topics"_s, topics}});
        }
        groups.append(QJsonObject{{u"name"_s, group->name}, {u"instances"_s, instances}});
    }
    HttpResponse response;
    response.body = QJsonDocument(groups).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace Gregor::Sandbox::UpstashRoutes
