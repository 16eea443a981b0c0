// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkreader.h"
#include "envelopeline.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {

constexpr qint64 ReadBlock = qint64(1) << 20;

// An empty key or value is not "no key" or a tombstone, so an empty result must not be null.
QByteArray copyBytes(QByteArrayView bytes)
{
    return bytes.isEmpty() ? QByteArray("", 0) : bytes.toByteArray();
}

// The separator as the user typed it, with invisible bytes spelled out.
QString printable(QByteArrayView bytes)
{
    const bool utf8 = bytes.isValidUtf8();
    QByteArray out;
    for (const char c : bytes) {
        if (c == '\t')
            out += "\\t";
        else if (uchar(c) < 0x20 || c == 0x7f || (!utf8 && uchar(c) >= 0x80))
            out += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return QString::fromUtf8(out);
}

std::expected<ProduceRecord, QString> parsePlain(QByteArrayView line, const BulkReadOptions &options)
{
    ProduceRecord r;
    r.topic = options.topic;
    if (options.keySeparator.isEmpty()) {
        r.value = copyBytes(line);
        return r;
    }
    const qsizetype at = line.indexOf(options.keySeparator);
    if (at < 0)
        return std::unexpected(u"Line has no key separator \"%1\"."_s.arg(printable(options.keySeparator)));
    r.key = copyBytes(line.first(at));
    r.value = copyBytes(line.sliced(at + options.keySeparator.size()));
    return r;
}

qsizetype utf8Size(QStringView s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x80) {
            n += 1;
        } else if (c < 0x800) {
            n += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            n += 4;
            ++i;
        } else {
            n += 3;
        }
    }
    return n;
}

} // namespace

// ---------------------------------------------------------------------------------------------

BulkReader::BulkReader(BulkReadOptions options)
    : m_options(std::move(options))
{
    m_eof = true;
}

BulkReader::~BulkReader() = default;

std::expected<void, QString> BulkReader::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    // Unbuffered: blocks go straight into m_buffer instead of through QIODevice's own buffer.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setDevice(nullptr);
        return std::unexpected(QCoreApplication::translate("Gregor::Compose", "Cannot open %1: %2.")
                                   .arg(QFileInfo(path).fileName(), file->errorString()));
    }
    setDevice(file.get());
    m_file = std::move(file);
    return {};
}

void BulkReader::setDevice(QIODevice *device)
{
    if (m_file.get() != device)
        m_file.reset();
    m_device = device;
    m_buffer.clear();
    m_bufferPos = 0;
    m_position = 0;
    m_lines = 0;
    m_eof = device == nullptr;
    m_pending.reset();
    m_pendingLine = 0;
    m_pendingStart = 0;
    m_readError.clear();
}

