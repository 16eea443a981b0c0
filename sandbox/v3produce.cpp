// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v3 produce (api-spec §3.2): POST …/topics/{t}/records with one record (single
// mode) or a stream of concatenated records (one delivery report per record, in order), and
// POST …/records:batch (207 with successes and failures).
//
// Qt HTTP Server hands over a request once its whole body has arrived, chunked or not, so a
// stream's reports all leave together after its last record rather than one by one.
#include "sandboxoptions.h"
#include "store.h"
#include "topicname.h"
#include "v3resources.h"
#include "v3routes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::V3 {

namespace {

// One record of the request, parsed; error_code != 0 means it fails with that report.
struct Parsed
{
    int errorCode = 0;
    QString message;
    std::optional<int> partition;
    NewRecord record;
    QString keyType, valueType;           // "" when the request named no type
    qsizetype keySize = 0, valueSize = 0; // for the report, once the record went to the store
    QString id;                           // records:batch
    bool malformed = false;               // not even JSON: a stream ends here
};

Parsed failed(int code, QString message)
{
    Parsed p;
    p.errorCode = code;
    p.message = std::move(message);
    return p;
}

// The top-level JSON objects of a body, one after the other (whitespace between them allowed).
// Stops at the first thing that is not an object; `rest` says where, -1 when all was read.
QList<QByteArrayView> splitObjects(QByteArrayView body, qsizetype *rest)
{
    QList<QByteArrayView> out;
    qsizetype at = 0;
    *rest = -1;
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (true) {
        while (at < body.size() && isSpace(body[at]))
            ++at;
        if (at == body.size())
            return out;
        if (body[at] != '{') {
            *rest = at;
            return out;
        }
        int depth = 0;
        bool inString = false, escaped = false;
        qsizetype end = at;
        for (; end < body.size(); ++end) {
            const char c = body[end];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                break;
            }
        }
        if (end == body.size()) { // cut short
            *rest = at;
            return out;
        }
        out.append(body.sliced(at, end + 1 - at));
        at = end + 1;
    }
}

// A key or value: {"type"?, "data"?, schema fields?} or null.
std::expected<QByteArray, QString> data(const QJsonValue &v, QString *type)
{
    if (v.isUndefined() || v.isNull())
        return QByteArray();
    if (!v.isObject())
        return std::unexpected(u"Bad Request: key and value are objects {\"type\", \"data\"}"_s);
    const QJsonObject o = v.toObject();
    const QJsonValue typeValue = o.value(u"type"_s);
    if (!typeValue.isUndefined() && !typeValue.isNull() && !typeValue.isString())
        return std::unexpected(u"Bad Request: type must be a string"_s);
    *type = typeValue.toString().toUpper();
    const bool schema = o.contains(u"schema"_s) || o.contains(u"schema_id"_s) ||
                        o.contains(u"schema_version"_s) || o.contains(u"subject"_s) ||
                        o.contains(u"subject_name_strategy"_s);
    if (*type == u"AVRO" || *type == u"JSONSCHEMA" || *type == u"PROTOBUF" || schema)
        return std::unexpected(
            u"Bad Request: Schema Registry is not defined, so schema-based formats are not available."_s);
    const QJsonValue d = o.value(u"data"_s);
    if (d.isUndefined() || d.isNull())
        return QByteArray();
    const QString shown =
        QString::fromUtf8(QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact).chopped(1).sliced(1));
    if (type->isEmpty() || *type == u"BINARY") { // BINARY is the default without a schema
        auto bytes =
            d.isString()
                ? QByteArray::fromBase64Encoding(d.toString().toLatin1(),
                                                 QByteArray::AbortOnBase64DecodingErrors)
                : QByteArray::FromBase64Result{{}, QByteArray::Base64DecodingStatus::IllegalCharacter};
        if (!bytes)
            return std::unexpected(u"Bad Request: data=%1 is not a base64 string."_s.arg(shown));
        return bytes.decoded.isNull() ? ""_ba : bytes.decoded;
    }
    if (*type == u"STRING") {
        if (!d.isString())
            return std::unexpected(u"Bad Request: data=%1 is not a string."_s.arg(shown));
        const QByteArray bytes = d.toString().toUtf8();
        return bytes.isNull() ? ""_ba : bytes;
    }
    if (*type == u"JSON")
        return shown.toUtf8();
    return std::unexpected(u"Bad Request: type must be BINARY, JSON, STRING, AVRO, JSONSCHEMA or PROTOBUF"_s);
}

