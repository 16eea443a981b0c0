// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent v1/v2 consumer instances: /consumers/{g}[/instances/{i}[/…]] (§2.5, §4.1).
#include "confluentconsumerdetail.h"
#include "confluentroutes.h"
#include "consumergroups.h"
#include "jsonwriter.h"
#include "recordjson.h"
#include "sandboxoptions.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::ConfluentConsumers {

namespace Detail {

// {"partitions":[{topic, partition}]} or {"offsets":[{topic, partition, offset}]} entries.

std::expected<QList<Entry>, HttpResponse> entries(const RequestContext &ctx, const QJsonValue &list,
                                                  bool withOffset, bool mustExist)
{
    QList<Entry> out;
    if (!list.isArray())
        return std::unexpected(ctx.error(
            422, u"Expected an array of {topic, partition%1}"_s.arg(withOffset ? u", offset"_s : QString()),
            422));
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject o = item.toObject();
        const auto partition =
            JsonField::integer(o.value(u"partition"_s), 0, std::numeric_limits<int>::max());
        const auto offset = JsonField::integer(o.value(u"offset"_s), 0, std::numeric_limits<qint64>::max());
        if (!item.isObject() || !o.value(u"topic"_s).isString() || !partition || (withOffset && !offset))
            return std::unexpected(
                ctx.error(422,
                          u"Each entry is {\"topic\": string, \"partition\": int >= 0%1}"_s.arg(
                              withOffset ? u", \"offset\": int >= 0"_s : QString()),
                          422));
        Entry e{{o.value(u"topic"_s).toString(), int(*partition)}, withOffset ? *offset : -1};
        if (mustExist && !ctx.services.store.hasPartition(e.tp.topic, e.tp.partition))
            return std::unexpected(
                ctx.error(404, u"This server does not host this topic-partition."_s, 40403));
        out.append(e);
    }
    return out;
}

std::expected<QJsonObject, HttpResponse> objectBody(const RequestContext &ctx, bool allowEmpty)
{
    if (auto bad = ConfluentRoutes::checkContentType(ctx))
        return std::unexpected(*bad);
    auto body = ctx.jsonBody();
    if (!body)
        return std::unexpected(body.error());
    if (!*body && allowEmpty)
        return QJsonObject();
    if (!*body || !(*body)->isObject())
        return std::unexpected(ctx.error(422, u"The body must be a JSON object"_s, 422));
    return (*body)->toObject();
}

} // namespace Detail

using namespace Detail;

namespace {

const QString instanceNotFound = u"Consumer instance not found."_s;
const QString mutuallyExclusive =
    u"Illegal state: Subscription to topics, partitions and pattern are mutually exclusive"_s;

HttpResponse invalidConfig(const RequestContext &ctx, const QString &what)
{
    return ctx.error(422, u"Invalid consumer configuration: "_s + what, 42204);
}

// A "true"/"false" setting; Confluent takes strings, booleans are accepted too.
std::optional<bool> flag(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString() && (v.toString() == u"true" || v.toString() == u"false"))
        return v.toString() == u"true";
    return std::nullopt;
}

std::optional<qint64> numberSetting(const QJsonValue &v)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    return JsonField::integer(v, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
}

