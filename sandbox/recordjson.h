// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "bytesink.h"
#include "consumergroups.h"
#include "partitionlog.h"

#include <QByteArray>
#include <QString>

namespace Gregor::Sandbox {

// Renders stored records as each dialect delivers them (api-spec §1.1, §2.5, §4.1).
namespace RecordJson {
// Upstash: {"topic","partition","offset","timestamp","key","value","headers":[{"key","value"}]};
// key "" when absent, value "" for a tombstone, bytes as UTF-8 text.
void upstash(QByteArray &out, const QString &topic, int partition, const RecordView &record);
// The same for answers of many records: what every record of a partition starts with is made
// once (upstashPrefix) and the records go through one sink.
QByteArray upstashPrefix(const QString &topic, int partition);
void upstash(ByteSink &out, QByteArrayView prefix, const RecordView &record);
// Confluent: {"topic"?,"key","value","partition","offset"}; binary = base64 or null, json = the
// stored JSON text (bytes that are not JSON become a JSON string).
void confluent(QByteArray &out, const QString *topic, int partition, const RecordView &record,
               EmbeddedFormat format);
bool isJsonText(QByteArrayView bytes);
} // namespace RecordJson

} // namespace Gregor::Sandbox
