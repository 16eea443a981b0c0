// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordjson.h"

#include "core/dialects/common/jsonread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Gregor {

// ---------------------------------------------------------------------------------------------
// Writing: by hand, because a QJsonObject per record would cost more than the export itself.

// Text as a JSON string; anything else as base64 with "<name>_encoding":"base64" after it.
static void appendBytesField(QByteArray &out, const char *name, bool present, QByteArrayView bytes)
{
    out += ",\"";
    out += name;
    out += "\":";
    if (!present) {
        out += "null";
        return;
    }
    if (bytes.isValidUtf8()) {
        Json::appendString(out, bytes);
        return;
    }
    out += '"';
    out += bytes.toByteArray().toBase64();
    out += "\",\"";
    out += name;
    out += "_encoding\":\"base64\"";
}

// kcat's flat list ["name","value",…]; every value base64 when any is not UTF-8 (returns true).
static bool appendHeaderArray(QByteArray &out, const QList<RecordHeader> &headers)
{
    const bool binary = std::any_of(headers.begin(), headers.end(), [](const RecordHeader &h) {
        return !QByteArrayView(h.value).isValidUtf8();
    });
    out += '[';
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const RecordHeader &h = headers.at(i);
        if (i > 0)
            out += ',';
        Json::appendString(out, h.key.toUtf8());
        out += ',';
        if (h.value.isNull()) {
            out += "null";
        } else if (binary) {
            out += '"';
            out += h.value.toBase64();
            out += '"';
        } else {
            Json::appendString(out, h.value);
        }
    }
    out += ']';
    return binary;
}

struct RecordParts
{
    QString topic;
    int partition;
    qint64 offset;
    std::optional<qint64> timestampMs;
    bool hasKey;
    QByteArrayView key;
    bool hasValue;
    QByteArrayView value;
    QList<RecordHeader> headers;
};

static QByteArray encodeLine(const RecordParts &r)
{
    QByteArray out;
    out.reserve(96 + r.key.size() + r.value.size());
    out += "{\"topic\":";
    Json::appendString(out, r.topic.toUtf8());
    out += ",\"partition\":";
    out += QByteArray::number(r.partition);
    out += ",\"offset\":";
    out += QByteArray::number(r.offset);
    if (r.timestampMs) {
        out += ",\"tstype\":\"unknown\",\"ts\":";
        out += QByteArray::number(*r.timestampMs);
    }
    out += ",\"broker\":-1";
    if (!r.headers.isEmpty()) {
        out += ",\"headers\":";
        if (appendHeaderArray(out, r.headers))
            out += ",\"headers_encoding\":\"base64\"";
    }
    appendBytesField(out, "key", r.hasKey, r.key);
    appendBytesField(out, "payload", r.hasValue, r.value);
    out += '}';
    return out;
}

QByteArray recordToJsonLine(const RecordRows &rows, qsizetype row)
{
    return encodeLine({rows.topic(row), rows.partition(row), rows.offset(row), rows.timestampMs(row),
                       rows.hasKey(row), rows.key(row), rows.hasValue(row), rows.value(row),
                       rows.headers(row)});
}

QByteArray recordToJsonLine(const Record &record)
{
    return encodeLine({record.topic, record.partition, record.offset, record.timestampMs,
                       !record.key.isNull(), record.key, !record.value.isNull(), record.value,
                       record.headers});
}

// ---------------------------------------------------------------------------------------------
// Reading

static QByteArray nonNull(QByteArray bytes)
{
    return bytes.isNull() ? QByteArray("", 0) : bytes;
}

static std::expected<QByteArray, QString> decodeBytes(const QJsonValue &value, const QJsonValue &encoding,
                                                      const QString &name)
{
    if (value.isNull() || value.isUndefined())
        return QByteArray();
    if (!value.isString())
        return std::unexpected(
            QCoreApplication::translate("Gregor::Records", "\"%1\" is neither a string nor null.").arg(name));
    if (encoding.isUndefined() || encoding.isNull())
        return nonNull(value.toString().toUtf8());
    if (encoding.toString() != "base64"_L1)
        return std::unexpected(
            QCoreApplication::translate("Gregor::Records", "\"%1_encoding\" must be \"base64\".").arg(name));
    auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::unexpected(
            QCoreApplication::translate("Gregor::Records", "\"%1\" is not valid base64.").arg(name));
    return nonNull(*decoded);
}

static std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != double(qint64(d)))
        return std::nullopt;
    return value.toInteger();
}

