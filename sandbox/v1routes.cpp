// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v1 / IBM Message Hub routes that v2 lacks (§4.1, §4.2).
#include "confluentroutes.h"
#include "jsonwriter.h"
#include "recordjson.h"
#include "sandboxoptions.h"
#include "store.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::V1Routes {

namespace {

QByteArray recordsContentType(EmbeddedFormat format)
{
    return format == EmbeddedFormat::Json ? "application/vnd.kafka.json.v1+json"_ba
                                          : "application/vnd.kafka.binary.v1+json"_ba;
}

} // namespace

Reply messages(RequestContext &ctx)
{
    if (!ctx.isGet())
        return Reply::answer(ctx.methodNotAllowed());
    const QString &topic = ctx.segments[1];
    const int partition = ctx.segments[3].toInt();
    Store &store = ctx.services.store;
    if (store.partitionCount(topic) < 0)
        return Reply::answer(ctx.error(404, u"Topic not found."_s, 40401));
    if (!store.hasPartition(topic, partition))
        return Reply::answer(ctx.error(404, u"Partition not found."_s, 40402));
    auto format = ConfluentRoutes::embeddedFormat(ctx, MediaType::parse(ctx.request.header("accept")));
    if (!format)
        return Reply::answer(format.error());
    const PartitionLog &log = store.topic(topic)->partitions[size_t(partition)];
    qint64 offset = -1;
    if (ctx.query.hasQueryItem(u"offset"_s)) {
        auto value = ctx.queryInteger(u"offset"_s, 0);
        if (!value)
            return Reply::answer(value.error());
        offset = *value;
    } else if (ctx.query.hasQueryItem(u"timestamp"_s)) {
        const QDateTime when = QDateTime::fromString(
            ctx.query.queryItemValue(u"timestamp"_s, QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!when.isValid())
            return Reply::answer(ctx.error(400, u"'timestamp' must be an ISO-8601 instant"_s, 400));
        offset = log.offsetForTime(when.toMSecsSinceEpoch());
        if (offset < 0)
            offset = log.endOffset();
    } else {
        return Reply::answer(
            ctx.error(400, u"Either `offset` or `timestamp` query parameters must be set."_s, 400));
    }
    offset = log.clampToStart(offset); // records removed by retention: start at the first kept
    auto count = ctx.queryInteger(u"count"_s, 1);
    if (!count)
        return Reply::answer(count.error());
    const qint64 last = qMin(log.endOffset(), offset + qMin<qint64>(*count, ctx.services.options.maxRecords));
    QByteArray out = "[";
    qint64 bytes = 0;
    for (qint64 o = offset; o < last; ++o) {
        const RecordView record = log.at(o);
        if (o > offset && bytes + record.payloadBytes() > ctx.services.options.maxFetchBytes)
            break;
        bytes += record.payloadBytes();
        if (o > offset)
            out.append(',');
        RecordJson::confluent(out, nullptr, partition, record, *format);
    }
    out.append(']');
    HttpResponse response;
    response.contentType = recordsContentType(*format);
    response.body = out;
    return Reply::answer(response);
}

Reply readTopic(RequestContext &ctx, const QString &group, const QString &name, const QString &topic)
{
    if (!ctx.isGet())
        return Reply::answer(ctx.methodNotAllowed());
    GroupCoordinator &groups = ctx.services.groups;
    ConsumerInstance *inst = groups.instance(group, name);
    if (ctx.services.store.partitionCount(topic) < 0)
        return Reply::answer(ctx.error(404, u"Topic not found."_s, 40401));
    if (inst->manual || !inst->pattern.isEmpty() ||
        (!inst->topics.isEmpty() && inst->topics != QStringList{topic}))
        return Reply::answer(ctx.error(
            409,
            u"Consumer cannot subscribe the the specified target because it has already subscribed to other topics."_s,
            40901));
    if (inst->topics.isEmpty())
        groups.subscribe(group, name, {topic}); // the first read subscribes (v1)
    auto maxBytes = ctx.queryInteger(u"max_bytes"_s, ctx.services.options.maxFetchBytes);
    if (!maxBytes)
        return Reply::answer(maxBytes.error());
    const EmbeddedFormat format = inst->config.format;
    const qint64 limit = qMax<qint64>(1, qMin(*maxBytes, ctx.services.options.maxFetchBytes));
    const int maxRecords = ctx.services.options.maxRecords;
    Store &store = ctx.services.store;
    Reply reply;
    reply.waitMs = inst->config.requestTimeoutMs > 0 ? inst->config.requestTimeoutMs
                                                     : ctx.services.options.confluentRequestTimeoutMs;
    reply.poll = [&groups, &store, group, name, maxRecords, limit,
                  format](bool lastChance) -> std::optional<HttpResponse> {
        auto items = groups.read(group, name, maxRecords, limit);
        if (!items)
            return RequestContext::errorFor(Dialect::ConfluentV1, 500, items.error(), 50002);
        if (items->empty() && !lastChance)
            return std::nullopt;
        QByteArray out = "[";
        for (const ReadItem &item : *items) {
            if (out.size() > 1)
                out.append(',');
            const PartitionLog &log = store.topic(item.tp.topic)->partitions[size_t(item.tp.partition)];
            RecordJson::confluent(out, nullptr, item.tp.partition, log.at(item.offset), format);
        }
        out.append(']');
        HttpResponse response;
        response.contentType = recordsContentType(format);
        response.body = out;
        return response;
    };
    return reply;
}

HttpResponse commitAnswer(RequestContext &ctx, const ConsumerInstance &inst)
{
    // v1: [{"topic","partition","consumed","committed"}], consumed = last offset handed out.
    QByteArray out = "[";
    JsonWriter w(out);
    QList<TopicPartition> tps = inst.positions.keys();
    std::ranges::sort(tps, [](const TopicPartition &a, const TopicPartition &b) {
        return std::tie(a.topic, a.partition) < std::tie(b.topic, b.partition);
    });
    for (const TopicPartition &tp : std::as_const(tps)) {
        const qint64 consumed = inst.positions.value(tp) - 1;
        if (consumed < 0)
            continue;
        if (out.size() > 1)
            out.append(',');
        w.raw("{").key("topic").string(QStringView(tp.topic)).raw(",").key("partition").number(tp.partition);
        w.raw(",").key("consumed").number(consumed).raw(",").key("committed").number(consumed).raw("}");
    }
    out.append(']');
    return ctx.json(out);
}

} // namespace Gregor::Sandbox::V1Routes
