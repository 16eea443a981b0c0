// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Generated records with known properties, shared by the records tests. Record i:
//   partition i % 3, offset i / 3, timestamp base + i s except every 7th (none),
//   key: null when i % 5 == 0, empty when i % 5 == 1, else "user-<i % 10>",
//   value: binary (00 ff i) when i % 11 == 0, tombstone when i % 13 == 0, else JSON
//     {"user":{"id":i % 100,"name":"Name<i>"},"items":[{"sku":"A-<i % 7>"}],"tags":["t<i % 3>"],"note":"Order
//     <i> ok"}
//   headers when i % 4 == 0: trace=abc<i>, bin=ff 00 (not UTF-8); when i % 4 == 1: trace=xyz<i>.
#include "core/api/record.h"

#include <QList>
#include <QString>

namespace Gregor::Test {

constexpr qint64 baseTimestampMs = 1700000000000;

inline QByteArray jsonValue(int i)
{
    return QStringLiteral("{\"user\":{\"id\":%1,\"name\":\"Name%2\"},\"items\":[{\"sku\":\"A-%3\"}],"
                          "\"tags\":[\"t%4\"],\"note\":\"Order %2 ok\"}")
        .arg(i % 100)
        .arg(i)
        .arg(i % 7)
        .arg(i % 3)
        .toUtf8();
}

inline Record generatedRecord(int i, const QString &topic = QStringLiteral("orders"))
{
    Record r;
    r.topic = topic;
    r.partition = i % 3;
    r.offset = i / 3;
    if (i % 7 != 0)
        r.timestampMs = baseTimestampMs + qint64(i) * 1000;
    if (i % 5 == 1)
        r.key = QByteArray("", 0);
    else if (i % 5 != 0)
        r.key = "user-" + QByteArray::number(i % 10);
    if (i % 11 == 0)
        r.value = QByteArray("\x00\xff", 2) + char(i & 0xff);
    else if (i % 13 != 0)
        r.value = jsonValue(i);
    if (i % 4 == 0)
        r.headers = {{QStringLiteral("trace"), "abc" + QByteArray::number(i)},
                     {QStringLiteral("bin"), QByteArray("\xff\x00", 2)}};
    else if (i % 4 == 1)
        r.headers = {{QStringLiteral("trace"), "xyz" + QByteArray::number(i)}};
    return r;
}

inline QList<Record> generatedRecords(int from, int count)
{
    QList<Record> records;
    records.reserve(count);
    for (int i = from; i < from + count; ++i)
        records.append(generatedRecord(i));
    return records;
}

} // namespace Gregor::Test
