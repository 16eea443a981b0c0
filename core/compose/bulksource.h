// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "bulkproducer.h"

namespace Gregor {

// Where the records come from. next() runs on a worker thread, one call at a time.
class BulkProducer::Source
{
public:
    virtual ~Source() = default;
    virtual BulkChunk next(qsizetype maxRecords, qint64 maxBytes) = 0;
    virtual qint64 totalBytes() const = 0;
};

// A file, streamed through a BulkReader.
class BulkFileSource final : public BulkProducer::Source
{
public:
    explicit BulkFileSource(const BulkReadOptions &options)
        : m_reader(options)
    {}
    std::expected<void, QString> open(const QString &path) { return m_reader.open(path); }
    BulkChunk next(qsizetype maxRecords, qint64 maxBytes) override
    {
        return m_reader.next(maxRecords, maxBytes);
    }
    qint64 totalBytes() const override { return m_reader.fileSize(); }

private:
    BulkReader m_reader;
};

// Records already in memory (the selection in Messages); "bytes" count records for progress.
class BulkListSource final : public BulkProducer::Source
{
public:
    explicit BulkListSource(QList<ProduceRecord> records)
        : m_records(std::move(records))
    {}
    BulkChunk next(qsizetype maxRecords, qint64 maxBytes) override
    {
        BulkChunk chunk;
        qint64 bytes = 0;
        while (m_next < m_records.size() && chunk.records.size() < maxRecords) {
            const qint64 size = BulkReader::estimatedBytes(m_records[m_next]);
            if (!chunk.records.isEmpty() && bytes + size > maxBytes)
                break;
            bytes += size;
            chunk.records.append(m_records[m_next]);
            chunk.lines.append(0);
            ++m_next;
        }
        chunk.bytesRead = m_next;
        chunk.atEnd = m_next >= m_records.size();
        return chunk;
    }
    qint64 totalBytes() const override { return m_records.size(); }

private:
    QList<ProduceRecord> m_records;
    qsizetype m_next = 0;
};

} // namespace Gregor
