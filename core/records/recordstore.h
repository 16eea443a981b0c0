// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Gregor {

namespace RecordStoreDetail {
struct Directory;
struct Chunk;
} // namespace RecordStoreDetail

// Read access to rows [0, size()) of a RecordStore. A RecordRows copied from a store (a
// snapshot) stays valid and unchanged while the store keeps appending or is cleared, and may be
// read from any thread: rows are append-only, their bytes never move, and the snapshot shares
// ownership of the memory it reads. Rows are "store rows": the order records were appended.
class RecordRows
{
public:
    RecordRows();
    ~RecordRows();
    RecordRows(const RecordRows &);
    RecordRows &operator=(const RecordRows &);

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

    QString topic(qsizetype row) const;
    int partition(qsizetype row) const;
    qint64 offset(qsizetype row) const;
    std::optional<qint64> timestampMs(qsizetype row) const;
    bool hasKey(qsizetype row) const;   // false: no key (null), unlike an empty key
    bool hasValue(qsizetype row) const; // false: a tombstone (null value)
    // Views into the store's memory: valid as long as this object (or the store) lives.
    QByteArrayView key(qsizetype row) const;
    QByteArrayView value(qsizetype row) const;
    int headerCount(qsizetype row) const;
    QList<RecordHeader> headers(qsizetype row) const;
    // The value of the first header with that name; nullopt when there is none.
    std::optional<QByteArrayView> headerValue(qsizetype row, QStringView name) const;
    qsizetype recordBytes(qsizetype row) const; // key + value + header names and values
    Record record(qsizetype row) const;         // materialised; for one record, not for loops

    qint64 payloadBytes() const { return m_payloadBytes; } // key + value + headers of all rows

protected:
    struct Slot;
    Slot slot(qsizetype row) const;
    const char *data(const Slot &slot) const;
    static int headerCount(const Slot &slot);
    template<typename F>
    void forEachHeader(qsizetype row, F f) const;

    std::shared_ptr<RecordStoreDetail::Directory> m_dir;
    qsizetype m_count = 0;
    qint64 m_payloadBytes = 0;
};

// Compact storage for millions of records: one packed 24-byte index entry per record (partition,
// offset, timestamp, lengths with null bits, header count, topic id) in fixed chunks, and the
// key, value and header bytes in an append-only arena of large blocks. No QObject, QVariant or
// Record per record. Owned and appended to by one thread; snapshot() hands rows to others.
class RecordStore : public RecordRows
{
public:
    RecordStore();
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    void append(const Record &record);
    void append(const QList<Record> &records);
    // Drops every row. Snapshots taken before keep their rows alive until they go.
    void clear();

    // Rows [0, size()) as they are now, safe to read on another thread while this store grows.
    RecordRows snapshot() const { return *this; }

    // Bytes allocated for index and arena (what the store costs, excluding Qt's overhead).
    qint64 allocatedBytes() const;

private:
    void detachDirectory(); // copy-on-write of the chunk lists when a snapshot shares them
    quint16 topicId(const QString &topic);
    struct Place
    {
        char *data = nullptr;
        qsizetype block = -1; // index in the directory's blocks
        qsizetype position = 0;
    };
    Place reserveBytes(qsizetype bytes);
    RecordStoreDetail::Chunk &chunkFor(qsizetype row, qint64 offset, qint64 timestampMs);

    char *m_block = nullptr; // the arena block being filled
    qsizetype m_blockIndex = -1;
    qsizetype m_blockUsed = 0;
    qsizetype m_blockSize = 0;
    qint64 m_allocated = 0;
    int m_lastTopic = -1;
};

} // namespace Gregor
