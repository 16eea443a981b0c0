// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3requests.h"

#include "core/dialects/common/jsonread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Produce bodies (api-spec §3.2 ProduceRecord), written directly: JSON data goes in as the user
// wrote it (key order and number spelling kept), without a QJsonObject per record.
namespace Gregor::ConfluentV3 {

namespace {

std::unexpected<ApiError> refuse(const QString &sentence)
{
    return std::unexpected(ApiError::make(ErrorKind::BadRequest, sentence));
}

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// Exactly one JSON value (a bare "1, 2" is two).
bool isOneJsonValue(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    return error.error == QJsonParseError::NoError && doc.array().size() == 1;
}

QString typeName(DataType type)
{
    switch (type) {
    case DataType::Binary:
        return u"BINARY"_s;
    case DataType::String:
        return u"STRING"_s;
    case DataType::Json:
        return u"JSON"_s;
    }
    return {};
}

// {"type":…,"data":…} for key or value; `what` names it in the refusal.
std::optional<QString> appendData(QByteArray &out, const QByteArray &bytes, DataType type, const char *what)
{
    out += R"({"type":")" + typeName(type).toLatin1() + R"(","data":)";
    switch (type) {
    case DataType::Binary:
        out += '"' + bytes.toBase64() + '"';
        break;
    case DataType::String:
        if (!isUtf8(bytes))
            return QCoreApplication::translate(
                       "Gregor::Confluent", "The %1 is not UTF-8 text: send it as binary (base64) instead.")
                .arg(QCoreApplication::translate("Gregor::Confluent", what));
        Json::appendString(out, bytes);
        break;
    case DataType::Json:
        if (!isOneJsonValue(bytes))
            return QCoreApplication::translate(
                       "Gregor::Confluent",
                       "The %1 is not one JSON value: fix it or send it as text or binary.")
                .arg(QCoreApplication::translate("Gregor::Confluent", what));
        out += bytes.trimmed();
        break;
    }
    out += '}';
    return std::nullopt;
}

Result<QString> oneTopic(const QList<ProduceRecord> &records)
{
    if (records.isEmpty())
        return refuse(QCoreApplication::translate("Gregor::Confluent", "There is no record to produce."));
    const QString topic = records.first().topic;
    if (topic.isEmpty())
        return refuse(
            QCoreApplication::translate("Gregor::Confluent", "A record needs a topic to be produced to."));
    for (const ProduceRecord &record : records)
        if (record.topic != topic)
            return refuse(QCoreApplication::translate("Gregor::Confluent",
                                                      "One produce request sends records to one topic."));
    return topic;
}

HttpRequest producing(const QString &path, QByteArray body)
{
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    r.headers = {{"Accept"_ba, "application/json"_ba}, {"Content-Type"_ba, "application/json"_ba}};
    r.body = std::move(body);
    r.idempotent = false; // produce is never retried once sent (design: no blind retries)
    r.writes = true;
    return r;
}

} // namespace

Result<QByteArray> encodeRecord(const ProduceRecord &record, DataTypes types, const QString &batchId)
{
    QByteArray out = "{";
    const auto separate = [&out] {
        if (out.size() > 1)
            out += ',';
    };
    if (!batchId.isEmpty()) {
        out += R"("id":)";
        Json::appendString(out, batchId.toUtf8());
    }
    if (record.partition) {
        if (*record.partition < 0)
            return refuse(
                QCoreApplication::translate("Gregor::Confluent", "A partition number is 0 or more."));
        separate();
        out += R"("partition_id":)" + QByteArray::number(*record.partition);
    }
    if (record.timestampMs) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(*record.timestampMs, QTimeZone::UTC);
        if (!when.isValid() || when.date().year() < 1 || when.date().year() > 9999)
            return refuse(QCoreApplication::translate(
                "Gregor::Confluent", "The record's timestamp is outside the years 1 to 9999."));
        separate();
        out += R"("timestamp":")" + when.toString(Qt::ISODateWithMs).toLatin1() + '"';
    }
    if (!record.headers.isEmpty()) {
        separate();
        out += R"("headers":[)";
        for (qsizetype i = 0; i < record.headers.size(); ++i) {
            const RecordHeader &header = record.headers[i];
            out += i ? R"(,{"name":)" : R"({"name":)";
            Json::appendString(out, header.key.toUtf8());
            out += R"(,"value":)";
            out += header.value.isNull() ? "null"_ba : '"' + header.value.toBase64() + '"';
            out += '}';
        }
        out += ']';
    }
    if (!record.key.isNull()) { // no "key": a record without key
        separate();
        out += R"("key":)";
        if (auto refusal =
                appendData(out, record.key, types.key, QT_TRANSLATE_NOOP("Gregor::Confluent", "key")))
            return refuse(*refusal);
    }
    if (!record.value.isNull()) { // no "value": a tombstone
        separate();
        out += R"("value":)";
        if (auto refusal =
                appendData(out, record.value, types.value, QT_TRANSLATE_NOOP("Gregor::Confluent", "value")))
            return refuse(*refusal);
    }
    out += '}';
    return out;
}

Result<HttpRequest> produce(const Target &target, const ProduceRecord &record, std::optional<DataTypes> types)
{
    const auto topic = oneTopic({record});
    if (!topic)
        return std::unexpected(topic.error());
    auto body = encodeRecord(record, types.value_or(dataTypesOf(record)));
    if (!body)
        return std::unexpected(body.error());
    return producing(recordsPath(target, *topic), std::move(*body));
}

Result<HttpRequest> produceStream(const Target &target, const QList<ProduceRecord> &records,
                                  std::optional<DataTypes> types)
{
    const auto topic = oneTopic(records);
    if (!topic)
        return std::unexpected(topic.error());
    QByteArray body;
    for (const ProduceRecord &record : records) {
        auto object = encodeRecord(record, types.value_or(dataTypesOf(record)));
        if (!object)
            return std::unexpected(object.error());
        if (!body.isEmpty())
            body += '\n'; // whitespace between concatenated objects, for the request log's sake
        body += *object;
    }
    return producing(recordsPath(target, *topic), std::move(body));
}

QString batchEntryId(qsizetype index)
{
    return QString::number(index);
}

Result<HttpRequest> produceBatch(const Target &target, const QList<ProduceRecord> &records,
                                 std::optional<DataTypes> types)
{
    const auto topic = oneTopic(records);
    if (!topic)
        return std::unexpected(topic.error());
    QByteArray body = R"({"entries":[)";
    for (qsizetype i = 0; i < records.size(); ++i) {
        auto entry = encodeRecord(records[i], types.value_or(dataTypesOf(records[i])), batchEntryId(i));
        if (!entry)
            return std::unexpected(entry.error());
        if (i)
            body += ',';
        body += *entry;
    }
    body += "]}";
    return producing(recordsPath(target, *topic) + u":batch"_s, std::move(body));
}

} // namespace Gregor::ConfluentV3
