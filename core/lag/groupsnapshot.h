// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/consumers.h"
#include "core/api/offsets.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Gregor {

// One partition of a group at one moment: what the group will read next against what the log
// holds. A partition without a commit has no lag, rather than a lag of 0.
struct PartitionLag
{
    TopicPartition tp;
    qint64 committed = -1; // next offset to read; -1: never committed
    qint64 end = -1;       // log end offset (next offset to be written); -1: unknown
    QString instance;      // the live instance it is assigned to, if any

    bool hasCommit() const { return committed >= 0; }
    // max(0, end - committed): a commit beyond the end (a truncated log) is no negative lag.
    std::optional<qint64> lag() const
    {
        if (committed < 0 || end < 0)
            return std::nullopt;
        return std::max<qint64>(0, end - committed);
    }
    friend bool operator==(const PartitionLag &, const PartitionLag &) = default;
};

struct TopicLag
{
    QString topic;
    qint64 lag = 0; // over the partitions with a commit
    qint64 largestPartitionLag = 0;
    int partitions = 0;
    int withoutCommit = 0;
    friend bool operator==(const TopicLag &, const TopicLag &) = default;
};

// A group's figures from one refresh.
struct GroupSnapshot
{
    QString group;
    qint64 takenAtMs = 0;
    QList<PartitionLag> partitions; // by topic, then partition
    QList<ConsumerInstanceInfo> instances;
    bool instancesKnown = false; // the dialect lists live instances (Capability::ListGroups)

    bool hasCommits() const;
    qint64 totalLag() const;
    qint64 largestPartitionLag() const;
    QList<TopicLag> topics() const; // by name
    const PartitionLag *partition(const TopicPartition &tp) const;
    friend bool operator==(const GroupSnapshot &, const GroupSnapshot &) = default;
};

// The partitions a group's figures cover: every one it has committed or a live instance is
// assigned; `committed` has -1 for partitions never committed, `ends` the log end offsets.
GroupSnapshot makeSnapshot(const QString &group, qint64 takenAtMs, const QList<PartitionOffset> &committed,
                           const QHash<TopicPartition, qint64> &ends,
                           const std::optional<QList<ConsumerInstanceInfo>> &instances);

QDebug operator<<(QDebug debug, const PartitionLag &lag);

} // namespace Gregor
