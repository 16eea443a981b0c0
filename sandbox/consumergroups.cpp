// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consumergroups.h"

#include "store.h"

#include "core/logging.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

bool ConsumerInstance::subscribedTo(const QString &topic) const
{
    if (manual)
        return false;
    if (!pattern.isEmpty())
        return patternRe.match(topic).hasMatch();
    return topics.contains(topic);
}

GroupCoordinator::GroupCoordinator(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_expiryTimer.setInterval(1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &GroupCoordinator::expireIdle);
    m_expiryTimer.start();
    connect(&m_store, &Store::topicCreated, this, &GroupCoordinator::rebalanceAll);
}

void GroupCoordinator::restoreCommits(const CommittedOffsets &commits)
{
    for (const auto &[name, offsets] : commits) {
        ConsumerGroup &group = m_groups[name];
        group.name = name;
        group.committed.insert(offsets);
    }
}

const ConsumerGroup *GroupCoordinator::group(const QString &name) const
{
    auto it = m_groups.find(name);
    return it == m_groups.end() ? nullptr : &it->second;
}

ConsumerGroup *GroupCoordinator::mutableGroup(const QString &name)
{
    auto it = m_groups.find(name);
    return it == m_groups.end() ? nullptr : &it->second;
}

std::vector<const ConsumerGroup *> GroupCoordinator::groups() const
{
    std::vector<const ConsumerGroup *> out;
    for (const auto &[name, group] : m_groups)
        out.push_back(&group);
    return out;
}

ConsumerInstance *GroupCoordinator::instance(const QString &groupName, const QString &name)
{
    ConsumerGroup *group = mutableGroup(groupName);
    if (!group)
        return nullptr;
    auto it = group->instances.find(name);
    return it == group->instances.end() ? nullptr : &it->second;
}

ConsumerInstance *GroupCoordinator::touch(const QString &groupName, const QString &name)
{
    ConsumerInstance *inst = instance(groupName, name);
    if (inst)
        inst->lastSeen = Clock::now();
    return inst;
}

ConsumerInstance &GroupCoordinator::createInstance(const QString &groupName, const QString &name,
                                                   InstanceApi api, const InstanceConfig &config)
{
    ConsumerGroup &group = m_groups[groupName];
    group.name = groupName;
    ConsumerInstance &inst = group.instances[name];
    inst = ConsumerInstance{};
    inst.name = name;
    inst.api = api;
    inst.config = config;
    inst.lastSeen = inst.lastAutoCommit = Clock::now();
    qCDebug(lcSandbox) << "instance" << name << "joined group" << groupName;
    return inst;
}

bool GroupCoordinator::removeInstance(const QString &groupName, const QString &name)
{
    ConsumerGroup *group = mutableGroup(groupName);
    if (!group)
        return false;
    auto it = group->instances.find(name);
    if (it == group->instances.end())
        return false;
    if (it->second.config.autoCommit)
        commitPositions(groupName, it->second);
    group->instances.erase(it);
    qCDebug(lcSandbox) << "instance" << name << "left group" << groupName;
    rebalance(*group);
    if (group->instances.empty() && group->committed.isEmpty())
        m_groups.erase(groupName);
    return true;
}

void GroupCoordinator::subscribe(const QString &groupName, const QString &name, const QStringList &topics)
{
    ConsumerInstance *inst = instance(groupName, name);
    if (!inst)
        return;
    inst->manual = false;
    inst->pattern.clear();
    inst->topics = topics;
    inst->topics.removeDuplicates();
    inst->topics.sort();
    rebalance(*mutableGroup(groupName));
}

void GroupCoordinator::subscribePattern(const QString &groupName, const QString &name, const QString &pattern)
{
    ConsumerInstance *inst = instance(groupName, name);
    if (!inst)
        return;
    inst->manual = false;
    inst->topics.clear();
    inst->pattern = pattern;
    inst->patternRe = QRegularExpression(QRegularExpression::anchoredPattern(pattern));
    rebalance(*mutableGroup(groupName));
}

