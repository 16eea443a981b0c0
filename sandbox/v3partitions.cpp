// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v3 partitions: list, get, earliest/latest offsets and replicas (api-spec §3.2).
// One broker, id 0, leads every partition and is its only in-sync replica.
#include "store.h"
#include "v3resources.h"
#include "v3routes.h"

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::V3 {

namespace {

QStringList partitionPath(const QString &topic, int partition)
{
    return {u"topics"_s, topic, u"partitions"_s, QString::number(partition)};
}

Fields &partitionFields(Fields &f, const Links &links, const QString &topic, int partition)
{
    const QStringList path = partitionPath(topic, partition);
    return f.string("cluster_id", QStringView(links.cluster()))
        .string("topic_name", QStringView(topic))
        .number("partition_id", partition)
        .link("leader", links.url(path + QStringList{u"replicas"_s, u"0"_s}))
        .link("replicas", links.url(path + QStringList{u"replicas"_s}))
        .link("reassignment", links.url(path + QStringList{u"reassignment"_s}));
}

QString partitionCrn(const Links &links, const QString &topic, int partition)
{
    return links.crn({{u"topic"_s, topic}, {u"partition"_s, QString::number(partition)}});
}

QByteArray partitionJson(const Links &links, const QString &topic, int partition)
{
    QByteArray out;
    Fields f(out);
    f.resource("KafkaPartition", links.url(partitionPath(topic, partition)),
               partitionCrn(links, topic, partition));
    partitionFields(f, links, topic, partition).close();
    return out;
}

QByteArray replicaJson(const Links &links, const QString &topic, int partition)
{
    QByteArray out;
    Fields(out)
        .resource(
            "KafkaReplica", links.url(partitionPath(topic, partition) + QStringList{u"replicas"_s, u"0"_s}),
            links.crn(
                {{u"topic"_s, topic}, {u"partition"_s, QString::number(partition)}, {u"replica"_s, u"0"_s}}))
        .string("cluster_id", QStringView(links.cluster()))
        .string("topic_name", QStringView(topic))
        .number("partition_id", partition)
        .number("broker_id", 0)
        .boolean("is_leader", true)
        .boolean("is_in_sync", true)
        .link("broker", links.url({u"brokers"_s, u"0"_s}))
        .close();
    return out;
}

} // namespace

Reply partitions(RequestContext &ctx, const Links &links)
{
    // clusters, {c}, topics, {t}, partitions[, {p}[, offset | replicas[, {b}]]]
    const QStringList &s = ctx.segments;
    if (s.size() > 8 || (s.size() >= 7 && s[6] != u"offset" && s[6] != u"replicas") ||
        (s.size() == 8 && s[6] != u"replicas"))
        return Reply::answer(ctx.notFound());
    bool isNumber = true;
    const int partition = s.size() > 5 ? s[5].toInt(&isNumber) : 0;
    if (!isNumber) // Confluent's int path parameter: anything else is no route
        return Reply::answer(ctx.notFound());
    if (!ctx.isGet())
        return Reply::answer(ctx.methodNotAllowed());
    const QString &topic = s[3];
    const Topic *t = ctx.services.store.topic(topic);
    if (!t)
        return Reply::answer(unknownTopicOrPartition(ctx));
    if (s.size() == 5) {
        QList<QByteArray> items;
        for (int p = 0; p < t->partitionCount(); ++p)
            items.append(partitionJson(links, topic, p));
        return Reply::answer(
            json(ctx, list("KafkaPartitionList", links.url({u"topics"_s, topic, u"partitions"_s}), items)));
    }
    if (partition < 0 || partition >= t->partitionCount())
        return Reply::answer(unknownTopicOrPartition(ctx));
    if (s.size() == 6)
        return Reply::answer(json(ctx, partitionJson(links, topic, partition)));
    if (s[6] == u"offset") {
        const QString type = ctx.query.queryItemValue(u"offset_type"_s);
        if (ctx.query.hasQueryItem(u"offset_type"_s) && type != u"earliest_and_latest")
            return Reply::answer(error(
                ctx, 400, u"offset_type '%1' is not supported: only earliest_and_latest"_s.arg(type), 400));
        const PartitionLog &log = t->partitions[size_t(partition)];
        QByteArray out;
        Fields f(out);
        f.resource("KafkaPartitionWithOffsets",
                   links.url(partitionPath(topic, partition) + QStringList{u"offset"_s}),
                   partitionCrn(links, topic, partition));
        partitionFields(f, links, topic, partition)
            .number("earliest_offset", log.startOffset())
            .number("latest_offset", log.endOffset())
            .close();
        return Reply::answer(json(ctx, out));
    }
    if (s.size() == 7)
        return Reply::answer(
            json(ctx, list("KafkaReplicaList",
                           links.url(partitionPath(topic, partition) + QStringList{u"replicas"_s}),
                           {replicaJson(links, topic, partition)})));
    if (s[7] != u"0")
        return Reply::answer(error(ctx, 404, u"Replica %1 cannot be found."_s.arg(s[7]), 404));
    return Reply::answer(json(ctx, replicaJson(links, topic, partition)));
}

} // namespace Gregor::Sandbox::V3
