// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent v1/v2 produce: POST /topics/{t} and POST /topics/{t}/partitions/{p} (§2.4).
#include "confluentroutes.h"
#include "jsonwriter.h"
#include "sandboxoptions.h"
#include "store.h"
#include "topicname.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::ConfluentProduce {

namespace {

// A key or value of a record in the request's embedded format; nullopt value = error message set.
std::expected<QByteArray, QString> embeddedBytes(const QJsonValue &value, EmbeddedFormat format,
                                                 const QString &where)
{
    if (value.isUndefined() || value.isNull())
        return QByteArray(); // null: no key / tombstone
    if (format == EmbeddedFormat::Binary) {
        if (!value.isString())
            return std::unexpected(
                u"%1 must be a base64 string, not %2"_s.arg(where, JsonField::describe(value)));
        auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::unexpected(u"%1 is not valid base64"_s.arg(where));
        QByteArray bytes = *decoded;
        return bytes.isNull() ? ""_ba : bytes;
    }
    // json: the JSON text of the value (a string key keeps its quotes, §2.2).
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

} // namespace

Reply produce(RequestContext &ctx, const QString &topic, std::optional<int> pathPartition)
{
    if (auto bad = ConfluentRoutes::checkContentType(ctx))
        return Reply::answer(*bad);
    auto format = ConfluentRoutes::embeddedFormat(ctx, MediaType::parse(ctx.request.header("content-type")));
    if (!format)
        return Reply::answer(format.error());
    auto body = ctx.jsonBody();
    if (!body)
        return Reply::answer(body.error());
    if (!*body || !(*body)->isObject() || !(*body)->toObject().value(u"records"_s).isArray())
        return Reply::answer(ctx.error(422, u"The body must be an object with a 'records' array"_s, 422));
    const QJsonArray records = (*body)->toObject().value(u"records"_s).toArray();
    if (records.isEmpty())
        return Reply::answer(ctx.error(422, u"records may not be empty"_s, 422));

    Store &store = ctx.services.store;
    const SandboxOptions &options = ctx.services.options;
    if (!isValidTopicName(topic))
        return Reply::answer(ctx.error(400, u"Invalid topic name '%1'"_s.arg(topic), 40002));
    int count = store.partitionCount(topic);
    if (pathPartition && count < 0)
        return Reply::answer(ctx.error(404, u"Topic not found."_s, 40401));
    if (pathPartition && (*pathPartition < 0 || *pathPartition >= count))
        return Reply::answer(ctx.error(404, u"Partition not found."_s, 40402));
    const bool missing = count < 0 && !options.autoCreateTopics;
    if (count < 0)
        count = options.autoCreatePartitions;

    struct Parsed
    {
        std::optional<int> partition;
        NewRecord record;
    };
    std::vector<Parsed> parsed;
    parsed.reserve(size_t(records.size()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString where = u"records[%1]"_s.arg(i);
        if (!records[i].isObject())
            return Reply::answer(ctx.error(422, u"%1 must be an object"_s.arg(where), 422));
        const QJsonObject r = records[i].toObject();
        Parsed p;
        p.record.timestampMs = now;
        auto key = embeddedBytes(r.value(u"key"_s), *format, where + u".key"_s);
        auto value = embeddedBytes(r.value(u"value"_s), *format, where + u".value"_s);
        if (!key || !value)
            return Reply::answer(ctx.error(422, key ? value.error() : key.error(), 42203));
        p.record.key = *key;
        p.record.value = *value;
        if (p.record.value.size() > options.maxRecordBytes)
            return Reply::answer(ctx.error(413,
                                           u"%1.value is %2 bytes, over the limit of %3"_s.arg(where)
                                               .arg(p.record.value.size())
                                               .arg(options.maxRecordBytes),
                                           413));
        if (const QJsonValue part = r.value(u"partition"_s);
            !pathPartition && !part.isUndefined() && !part.isNull()) {
            const auto number =
                JsonField::integer(part, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            if (!number)
                return Reply::answer(ctx.error(422, u"%1.partition must be an integer"_s.arg(where), 422));
            if (*number < 0 || *number >= count)
                return Reply::answer(ctx.error(404, u"Partition not found."_s, 40402));
            p.partition = int(*number);
        }
        parsed.push_back(std::move(p));
    }

    QByteArray out = R"({"key_schema_id":null,"value_schema_id":null,"offsets":[)"_ba;
    JsonWriter w(out);
    if (missing) {
        // Without auto-create the Java producer times out on metadata: per-record 50003 (§2.4).
        for (qsizetype i = 0; i < qsizetype(parsed.size()); ++i) {
            if (i)
                out.append(',');
            w.raw(R"({"partition":null,"offset":null,"error_code":50003,"error":)")
                .string(u"Topic %1 not present in metadata after 60000 ms."_s.arg(topic))
                .raw("}");
        }
        out.append("]}");
        return Reply::answer(ctx.json(out));
    }
    if (store.partitionCount(topic) < 0) {
        QString error;
        if (!store.createTopic(topic, options.autoCreatePartitions, &error))
            return Reply::answer(ctx.error(500, error, 50002));
    }
    std::vector<PendingAppend> appends;
    appends.reserve(parsed.size());
    for (Parsed &p : parsed) {
        const int partition =
            pathPartition ? *pathPartition
            : p.partition
                ? *p.partition
                : store.choosePartition(topic, p.record.key, p.record.key.size() + p.record.value.size());
        appends.push_back({topic, partition, std::move(p.record)});
    }
    auto results = store.append(std::move(appends));
    if (!results)
        return Reply::answer(
            ctx.error(500, u"Could not store the records: %1"_s.arg(results.error()), 50002));
    bool first = true;
    for (const AppendResult &r : *results) {
        if (!first)
            out.append(',');
        first = false;
        w.raw("{").key("partition").number(r.partition).raw(",").key("offset").number(r.offset);
        w.raw(R"(,"error_code":null,"error":null})");
    }
    out.append("]}");
    return Reply::answer(ctx.json(out));
}

} // namespace Gregor::Sandbox::ConfluentProduce