Parsed parse(QByteArrayView text, int partitions, qint64 maxValueBytes, bool batch)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Parsed p =
            failed(400, u"Bad Request: the record is not valid JSON (%1)"_s.arg(parseError.errorString()));
        p.malformed = true;
        return p;
    }
    const QJsonObject o = doc.object();
    Parsed p;
    if (batch) {
        const QJsonValue id = o.value(u"id"_s);
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 80)
            return failed(42208, u"Batch entry id must be a string of 1 to 80 characters"_s);
        p.id = id.toString();
    }
    if (const QJsonValue v = o.value(u"partition_id"_s); !v.isUndefined() && !v.isNull()) {
        const auto n =
            JsonField::integer(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (!n)
            return failed(400, u"Bad Request: partition_id must be an integer"_s);
        if (*n < 0)
            return failed(40402, u"Partition not found."_s);
        if (*n >= partitions)
            return failed(40403, u"This server does not host this topic-partition."_s);
        p.partition = int(*n);
    }
    p.record.timestampMs = QDateTime::currentMSecsSinceEpoch();
    if (const QJsonValue v = o.value(u"timestamp"_s); !v.isUndefined() && !v.isNull()) {
        const QDateTime t =
            v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!t.isValid())
            return failed(
                400, u"Bad Request: timestamp must be an RFC 3339 date-time such as 2024-05-01T12:00:00Z"_s);
        p.record.timestampMs = t.toMSecsSinceEpoch();
    }
    if (const QJsonValue v = o.value(u"headers"_s); !v.isUndefined() && !v.isNull()) {
        if (!v.isArray())
            return failed(400, u"Bad Request: headers must be an array of {\"name\", \"value\"}"_s);
        for (const QJsonValue &h : v.toArray()) {
            const QJsonValue name = h.toObject().value(u"name"_s), value = h.toObject().value(u"value"_s);
            if (!h.isObject() || !name.isString() ||
                !(value.isString() || value.isNull() || value.isUndefined()))
                return failed(
                    400, u"Bad Request: each header is {\"name\": string, \"value\": base64 string|null}"_s);
            RecordHeader header{name.toString(), {}};
            if (value.isString()) {
                auto bytes = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
                if (!bytes)
                    return failed(400, u"Bad Request: the value of header '%1' is not a base64 string."_s.arg(
                                           name.toString()));
                header.value = bytes.decoded.isNull() ? ""_ba : bytes.decoded;
            }
            p.record.headers.append(header);
        }
    }
    auto key = data(o.value(u"key"_s), &p.keyType);
    if (!key)
        return failed(400, key.error());
    auto value = data(o.value(u"value"_s), &p.valueType);
    if (!value)
        return failed(400, value.error());
    p.record.key = *key;
    p.record.value = *value;
    if (p.record.value.size() > maxValueBytes)
        return failed(
            413, u"The record value is %1 bytes, over max.message.bytes (%2)"_s.arg(p.record.value.size())
                     .arg(maxValueBytes));
    return p;
}

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QByteArray dataReport(const QString &type, qsizetype size)
{
    if (type.isEmpty())
        return "null"_ba;
    QByteArray out;
    Fields(out).string("type", QStringView(type)).number("size", size).close();
    return out;
}

// The fields of a successful delivery, after what precedes them (error_code or id).
void delivered(Fields &f, const Links &links, const QString &topic, const AppendResult &r, const Parsed &p)
{
    f.string("cluster_id", QStringView(links.cluster()))
        .string("topic_name", QStringView(topic))
        .number("partition_id", r.partition)
        .number("offset", r.offset)
        .string("timestamp", QStringView(rfc3339(r.timestampMs)))
        .raw("key", dataReport(p.keyType, p.keySize))
        .raw("value", dataReport(p.valueType, p.valueSize));
}

// The status of a single-mode answer: the HTTP part of an error code.
int statusOf(int errorCode)
{
    return errorCode >= 10000 ? errorCode / 100 : errorCode;
}

qint64 maxValueBytes(const RequestContext &ctx, const Topic &topic)
{
    bool ok = false;
    const qint64 configured = topic.configs.value(u"max.message.bytes"_s).toLongLong(&ok);
    return ok ? configured : ctx.services.options.maxRecordBytes;
}

} // namespace