Reply create(RequestContext &ctx, const QString &group)
{
    if (!ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    if (auto bad = ConfluentRoutes::checkContentType(ctx))
        return Reply::answer(*bad);
    auto body = ctx.jsonBody();
    if (!body)
        return Reply::answer(body.error());
    if (*body && !(*body)->isObject())
        return Reply::answer(ctx.error(422, u"The body must be an object"_s, 422));
    const QJsonObject o = *body ? (*body)->toObject() : QJsonObject();

    InstanceConfig config;
    config.idleExpiryMs = ctx.services.options.confluentExpiryMs;
    QString name;
    for (const char *field : {"id", "name"}) { // "id" is deprecated and wins over "name"
        const QJsonValue v = o.value(QLatin1StringView(field));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString() || v.toString().isEmpty())
            return Reply::answer(
                invalidConfig(ctx, u"'%1' must be a non-empty string"_s.arg(QLatin1StringView(field))));
        if (name.isEmpty())
            name = v.toString();
    }
    if (name.isEmpty())
        name = u"rest-consumer-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const QJsonValue v = o.value(u"format"_s); !v.isUndefined() && !v.isNull()) {
        const QString format = v.toString().toLower();
        if (format == u"json")
            config.format = EmbeddedFormat::Json;
        else if (format != u"binary")
            return Reply::answer(
                invalidConfig(ctx, u"format must be binary or json (the sandbox has no Schema Registry)"_s));
    }
    if (const QJsonValue v = o.value(u"auto.offset.reset"_s); !v.isUndefined() && !v.isNull()) {
        const QString reset = v.toString();
        if (reset == u"earliest" || reset == u"smallest")
            config.reset = OffsetReset::Earliest;
        else if (reset == u"latest" || reset == u"largest")
            config.reset = OffsetReset::Latest;
        else if (reset == u"none")
            config.reset = OffsetReset::None;
        else
            return Reply::answer(invalidConfig(ctx, u"auto.offset.reset must be earliest, latest or none"_s));
    }
    if (const QJsonValue v = o.value(u"auto.commit.enable"_s); !v.isUndefined() && !v.isNull()) {
        const auto enabled = flag(v);
        if (!enabled)
            return Reply::answer(invalidConfig(ctx, u"auto.commit.enable must be \"true\" or \"false\""_s));
        config.autoCommit = *enabled;
    }
    for (const auto &[field, target] : {std::pair{"fetch.min.bytes", &config.fetchMinBytes},
                                        std::pair{"consumer.request.timeout.ms", &config.requestTimeoutMs}}) {
        const QJsonValue v = o.value(QLatin1StringView(field));
        if (v.isUndefined() || v.isNull())
            continue;
        const auto n = numberSetting(v);
        if (!n)
            return Reply::answer(
                invalidConfig(ctx, u"%1 must be an integer"_s.arg(QLatin1StringView(field))));
        *target = *n;
    }
    GroupCoordinator &groups = ctx.services.groups;
    if (groups.instance(group, name))
        return Reply::answer(ctx.error(
            409, u"Consumer with specified consumer ID already exists in the specified consumer group."_s,
            40902));
    groups.createInstance(
        group, name,
        ctx.dialect == Dialect::ConfluentV1 ? InstanceApi::ConfluentV1 : InstanceApi::ConfluentV2, config);
    const QString baseUri = ctx.baseUrl() + u"/consumers/"_s +
                            QString::fromLatin1(QUrl::toPercentEncoding(group)) + u"/instances/"_s +
                            QString::fromLatin1(QUrl::toPercentEncoding(name));
    return Reply::answer(
        ctx.json(QJsonDocument(QJsonObject{{u"instance_id"_s, name}, {u"base_uri"_s, baseUri}})
                     .toJson(QJsonDocument::Compact)));
}

QByteArray partitionsJson(const QList<TopicPartition> &tps)
{
    QByteArray out = R"({"partitions":[)"_ba;
    JsonWriter w(out);
    for (qsizetype i = 0; i < tps.size(); ++i) {
        if (i)
            out.append(',');
        w.raw("{")
            .key("topic")
            .string(QStringView(tps[i].topic))
            .raw(",")
            .key("partition")
            .number(tps[i].partition)
            .raw("}");
    }
    out.append("]}");
    return out;
}

Reply offsets(RequestContext &ctx, const QString &group, ConsumerInstance &inst)
{
    GroupCoordinator &groups = ctx.services.groups;
    if (ctx.isPost()) {
        auto o = objectBody(ctx, true);
        if (!o)
            return Reply::answer(o.error());
        QString error;
        if (!o->contains(u"offsets"_s)) { // empty: commit everything returned so far
            if (!groups.commitPositions(group, inst, &error))
                return Reply::answer(ctx.error(500, error, 50002));
            return Reply::answer(ctx.dialect == Dialect::ConfluentV1 ? V1Routes::commitAnswer(ctx, inst)
                                                                     : ctx.json("[]"_ba));
        }
        auto list = entries(ctx, o->value(u"offsets"_s), true);
        if (!list)
            return Reply::answer(list.error());
        for (const Entry &e : std::as_const(*list)) // v2 stores sent + 1 (§7.1)
            if (!groups.commit(group, e.tp, e.offset + 1, &error))
                return Reply::answer(ctx.error(500, error, 50002));
        return Reply::answer(ctx.json("[]"_ba));
    }
    if (!ctx.isGet())
        return Reply::answer(ctx.methodNotAllowed());
    auto body = ctx.jsonBody();
    if (!body)
        return Reply::answer(body.error());
    if (!*body || !(*body)->toObject().contains(u"partitions"_s))
        return Reply::answer(ctx.error(404, u"Partition not found."_s, 40402));
    auto list = entries(ctx, (*body)->toObject().value(u"partitions"_s), false);
    if (!list)
        return Reply::answer(list.error());
    QByteArray out = R"({"offsets":[)"_ba;
    JsonWriter w(out);
    bool first = true;
    for (const Entry &e : std::as_const(*list)) {
        const auto committed = groups.committed(group, e.tp);
        if (!committed) // never committed: omitted (§2.5)
            continue;
        if (!first)
            out.append(',');
        first = false;
        w.raw("{")
            .key("topic")
            .string(QStringView(e.tp.topic))
            .raw(",")
            .key("partition")
            .number(e.tp.partition);
        w.raw(",").key("offset").number(*committed).raw(R"(,"metadata":""})");
    }
    out.append("]}");
    return Reply::answer(ctx.json(out));
}

