// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v3 topics: list, get, create (201 + Location, validate_only), partition
// increase by PATCH, delete (api-spec §3.2).
#include "consumergroups.h"
#include "jsonwriter.h"
#include "sandboxoptions.h"
#include "store.h"
#include "topicname.h"
#include "v3resources.h"
#include "v3routes.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::V3 {

namespace {

// Every operation: the sandbox has no ACLs.
constexpr QByteArrayView allTopicOperations =
    R"(["ALTER","ALTER_CONFIGS","CREATE","DELETE","DESCRIBE","DESCRIBE_CONFIGS","READ","WRITE"])";

QByteArray topicJson(const Links &links, const QString &topic, int partitions, bool operations)
{
    QByteArray out;
    Fields(out)
        .resource("KafkaTopic", links.url({u"topics"_s, topic}), links.crn({{u"topic"_s, topic}}))
        .string("cluster_id", QStringView(links.cluster()))
        .string("topic_name", QStringView(topic))
        .boolean("is_internal", false)
        .number("replication_factor", 1)
        .number("partitions_count", partitions)
        .link("partitions", links.url({u"topics"_s, topic, u"partitions"_s}))
        .link("configs", links.url({u"topics"_s, topic, u"configs"_s}))
        .link("partition_reassignments",
              links.url({u"topics"_s, topic, u"partitions"_s, u"-"_s, u"reassignment"_s}))
        .raw("authorized_operations", operations ? allTopicOperations : QByteArrayView("[]"))
        .close();
    return out;
}

HttpResponse tooManyPartitions(const RequestContext &ctx)
{
    return badRequest(ctx, u"The sandbox holds at most %1 partitions in all topics together."_s.arg(
                               Store::maxTotalPartitions));
}

bool flagQuery(const RequestContext &ctx, const QString &name)
{
    return ctx.query.queryItemValue(name).compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

// An optional integer field: absent and null give `fallback`; a non-integer is a 400/400.
std::expected<qint64, HttpResponse> optionalInteger(const RequestContext &ctx, const QJsonObject &o,
                                                    const QString &field, qint64 fallback)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const auto n = JsonField::integer(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!n)
        return std::unexpected(wrongType(ctx, field, "an integer"));
    return *n;
}

Reply create(RequestContext &ctx, const Links &links)
{
    auto body = objectBody(ctx);
    if (!body)
        return Reply::answer(body.error());
    const QJsonObject &o = *body;
    const QJsonValue nameValue = o.value(u"topic_name"_s);
    if (!nameValue.isString())
        return Reply::answer(wrongType(ctx, u"topic_name"_s, "a string"));
    const QString name = nameValue.toString();
    const QJsonValue validateValue = o.value(u"validate_only"_s);
    if (!validateValue.isUndefined() && !validateValue.isNull() && !validateValue.isBool())
        return Reply::answer(wrongType(ctx, u"validate_only"_s, "a boolean"));
    auto partitions = optionalInteger(ctx, o, u"partitions_count"_s, -1);
    auto replication = optionalInteger(ctx, o, u"replication_factor"_s, -1);
    if (!partitions || !replication)
        return Reply::answer(partitions ? replication.error() : partitions.error());
    if (!isValidTopicName(name))
        return Reply::answer(badRequest(
            ctx, u"Topic name '%1' is illegal: use 1 to 249 of ASCII alphanumerics, '.', '_' and '-'"_s.arg(
                     name)));
    Store &store = ctx.services.store;
    if (store.topic(name))
        return Reply::answer(badRequest(ctx, u"Topic '%1' already exists."_s.arg(name)));

    const QJsonValue assignments = o.value(u"replicas_assignments"_s);
    if (!assignments.isUndefined() && !assignments.isNull()) {
        if (!assignments.isObject())
            return Reply::answer(wrongType(ctx, u"replicas_assignments"_s, "an object"));
        if (*partitions != -1 || *replication != -1)
            return Reply::answer(badRequest(ctx, u"Both partitions_count or replication_factor and "
                                                 u"replicas_assignments were set. Both cannot be used at the "
                                                 u"same time."_s));
        const QJsonObject map = assignments.toObject();
        for (qsizetype p = 0; p < map.size(); ++p) {
            const QJsonValue replicas = map.value(QString::number(p));
            if (!replicas.isArray() || replicas.toArray() != QJsonArray{0})
                return Reply::answer(badRequest(
                    ctx, u"Invalid replica assignment for partition %1: the sandbox has one broker, id 0, "
                         u"so every partition is [0] and the partitions are 0 to N-1"_s.arg(p)));
        }
        *partitions = map.isEmpty() ? -1 : map.size();
    }
    if (*partitions == 0 || *partitions < -1)
        return Reply::answer(badRequest(
            ctx, u"Number of partitions must be larger than 0, or -1 to use the default value."_s));
    if (*partitions > Store::maxPartitions)
        return Reply::answer(badRequest(
            ctx, u"The sandbox allows at most %1 partitions per topic."_s.arg(Store::maxPartitions)));
    if (*replication == 0 || *replication < -1)
        return Reply::answer(
            badRequest(ctx, u"Replication factor must be larger than 0, or -1 to use the default value."_s));
    if (*replication > 1)
        return Reply::answer(badRequest(
            ctx,
            u"Unable to replicate the partition %1 time(s): The target replication factor of %1 cannot be "
            u"reached because only 1 broker(s) are registered."_s.arg(*replication)));
    const int count = *partitions == -1 ? 1 : int(*partitions); // num.partitions defaults to 1
    if (store.totalPartitions() + count > Store::maxTotalPartitions)
        return Reply::answer(tooManyPartitions(ctx));

    QMap<QString, QString> configs;
    if (const QJsonValue list = o.value(u"configs"_s); !list.isUndefined() && !list.isNull()) {
        if (!list.isArray())
            return Reply::answer(wrongType(ctx, u"configs"_s, "an array of {name, value}"));
        for (const QJsonValue &entry : list.toArray()) {
            const QJsonValue n = entry.toObject().value(u"name"_s), v = entry.toObject().value(u"value"_s);
            if (!entry.isObject() || !n.isString() || !(v.isString() || v.isNull() || v.isUndefined()))
                return Reply::answer(
                    wrongType(ctx, u"configs"_s, "an array of {name: string, value: string|null}"));
            if (v.isString()) {
                if (auto problem = configProblem(n.toString(), v.toString()))
                    return Reply::answer(badRequest(ctx, *problem));
                configs.insert(n.toString(), v.toString());
            } else if (auto problem = configProblem(n.toString(), std::nullopt)) {
                return Reply::answer(badRequest(ctx, *problem));
            }
        }
    }
    const QByteArray answer = topicJson(links, name, count, false);
    if (validateValue.toBool(false))
        return Reply::answer(json(ctx, answer));
    QString failure;
    if (!store.createTopic(name, count, &failure))
        return Reply::answer(ctx.error(500, failure, 50002));
    if (!configs.isEmpty())
        store.setTopicConfigs(name, configs);
    HttpResponse response = json(ctx, answer, 201);
    response.extraHeaders.append({"Location", links.url({u"topics"_s, name}).toUtf8()});
    return Reply::answer(response);
}

Reply increase(RequestContext &ctx, const Links &links, const QString &topic, int current)
{
    auto body = objectBody(ctx);
    if (!body)
        return Reply::answer(body.error());
    const auto wanted = JsonField::integer(body->value(u"partitions_count"_s),
                                           std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!wanted)
        return Reply::answer(wrongType(ctx, u"partitions_count"_s, "an integer"));
    if (*wanted == current)
        return Reply::answer(badRequest(ctx, u"Topic already has %1 partitions."_s.arg(current)));
    if (*wanted < current)
        return Reply::answer(badRequest(
            ctx,
            u"Topic currently has %1 partitions, which is higher than the requested %2."_s.arg(current).arg(
                *wanted)));
    if (*wanted > Store::maxPartitions)
        return Reply::answer(badRequest(
            ctx, u"The sandbox allows at most %1 partitions per topic."_s.arg(Store::maxPartitions)));
    if (ctx.services.store.totalPartitions() + *wanted - current > Store::maxTotalPartitions)
        return Reply::answer(tooManyPartitions(ctx));
    QString failure;
    if (!ctx.services.store.addPartitions(topic, int(*wanted), &failure))
        return Reply::answer(ctx.error(500, failure, 50002));
    return Reply::answer(json(ctx, topicJson(links, topic, int(*wanted), false)));
}

// Subscribed members lose a deleted topic's partitions in the rebalance its deletion causes; members
// that assigned partitions themselves (v2 assignments) lose them here, so no read or position
// ever looks for a partition that a topic created again under the same name may not have.
void dropManualAssignments(GroupCoordinator &groups, const QString &topic)
{
    struct Change
    {
        QString group, instance;
        QList<TopicPartition> keep;
    };
    std::vector<Change> changes;
    for (const ConsumerGroup *group : groups.groups()) {
        for (const auto &[name, inst] : group->instances) {
            if (!inst.manual || std::ranges::none_of(inst.assignment, [&](const TopicPartition &tp) {
                    return tp.topic == topic;
                }))
                continue;
            Change change{group->name, name, {}};
            for (const TopicPartition &tp : inst.assignment)
                if (tp.topic != topic)
                    change.keep.append(tp);
            changes.push_back(std::move(change));
        }
    }
    for (const Change &change : changes)
        groups.assign(change.group, change.instance, change.keep);
}

} // namespace

