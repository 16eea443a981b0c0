// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupsnapshot.h"

#include <algorithm>

namespace Gregor {

bool GroupSnapshot::hasCommits() const
{
    return std::ranges::any_of(partitions, &PartitionLag::hasCommit);
}

qint64 GroupSnapshot::totalLag() const
{
    qint64 total = 0;
    for (const PartitionLag &p : partitions)
        total += p.lag().value_or(0);
    return total;
}

qint64 GroupSnapshot::largestPartitionLag() const
{
    qint64 largest = 0;
    for (const PartitionLag &p : partitions)
        largest = std::max(largest, p.lag().value_or(0));
    return largest;
}

QList<TopicLag> GroupSnapshot::topics() const
{
    QList<TopicLag> result;
    for (const PartitionLag &p : partitions) {
        if (result.isEmpty() || result.last().topic != p.tp.topic)
            result.append(TopicLag{p.tp.topic, 0, 0, 0, 0});
        TopicLag &topic = result.last();
        ++topic.partitions;
        if (const auto lag = p.lag()) {
            topic.lag += *lag;
            topic.largestPartitionLag = std::max(topic.largestPartitionLag, *lag);
        } else {
            ++topic.withoutCommit;
        }
    }
    return result;
}

const PartitionLag *GroupSnapshot::partition(const TopicPartition &tp) const
{
    const auto key = [](const PartitionLag &p) { return std::tie(p.tp.topic, p.tp.partition); };
    const auto it = std::ranges::lower_bound(partitions, std::tie(tp.topic, tp.partition), {}, key);
    return it != partitions.end() && it->tp == tp ? &*it : nullptr;
}

GroupSnapshot makeSnapshot(const QString &group, qint64 takenAtMs, const QList<PartitionOffset> &committed,
                           const QHash<TopicPartition, qint64> &ends,
                           const std::optional<QList<ConsumerInstanceInfo>> &instances)
{
    GroupSnapshot snapshot;
    snapshot.group = group;
    snapshot.takenAtMs = takenAtMs;
    snapshot.instancesKnown = instances.has_value();
    if (instances)
        snapshot.instances = *instances;

    const auto key = [](const PartitionLag &p) { return std::tie(p.tp.topic, p.tp.partition); };
    snapshot.partitions.reserve(committed.size());
    for (const PartitionOffset &po : committed)
        if (po.offset >= 0)
            snapshot.partitions.append(PartitionLag{po.tp, po.offset, ends.value(po.tp, -1), {}});
    if (!snapshot.instances.isEmpty()) {
        QHash<TopicPartition, qsizetype> index;
        for (qsizetype i = 0; i < snapshot.partitions.size(); ++i)
            index.insert(snapshot.partitions[i].tp, i);
        for (const ConsumerInstanceInfo &instance : std::as_const(snapshot.instances))
            for (const TopicPartition &tp : instance.assignment) {
                auto it = index.constFind(tp);
                if (it == index.cend()) {
                    it = index.insert(tp, snapshot.partitions.size());
                    snapshot.partitions.append(PartitionLag{tp, -1, ends.value(tp, -1), {}});
                }
                snapshot.partitions[*it].instance = instance.name;
            }
    }
    // Answers come in the order asked (topic, then partition), so this is mostly a check; a
    // server that named a partition twice keeps its last answer.
    if (!std::ranges::is_sorted(snapshot.partitions, {}, key))
        std::ranges::stable_sort(snapshot.partitions, {}, key);
    const auto last = std::unique(snapshot.partitions.rbegin(), snapshot.partitions.rend(),
                                  [](const PartitionLag &a, const PartitionLag &b) { return a.tp == b.tp; });
    snapshot.partitions.erase(snapshot.partitions.begin(), last.base());
    return snapshot;
}

QDebug operator<<(QDebug debug, const PartitionLag &lag)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "PartitionLag(" << lag.tp.topic << '-' << lag.tp.partition << ", committed "
                    << lag.committed << ", end " << lag.end << ", " << lag.instance << ')';
    return debug;
}

} // namespace Gregor
