#include "recordjson.h"

#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Gregor::Sandbox::RecordJson {

void upstash(QByteArray &out, const QString &topic, int partition, const RecordView &record)
{
    JsonWriter w(out);
    w.raw("{").key("topic").string(QStringView(topic));
    w.raw(",").key("partition").number(partition);
    w.raw(",").key("offset").number(record.offset);
    w.raw(",").key("timestamp").number(record.timestampMs);
    w.raw(",").key("key").string(record.key);
    w.raw(",").key("value").string(record.value);
    w.raw(",").key("headers").raw("[");
    if (record.layout.headerCount > 0) {
        bool first = true;
        for (const RecordHeader &header : record.headers()) {
            if (!first)
                w.raw(",");
            first = false;
            w.raw("{")
                .key("key")
                .string(QStringView(header.key))
                .raw(",")
                .key("value")
                .string(header.value)
                .raw("}");
        }
    }
    w.raw("]}");
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