Reply topics(RequestContext &ctx, const Links &links)
{
    const QStringList &s = ctx.segments; // clusters, {c}, topics[, {t}]
    Store &store = ctx.services.store;
    if (s.size() == 3) {
        if (ctx.isPost())
            return create(ctx, links);
        if (!ctx.isGet())
            return Reply::answer(ctx.methodNotAllowed());
        const bool operations = flagQuery(ctx, u"includeAuthorizedOperations"_s);
        QList<QByteArray> items;
        for (const QString &name : store.topicNames())
            items.append(topicJson(links, name, store.partitionCount(name), operations));
        return Reply::answer(json(ctx, list("KafkaTopicList", links.url({u"topics"_s}), items)));
    }
    if (s.size() != 4)
        return Reply::answer(ctx.notFound());
    const QString &topic = s[3];
    const int count = store.partitionCount(topic);
    const QByteArray &method = ctx.method();
    if (method != "GET" && method != "PATCH" && method != "DELETE")
        return Reply::answer(ctx.methodNotAllowed());
    if (count < 0)
        return Reply::answer(unknownTopicOrPartition(ctx));
    if (method == "PATCH")
        return increase(ctx, links, topic, count);
    if (method == "DELETE") {
        QString failure;
        if (!store.deleteTopic(topic, &failure))
            return Reply::answer(ctx.error(500, failure, 50002));
        dropManualAssignments(ctx.services.groups, topic);
        return Reply::answer(ctx.noContent());
    }
    return Reply::answer(
        json(ctx, topicJson(links, topic, count, flagQuery(ctx, u"include_authorized_operations"_s))));
}

} // namespace Gregor::Sandbox::V3