Reply produce(RequestContext &ctx, const Links &links)
{
    const QStringList &s = ctx.segments; // clusters, {c}, topics, {t}, records[:batch]
    if (s.size() != 5)
        return Reply::answer(ctx.notFound());
    if (!ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    const bool batch = s[4] == u"records:batch";
    const QString &topicName = s[3];
    Store &store = ctx.services.store;
    const SandboxOptions &options = ctx.services.options;
    if (!store.topic(topicName)) {
        QString failure;
        if (!options.autoCreateTopics || !isValidTopicName(topicName))
            return Reply::answer(unknownTopicOrPartition(ctx));
        if (!store.createTopic(topicName, options.autoCreatePartitions, &failure))
            return Reply::answer(ctx.error(500, failure, 50002));
    }
    const Topic &topic = *store.topic(topicName);
    const qint64 maxBytes = maxValueBytes(ctx, topic);

    std::vector<Parsed> parsed;
    bool stream = false;
    if (batch) {
        auto body = objectBody(ctx);
        if (!body)
            return Reply::answer(body.error());
        const QJsonValue entries = body->value(u"entries"_s);
        if (!entries.isArray())
            return Reply::answer(wrongType(ctx, u"entries"_s, "an array of records with an id"));
        const QJsonArray list = entries.toArray();
        if (list.isEmpty())
            return Reply::answer(ctx.error(422, u"Batch is empty."_s, 42208));
        if (list.size() > options.v3BatchMaxEntries)
            return Reply::answer(
                ctx.error(422,
                          u"Batch has %1 entries, more than the maximum of %2."_s.arg(list.size())
                              .arg(options.v3BatchMaxEntries),
                          42208));
        QSet<QString> ids;
        for (const QJsonValue &entry : list) {
            const QJsonValue id = entry.toObject().value(u"id"_s);
            if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 80)
                return Reply::answer(
                    ctx.error(422, u"Every batch entry needs an id of 1 to 80 characters."_s, 42208));
            if (ids.contains(id.toString()))
                return Reply::answer(ctx.error(422, u"Batch entry IDs are not distinct."_s, 42208));
            ids.insert(id.toString());
            parsed.push_back(parse(QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact),
                                   topic.partitionCount(), maxBytes, true));
            parsed.back().id = id.toString();
        }
    } else {
        qsizetype rest = -1;
        const QList<QByteArrayView> objects = splitObjects(ctx.request.body, &rest);
        if (objects.isEmpty() && rest < 0)
            return Reply::answer(
                ctx.error(422, u"Payload error. Request body is empty. Data is required."_s, 42206));
        // As a streaming JSON reader: the stream ends at the first thing that is not a JSON object.
        bool ended = false;
        for (QByteArrayView object : objects) {
            parsed.push_back(parse(object, topic.partitionCount(), maxBytes, false));
            if ((ended = parsed.back().malformed))
                break;
        }
        if (rest >= 0 && !ended)
            parsed.push_back(
                failed(400, u"Bad Request: the request body holds no JSON object at byte %1"_s.arg(rest)));
        stream = parsed.size() > 1 || ctx.request.header("transfer-encoding").toLower().contains("chunked");
    }

    std::vector<PendingAppend> appends;
    for (Parsed &p : parsed) {
        if (p.errorCode)
            continue;
        const int partition =
            p.partition
                ? *p.partition
                : store.choosePartition(topicName, p.record.key, p.record.key.size() + p.record.value.size());
        p.keySize = p.record.key.size();
        p.valueSize = p.record.value.size();
        appends.push_back({topicName, partition, std::move(p.record)});
    }
    auto results = store.append(std::move(appends));
    if (!results)
        return Reply::answer(
            ctx.error(500, u"Could not store the records: %1"_s.arg(results.error()), 50002));

    QList<QByteArray> reports, successes, failures;
    size_t next = 0;
    for (const Parsed &p : parsed) {
        QByteArray out;
        Fields f(out);
        if (batch)
            f.string("id", QStringView(p.id));
        if (p.errorCode) {
            f.number("error_code", p.errorCode).string("message", QStringView(p.message)).close();
            (batch ? failures : reports).append(out);
            continue;
        }
        if (!batch)
            f.number("error_code", 200);
        delivered(f, links, topicName, (*results)[next++], p);
        f.close();
        (batch ? successes : reports).append(out);
    }
    if (batch) {
        QByteArray out;
        Fields(out)
            .raw("successes", QByteArray('[' + successes.join(',') + ']'))
            .raw("failures", QByteArray('[' + failures.join(',') + ']'))
            .close();
        return Reply::answer(json(ctx, out, 207));
    }
    if (stream) // 200 once the stream is accepted; each report carries its own error_code
        return Reply::answer(json(ctx, reports.join('\n')));
    const int status = parsed.front().errorCode ? statusOf(parsed.front().errorCode) : 200;
    return Reply::answer(json(ctx, reports.front(), status));
}

} // namespace Gregor::Sandbox::V3
