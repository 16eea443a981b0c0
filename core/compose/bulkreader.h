// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/produce.h"

#include <QFile>
#include <QString>

#include <expected>
#include <memory>
#include <optional>

namespace Gregor {

// What a bulk-produce file holds, one record per line.
enum class BulkFormat
{
    // The kcat -J envelope Export writes (recordjson.h), read leniently: only "payload" is
    // required (null: a tombstone); "key" (null or absent: no key), "headers" (kcat's flat
    // array or a {"name": value} object), "key_encoding"/"payload_encoding"/"headers_encoding"
    // ("base64"), "partition", "ts", "topic" are optional; "offset", "tstype", "broker" are
    // ignored. A "partition" or "ts" is kept only when the options say so; a negative
    // "partition" is no partition. Parsed by parseEnvelopeLine (envelopeline.h).
    JsonLines,
    // One value per line (the line's bytes, without the line end; "\r\n" and "\n" both end a
    // line). With a key separator, the text before its first occurrence is the key (kcat -K);
    // a line without the separator is malformed.
    PlainLines,
};

struct BulkReadOptions
{
    BulkFormat format = BulkFormat::JsonLines;
    QByteArray keySeparator;    // PlainLines: empty = no key
    QString topic;              // every record goes to this topic (the envelope's topic is ignored)
    bool keepPartition = false; // JsonLines: send to the envelope's "partition" (negative: none)
    bool keepTimestamp = false; // JsonLines: send with the envelope's "ts"
    bool skipBlankLines = true; // a blank line is neither a record nor malformed
};

// One line that is not a record, by its 1-based line number, with one sentence.
struct BulkLineError
{
    qint64 line = 0;
    QString sentence; // e.g. "\"payload\" is missing."
    friend bool operator==(const BulkLineError &, const BulkLineError &) = default;
};

// A run of records read from the file, in file order, cut at maxRecords or maxBytes.
struct BulkChunk
{
    QList<ProduceRecord> records;
    QList<qint64> lines;            // 1-based line number of each record
    QList<BulkLineError> malformed; // lines of this stretch that are not records
    qint64 bytesRead = 0;           // file position after this chunk
    bool atEnd = false;             // the file has no more lines
};

// Streams a file line by line: never holds more than one chunk (plus a read buffer) in memory,
// whatever the file's size. Not a QObject and not thread-bound: the bulk producer runs it on a
// worker thread, one thread at a time.
class BulkReader
{
public:
    explicit BulkReader(BulkReadOptions options);
    ~BulkReader();

    // Error: one sentence ("Cannot open orders.jsonl: No such file or directory.").
    std::expected<void, QString> open(const QString &path);
    // Or read an already-open device (tests, stdin-like sources); the reader does not own it.
    void setDevice(QIODevice *device);

    // The next records: at most maxRecords, and stops before a record that would take the
    // estimated request size (estimatedBytes()) past maxBytes — but always at least one record
    // when any is left. A record larger than maxBytes on its own comes alone.
    BulkChunk next(qsizetype maxRecords, qint64 maxBytes);

    qint64 fileSize() const;  // -1 when unknown
    qint64 position() const;  // bytes consumed so far
    qint64 linesRead() const; // lines consumed so far

    // What one record adds to a produce request body, roughly: key, value and headers with
    // base64 growth (4/3) plus a fixed overhead of 64 bytes; used for the byte limit.
    static qint64 estimatedBytes(const ProduceRecord &record);

    // Parses one line (without its line end) the way next() does.
    static std::expected<ProduceRecord, QString> parseLine(QByteArrayView line,
                                                           const BulkReadOptions &options);

private:
    enum class LineRead
    {
        Line,
        TooLong,
        End,
    };
    // A longer line is malformed and skipped unread: a file without line ends (a wrong pick)
    // must not end up in memory whole.
    static constexpr qsizetype MaxLineBytes = qsizetype(64) << 20;

    LineRead readLine(QByteArrayView &line);
    void fill();

    BulkReadOptions m_options;
    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    qint64 m_position = 0;
    qint64 m_lines = 0;
    bool m_eof = false;
    std::optional<ProduceRecord> m_pending; // read but did not fit the previous chunk
    qint64 m_pendingLine = 0;
    qint64 m_pendingStart = 0; // file position where the pending record's line starts
    QString m_readError;       // the device failed: reported once, after the last whole line
};

} // namespace Gregor
