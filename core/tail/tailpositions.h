// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/offsets.h"
#include "core/api/record.h"

#include <QHash>
#include <QList>

namespace Gregor {

// One followed partition: where the tail will read next and how far the end is.
struct TailPartition
{
    TopicPartition tp;
    qint64 next = -1; // the next offset to deliver; -1 until known (group mode: the first record)
    qint64 end = -1;  // the end offset last seen; -1 unknown
    qint64 delivered = 0;
    // Records between the position and the end; -1 when either is unknown.
    qint64 behind() const { return next >= 0 && end >= 0 ? std::max<qint64>(0, end - next) : -1; }
    friend bool operator==(const TailPartition &, const TailPartition &) = default;
};

// The positions of a tail, and the rule that makes it exact: a record is delivered only when its
// offset is at or after its partition's position, and the position then moves past it. A repeated,
// retried or overlapping answer can therefore never deliver a record twice, and since the next
// fetch starts at the position, an answer lost on the way loses nothing.
class TailPositions
{
public:
    void set(const QList<TailPartition> &partitions);
    void clear() { m_partitions.clear(), m_index.clear(); }

    // The records not delivered yet, in the order given; positions move past them. With
    // `adoptUnknown` (group mode) a record of a partition not followed yet starts following it.
    QList<Record> accept(const QList<Record> &records, bool adoptUnknown = false);
    void setEnd(const TopicPartition &tp, qint64 end);
    // Group mode: a partition the server assigned, shown before its first record sets a position.
    void adopt(const TopicPartition &tp);

    // The positions to fetch from (partitions with a known position).
    QList<PartitionOffset> positions() const;
    // "Next offset to read" of each partition with a position, for committing what was shown.
    QList<PartitionOffset> nextOffsets() const { return positions(); }

    const QList<TailPartition> &partitions() const { return m_partitions; }
    qint64 behind() const; // summed over partitions with both figures known; -1 when none
    bool isEmpty() const { return m_partitions.isEmpty(); }

private:
    QList<TailPartition> m_partitions;
    QHash<TopicPartition, qsizetype> m_index;
};

} // namespace Gregor
