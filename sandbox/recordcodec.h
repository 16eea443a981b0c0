// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "bytesink.h"

#include "core/api/record.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Gregor::Sandbox {

// A record ready to be stored: what a produce request carries once it has been validated.
struct NewRecord
{
    qint64 timestampMs = 0;
    QByteArray key;   // null = no key
    QByteArray value; // null = tombstone
    QList<RecordHeader> headers;
};

// Field positions of one encoded record, found by decode().
struct RecordLayout
{
    qint64 timestampMs = 0;
    qint32 keyLength = -1; // -1 = null
    qint32 valueLength = -1;
    qint32 headerCount = 0;
    qsizetype keyAt = 0, valueAt = 0, headersAt = 0;
};

// The one binary encoding of a record, shared by the in-memory arena and the data files:
//   i64 timestamp | i32 keyLen (-1 null) | key | i32 valueLen (-1 null) | value |
//   u32 headerCount | { u32 nameLen | name (UTF-8) | i32 valueLen | value }*
// all little-endian. A data file frames each record as u32 length | u32 CRC-32 | payload.
namespace RecordCodec {
void encode(QByteArray &out, const NewRecord &record);
void encode(ByteSink &out, const NewRecord &record);
std::optional<RecordLayout> decode(QByteArrayView payload); // nullopt when malformed
QList<RecordHeader> decodeHeaders(QByteArrayView payload, const RecordLayout &layout);
quint32 crc32(QByteArrayView bytes);
} // namespace RecordCodec

} // namespace Gregor::Sandbox
