// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3parse.h"

#include "v3json.h"

#include <QHash>

#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

// Consumer groups, their members, assignments and the lag the server computed (api-spec §3.2).
namespace Gregor::ConfluentV3 {

using namespace Detail;

namespace {

GroupState groupState(const QString &name)
{
    static const QHash<QString, GroupState> states{
        {u"PREPARING_REBALANCE"_s, GroupState::PreparingRebalance},
        {u"COMPLETING_REBALANCE"_s, GroupState::CompletingRebalance},
        {u"ASSIGNING"_s, GroupState::Assigning},
        {u"RECONCILING"_s, GroupState::Reconciling},
        {u"STABLE"_s, GroupState::Stable},
        {u"DEAD"_s, GroupState::Dead},
        {u"EMPTY"_s, GroupState::Empty},
    };
    return states.value(name, GroupState::Unknown);
}

GroupType groupType(const QString &name)
{
    static const QHash<QString, GroupType> types{
        {u"CLASSIC"_s, GroupType::Classic},
        {u"CONSUMER"_s, GroupType::Consumer},
        {u"SHARE"_s, GroupType::Share},
    };
    return types.value(name, GroupType::Unknown);
}

Result<GroupDescription> readGroup(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"consumer group", index));
    f.expectKind("KafkaConsumerGroup"_L1);
    GroupDescription group;
    group.group = f.string("consumer_group_id"_L1);
    group.isSimple = f.boolean("is_simple"_L1);
    group.partitionAssignor = f.optionalString("partition_assignor"_L1);
    group.state = groupState(f.string("state"_L1)); // a state added after us is Unknown
    group.type = groupType(f.optionalString("type"_L1));
    group.isMixed = f.optionalBoolean("is_mixed_consumer_group"_L1);
    group.coordinator = f.linkedId("coordinator"_L1, "brokers"_L1);
    return done(f, std::move(group));
}

Result<GroupMember> readConsumer(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"consumer", index));
    f.expectKind("KafkaConsumer"_L1);
    GroupMember member;
    member.consumerId = f.string("consumer_id"_L1);
    if (f.ok() && member.consumerId.isEmpty())
        f.fail(u"'consumer_id' is empty"_s);
    member.instanceId = f.optionalString("instance_id"_L1);
    member.clientId = f.optionalString("client_id"_L1);
    return done(f, std::move(member));
}

Result<TopicPartition> readAssignment(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"assignment", index));
    f.expectKind("KafkaConsumerAssignment"_L1);
    TopicPartition tp{f.string("topic_name"_L1), f.intField("partition_id"_L1, 0)};
    return done(f, std::move(tp));
}

Result<ConsumerLag> readLag(const QJsonValue &value, qsizetype index)
{
    Fields f(value, itemName(u"consumer lag", index));
    f.expectKind("KafkaConsumerLag"_L1);
    ConsumerLag lag;
    lag.group = f.optionalString("consumer_group_id"_L1);
    lag.tp = {f.string("topic_name"_L1), f.intField("partition_id"_L1, 0)};
    lag.currentOffset = f.integer("current_offset"_L1, -1); // -1: never committed
    lag.logEndOffset = f.integer("log_end_offset"_L1, 0);
    lag.lag = f.integer("lag"_L1, 0);
    lag.consumerId = f.optionalString("consumer_id"_L1);
    lag.instanceId = f.optionalString("instance_id"_L1);
    lag.clientId = f.optionalString("client_id"_L1);
    return done(f, std::move(lag));
}

bool byPartition(const TopicPartition &a, const TopicPartition &b)
{
    return std::tie(a.topic, a.partition) < std::tie(b.topic, b.partition);
}

} // namespace

Result<Page<GroupDescription>> parseConsumerGroups(const QByteArray &body)
{
    return readPage<GroupDescription>(
        body, "KafkaConsumerGroupList"_L1, readGroup,
        [](const GroupDescription &a, const GroupDescription &b) { return a.group < b.group; });
}

