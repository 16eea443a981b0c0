// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordring.h"

namespace Gregor {

// RecordStore's allocation units (recordstore.cpp): index chunks of 16,384 entries of 24 bytes
// and arena blocks of 4 MiB, records above 1 MiB in blocks of their own. tst_recordring checks
// estimatedBytes() against allocatedBytes(), so a change there shows up.
static constexpr qint64 entryBytes = 24; // wide rows (rare) add a side table per chunk
static constexpr qint64 indexChunkEntries = 16384;
static constexpr qint64 arenaBlockBytes = qint64(4) << 20;
static constexpr qint64 ownBlockAbove = arenaBlockBytes / 4;

RecordRing::RecordRing(qsizetype capacity)
    : m_capacity(clampCapacity(capacity))
    , m_segmentRows(segmentRowsFor(m_capacity))
{}

RecordRing::~RecordRing() = default;

qsizetype RecordRing::clampCapacity(qsizetype capacity)
{
    return qBound(MinCapacity, capacity, MaxCapacity);
}

qsizetype RecordRing::segmentRowsFor(qsizetype capacity)
{
    capacity = clampCapacity(capacity);
    return qMin(qBound(qsizetype(1024), capacity / 8, qsizetype(65536)), capacity / 4);
}

// Whole segments from the front until `overflow` rows are gone: all but the last are full.
static qsizetype wholeSegmentsCovering(qsizetype overflow, qsizetype segmentRows, qsizetype size)
{
    if (overflow <= 0)
        return 0;
    const qsizetype segments = (overflow + segmentRows - 1) / segmentRows;
    return qMin(segments * segmentRows, size);
}

qsizetype RecordRing::evictionForCapacity(qsizetype capacity) const
{
    capacity = clampCapacity(capacity);
    if (segmentRowsFor(capacity) != m_segmentRows)
        return qMax(qsizetype(0), m_size - capacity);
    return wholeSegmentsCovering(m_size - capacity, m_segmentRows, m_size);
}

qsizetype RecordRing::setCapacity(qsizetype capacity)
{
    capacity = clampCapacity(capacity);
    if (capacity == m_capacity)
        return 0;
    const qsizetype evicted = evictionForCapacity(capacity);
    const qsizetype rows = segmentRowsFor(capacity);
    if (rows != m_segmentRows)
        resegment(rows, evicted);
    else
        dropFront(evicted);
    m_capacity = capacity;
    return evicted;
}

void RecordRing::clear()
{
    m_segments.clear();
    m_size = 0;
    m_firstSeq = 0;
}

qsizetype RecordRing::evictionFor(qsizetype incoming) const
{
    const qsizetype kept = qMin(incoming, m_capacity);
    return wholeSegmentsCovering(m_size + kept - m_capacity, m_segmentRows, m_size);
}

qsizetype RecordRing::evictFor(qsizetype incoming)
{
    const qsizetype evicted = evictionFor(incoming);
    dropFront(evicted);
    return evicted;
}

void RecordRing::dropFront(qsizetype rows)
{
    while (rows > 0) {
        const qsizetype front = m_segments.front().size();
        Q_ASSERT(front <= rows); // callers evict whole segments
        m_segments.pop_front();
        rows -= front;
        m_size -= front;
        m_firstSeq += front;
    }
}

// Copies rows [keepFrom, size()) into segments of the new size. Only when the segment size
// changes, which happens below a capacity of 524,288, so at most that many rows are copied.
void RecordRing::resegment(qsizetype segmentRows, qsizetype keepFrom)
{
    std::deque<RecordStore> segments;
    for (qsizetype row = keepFrom; row < m_size; ++row) {
        if (segments.empty() || segments.back().size() == segmentRows)
            segments.emplace_back();
        const auto [rows, local] = locate(row);
        segments.back().append(rows->record(local));
    }
    m_segments.swap(segments);
    m_segmentRows = segmentRows;
    m_firstSeq += keepFrom;
    m_size -= keepFrom;
}

void RecordRing::appendOne(const Record &record)
{
    if (m_segments.empty() || m_segments.back().size() == m_segmentRows)
        m_segments.emplace_back();
    m_segments.back().append(record);
    ++m_size;
}

RecordRing::AppendResult RecordRing::append(const QList<Record> &records)
{
    AppendResult result;
    if (records.isEmpty())
        return result;
    result.evicted = evictFor(records.size());
    const qsizetype skipped = qMax(qsizetype(0), records.size() - m_capacity);
    if (skipped > 0) {
        Q_ASSERT(m_size == 0);
        m_firstSeq += skipped;
    }
    for (qsizetype i = skipped; i < records.size(); ++i)
        appendOne(records.at(i));
    result.appended = records.size() - skipped;
    return result;
}

QString RecordRing::topic(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->topic(local);
}

int RecordRing::partition(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->partition(local);
}

qint64 RecordRing::offset(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->offset(local);
}

std::optional<qint64> RecordRing::timestampMs(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->timestampMs(local);
}

bool RecordRing::hasKey(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->hasKey(local);
}

bool RecordRing::hasValue(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->hasValue(local);
}

QByteArrayView RecordRing::key(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->key(local);
}

QByteArrayView RecordRing::value(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->value(local);
}

QList<RecordHeader> RecordRing::headers(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->headers(local);
}

int RecordRing::headerCount(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->headerCount(local);
}

qsizetype RecordRing::recordBytes(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->recordBytes(local);
}

Record RecordRing::record(qsizetype row) const
{
    const auto [rows, local] = locate(row);
    return rows->record(local);
}

qint64 RecordRing::payloadBytes() const
{
    qint64 bytes = 0;
    for (const RecordStore &segment : m_segments)
        bytes += segment.payloadBytes();
    return bytes;
}

qint64 RecordRing::allocatedBytes() const
{
    qint64 bytes = 0;
    for (const RecordStore &segment : m_segments)
        bytes += segment.allocatedBytes();
    return bytes;
}

qint64 RecordRing::estimatedBytes(qsizetype capacity, qint64 averageRecordBytes)
{
    capacity = clampCapacity(capacity);
    const qint64 rows = segmentRowsFor(capacity);
    const qint64 segments = (capacity + rows - 1) / rows;
    const qint64 index = (rows + indexChunkEntries - 1) / indexChunkEntries * indexChunkEntries * entryBytes;
    qint64 arena = 0;
    if (averageRecordBytes > ownBlockAbove) {
        arena = rows * averageRecordBytes;
    } else if (averageRecordBytes > 0) {
        // A record never straddles two blocks: each block ends with less than one record unused.
        const qint64 perBlock = arenaBlockBytes / averageRecordBytes;
        arena = (rows + perBlock - 1) / perBlock * arenaBlockBytes;
    }
    return segments * (index + arena);
}

} // namespace Gregor