std::expected<Record, QString> recordFromJsonLine(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(
            QCoreApplication::translate("Gregor::Records", "Not JSON (%1 at character %2).")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return std::unexpected(QCoreApplication::translate("Gregor::Records", "Not a JSON object."));
    const QJsonObject o = doc.object();
    Record r;
    if (!o.value("topic"_L1).isString())
        return std::unexpected(
            QCoreApplication::translate("Gregor::Records", "\"topic\" is missing or not a string."));
    r.topic = o.value("topic"_L1).toString();
    const auto partition = integer(o.value("partition"_L1));
    if (!partition || *partition < std::numeric_limits<int>::min() ||
        *partition > std::numeric_limits<int>::max())
        return std::unexpected(QCoreApplication::translate(
            "Gregor::Records", "\"partition\" is missing or not a whole number."));
    r.partition = int(*partition);
    const auto offset = integer(o.value("offset"_L1));
    if (!offset)
        return std::unexpected(
            QCoreApplication::translate("Gregor::Records", "\"offset\" is missing or not a whole number."));
    r.offset = *offset;
    if (o.contains("ts"_L1)) {
        const auto ts = integer(o.value("ts"_L1));
        if (!ts)
            return std::unexpected(QCoreApplication::translate(
                "Gregor::Records", "\"ts\" is not a whole number of milliseconds."));
        r.timestampMs = *ts;
    }
    const QJsonValue headers = o.value("headers"_L1);
    const QJsonValue headersEncoding = o.value("headers_encoding"_L1);
    auto headerValue = [&](const QString &name, const QJsonValue &v) -> std::expected<RecordHeader, QString> {
        auto bytes = decodeBytes(v, headersEncoding, u"headers"_s);
        if (!bytes)
            return std::unexpected(bytes.error());
        return RecordHeader{name, *bytes};
    };
    if (headers.isArray()) {
        // kcat's flat list: name, value, name, value…
        const QJsonArray list = headers.toArray();
        if (list.size() % 2 != 0)
            return std::unexpected(QCoreApplication::translate(
                "Gregor::Records", "\"headers\" must list names and values in pairs."));
        for (qsizetype i = 0; i < list.size(); i += 2) {
            if (!list.at(i).isString())
                return std::unexpected(
                    QCoreApplication::translate("Gregor::Records", "Header name %1 is not a string.")
                        .arg(i / 2 + 1));
            auto h = headerValue(list.at(i).toString(), list.at(i + 1));
            if (!h)
                return std::unexpected(h.error());
            r.headers.append(*h);
        }
    } else if (headers.isObject()) {
        // kcat -J with "-e headers map": {"name": ["value", …]}
        const QJsonObject map = headers.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue &v : values) {
                auto h = headerValue(it.key(), v);
                if (!h)
                    return std::unexpected(h.error());
                r.headers.append(*h);
            }
        }
    } else if (!headers.isUndefined() && !headers.isNull()) {
        return std::unexpected(QCoreApplication::translate("Gregor::Records", "\"headers\" is not a list."));
    }
    auto key = decodeBytes(o.value("key"_L1), o.value("key_encoding"_L1), u"key"_s);
    if (!key)
        return std::unexpected(key.error());
    r.key = *key;
    auto value = decodeBytes(o.value("payload"_L1), o.value("payload_encoding"_L1), u"payload"_s);
    if (!value)
        return std::unexpected(value.error());
    r.value = *value;
    return r;
}

std::expected<QList<Record>, QString> importJsonLines(QIODevice &device)
{
    QList<Record> records;
    qint64 lineNumber = 0;
    while (!device.atEnd()) {
        const QByteArray line = device.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        auto record = recordFromJsonLine(line);
        if (!record)
            return std::unexpected(QCoreApplication::translate("Gregor::Records", "Line %1: %2")
                                       .arg(lineNumber)
                                       .arg(record.error()));
        records.append(std::move(*record));
    }
    return records;
}

std::expected<QList<Record>, QString> importJsonLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QCoreApplication::translate("Gregor::Records", "Cannot open %1: %2.")
                                   .arg(path, file.errorString()));
    return importJsonLines(file);
}

// ---------------------------------------------------------------------------------------------
// CSV

static void appendCsvField(QByteArray &out, QByteArrayView field, bool first = false)
{
    if (!first)
        out += ',';
    const bool quote =
        field.contains(',') || field.contains('"') || field.contains('\r') || field.contains('\n');
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

static void appendCsvBytes(QByteArray &out, bool present, QByteArrayView bytes)
{
    if (!present) {
        appendCsvField(out, "null");
        appendCsvField(out, {});
    } else if (bytes.isValidUtf8()) {
        appendCsvField(out, "text");
        appendCsvField(out, bytes);
    } else {
        appendCsvField(out, "base64");
        appendCsvField(out, bytes.toByteArray().toBase64());
    }
}

QByteArray csvHeaderLine()
{
    return "topic,partition,offset,timestamp_ms,timestamp,key_encoding,key,value_encoding,value,headers\r\n"_ba;
}

QByteArray recordToCsvLine(const RecordRows &rows, qsizetype row)
{
    QByteArray out;
    appendCsvField(out, rows.topic(row).toUtf8(), true);
    appendCsvField(out, QByteArray::number(rows.partition(row)));
    appendCsvField(out, QByteArray::number(rows.offset(row)));
    if (const auto ts = rows.timestampMs(row)) {
        appendCsvField(out, QByteArray::number(*ts));
        appendCsvField(
            out, QDateTime::fromMSecsSinceEpoch(*ts, QTimeZone::UTC).toString(Qt::ISODateWithMs).toUtf8());
    } else {
        appendCsvField(out, {});
        appendCsvField(out, {});
    }
    appendCsvBytes(out, rows.hasKey(row), rows.key(row));
    appendCsvBytes(out, rows.hasValue(row), rows.value(row));
    if (rows.headerCount(row) > 0) {
        QByteArray list;
        if (appendHeaderArray(list, rows.headers(row)))
            list.prepend("base64:");
        appendCsvField(out, list);
    } else {
        appendCsvField(out, {});
    }
    out += "\r\n";
    return out;
}

} // namespace Gregor
