// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstore.h"

#include <cstring>
#include <limits>

namespace Gregor {

namespace RecordStoreDetail {

// 24 bytes per record. Offset and timestamp are deltas from the first record of the chunk, and
// the bytes of key, value and headers sit back to back at a 32-bit place in the arena. A record
// whose fields do not fit (offsets or timestamps 2^31 apart in one chunk, partition 65535 or
// more, 255 headers or topics) is "wide": its partition says so and its chunk's side table has
// its fields in full. Lengths carry a "present" bit so a null key or value differs from an empty one.
struct Entry
{
    quint32 place; // block (relative to the chunk's first) << placeShift | position in the block
    qint32 offsetDelta;
    qint32 timestampDelta; // noTimestampDelta when absent
    quint32 keyLength;     // bit 31: has a key
    quint32 valueLength;   // bit 31: has a value
    quint16 partition;     // wideMark: the fields are in Chunk::wide
    quint8 headerCount;
    quint8 topicId;
};
static_assert(sizeof(Entry) == 24);

struct WideEntry
{
    qint64 offset;
    qint64 timestampMs; // noTimestamp when absent
    const char *data;
    qint32 partition;
    quint16 headerCount;
    quint16 topicId;
};

constexpr qint64 noTimestamp = std::numeric_limits<qint64>::min();
constexpr qint32 noTimestampDelta = std::numeric_limits<qint32>::min();
constexpr quint16 wideMark = std::numeric_limits<quint16>::max();
constexpr quint32 presentBit = 1u << 31;
constexpr quint32 lengthMask = presentBit - 1;
constexpr int chunkShift = 14; // 16,384 entries (384 KiB) per index chunk
constexpr qsizetype chunkSize = qsizetype(1) << chunkShift;
constexpr qsizetype blockSize = 4 << 20; // arena block; untouched pages cost no memory
constexpr qsizetype ownBlockAbove = blockSize / 4;
constexpr int placeShift = 22; // positions in a block (blockSize) below, block deltas above
static_assert((qsizetype(1) << placeShift) >= blockSize);
constexpr quint32 maxBlockDelta = (1u << (32 - placeShift)) - 1;
// Each header in the arena: name length, value length (with the present bit), name, value.
constexpr qsizetype headerPrefix = 8;

// Written once by the store before any of its rows is published; the side table appears with
// the chunk's first wide row, before that row is published.
struct Chunk
{
    std::unique_ptr<Entry[]> entries{new Entry[size_t(chunkSize)]};
    std::unique_ptr<WideEntry[]> wide;
    qint64 baseOffset = 0;
    qint64 baseTimestampMs = 0;
    quint32 firstBlock = 0;
};

struct Directory
{
    std::vector<std::shared_ptr<Chunk>> chunks;
    std::vector<std::shared_ptr<char[]>> blocks;
    QStringList topics;
};

} // namespace RecordStoreDetail

using namespace RecordStoreDetail;

// memcpy with a null pointer is undefined even for zero bytes (empty arena, empty key).
static void copyBytes(char *to, const char *from, qsizetype n)
{
    if (n > 0)
        std::memcpy(to, from, size_t(n));
}

static quint32 readU32(const char *p)
{
    quint32 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

RecordRows::RecordRows()
    : m_dir(std::make_shared<Directory>())
{}
RecordRows::~RecordRows() = default;
RecordRows::RecordRows(const RecordRows &) = default;
RecordRows &RecordRows::operator=(const RecordRows &) = default;

// One row's place: its chunk and its index there.
struct RecordRows::Slot
{
    const Chunk &chunk;
    qsizetype index;
    const Entry &entry() const { return chunk.entries[size_t(index)]; }
    bool wide() const { return entry().partition == wideMark; }
    const WideEntry &wideEntry() const { return chunk.wide[size_t(index)]; }
};

RecordRows::Slot RecordRows::slot(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < m_count);
    return {*m_dir->chunks[size_t(row >> chunkShift)], row & (chunkSize - 1)};
}

const char *RecordRows::data(const Slot &s) const
{
    if (s.wide())
        return s.wideEntry().data;
    const quint32 place = s.entry().place;
    const size_t block = s.chunk.firstBlock + (place >> placeShift);
    if (block >= m_dir->blocks.size())
        return nullptr; // a row without bytes, before any block
    return m_dir->blocks[block].get() + (place & ((1u << placeShift) - 1));
}

int RecordRows::headerCount(const Slot &s)
{
    return s.wide() ? s.wideEntry().headerCount : s.entry().headerCount;
}

QString RecordRows::topic(qsizetype row) const
{
    const Slot s = slot(row);
    return m_dir->topics.at(s.wide() ? s.wideEntry().topicId : s.entry().topicId);
}

int RecordRows::partition(qsizetype row) const
{
    const Slot s = slot(row);
    return s.wide() ? s.wideEntry().partition : s.entry().partition;
}

qint64 RecordRows::offset(qsizetype row) const
{
    const Slot s = slot(row);
    return s.wide() ? s.wideEntry().offset : s.chunk.baseOffset + s.entry().offsetDelta;
}

std::optional<qint64> RecordRows::timestampMs(qsizetype row) const
{
    const Slot s = slot(row);
    if (s.wide()) {
        const qint64 ts = s.wideEntry().timestampMs;
        return ts == noTimestamp ? std::nullopt : std::optional<qint64>(ts);
    }
    const qint32 delta = s.entry().timestampDelta;
    return delta == noTimestampDelta ? std::nullopt : std::optional<qint64>(s.chunk.baseTimestampMs + delta);
}

bool RecordRows::hasKey(qsizetype row) const
{
    return slot(row).entry().keyLength & presentBit;
}

bool RecordRows::hasValue(qsizetype row) const
{
    return slot(row).entry().valueLength & presentBit;
}

QByteArrayView RecordRows::key(qsizetype row) const
{
    const Slot s = slot(row);
    return {data(s), qsizetype(s.entry().keyLength & lengthMask)};
}

QByteArrayView RecordRows::value(qsizetype row) const
{
    const Slot s = slot(row);
    const Entry &e = s.entry();
    const char *bytes = data(s);
    return {bytes ? bytes + (e.keyLength & lengthMask) : nullptr, qsizetype(e.valueLength & lengthMask)};
}

int RecordRows::headerCount(qsizetype row) const
{
    return headerCount(slot(row));
}

// Calls f(name, value, hasValue) for each header; stops when f returns false.
template<typename F>
void RecordRows::forEachHeader(qsizetype row, F f) const
{
    const Slot s = slot(row);
    const int count = headerCount(s);
    if (count == 0)
        return;
    const Entry &e = s.entry();
    const char *p = data(s) + (e.keyLength & lengthMask) + (e.valueLength & lengthMask);
    for (int i = 0; i < count; ++i) {
        const quint32 nameLength = readU32(p);
        const quint32 valueField = readU32(p + 4);
        const quint32 valueLength = valueField & lengthMask;
        const QByteArrayView name(p + headerPrefix, nameLength);
        const QByteArrayView value(p + headerPrefix + nameLength, valueLength);
        if (!f(name, value, bool(valueField & presentBit)))
            return;
        p += headerPrefix + nameLength + valueLength;
    }
}

QList<RecordHeader> RecordRows::headers(qsizetype row) const
{
    QList<RecordHeader> result;
    result.reserve(headerCount(row));
    forEachHeader(row, [&](QByteArrayView name, QByteArrayView value, bool hasValue) {
        result.append({QString::fromUtf8(name), hasValue ? value.toByteArray() : QByteArray()});
        return true;
    });
    return result;
}

std::optional<QByteArrayView> RecordRows::headerValue(qsizetype row, QStringView name) const
{
    const QByteArray wanted = name.toUtf8();
    std::optional<QByteArrayView> found;
    forEachHeader(row, [&](QByteArrayView n, QByteArrayView value, bool) {
        if (n != QByteArrayView(wanted))
            return true;
        found = value;
        return false;
    });
    return found;
}

qsizetype RecordRows::recordBytes(qsizetype row) const
{
    const Entry &e = slot(row).entry();
    qsizetype bytes = qsizetype(e.keyLength & lengthMask) + qsizetype(e.valueLength & lengthMask);
    forEachHeader(row, [&](QByteArrayView name, QByteArrayView value, bool) {
        bytes += name.size() + value.size();
        return true;
    });
    return bytes;
}

Record RecordRows::record(qsizetype row) const
{
    Record r;
    r.topic = topic(row);
    r.partition = partition(row);
    r.offset = offset(row);
    r.timestampMs = timestampMs(row);
    // A null QByteArray for a missing key or value, a non-null (possibly empty) one otherwise.
    if (hasKey(row))
        r.key = QByteArray(key(row).data(), key(row).size());
    if (hasValue(row))
        r.value = QByteArray(value(row).data(), value(row).size());
    if (r.key.isNull() && hasKey(row))
        r.key = QByteArray("", 0);
    if (r.value.isNull() && hasValue(row))
        r.value = QByteArray("", 0);
    r.headers = headers(row);
    return r;
}

// ---------------------------------------------------------------------------------------------

RecordStore::RecordStore() = default;
RecordStore::~RecordStore() = default;

void RecordStore::detachDirectory()
{
    // Snapshots read the directory they were given; never change one they share.
    if (m_dir.use_count() > 1)
        m_dir = std::make_shared<Directory>(*m_dir);
}

quint16 RecordStore::topicId(const QString &topic)
{
    if (m_lastTopic >= 0 && m_dir->topics.at(m_lastTopic) == topic)
        return quint16(m_lastTopic);
    qsizetype i = m_dir->topics.indexOf(topic);
    if (i < 0) {
        Q_ASSERT(m_dir->topics.size() < std::numeric_limits<quint16>::max());
        detachDirectory();
        m_dir->topics.append(topic);
        i = m_dir->topics.size() - 1;
    }
    m_lastTopic = int(i);
    return quint16(i);
}

RecordStore::Place RecordStore::reserveBytes(qsizetype bytes)
{
    if (bytes == 0)
        return {};
    if (bytes > ownBlockAbove) {
        // Big values get a block of their own so the current block's tail is not wasted.
        detachDirectory();
        m_dir->blocks.emplace_back(new char[size_t(bytes)]);
        m_allocated += bytes;
        return {m_dir->blocks.back().get(), qsizetype(m_dir->blocks.size()) - 1, 0};
    }
    if (!m_block || m_blockUsed + bytes > m_blockSize) {
        detachDirectory();
        m_dir->blocks.emplace_back(new char[size_t(blockSize)]);
        m_block = m_dir->blocks.back().get();
        m_blockIndex = qsizetype(m_dir->blocks.size()) - 1;
        m_blockSize = blockSize;
        m_blockUsed = 0;
        m_allocated += blockSize;
    }
    const Place place{m_block + m_blockUsed, m_blockIndex, m_blockUsed};
    m_blockUsed += bytes;
    return place;
}

Chunk &RecordStore::chunkFor(qsizetype row, qint64 offset, qint64 timestampMs)
{
    if ((row & (chunkSize - 1)) == 0 && size_t(row >> chunkShift) >= m_dir->chunks.size()) {
        detachDirectory();
        auto chunk = std::make_shared<Chunk>();
        chunk->baseOffset = offset;
        chunk->baseTimestampMs = timestampMs == noTimestamp ? 0 : timestampMs;
        chunk->firstBlock = quint32(m_block ? m_blockIndex : qsizetype(m_dir->blocks.size()));
        m_dir->chunks.push_back(std::move(chunk));
        m_allocated += chunkSize * qsizetype(sizeof(Entry));
    }
    return *m_dir->chunks[size_t(row >> chunkShift)];
}

static bool fitsInt32(qint64 v)
{
    return v >= std::numeric_limits<qint32>::min() && v <= std::numeric_limits<qint32>::max();
}

void RecordStore::append(const Record &record)
{
    qsizetype bytes = record.key.size() + record.value.size();
    QVarLengthArray<QByteArray, 4> names;
    for (const RecordHeader &h : record.headers) {
        names.append(h.key.toUtf8());
        bytes += headerPrefix + names.last().size() + h.value.size();
    }
    Q_ASSERT(record.key.size() <= qsizetype(lengthMask) && record.value.size() <= qsizetype(lengthMask));

    const qint64 timestamp = record.timestampMs.value_or(noTimestamp);
    const qsizetype row = m_count;
    const qsizetype index = row & (chunkSize - 1);
    Chunk &chunk = chunkFor(row, record.offset, timestamp);
    const Place place = reserveBytes(bytes);
    const int headerCount = int(qMin<qsizetype>(record.headers.size(), std::numeric_limits<quint16>::max()));
    const quint16 topic = topicId(record.topic);
    const qint64 offsetDelta = record.offset - chunk.baseOffset;
    const qint64 timestampDelta = timestamp == noTimestamp ? 0 : timestamp - chunk.baseTimestampMs;
    const qsizetype blockDelta = bytes == 0 ? 0 : place.block - qsizetype(chunk.firstBlock);
    const bool fits = record.partition >= 0 && record.partition < wideMark && headerCount <= 0xff &&
                      topic <= 0xff && fitsInt32(offsetDelta) && fitsInt32(timestampDelta) &&
                      timestampDelta != noTimestampDelta && blockDelta >= 0 &&
                      blockDelta <= qsizetype(maxBlockDelta);

    Entry &e = chunk.entries[size_t(index)];
    e.keyLength = quint32(record.key.size()) | (record.key.isNull() ? 0 : presentBit);
    e.valueLength = quint32(record.value.size()) | (record.value.isNull() ? 0 : presentBit);
    if (fits) {
        e.place = bytes == 0 ? 0 : quint32(blockDelta) << placeShift | quint32(place.position);
        e.offsetDelta = qint32(offsetDelta);
        e.timestampDelta = timestamp == noTimestamp ? noTimestampDelta : qint32(timestampDelta);
        e.partition = quint16(record.partition);
        e.headerCount = quint8(headerCount);
        e.topicId = quint8(topic);
    } else {
        if (!chunk.wide) {
            chunk.wide.reset(new WideEntry[size_t(chunkSize)]);
            m_allocated += chunkSize * qsizetype(sizeof(WideEntry));
        }
        chunk.wide[size_t(index)] = {record.offset,        timestamp, place.data, record.partition,
                                     quint16(headerCount), topic};
        e.place = 0;
        e.offsetDelta = 0;
        e.timestampDelta = 0;
        e.partition = wideMark;
        e.headerCount = 0;
        e.topicId = 0;
    }

    char *p = place.data;
    copyBytes(p, record.key.constData(), record.key.size());
    p += record.key.size();
    copyBytes(p, record.value.constData(), record.value.size());
    p += record.value.size();
    qint64 payload = record.key.size() + record.value.size();
    for (int i = 0; i < headerCount; ++i) {
        const QByteArray &value = record.headers.at(i).value;
        const quint32 nameLength = quint32(names.at(i).size());
        const quint32 valueField = quint32(value.size()) | (value.isNull() ? 0 : presentBit);
        std::memcpy(p, &nameLength, 4);
        std::memcpy(p + 4, &valueField, 4);
        copyBytes(p + headerPrefix, names.at(i).constData(), nameLength);
        copyBytes(p + headerPrefix + nameLength, value.constData(), value.size());
        p += headerPrefix + nameLength + value.size();
        payload += nameLength + value.size();
    }
    // Published last: a snapshot taken later sees the whole entry.
    ++m_count;
    m_payloadBytes += payload;
}

void RecordStore::append(const QList<Record> &records)
{
    for (const Record &record : records)
        append(record);
}

void RecordStore::clear()
{
    m_dir = std::make_shared<Directory>();
    m_count = 0;
    m_payloadBytes = 0;
    m_block = nullptr;
    m_blockIndex = -1;
    m_blockUsed = m_blockSize = 0;
    m_allocated = 0;
    m_lastTopic = -1;
}

qint64 RecordStore::allocatedBytes() const
{
    return m_allocated;
}

} // namespace Gregor