void GroupCoordinator::unsubscribe(const QString &groupName, const QString &name)
{
    ConsumerInstance *inst = instance(groupName, name);
    if (!inst)
        return;
    inst->topics.clear();
    inst->pattern.clear();
    inst->manual = false;
    rebalance(*mutableGroup(groupName));
}

void GroupCoordinator::assign(const QString &groupName, const QString &name,
                              const QList<TopicPartition> &partitions)
{
    ConsumerInstance *inst = instance(groupName, name);
    if (!inst)
        return;
    inst->topics.clear();
    inst->pattern.clear();
    inst->manual = !partitions.isEmpty();
    inst->assignment = partitions;
    for (auto it = inst->positions.begin(); it != inst->positions.end();)
        it = partitions.contains(it.key()) ? std::next(it) : inst->positions.erase(it);
    rebalance(*mutableGroup(groupName));
}

void GroupCoordinator::seek(const QString &groupName, const QString &name, const TopicPartition &tp,
                            qint64 offset)
{
    if (ConsumerInstance *inst = instance(groupName, name)) {
        inst->positions.insert(tp, offset);
        Q_EMIT changed();
    }
}

std::optional<qint64> GroupCoordinator::committed(const QString &groupName, const TopicPartition &tp) const
{
    const ConsumerGroup *g = group(groupName);
    if (!g)
        return std::nullopt;
    auto it = g->committed.constFind(tp);
    return it == g->committed.cend() ? std::nullopt : std::optional<qint64>(*it);
}

bool GroupCoordinator::commit(const QString &groupName, const TopicPartition &tp, qint64 nextOffset,
                              QString *error)
{
    if (m_persistence) {
        QString writeError;
        if (!m_persistence->writeCommit(groupName, tp, nextOffset, &writeError)) {
            if (error)
                *error = writeError;
            return false;
        }
    }
    ConsumerGroup &group = m_groups[groupName];
    group.name = groupName;
    group.committed.insert(tp, nextOffset);
    return true;
}

bool GroupCoordinator::commitPositions(const QString &groupName, ConsumerInstance &inst, QString *error)
{
    for (auto it = inst.positions.cbegin(); it != inst.positions.cend(); ++it) {
        if (committed(groupName, it.key()) != it.value() && !commit(groupName, it.key(), it.value(), error))
            return false;
    }
    return true;
}

std::expected<qint64, QString> GroupCoordinator::position(const QString &groupName, ConsumerInstance &inst,
                                                          const TopicPartition &tp)
{
    if (auto it = inst.positions.constFind(tp); it != inst.positions.cend())
        return *it;
    const Topic *topic = m_store.topic(tp.topic);
    const qint64 end = topic ? topic->partitions[size_t(tp.partition)].endOffset() : 0;
    qint64 start = 0;
    if (auto c = committed(groupName, tp)) {
        start = qBound<qint64>(0, *c, end);
    } else {
        switch (inst.config.reset) {
        case OffsetReset::Earliest:
            start = 0;
            break;
        case OffsetReset::Latest:
            start = end;
            break;
        case OffsetReset::None:
            return std::unexpected(
                u"Undefined offset with no reset policy for partitions: [%1-%2]"_s.arg(tp.topic).arg(
                    tp.partition));
        }
    }
    inst.positions.insert(tp, start);
    return start;
}

