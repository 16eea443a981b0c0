// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v3 consumer groups (api-spec §3.2): every group the coordinator knows, whatever
// API its members came through (Upstash, Confluent v1/v2); consumers and their assignments;
// lags and the lag summary from the committed offsets ("next offset to read", §7.1).
#include "consumergroups.h"
#include "store.h"
#include "v3resources.h"
#include "v3routes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::V3 {

namespace {

HttpResponse notFound(const RequestContext &ctx)
{
    return error(ctx, 404, u"HTTP 404 Not Found"_s, 404); // what JAX-RS's NotFoundException says
}

QStringList groupPath(const QString &group)
{
    return {u"consumer-groups"_s, group};
}

QByteArray groupJson(const Links &links, const ConsumerGroup &group)
{
    const bool live = !group.instances.empty();
    const bool simple =
        live && std::ranges::all_of(group.instances, [](const auto &i) { return i.second.manual; });
    QByteArray out;
    Fields(out)
        .resource("KafkaConsumerGroup", links.url(groupPath(group.name)),
                  links.crn({{u"consumer-group"_s, group.name}}))
        .string("cluster_id", QStringView(links.cluster()))
        .string("consumer_group_id", QStringView(group.name))
        .boolean("is_simple", simple)
        .string("partition_assignor", live && !simple ? u"range" : u"")
        .string("state", live ? u"STABLE" : u"EMPTY")
        .string("type", u"CLASSIC")
        .boolean("is_mixed_consumer_group", false)
        .link("coordinator", links.url({u"brokers"_s, u"0"_s}))
        .link("consumers", links.url(groupPath(group.name) + QStringList{u"consumers"_s}))
        .link("lag_summary", links.url(groupPath(group.name) + QStringList{u"lag-summary"_s}))
        .close();
    return out;
}

// The partitions of an instance's assignment that still exist, sorted as Confluent sorts them.
QList<TopicPartition> liveAssignment(const Store &store, const ConsumerInstance &inst)
{
    QList<TopicPartition> out;
    for (const TopicPartition &tp : inst.assignment)
        if (store.hasPartition(tp.topic, tp.partition))
            out.append(tp);
    std::ranges::sort(out, [](const TopicPartition &a, const TopicPartition &b) {
        return std::tie(a.topic, a.partition) < std::tie(b.topic, b.partition);
    });
    return out;
}

QByteArray assignmentJson(const Links &links, const QString &group, const QString &consumer,
                          const TopicPartition &tp)
{
    const QString p = QString::number(tp.partition);
    QByteArray out;
    Fields(out)
        .resource("KafkaConsumerAssignment",
                  links.url(groupPath(group) + QStringList{u"consumers"_s, consumer, u"assignments"_s,
                                                           tp.topic, u"partitions"_s, p}),
                  links.crn({{u"consumer-group"_s, group},
                             {u"consumer"_s, consumer},
                             {u"assignment"_s, tp.topic},
                             {u"partition"_s, p}}))
        .string("cluster_id", QStringView(links.cluster()))
        .string("consumer_group_id", QStringView(group))
        .string("consumer_id", QStringView(consumer))
        .string("topic_name", QStringView(tp.topic))
        .number("partition_id", tp.partition)
        .link("partition", links.url({u"topics"_s, tp.topic, u"partitions"_s, p}))
        .link("lag", links.url(groupPath(group) + QStringList{u"lags"_s, tp.topic, u"partitions"_s, p}))
        .close();
    return out;
}

// consumer_id and client_id are the instance's name (the sandbox has no separate member id);
// instance_id (static membership) is never set.
QByteArray consumerJson(const Links &links, const QString &group, const ConsumerInstance &inst)
{
    const QStringList path = groupPath(group) + QStringList{u"consumers"_s, inst.name};
    QByteArray out;
    Fields(out)
        .resource("KafkaConsumer", links.url(path),
                  links.crn({{u"consumer-group"_s, group}, {u"consumer"_s, inst.name}}))
        .string("cluster_id", QStringView(links.cluster()))
        .string("consumer_group_id", QStringView(group))
        .string("consumer_id", QStringView(inst.name))
        .null("instance_id")
        .string("client_id", QStringView(inst.name))
        .link("assignments", links.url(path + QStringList{u"assignments"_s}))
        .close();
    return out;
}

struct Lag
{
    TopicPartition tp;
    qint64 current = 0, logEnd = 0, lag = 0;
    QString consumer; // "" when no live member owns the partition
};

// One entry per committed partition that still exists.
std::vector<Lag> lagsOf(const Store &store, const ConsumerGroup &group)
{
    std::vector<Lag> out;
    for (auto it = group.committed.cbegin(); it != group.committed.cend(); ++it) {
        const Topic *topic = store.topic(it.key().topic);
        if (!topic || it.key().partition < 0 || it.key().partition >= topic->partitionCount())
            continue;
        Lag lag{it.key(), it.value(), topic->partitions[size_t(it.key().partition)].endOffset(), 0, {}};
        // max(0, end - committed), without overflow for a committed offset past anything real
        lag.lag = lag.current >= lag.logEnd ? 0 : lag.logEnd - qMax<qint64>(0, lag.current);
        for (const auto &[name, inst] : group.instances)
            if (inst.assignment.contains(lag.tp))
                lag.consumer = name;
        out.push_back(std::move(lag));
    }
    // Confluent's order: the largest lag first, then by topic and partition.
    std::ranges::sort(out, [](const Lag &a, const Lag &b) {
        return std::tie(b.lag, a.tp.topic, a.tp.partition) < std::tie(a.lag, b.tp.topic, b.tp.partition);
    });
    return out;
}

QByteArray lagJson(const Links &links, const QString &group, const Lag &lag)
{
    const QString p = QString::number(lag.tp.partition);
    QByteArray out;
    Fields(out)
        .resource("KafkaConsumerLag",
                  links.url(groupPath(group) + QStringList{u"lags"_s, lag.tp.topic, u"partitions"_s, p}),
                  links.crn({{u"consumer-group"_s, group}, {u"lag"_s, lag.tp.topic}, {u"partition"_s, p}}))
        .string("cluster_id", QStringView(links.cluster()))
        .string("consumer_group_id", QStringView(group))
        .string("topic_name", QStringView(lag.tp.topic))
        .number("partition_id", lag.tp.partition)
        .number("current_offset", lag.current)
        .number("log_end_offset", lag.logEnd)
        .number("lag", lag.lag)
        .string("consumer_id", QStringView(lag.consumer))
        .null("instance_id")
        .string("client_id", QStringView(lag.consumer))
        .close();
    return out;
}

QByteArray lagSummaryJson(const Links &links, const QString &group, const std::vector<Lag> &lags)
{
    const Lag &max = lags.front(); // sorted: the largest lag first
    qint64 total = 0;
    for (const Lag &lag : lags)
        total += lag.lag;
    QByteArray out;
    Fields(out)
        .resource("KafkaConsumerGroupLagSummary", links.url(groupPath(group) + QStringList{u"lag-summary"_s}),
                  links.crn({{u"consumer-group"_s, group}}) + u"/lag-summary"_s)
        .string("cluster_id", QStringView(links.cluster()))
        .string("consumer_group_id", QStringView(group))
        .string("max_lag_consumer_id", QStringView(max.consumer))
        .null("max_lag_instance_id")
        .string("max_lag_client_id", QStringView(max.consumer))
        .string("max_lag_topic_name", QStringView(max.tp.topic))
        .number("max_lag_partition_id", max.tp.partition)
        .number("max_lag", max.lag)
        .number("total_lag", total)
        .link("max_lag_consumer", links.url(groupPath(group) + QStringList{u"consumers"_s, max.consumer}))
        .link("max_lag_partition",
              links.url({u"topics"_s, max.tp.topic, u"partitions"_s, QString::number(max.tp.partition)}))
        .close();
    return out;
}

Reply consumers(RequestContext &ctx, const Links &links, const ConsumerGroup &group)
{
    // clusters, {c}, consumer-groups, {g}, consumers[, {id}[, assignments[, {t}, partitions, {p}]]]
    const QStringList &s = ctx.segments;
    const Store &store = ctx.services.store;
    if (s.size() == 5) {
        QList<QByteArray> items;
        for (const auto &[name, inst] : group.instances)
            items.append(consumerJson(links, group.name, inst));
        return Reply::answer(
            json(ctx, list("KafkaConsumerList",
                           links.url(groupPath(group.name) + QStringList{u"consumers"_s}), items)));
    }
    auto it = group.instances.find(s[5]);
    if (it == group.instances.end())
        return Reply::answer(notFound(ctx));
    const ConsumerInstance &inst = it->second;
    if (s.size() == 6)
        return Reply::answer(json(ctx, consumerJson(links, group.name, inst)));
    const QList<TopicPartition> assignment = liveAssignment(store, inst);
    if (s.size() == 7) {
        QList<QByteArray> items;
        for (const TopicPartition &tp : assignment)
            items.append(assignmentJson(links, group.name, inst.name, tp));
        return Reply::answer(json(
            ctx,
            list("KafkaConsumerAssignmentList",
                 links.url(groupPath(group.name) + QStringList{u"consumers"_s, inst.name, u"assignments"_s}),
                 items)));
    }
    bool ok = false;
    const TopicPartition tp{s[7], s[9].toInt(&ok)};
    if (!ok)
        return Reply::answer(ctx.notFound());
    if (!assignment.contains(tp))
        return Reply::answer(notFound(ctx));
    return Reply::answer(json(ctx, assignmentJson(links, group.name, inst.name, tp)));
}

} // namespace