Reply subscription(RequestContext &ctx, const QString &group, ConsumerInstance &inst)
{
    GroupCoordinator &groups = ctx.services.groups;
    if (ctx.isGet()) {
        QStringList topics = inst.topics;
        if (!inst.pattern.isEmpty()) {
            for (const QString &t : ctx.services.store.topicNames())
                if (inst.subscribedTo(t))
                    topics.append(t);
        }
        return Reply::answer(
            ctx.json(QJsonDocument(QJsonObject{{u"topics"_s, QJsonArray::fromStringList(topics)}})
                         .toJson(QJsonDocument::Compact)));
    }
    if (ctx.isDelete()) {
        groups.unsubscribe(group, inst.name);
        return Reply::answer(ctx.noContent());
    }
    if (!ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    auto o = objectBody(ctx);
    if (!o)
        return Reply::answer(o.error());
    const QJsonValue topics = o->value(u"topics"_s), pattern = o->value(u"topic_pattern"_s);
    const bool hasTopics = !topics.isUndefined() && !topics.isNull(),
               hasPattern = !pattern.isUndefined() && !pattern.isNull();
    if (hasTopics == hasPattern)
        return Reply::answer(ctx.error(422, u"Give either 'topics' or 'topic_pattern'"_s, 422));
    if (inst.manual)
        return Reply::answer(ctx.error(409, mutuallyExclusive, 40903));
    if (hasPattern) {
        if (!pattern.isString() || !QRegularExpression(pattern.toString()).isValid())
            return Reply::answer(
                ctx.error(422, u"'topic_pattern' must be a valid regular expression"_s, 422));
        groups.subscribePattern(group, inst.name, pattern.toString());
        return Reply::answer(ctx.noContent());
    }
    QStringList names;
    if (!topics.isArray())
        return Reply::answer(ctx.error(422, u"'topics' must be an array of strings"_s, 422));
    for (const QJsonValue &t : topics.toArray()) {
        if (!t.isString())
            return Reply::answer(ctx.error(422, u"'topics' must be an array of strings"_s, 422));
        names.append(t.toString());
    }
    groups.subscribe(group, inst.name, names);
    return Reply::answer(ctx.noContent());
}

Reply assignments(RequestContext &ctx, const QString &group, ConsumerInstance &inst)
{
    if (ctx.isGet())
        return Reply::answer(ctx.json(partitionsJson(inst.assignment)));
    if (!ctx.isPost())
        return Reply::answer(ctx.methodNotAllowed());
    auto o = objectBody(ctx);
    if (!o)
        return Reply::answer(o.error());
    auto list = entries(ctx, o->value(u"partitions"_s), false);
    if (!list)
        return Reply::answer(list.error());
    if (inst.subscribed())
        return Reply::answer(ctx.error(409, mutuallyExclusive, 40903));
    QList<TopicPartition> tps;
    for (const Entry &e : std::as_const(*list))
        if (!tps.contains(e.tp))
            tps.append(e.tp);
    ctx.services.groups.assign(group, inst.name, tps);
    return Reply::answer(ctx.noContent());
}

} // namespace

Reply handle(RequestContext &ctx)
{
    const QStringList &s = ctx.segments;
    if (s.size() == 2)
        return create(ctx, s[1]);
    if (s.size() < 4 || s[2] != u"instances")
        return Reply::answer(ctx.notFound());
    const QString group = s[1], name = s[3];
    GroupCoordinator &groups = ctx.services.groups;
    ConsumerInstance *inst = groups.touch(group, name);
    if (s.size() == 4) {
        if (!ctx.isDelete())
            return Reply::answer(ctx.methodNotAllowed());
        if (!inst || !groups.removeInstance(group, name))
            return Reply::answer(ctx.error(404, instanceNotFound, 40403));
        return Reply::answer(ctx.noContent());
    }
    const QString &what = s[4];
    const bool known =
        (s.size() == 5 && (what == u"offsets" || what == u"subscription" || what == u"assignments" ||
                           what == u"positions" || what == u"records")) ||
        (s.size() == 6 && what == u"positions" && (s[5] == u"beginning" || s[5] == u"end")) ||
        (s.size() == 6 && what == u"topics");
    if (!known)
        return Reply::answer(ctx.notFound());
    if (!inst)
        return Reply::answer(ctx.error(404, instanceNotFound, 40403));
    if (what == u"offsets")
        return offsets(ctx, group, *inst);
    if (what == u"subscription")
        return subscription(ctx, group, *inst);
    if (what == u"assignments")
        return assignments(ctx, group, *inst);
    if (what == u"positions")
        return positions(ctx, group, *inst, s.size() == 6 ? s[5] : QString());
    if (what == u"topics")
        return V1Routes::readTopic(ctx, group, name, s[5]);
    return records(ctx, group, *inst);
}

} // namespace Gregor::Sandbox::ConfluentConsumers