std::expected<std::vector<ReadItem>, QString>
GroupCoordinator::read(const QString &groupName, const QString &name, int maxRecords, qint64 maxBytes)
{
    std::vector<ReadItem> items;
    ConsumerInstance *inst = touch(groupName, name);
    if (!inst)
        return items;
    const auto now = Clock::now();
    if (inst->config.autoCommit &&
        now - inst->lastAutoCommit >= std::chrono::milliseconds(inst->config.autoCommitIntervalMs)) {
        commitPositions(groupName, *inst);
        inst->lastAutoCommit = now;
    }
    const qsizetype n = inst->assignment.size();
    if (n == 0)
        return items;
    // Every partition gets a position first, so a reset error is reported before anything moves.
    for (const TopicPartition &tp : std::as_const(inst->assignment)) {
        if (auto pos = position(groupName, *inst, tp); !pos)
            return std::unexpected(pos.error());
    }
    const qsizetype start = inst->rotation++ % n;
    qint64 bytes = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const TopicPartition &tp = inst->assignment[(start + k) % n];
        const Topic *topic = m_store.topic(tp.topic);
        if (!topic || tp.partition >= topic->partitionCount())
            continue;
        const PartitionLog &log = topic->partitions[size_t(tp.partition)];
        qint64 pos = log.clampToStart(inst->positions.value(tp));
        while (pos < log.endOffset() && int(items.size()) < maxRecords) {
            const qint64 size = log.at(pos).payloadBytes();
            if (!items.empty() && bytes + size > maxBytes)
                break;
            items.push_back({tp, pos});
            bytes += size;
            ++pos;
        }
        inst->positions.insert(tp, pos);
        if (int(items.size()) >= maxRecords || bytes >= maxBytes)
            break;
    }
    return items;
}

void GroupCoordinator::expireIdle()
{
    const auto now = Clock::now();
    std::vector<std::pair<QString, QString>> expired;
    for (auto &[groupName, group] : m_groups) {
        for (auto &[name, inst] : group.instances) {
            if (now - inst.lastSeen > std::chrono::milliseconds(inst.config.idleExpiryMs))
                expired.emplace_back(groupName, name);
        }
    }
    for (const auto &[groupName, name] : expired) {
        qCDebug(lcSandbox) << "instance" << name << "of group" << groupName << "expired";
        removeInstance(groupName, name);
        Q_EMIT instanceExpired(groupName, name);
    }
}

void GroupCoordinator::rebalanceAll()
{
    for (auto &[name, group] : m_groups)
        rebalance(group);
}

// Range assignment per topic over the live subscribed instances, sorted by name, like Kafka's
// RangeAssignor: the first (partitions % members) members get one partition more.
void GroupCoordinator::rebalance(ConsumerGroup &group)
{
    std::map<QString, QList<TopicPartition>> next;
    QSet<QString> topics;
    for (auto &[name, inst] : group.instances) {
        if (inst.manual)
            continue;
        next[name];
        for (const QString &topic : m_store.topicNames())
            if (inst.subscribedTo(topic))
                topics.insert(topic);
    }
    QStringList sortedTopics(topics.cbegin(), topics.cend());
    sortedTopics.sort();
    for (const QString &topic : std::as_const(sortedTopics)) {
        QStringList members;
        for (auto &[name, inst] : group.instances)
            if (inst.subscribedTo(topic))
                members.append(name);
        const int partitions = m_store.partitionCount(topic);
        const int m = int(members.size());
        const int per = partitions / m, extra = partitions % m;
        for (int i = 0; i < m; ++i) {
            const int first = i * per + qMin(i, extra);
            const int count = per + (i < extra ? 1 : 0);
            for (int p = first; p < first + count; ++p)
                next[members[i]].append({topic, p});
        }
    }
    bool moved = false;
    for (auto &[name, assignment] : next) {
        ConsumerInstance &inst = group.instances[name];
        if (inst.assignment == assignment)
            continue;
        moved = true;
        for (const TopicPartition &tp : std::as_const(inst.assignment)) {
            if (assignment.contains(tp))
                continue;
            if (inst.config.autoCommit && inst.positions.contains(tp) &&
                committed(group.name, tp) != inst.positions.value(tp))
                commit(group.name, tp, inst.positions.value(tp));
            inst.positions.remove(tp);
        }
        inst.assignment = assignment;
    }
    if (moved)
        ++group.generation;
    Q_EMIT changed();
}

} // namespace Gregor::Sandbox
