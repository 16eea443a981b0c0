// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordjson.h"

#include "jsonescape.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Gregor::Sandbox::RecordJson {

QByteArray upstashPrefix(const QString &topic, int partition)
{
    QByteArray prefix;
    JsonWriter(prefix)
        .raw("{")
        .key("topic")
        .string(QStringView(topic))
        .raw(",")
        .key("partition")
        .number(partition);
    return prefix + ",\"offset\":";
}

void upstash(ByteSink &out, QByteArrayView prefix, const RecordView &record)
{
    out.put(prefix);
    out.number(record.offset);
    out.put(",\"timestamp\":");
    out.number(record.timestampMs);
    out.put(",\"key\":");
    JsonEscape::appendQuoted(out, record.key);
    out.put(",\"value\":");
    JsonEscape::appendQuoted(out, record.value);
    out.put(",\"headers\":[");
    if (record.layout.headerCount > 0) {
        bool first = true;
        for (const RecordHeader &header : record.headers()) {
            if (!first)
                out.put(',');
            first = false;
            out.put("{\"key\":");
            JsonEscape::appendQuoted(out, header.key.toUtf8());
            out.put(",\"value\":");
            JsonEscape::appendQuoted(out, header.value);
            out.put('}');
        }
    }
    out.put("]}");
}

void upstash(QByteArray &out, const QString &topic, int partition, const RecordView &record)
{
    ByteSink sink(out);
    upstash(sink, upstashPrefix(topic, partition), record);
}

bool isJsonText(QByteArrayView bytes)
{
    QByteArray wrapped;
    wrapped.reserve(bytes.size() + 2);
    wrapped.append('[').append(bytes).append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    return error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1;
}

static void embedded(JsonWriter &w, QByteArray &out, bool present, QByteArrayView bytes,
                     EmbeddedFormat format)
{
    if (!present) {
        w.null();
    } else if (format == EmbeddedFormat::Binary) {
        out.append('"').append(bytes.toByteArray().toBase64()).append('"');
    } else if (isJsonText(bytes)) {
        out.append(bytes.trimmed());
    } else {
        w.string(bytes);
    }
}

void confluent(QByteArray &out, const QString *topic, int partition, const RecordView &record,
               EmbeddedFormat format)
{
    JsonWriter w(out);
    w.raw("{");
    if (topic)
        w.key("topic").string(QStringView(*topic)).raw(",");
    w.key("key");
    embedded(w, out, record.hasKey, record.key, format);
    w.raw(",").key("value");
    embedded(w, out, record.hasValue, record.value, format);
    w.raw(",").key("partition").number(partition);
    w.raw(",").key("offset").number(record.offset).raw("}");
}

} // namespace Gregor::Sandbox::RecordJson
