// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/kafkaclient.h"
#include "groupsnapshot.h"

namespace Gregor {

// Where a reset moves a group's committed offsets.
struct ResetTarget
{
    enum class Kind
    {
        Earliest,
        Latest,
        DateTime, // the first record at or after value (ms since the epoch)
        Offset,   // exactly value (kept inside the log)
        Shift,    // the committed offset moved by value (negative: re-read)
    };
    Kind kind = Kind::Earliest;
    qint64 value = 0;
    friend bool operator==(const ResetTarget &, const ResetTarget &) = default;
};

// What a reset applies to: the whole group (no topic), one topic, or chosen partitions of it.
struct ResetScope
{
    QString topic;
    QList<int> partitions;
    friend bool operator==(const ResetScope &, const ResetScope &) = default;
};

struct ResetRow
{
    TopicPartition tp;
    qint64 committedNow = -1;
    qint64 committedAfter = -1;
    qint64 end = -1;
    qint64 lagAfter() const { return end < 0 ? -1 : std::max<qint64>(0, end - committedAfter); }
    friend bool operator==(const ResetRow &, const ResetRow &) = default;
};

QList<TopicPartition> partitionsInScope(const GroupSnapshot &snapshot, const ResetScope &scope);

// The preview: every partition in scope with its committed offset now and after, from the log's
// beginnings and ends (and, for a date-time, the offsets at that time; -1 = none, so the end).
// Offsets are kept inside [beginning, end].
QList<ResetRow> planReset(const GroupSnapshot &snapshot, const ResetScope &scope, const ResetTarget &target,
                          const QHash<TopicPartition, qint64> &beginnings,
                          const QHash<TopicPartition, qint64> &ends,
                          const QHash<TopicPartition, qint64> &atTime = {});

// Looks up what planReset needs (fresh beginnings, ends, offsets at a time) and plans.
Job *previewReset(KafkaClient *client, const GroupSnapshot &snapshot, const ResetScope &scope,
                  const ResetTarget &target, QObject *context, ResultJob<QList<ResetRow>>::Callback done);

QList<PartitionOffset> resetOffsets(const QList<ResetRow> &rows);

} // namespace Gregor
