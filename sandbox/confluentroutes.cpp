// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentroutes.h"

#include "jsonwriter.h"
#include "sandboxoptions.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::ConfluentRoutes {

namespace {

QJsonObject partitionJson(int partition)
{
    return QJsonObject{{u"partition"_s, partition},
                       {u"leader"_s, 0},
                       {u"replicas"_s, QJsonArray{QJsonObject{
                                           {u"broker"_s, 0}, {u"leader"_s, true}, {u"in_sync"_s, true}}}}};
}

HttpResponse compact(const RequestContext &ctx, const QJsonDocument &doc)
{
    return ctx.json(doc.toJson(QJsonDocument::Compact));
}

// A {p} path segment: Confluent's int path parameter; anything else is an unknown path.
std::optional<int> partitionSegment(const QString &text)
{
    bool ok = false;
    const int p = text.toInt(&ok);
    return ok ? std::optional<int>(p) : std::nullopt;
}

Reply topics(RequestContext &ctx)
{
    const QStringList &s = ctx.segments;
    Store &store = ctx.services.store;
    if (s.size() == 1)
        return Reply::answer(ctx.isGet() ? topicsList(ctx) : ctx.methodNotAllowed());
    const QString &topic = s[1];
    if (s.size() == 2) {
        if (ctx.isPost())
            return ConfluentProduce::produce(ctx, topic, std::nullopt);
        if (!ctx.isGet())
            return Reply::answer(ctx.methodNotAllowed());
        if (store.partitionCount(topic) < 0)
            return Reply::answer(ctx.error(404, u"Topic not found."_s, 40401));
        QJsonArray partitions;
        for (int p = 0; p < store.partitionCount(topic); ++p)
            partitions.append(partitionJson(p));
        const QJsonObject configs{
            {u"cleanup.policy"_s, u"delete"_s},
            {u"retention.ms"_s, u"604800000"_s},
            {u"max.message.bytes"_s, QString::number(ctx.services.options.maxRecordBytes)}};
        return Reply::answer(
            compact(ctx, QJsonDocument(QJsonObject{
                             {u"name"_s, topic}, {u"configs"_s, configs}, {u"partitions"_s, partitions}})));
    }
    if (s[2] != u"partitions")
        return Reply::answer(ctx.notFound());
    // Partition endpoints answer a missing topic with error_code 404, not 40401 (§2.4).
    const QString missingTopic = u"Topic %1 cannot be found."_s.arg(topic);
    if (s.size() == 3) {
        if (!ctx.isGet())
            return Reply::answer(ctx.methodNotAllowed());
        if (store.partitionCount(topic) < 0)
            return Reply::answer(ctx.error(404, missingTopic, 404));
        QJsonArray partitions;
        for (int p = 0; p < store.partitionCount(topic); ++p)
            partitions.append(partitionJson(p));
        return Reply::answer(compact(ctx, QJsonDocument(partitions)));
    }
    const auto partition = partitionSegment(s[3]);
    if (!partition || s.size() > 5)
        return Reply::answer(ctx.notFound());
    if (s.size() == 5 && s[4] == u"messages")
        return V1Routes::messages(ctx);
    if (s.size() == 4 && ctx.isPost())
        return ConfluentProduce::produce(ctx, topic, partition);
    if (s.size() == 5 && s[4] != u"offsets")
        return Reply::answer(ctx.notFound());
    if (!ctx.isGet())
        return Reply::answer(ctx.methodNotAllowed());
    if (store.partitionCount(topic) < 0)
        return Reply::answer(ctx.error(404, missingTopic, 404));
    if (!store.hasPartition(topic, *partition))
        return Reply::answer(ctx.error(404, u"Partition not found."_s, 40402));
    if (s.size() == 4)
        return Reply::answer(compact(ctx, QJsonDocument(partitionJson(*partition))));
    const PartitionLog &log = store.topic(topic)->partitions[size_t(*partition)];
    QByteArray out;
    JsonWriter(out)
        .raw("{")
        .key("beginning_offset")
        .number(log.startOffset())
        .raw(",")
        .key("end_offset")
        .number(log.endOffset())
        .raw("}");
    return Reply::answer(ctx.json(out));
}

} // namespace

bool owns(QStringView first)
{
    return first.isEmpty() || first == u"topics" || first == u"brokers" || first == u"consumers";
}

std::optional<HttpResponse> checkContentType(const RequestContext &ctx)
{
    const QByteArray header = ctx.request.header("content-type");
    const MediaType type = MediaType::parse(header);
    if (type.vndKafka)
        return std::nullopt;
    const bool lenientOk = header.isEmpty() || type.essence == "application/json" ||
                           type.essence == "application/octet-stream" ||
                           type.essence == "application/x-www-form-urlencoded";
    if (ctx.services.options.strictContentType ? (header.isEmpty() && ctx.request.body.isEmpty()) : lenientOk)
        return std::nullopt;
    return ctx.error(415, u"HTTP 415 Unsupported Media Type"_s);
}

std::expected<EmbeddedFormat, HttpResponse> embeddedFormat(const RequestContext &ctx, const MediaType &type)
{
    if (type.embedded.isEmpty() || type.embedded == "binary")
        return EmbeddedFormat::Binary;
    if (type.embedded == "json")
        return EmbeddedFormat::Json;
    return std::unexpected(ctx.error(
        415,
        u"The embedded format '%1' needs a Schema Registry, which the sandbox does not have; use binary or json"_s
            .arg(QString::fromLatin1(type.embedded))));
}

HttpResponse topicsList(RequestContext &ctx)
{
    return compact(ctx, QJsonDocument(QJsonArray::fromStringList(ctx.services.store.topicNames())));
}

Reply handle(RequestContext &ctx)
{
    const QString first = ctx.segments.value(0);
    if (first.isEmpty()) { // GET / and POST / answer {} (a liveness check)
        if (ctx.isPost()) {
            auto body = ctx.jsonBody();
            if (!body)
                return Reply::answer(body.error());
        } else if (!ctx.isGet()) {
            return Reply::answer(ctx.methodNotAllowed());
        }
        return Reply::answer(ctx.json("{}"_ba));
    }
    if (first == u"topics")
        return topics(ctx);
    if (first == u"brokers") {
        if (ctx.segments.size() != 1)
            return Reply::answer(ctx.notFound());
        return Reply::answer(ctx.isGet() ? ctx.json(R"({"brokers":[0]})"_ba) : ctx.methodNotAllowed());
    }
    if (first == u"consumers")
        return ConfluentConsumers::handle(ctx);
    return Reply::answer(ctx.notFound());
}

} // namespace Gregor::Sandbox::ConfluentRoutes
