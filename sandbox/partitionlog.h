// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "recordcodec.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace Gregor::Sandbox {

// A stored record seen through its partition's arena; valid until the next append.
struct RecordView
{
    qint64 offset = -1;
    qint64 timestampMs = 0;
    QByteArrayView key;   // data() == nullptr when the record has no key
    QByteArrayView value; // data() == nullptr for a tombstone
    bool hasKey = false;
    bool hasValue = false;
    QByteArrayView encoded; // the whole encoded record
    RecordLayout layout;

    QList<RecordHeader> headers() const { return RecordCodec::decodeHeaders(encoded, layout); }
    qsizetype payloadBytes() const { return key.size() + value.size(); }
};

// Retention per partition, like Kafka's retention.bytes (and a record count): once a limit is
// passed, the oldest records are removed and the log's start offset moves past them. 0 = no limit.
struct Retention
{
    qint64 maxRecords = 0;
    qint64 maxBytes = 0; // of encoded records
    // Like retention.ms: records whose timestamp is older go, checked when a record is appended
    // and when the retention is set (Kafka checks every 5 minutes, segment by segment).
    qint64 maxAgeMs = 0;
    bool unlimited() const { return maxRecords <= 0 && maxBytes <= 0 && maxAgeMs <= 0; }
    friend bool operator==(const Retention &, const Retention &) = default;
};

// One partition's append-only log, compact: every record's encoding lives in one byte arena and
// an index of fixed-size entries maps offsets to it. Retention drops records at the front, so
// offsets run from startOffset() (0 until something was removed) to endOffset().
class PartitionLog
{
public:
    void setRetention(Retention retention);
    // Appends an encoded record (RecordCodec::encode); false when it does not decode.
    bool appendEncoded(QByteArrayView encoded);
    RecordView at(qint64 offset) const; // startOffset() <= offset < endOffset()
    qint64 endOffset() const { return m_startOffset + qint64(m_index.size() - m_first); }
    qint64 startOffset() const { return m_startOffset; }
    // Where a read asked to start at `offset` begins: at the start when those records are gone.
    qint64 clampToStart(qint64 offset) const { return qMax(offset, m_startOffset); }
    // The first offset whose record (or an earlier one) has a timestamp >= ms, as Kafka's time
    // index answers; -1 when no record is that recent.
    qint64 offsetForTime(qint64 ms) const;
    qint64 arenaBytes() const { return m_arena.size() - m_arenaFirst; }

private:
    struct Entry
    {
        qint64 position; // in m_arena
        qint64 maxTimestampSoFar;
        RecordLayout layout;
        qint32 size;
    };
    void applyRetention();
    void compact(); // gives back the space of removed records once it is most of the arena

    QByteArray m_arena;
    qsizetype m_arenaFirst = 0; // bytes before it belong to removed records
    std::vector<Entry> m_index;
    size_t m_first = 0; // index entries before it belong to removed records
    qint64 m_startOffset = 0;
    Retention m_retention;
};

} // namespace Gregor::Sandbox
