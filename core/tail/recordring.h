// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/records/recordstore.h"

#include <deque>
#include <utility>

namespace Gregor {

// The live tail's bounded buffer: the newest capacity() records in segments, each a RecordStore.
// All segments but the last are full, so a row maps to its segment by one division. Records
// leave in whole segments from the front (the oldest first), never one by one: a full ring holds
// between capacity() - segmentRows() and capacity() records, and freeing memory costs nothing
// per record.
//
// Every record handed to append() gets the next sequence number (0, 1, 2, … since construction
// or clear()); a row's seq never changes while the row lives, so views key their rows by seq and
// survive eviction. Row r holds seq firstSeq() + r.
class RecordRing
{
public:
    struct AppendResult
    {
        qsizetype evicted = 0;  // rows removed from the front
        qsizetype appended = 0; // rows added at the back
    };

    static constexpr qsizetype MinCapacity = 1000;
    static constexpr qsizetype MaxCapacity = 10'000'000;
    static constexpr qsizetype DefaultCapacity = 100'000;

    explicit RecordRing(qsizetype capacity = DefaultCapacity);
    ~RecordRing();
    RecordRing(const RecordRing &) = delete;
    RecordRing &operator=(const RecordRing &) = delete;

    static qsizetype clampCapacity(qsizetype capacity);
    // capacity / 8 within [1024, 65536], but at most capacity / 4 so that a small ring never
    // empties itself by dropping one segment.
    static qsizetype segmentRowsFor(qsizetype capacity);

    qsizetype capacity() const { return m_capacity; }
    // Clamps, evicts what no longer fits and returns how many rows left the front. When the
    // segment size changes with it, the kept rows are copied into segments of the new size and
    // exactly the newest capacity rows stay; otherwise whole segments go.
    qsizetype setCapacity(qsizetype capacity);
    // What setCapacity(capacity) would evict, for models that announce removals beforehand.
    qsizetype evictionForCapacity(qsizetype capacity) const;

    qsizetype segmentRows() const { return m_segmentRows; }
    qsizetype segmentCount() const { return qsizetype(m_segments.size()); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear(); // also restarts the sequence numbers at 0

    qint64 firstSeq() const { return m_firstSeq; }
    qint64 endSeq() const { return m_firstSeq + m_size; } // the seq the next record gets

    // Evicts whole segments until the batch fits; of a batch larger than capacity() only its
    // newest capacity() records are kept (the others still use up their seqs).
    AppendResult append(const QList<Record> &records);
    // How many rows append() of that many records would evict, and doing just that eviction:
    // models call these between beginRemoveRows() and endRemoveRows(), then append().
    qsizetype evictionFor(qsizetype incoming) const;
    qsizetype evictFor(qsizetype incoming);

    // The segment holding a row and the row's index in it; valid until the ring changes.
    std::pair<const RecordRows *, qsizetype> locate(qsizetype row) const
    {
        Q_ASSERT(row >= 0 && row < m_size);
        return {&m_segments[size_t(row / m_segmentRows)], row % m_segmentRows};
    }

    QString topic(qsizetype row) const;
    int partition(qsizetype row) const;
    qint64 offset(qsizetype row) const;
    std::optional<qint64> timestampMs(qsizetype row) const;
    bool hasKey(qsizetype row) const;
    bool hasValue(qsizetype row) const;
    QByteArrayView key(qsizetype row) const; // views valid until the ring changes
    QByteArrayView value(qsizetype row) const;
    QList<RecordHeader> headers(qsizetype row) const;
    int headerCount(qsizetype row) const;
    qsizetype recordBytes(qsizetype row) const;
    Record record(qsizetype row) const;

    qint64 payloadBytes() const;   // key + value + headers of every row
    qint64 allocatedBytes() const; // what the segments' stores allocated
    // What a full ring of that capacity costs with records of that size (index entries, arena
    // blocks and their slack), for showing "≈ 230 MB" beside the capacity setting.
    static qint64 estimatedBytes(qsizetype capacity, qint64 averageRecordBytes);

private:
    void dropFront(qsizetype rows);
    void resegment(qsizetype segmentRows, qsizetype keepFrom);
    void appendOne(const Record &record);

    std::deque<RecordStore> m_segments;
    qsizetype m_capacity;
    qsizetype m_segmentRows;
    qsizetype m_size = 0;
    qint64 m_firstSeq = 0;
};

} // namespace Gregor
