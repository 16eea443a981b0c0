// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent v1/v2 consumer reads and seeks: …/records and …/positions[/beginning|/end] (§2.5).
#include "confluentconsumerdetail.h"
#include "confluentroutes.h"
#include "recordjson.h"
#include "sandboxoptions.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::ConfluentConsumers::Detail {

Reply positions(RequestContext &ctx, const QString &group, ConsumerInstance &inst, const QString &where)
{
    if (!ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    auto o = objectBody(ctx);
    if (!o)
        return Reply::answer(o.error());
    Store &store = ctx.services.store;
    QList<Entry> seeks;
    if (where.isEmpty()) {
        if (o->contains(u"offsets"_s)) {
            auto list = entries(ctx, o->value(u"offsets"_s), true);
            if (!list)
                return Reply::answer(list.error());
            seeks = *list;
        }
        if (const QJsonValue ts = o->value(u"timestamps"_s); !ts.isUndefined()) {
            for (const QJsonValue &item : ts.toArray()) {
                auto one = entries(ctx, QJsonArray{item}, false);
                if (!one)
                    return Reply::answer(one.error());
                const QDateTime when = QDateTime::fromString(item.toObject().value(u"timestamp"_s).toString(),
                                                             Qt::ISODateWithMs);
                if (!when.isValid())
                    return Reply::answer(
                        ctx.error(422, u"'timestamp' must be an ISO-8601 date and time"_s, 422));
                Entry e = one->front();
                const PartitionLog &log = store.topic(e.tp.topic)->partitions[size_t(e.tp.partition)];
                e.offset = log.offsetForTime(when.toMSecsSinceEpoch());
                if (e.offset < 0)
                    e.offset = log.endOffset();
                seeks.append(e);
            }
        }
    } else {
        auto list = entries(ctx, o->value(u"partitions"_s), false);
        if (!list)
            return Reply::answer(list.error());
        for (Entry e : std::as_const(*list)) {
            const PartitionLog &log = store.topic(e.tp.topic)->partitions[size_t(e.tp.partition)];
            e.offset = where == u"beginning" ? log.startOffset() : log.endOffset();
            seeks.append(e);
        }
    }
    for (const Entry &e : std::as_const(seeks))
        if (!inst.assignment.contains(e.tp))
            return Reply::answer(
                ctx.error(409,
                          u"Illegal state: No current assignment for partition %1-%2"_s.arg(e.tp.topic)
                              .arg(e.tp.partition),
                          40903));
    for (const Entry &e : std::as_const(seeks))
        ctx.services.groups.seek(group, inst.name, e.tp, e.offset);
    return Reply::answer(ctx.noContent());
}

Reply records(RequestContext &ctx, const QString &group, ConsumerInstance &inst)
{
    if (!ctx.isGet())
        return Reply::answer(ctx.methodNotAllowed());
    const MediaType accept = MediaType::parse(ctx.request.header("accept"));
    const bool strict = ctx.services.options.strictContentType;
    if (accept.vndKafka && (!accept.embedded.isEmpty() || strict)) {
        auto wanted = ConfluentRoutes::embeddedFormat(ctx, accept);
        if (!wanted || *wanted != inst.config.format || accept.embedded.isEmpty())
            return Reply::answer(ctx.error(
                406,
                u"The requested embedded data format does not match the deserializer for this consumer instance"_s,
                40601));
    }
    auto timeout = ctx.queryInteger(u"timeout"_s, 0);
    auto maxBytes = ctx.queryInteger(u"max_bytes"_s, ctx.services.options.maxFetchBytes);
    if (!timeout || !maxBytes)
        return Reply::answer(!timeout ? timeout.error() : maxBytes.error());
    if (inst.assignment.isEmpty() && !inst.subscribed())
        return Reply::answer(ctx.error(
            409, u"Illegal state: Consumer is not subscribed to any topics or assigned any partitions"_s,
            40903));
    // Wait: the query timeout, capped by the instance's or the server's request timeout (§2.5).
    const qint64 cap = inst.config.requestTimeoutMs > 0 ? inst.config.requestTimeoutMs
                                                        : ctx.services.options.confluentRequestTimeoutMs;
    const qint64 wait = *timeout > 0 ? qMin(*timeout, cap) : cap;
    const EmbeddedFormat format = inst.config.format;
    const QByteArray contentType = format == EmbeddedFormat::Json ? "application/vnd.kafka.json.v2+json"_ba
                                                                  : "application/vnd.kafka.binary.v2+json"_ba;
    const qint64 limit = qMax<qint64>(1, qMin(*maxBytes, ctx.services.options.maxFetchBytes));
    GroupCoordinator &groups = ctx.services.groups;
    Store &store = ctx.services.store;
    const int maxRecords = ctx.services.options.maxRecords;
    Reply reply;
    reply.waitMs = qMin(wait, ctx.services.options.maxWaitMs);
    reply.poll = [&groups, &store, group, name = inst.name, maxRecords, limit, format,
                  contentType](bool lastChance) -> std::optional<HttpResponse> {
        auto items = groups.read(group, name, maxRecords, limit);
        if (!items)
            return RequestContext::errorFor(Dialect::ConfluentV2, 500, items.error(), 50002);
        if (items->empty() && !lastChance)
            return std::nullopt;
        QByteArray out = "[";
        for (const ReadItem &item : *items) {
            if (out.size() > 1)
                out.append(',');
            const PartitionLog &log = store.topic(item.tp.topic)->partitions[size_t(item.tp.partition)];
            RecordJson::confluent(out, &item.tp.topic, item.tp.partition, log.at(item.offset), format);
        }
        out.append(']');
        HttpResponse response;
        response.contentType = contentType;
        response.body = out;
        return response;
    };
    return reply;
}

} // namespace Gregor::Sandbox::ConfluentConsumers::Detail
