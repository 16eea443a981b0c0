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

// One partition's append-only log, compact: every record's encoding lives in one byte arena and
// an index of fixed-size entries maps offsets (0, 1, 2, …) to it.
class PartitionLog
{
public:
    // Appends an encoded record (RecordCodec::encode); false when it does not decode.
    bool appendEncoded(QByteArrayView encoded);
    RecordView at(qint64 offset) const; // 0 <= offset < endOffset()
    qint64 endOffset() const { return qint64(m_index.size()); }
    qint64 startOffset() const { return 0; }
    // The first offset whose record (or an earlier one) has a timestamp >= ms, as Kafka's time
    // index answers; -1 when no record is that recent.
    qint64 offsetForTime(qint64 ms) const;
    qint64 arenaBytes() const { return m_arena.size(); }

private:
    struct Entry
    {
        qint64 position;
        qint64 maxTimestampSoFar;
        RecordLayout layout;
        qint32 size;
    };
    QByteArray m_arena;
    std::vector<Entry> m_index;
};

} // namespace Gregor::Sandbox
