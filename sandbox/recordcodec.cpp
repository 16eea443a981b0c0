// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcodec.h"

#include <QtEndian>

#include <array>
#include <cstring>

namespace Gregor::Sandbox::RecordCodec {

namespace {

template<typename T>
void put(ByteSink &out, T value)
{
    const T le = qToLittleEndian(value);
    out.put(&le, sizeof le);
}

template<typename T>
bool get(QByteArrayView in, qsizetype &at, T &value)
{
    if (in.size() - at < qsizetype(sizeof(T)))
        return false;
    T le;
    std::memcpy(&le, in.data() + at, sizeof le);
    value = qFromLittleEndian(le);
    at += sizeof le;
    return true;
}

void putBytes(ByteSink &out, const QByteArray &bytes)
{
    put<qint32>(out, bytes.isNull() ? -1 : qint32(bytes.size()));
    out.put(bytes);
}

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr auto crcTable = makeCrcTable();

} // namespace

void encode(ByteSink &out, const NewRecord &record)
{
    put<qint64>(out, record.timestampMs);
    putBytes(out, record.key);
    putBytes(out, record.value);
    put<quint32>(out, quint32(record.headers.size()));
    for (const RecordHeader &header : record.headers) {
        const QByteArray name = header.key.toUtf8();
        put<quint32>(out, quint32(name.size()));
        out.put(name);
        putBytes(out, header.value.isNull() ? QByteArray("") : header.value);
    }
}

void encode(QByteArray &out, const NewRecord &record)
{
    ByteSink sink(out);
    encode(sink, record);
}

std::optional<RecordLayout> decode(QByteArrayView in)
{
    RecordLayout layout;
    qsizetype at = 0;
    if (!get(in, at, layout.timestampMs) || !get(in, at, layout.keyLength) || layout.keyLength < -1)
        return std::nullopt;
    layout.keyAt = at;
    at += qMax(layout.keyLength, 0);
    if (at > in.size() || !get(in, at, layout.valueLength) || layout.valueLength < -1)
        return std::nullopt;
    layout.valueAt = at;
    at += qMax(layout.valueLength, 0);
    quint32 count = 0;
    if (at > in.size() || !get(in, at, count) || count > quint32(in.size()))
        return std::nullopt;
    layout.headerCount = qint32(count);
    layout.headersAt = at;
    for (quint32 i = 0; i < count; ++i) {
        quint32 nameLength = 0;
        qint32 valueLength = 0;
        if (!get(in, at, nameLength) || nameLength > quint32(in.size() - at))
            return std::nullopt;
        at += nameLength;
        if (!get(in, at, valueLength) || valueLength < 0 || valueLength > in.size() - at)
            return std::nullopt;
        at += valueLength;
    }
    if (at != in.size())
        return std::nullopt;
    return layout;
}

QList<RecordHeader> decodeHeaders(QByteArrayView in, const RecordLayout &layout)
{
    QList<RecordHeader> headers;
    headers.reserve(layout.headerCount);
    qsizetype at = layout.headersAt;
    for (qint32 i = 0; i < layout.headerCount; ++i) {
        quint32 nameLength = 0;
        qint32 valueLength = 0;
        get(in, at, nameLength);
        RecordHeader header;
        header.key = QString::fromUtf8(in.sliced(at, nameLength));
        at += nameLength;
        get(in, at, valueLength);
        header.value = in.sliced(at, valueLength).toByteArray();
        at += valueLength;
        headers.append(std::move(header));
    }
    return headers;
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 c = 0xffffffffu;
    for (char b : bytes)
        c = crcTable[(c ^ uchar(b)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

} // namespace Gregor::Sandbox::RecordCodec