Result<GroupDescription> parseConsumerGroup(const QByteArray &body)
{
    return readOne<GroupDescription>(body, readGroup);
}

Result<Page<GroupMember>> parseConsumers(const QByteArray &body)
{
    return readPage<GroupMember>(
        body, "KafkaConsumerList"_L1, readConsumer,
        [](const GroupMember &a, const GroupMember &b) { return a.consumerId < b.consumerId; });
}

Result<GroupMember> parseConsumer(const QByteArray &body)
{
    return readOne<GroupMember>(body, readConsumer);
}

Result<Page<TopicPartition>> parseAssignments(const QByteArray &body)
{
    return readPage<TopicPartition>(body, "KafkaConsumerAssignmentList"_L1, readAssignment, byPartition);
}

Result<Page<ConsumerLag>> parseLags(const QByteArray &body)
{
    return readPage<ConsumerLag>(
        body, "KafkaConsumerLagList"_L1, readLag,
        [](const ConsumerLag &a, const ConsumerLag &b) { return byPartition(a.tp, b.tp); });
}

Result<ConsumerLag> parseLag(const QByteArray &body)
{
    return readOne<ConsumerLag>(body, readLag);
}

Result<ConsumerLagSummary> parseLagSummary(const QByteArray &body)
{
    auto object = parseResource(body);
    if (!object)
        return std::unexpected(object.error());
    Fields f(*object, u"the lag summary"_s);
    f.expectKind("KafkaConsumerGroupLagSummary"_L1);
    ConsumerLagSummary summary;
    summary.group = f.optionalString("consumer_group_id"_L1);
    summary.maxLagConsumerId = f.optionalString("max_lag_consumer_id"_L1);
    summary.maxLagInstanceId = f.optionalString("max_lag_instance_id"_L1);
    summary.maxLagClientId = f.optionalString("max_lag_client_id"_L1);
    summary.maxLagPartition.topic = f.optionalString("max_lag_topic_name"_L1);
    const auto maxLagPartition = f.optionalInteger("max_lag_partition_id"_L1, 0);
    if (maxLagPartition && *maxLagPartition > std::numeric_limits<int>::max())
        f.fail(u"'max_lag_partition_id' is too large"_s);
    summary.maxLagPartition.partition = f.ok() && maxLagPartition ? int(*maxLagPartition) : -1;
    summary.maxLag = f.integer("max_lag"_L1, 0);
    summary.totalLag = f.integer("total_lag"_L1, 0);
    if (f.ok() && summary.totalLag < summary.maxLag)
        f.fail(u"'total_lag' is below 'max_lag'"_s);
    return done(f, std::move(summary));
}

ConsumerGroupInfo groupInfo(const QString &group, const QList<GroupMember> &members,
                            const QList<QList<TopicPartition>> &assignments)
{
    ConsumerGroupInfo info{group, {}};
    for (qsizetype i = 0; i < members.size(); ++i)
        info.instances.append({members[i].consumerId, assignments.value(i), members[i].clientId});
    return info;
}

LagInputs lagInputs(const QList<ConsumerLag> &lags)
{
    LagInputs inputs;
    QHash<QString, qsizetype> instanceIndex;
    for (const ConsumerLag &lag : lags) {
        inputs.committed.append({lag.tp, lag.currentOffset});
        inputs.ends.insert(lag.tp, lag.logEndOffset);
        if (lag.consumerId.isEmpty())
            continue;
        auto it = instanceIndex.constFind(lag.consumerId);
        if (it == instanceIndex.cend()) {
            it = instanceIndex.insert(lag.consumerId, inputs.instances.size());
            inputs.instances.append({lag.consumerId, {}, lag.clientId});
        }
        inputs.instances[*it].assignment.append(lag.tp);
    }
    return inputs;
}

} // namespace Gregor::ConfluentV3