// Moves the unread rest of the buffer to its front and appends one block from the device.
void BulkReader::fill()
{
    const qsizetype kept = m_buffer.size() - m_bufferPos;
    if (m_bufferPos > 0) {
        if (kept > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_bufferPos, size_t(kept));
        m_bufferPos = 0;
    }
    m_buffer.resize(kept + ReadBlock);
    qint64 n = m_device->read(m_buffer.data() + kept, ReadBlock);
    // A pipe may have nothing yet without being at its end.
    while (n == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
        n = m_device->read(m_buffer.data() + kept, ReadBlock);
    if (n < 0) {
        // The rest is an incomplete line; it is neither a record nor counted.
        m_readError = m_device->errorString();
        m_buffer.resize(0);
        m_eof = true;
        return;
    }
    m_buffer.resize(kept + n);
    if (n == 0)
        m_eof = true;
}

BulkReader::LineRead BulkReader::readLine(QByteArrayView &line)
{
    if (!m_device)
        return LineRead::End;
    qsizetype scanned = m_bufferPos; // no line end before this index
    bool discarding = false;         // a line too long to keep: its bytes are dropped as they come
    for (;;) {
        const qsizetype newline = QByteArrayView(m_buffer).sliced(scanned).indexOf('\n');
        if (newline >= 0 || (m_eof && (m_bufferPos < m_buffer.size() || discarding))) {
            const qsizetype end = newline >= 0 ? scanned + newline : m_buffer.size();
            const qsizetype next = newline >= 0 ? end + 1 : end;
            line = QByteArrayView(m_buffer).sliced(m_bufferPos, end - m_bufferPos);
            m_position += next - m_bufferPos;
            m_bufferPos = next;
            if (discarding || line.size() > MaxLineBytes)
                return LineRead::TooLong;
            if (newline >= 0 && line.endsWith('\r'))
                line.chop(1);
            return LineRead::Line;
        }
        if (m_eof)
            return LineRead::End;
        if (discarding || m_buffer.size() - m_bufferPos > MaxLineBytes) {
            m_position += m_buffer.size() - m_bufferPos;
            m_buffer.clear();
            m_bufferPos = 0;
            discarding = true;
        }
        scanned = m_buffer.size() - m_bufferPos; // where the scan goes on once fill() compacted
        fill();
        scanned = std::min(scanned, m_buffer.size()); // a failed read drops the incomplete line
    }
}

BulkChunk BulkReader::next(qsizetype maxRecords, qint64 maxBytes)
{
    BulkChunk chunk;
    maxRecords = std::max<qsizetype>(maxRecords, 1);
    // A file of nothing but bad lines must not pile up sentences beyond a chunk's worth.
    const qsizetype maxMalformed = std::max<qsizetype>(maxRecords, 1024);
    qint64 bytes = 0;
    chunk.records.reserve(std::min<qsizetype>(maxRecords, 4096));
    chunk.lines.reserve(std::min<qsizetype>(maxRecords, 4096));
    if (m_pending) {
        bytes = estimatedBytes(*m_pending);
        chunk.records.append(std::move(*m_pending));
        chunk.lines.append(m_pendingLine);
        m_pending.reset();
    }
    while (chunk.records.size() < maxRecords && chunk.malformed.size() < maxMalformed) {
        const qint64 start = m_position;
        QByteArrayView line;
        const LineRead read = readLine(line);
        if (read == LineRead::End)
            break;
        ++m_lines;
        if (read == LineRead::TooLong) {
            chunk.malformed.append(
                {m_lines, QCoreApplication::translate("Gregor::Compose", "Line is longer than %1 MiB.")
                              .arg(MaxLineBytes >> 20)});
            continue;
        }
        // Editors on Windows start UTF-8 files with a byte order mark; it is no part of the data.
        if (m_lines == 1 && line.startsWith("\xef\xbb\xbf"))
            line = line.sliced(3);
        const bool blank =
            m_options.format == BulkFormat::JsonLines ? line.trimmed().isEmpty() : line.isEmpty();
        if (blank && m_options.skipBlankLines)
            continue;
        auto record = parseLine(line, m_options);
        if (!record) {
            chunk.malformed.append({m_lines, std::move(record.error())});
            continue;
        }
        const qint64 size = estimatedBytes(*record);
        if (!chunk.records.isEmpty() && bytes + size > maxBytes) {
            m_pending = std::move(*record);
            m_pendingLine = m_lines;
            m_pendingStart = start;
            break;
        }
        bytes += size;
        chunk.records.append(std::move(*record));
        chunk.lines.append(m_lines);
    }
    if (!m_readError.isEmpty()) {
        chunk.malformed.append(
            {m_lines + 1,
             QCoreApplication::translate("Gregor::Compose", "Reading stopped here: %1.").arg(m_readError)});
        m_readError.clear();
    }
    chunk.bytesRead = m_pending ? m_pendingStart : m_position;
    // A file read up to its last byte is at its end before a read has returned nothing.
    chunk.atEnd = !m_pending && m_bufferPos >= m_buffer.size() &&
                  (m_eof || (!m_device->isSequential() && m_device->atEnd()));
    return chunk;
}

qint64 BulkReader::fileSize() const
{
    return m_device && !m_device->isSequential() ? m_device->size() : -1;
}

qint64 BulkReader::position() const
{
    return m_position;
}

qint64 BulkReader::linesRead() const
{
    return m_lines;
}

qint64 BulkReader::estimatedBytes(const ProduceRecord &record)
{
    qint64 bytes = record.key.size() + record.value.size();
    for (const RecordHeader &h : record.headers)
        bytes += utf8Size(h.key) + h.value.size();
    return bytes * 4 / 3 + 64;
}

std::expected<ProduceRecord, QString> BulkReader::parseLine(QByteArrayView line,
                                                            const BulkReadOptions &options)
{
    return options.format == BulkFormat::JsonLines ? parseEnvelopeLine(line, options)
                                                   : parsePlain(line, options);
}

} // namespace Gregor
