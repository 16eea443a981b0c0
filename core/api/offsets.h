// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "record.h"

#include <QDateTime>

namespace Gregor {

struct PartitionOffset
{
    TopicPartition tp;
    // Committed offsets are always "next offset to read", whatever the dialect stores (§7.1);
    // -1 means none (never committed, or no record at/after a timestamp).
    qint64 offset = -1;
    friend bool operator==(const PartitionOffset &, const PartitionOffset &) = default;
};

// Where an offset lookup or a read starts.
struct OffsetSpec
{
    enum class Kind
    {
        Earliest,
        Latest,
        Timestamp, // first record with timestamp >= timestampMs
        Offset,    // an explicit offset (reads only)
    };
    Kind kind = Kind::Earliest;
    qint64 value = 0; // timestamp in ms or offset, by kind

    static OffsetSpec earliest() { return {Kind::Earliest, 0}; }
    static OffsetSpec latest() { return {Kind::Latest, 0}; }
    static OffsetSpec atTime(qint64 msSinceEpoch) { return {Kind::Timestamp, msSinceEpoch}; }
    static OffsetSpec atOffset(qint64 offset) { return {Kind::Offset, offset}; }
    friend bool operator==(const OffsetSpec &, const OffsetSpec &) = default;
};

QDebug operator<<(QDebug debug, const PartitionOffset &offset);

} // namespace Gregor
