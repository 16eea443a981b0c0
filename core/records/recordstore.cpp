#include "recordstore.h"

#include <cstring>
#include <limits>

namespace Gregor {

namespace RecordStoreDetail {

// 40 bytes per record. Lengths carry a "present" bit so a null key or value differs from an
// empty one; the bytes of key, value and headers sit back to back at `data`.
struct Entry
{
    qint64 offset;
    qint64 timestampMs; // noTimestamp when absent
    const char *data;
    quint32 keyLength;   // bit 31: has a key
    quint32 valueLength; // bit 31: has a value
    qint32 partition;
    quint16 headerCount;
    quint16 topicId;
};
static_assert(sizeof(Entry) == 40);

constexpr qint64 noTimestamp = std::numeric_limits<qint64>::min();
constexpr quint32 presentBit = 1u << 31;
constexpr quint32 lengthMask = presentBit - 1;
constexpr int chunkShift = 14; // 16,384 entries (640 KiB) per index chunk
constexpr qsizetype chunkSize = qsizetype(1) << chunkShift;
constexpr qsizetype blockSize = 4 << 20; // arena block; untouched pages cost no memory
constexpr qsizetype ownBlockAbove = blockSize / 4;
// Each header in the arena: name length, value length (with the present bit), name, value.
constexpr qsizetype headerPrefix = 8;

struct Directory
{
    std::vector<std::shared_ptr<Entry[]>> chunks;
    std::vector<std::shared_ptr<char[]>> blocks; // ownership only
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

const Entry &RecordRows::entry(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < m_count);
    return m_dir->chunks[size_t(row >> chunkShift)][size_t(row & (chunkSize - 1))];
}

QString RecordRows::topic(qsizetype row) const
{
    return m_dir->topics.at(entry(row).topicId);
}

int RecordRows::partition(qsizetype row) const
{
    return entry(row).partition;
}

qint64 RecordRows::offset(qsizetype row) const
{
    return entry(row).offset;
}

std::optional<qint64> RecordRows::timestampMs(qsizetype row) const
{
    const qint64 ts = entry(row).timestampMs;
    return ts == noTimestamp ? std::nullopt : std::optional<qint64>(ts);
}

bool RecordRows::hasKey(qsizetype row) const
{
    return entry(row).keyLength & presentBit;
}

bool RecordRows::hasValue(qsizetype row) const
{
    return entry(row).valueLength & presentBit;
}

QByteArrayView RecordRows::key(qsizetype row) const
{
    const Entry &e = entry(row);
    return {e.data, qsizetype(e.keyLength & lengthMask)};
}

QByteArrayView RecordRows::value(qsizetype row) const
{
    const Entry &e = entry(row);
    return {e.data + (e.keyLength & lengthMask), qsizetype(e.valueLength & lengthMask)};
}

int RecordRows::headerCount(qsizetype row) const
{
    return entry(row).headerCount;
}

// Calls f(name, value, hasValue) for each header; stops when f returns false.
template<typename F>
static void forEachHeader(const Entry &e, F f)
{
    const char *p = e.data + (e.keyLength & lengthMask) + (e.valueLength & lengthMask);
    for (int i = 0; i < e.headerCount; ++i) {
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
    const Entry &e = entry(row);
    result.reserve(e.headerCount);
    forEachHeader(e, [&](QByteArrayView name, QByteArrayView value, bool hasValue) {
        result.append({QString::fromUtf8(name), hasValue ? value.toByteArray() : QByteArray()});
        return true;
    });
    return result;
}

std::optional<QByteArrayView> RecordRows::headerValue(qsizetype row, QStringView name) const
{
    const QByteArray wanted = name.toUtf8();
    std::optional<QByteArrayView> found;
    forEachHeader(entry(row), [&](QByteArrayView n, QByteArrayView value, bool) {
        if (n != QByteArrayView(wanted))
            return true;
        found = value;
        return false;
    });
    return found;
}

qsizetype RecordRows::recordBytes(qsizetype row) const
{
    const Entry &e = entry(row);
    qsizetype bytes = qsizetype(e.keyLength & lengthMask) + qsizetype(e.valueLength & lengthMask);
    forEachHeader(e, [&](QByteArrayView name, QByteArrayView value, bool) {
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

char *RecordStore::reserveBytes(qsizetype bytes)
{
    if (bytes == 0)
        return m_block ? m_block + m_blockUsed : nullptr;
    if (bytes > ownBlockAbove) {
        // Big values get a block of their own so the current block's tail is not wasted.
        detachDirectory();
        m_dir->blocks.emplace_back(new char[size_t(bytes)]);
        m_allocated += bytes;
        return m_dir->blocks.back().get();
    }
    if (!m_block || m_blockUsed + bytes > m_blockSize) {
        detachDirectory();
        m_dir->blocks.emplace_back(new char[size_t(blockSize)]);
        m_block = m_dir->blocks.back().get();
        m_blockSize = blockSize;
        m_blockUsed = 0;
        m_allocated += blockSize;
    }
    char *p = m_block + m_blockUsed;
    m_blockUsed += bytes;
    return p;
}

Entry &RecordStore::newEntry()
{
    const qsizetype row = m_count;
    if ((row & (chunkSize - 1)) == 0 && size_t(row >> chunkShift) >= m_dir->chunks.size()) {
        detachDirectory();
        m_dir->chunks.emplace_back(new Entry[size_t(chunkSize)]);
        m_allocated += chunkSize * qsizetype(sizeof(Entry));
    }
    return m_dir->chunks[size_t(row >> chunkShift)][size_t(row & (chunkSize - 1))];
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

    char *p = reserveBytes(bytes);
    Entry &e = newEntry();
    e.offset = record.offset;
    e.timestampMs = record.timestampMs.value_or(noTimestamp);
    e.data = p;
    e.keyLength = quint32(record.key.size()) | (record.key.isNull() ? 0 : presentBit);
    e.valueLength = quint32(record.value.size()) | (record.value.isNull() ? 0 : presentBit);
    e.partition = record.partition;
    e.headerCount = quint16(qMin<qsizetype>(record.headers.size(), std::numeric_limits<quint16>::max()));
    e.topicId = topicId(record.topic);

    copyBytes(p, record.key.constData(), record.key.size());
    p += record.key.size();
    copyBytes(p, record.value.constData(), record.value.size());
    p += record.value.size();
    qint64 payload = record.key.size() + record.value.size();
    for (int i = 0; i < e.headerCount; ++i) {
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
    m_blockUsed = m_blockSize = 0;
    m_allocated = 0;
    m_lastTopic = -1;
}

qint64 RecordStore::allocatedBytes() const
{
    return m_allocated;
}

} // namespace Gregor