Reply consumerGroups(RequestContext &ctx, const Links &links)
{
    const QStringList &s = ctx.segments; // clusters, {c}, consumer-groups[, {g}[, …]]
    const int n = int(s.size());
    const QString what = s.value(4);
    const bool known =
        n <= 4 ||
        (what == u"consumers" && (n <= 7 || (n == 10 && s[6] == u"assignments" && s[8] == u"partitions"))) ||
        (what == u"lags" && (n == 5 || (n == 8 && s[6] == u"partitions"))) ||
        (what == u"lag-summary" && n == 5);
    if (!known || (what == u"consumers" && n >= 7 && s[6] != u"assignments"))
        return Reply::answer(ctx.notFound());
    if (!ctx.isGet())
        return Reply::answer(ctx.methodNotAllowed());
    const GroupCoordinator &groups = ctx.services.groups;
    if (n == 3) {
        QList<QByteArray> items;
        for (const ConsumerGroup *group : groups.groups())
            items.append(groupJson(links, *group));
        return Reply::answer(
            json(ctx, list("KafkaConsumerGroupList", links.url({u"consumer-groups"_s}), items)));
    }
    const ConsumerGroup *group = groups.group(s[3]);
    if (!group)
        return Reply::answer(notFound(ctx));
    if (n == 4)
        return Reply::answer(json(ctx, groupJson(links, *group)));
    if (what == u"consumers")
        return consumers(ctx, links, *group);
    const std::vector<Lag> lags = lagsOf(ctx.services.store, *group);
    if (what == u"lag-summary")
        return Reply::answer(lags.empty() ? notFound(ctx)
                                          : json(ctx, lagSummaryJson(links, group->name, lags)));
    if (n == 5) {
        if (lags.empty()) // Confluent: nothing committed that can be measured
            return Reply::answer(error(ctx, 404, u"Consumer lags not found."_s, 404));
        QList<QByteArray> items;
        for (const Lag &lag : lags)
            items.append(lagJson(links, group->name, lag));
        return Reply::answer(
            json(ctx, list("KafkaConsumerLagList", links.url(groupPath(group->name) + QStringList{u"lags"_s}),
                           items)));
    }
    bool ok = false;
    const TopicPartition tp{s[5], s[7].toInt(&ok)};
    if (!ok)
        return Reply::answer(ctx.notFound());
    for (const Lag &lag : lags)
        if (lag.tp == tp)
            return Reply::answer(json(ctx, lagJson(links, group->name, lag)));
    return Reply::answer(notFound(ctx));
}

} // namespace Gregor::Sandbox::V3
