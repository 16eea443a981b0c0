// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v3 topic configs: list (one topic or all), get, set (PUT), reset (DELETE) and
// configs:alter (api-spec §3.2). retention.bytes and retention.ms act on the partitions' logs;
// the others are kept and reported only.
#include "sandboxoptions.h"
#include "store.h"
#include "v3resources.h"
#include "v3routes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::V3 {

namespace {

enum class Type
{
    Long,
    Int,
    Double,
    Bool,
    Choice,    // one of `choices`
    ChoiceList // a comma-separated list of `choices`
};

struct ConfigDef
{
    const char16_t *name;
    const char16_t *fallback; // the default; nullptr = from the options (max.message.bytes)
    const char16_t *brokerSynonym;
    Type type;
    qint64 min = std::numeric_limits<qint64>::min();
    const char16_t *choices = nullptr; // '|'-separated
};

// Kafka's topic-level configs and their defaults (what a topic without overrides reports).
const ConfigDef configTable[] = {
    {u"cleanup.policy", u"delete", u"log.cleanup.policy", Type::ChoiceList, 0, u"delete|compact"},
    {u"compression.type", u"producer", u"compression.type", Type::Choice, 0,
     u"uncompressed|zstd|lz4|snappy|gzip|producer"},
    {u"delete.retention.ms", u"86400000", u"log.cleaner.delete.retention.ms", Type::Long, 0},
    {u"file.delete.delay.ms", u"60000", u"log.segment.delete.delay.ms", Type::Long, 0},
    {u"flush.messages", u"9223372036854775807", u"log.flush.interval.messages", Type::Long, 1},
    {u"flush.ms", u"9223372036854775807", u"log.flush.interval.ms", Type::Long, 0},
    {u"max.compaction.lag.ms", u"9223372036854775807", u"log.cleaner.max.compaction.lag.ms", Type::Long, 1},
    {u"max.message.bytes", nullptr, u"message.max.bytes", Type::Int, 0},
    {u"message.timestamp.type", u"CreateTime", u"log.message.timestamp.type", Type::Choice, 0,
     u"CreateTime|LogAppendTime"},
    {u"min.cleanable.dirty.ratio", u"0.5", u"log.cleaner.min.cleanable.ratio", Type::Double, 0},
    {u"min.compaction.lag.ms", u"0", u"log.cleaner.min.compaction.lag.ms", Type::Long, 0},
    {u"min.insync.replicas", u"1", u"min.insync.replicas", Type::Int, 1},
    {u"retention.bytes", u"-1", u"log.retention.bytes", Type::Long},
    {u"retention.ms", u"604800000", u"log.retention.ms", Type::Long, -1},
    {u"segment.bytes", u"1073741824", u"log.segment.bytes", Type::Int, 14},
    {u"segment.ms", u"604800000", u"log.roll.ms", Type::Long, 1},
    {u"unclean.leader.election.enable", u"false", u"unclean.leader.election.enable", Type::Bool},
};

const ConfigDef *definition(QStringView name)
{
    for (const ConfigDef &def : configTable)
        if (name == QStringView(def.name))
            return &def;
    return nullptr;
}

QString defaultValue(const RequestContext &ctx, const ConfigDef &def)
{
    return def.fallback ? QString::fromUtf16(def.fallback)
                        : QString::number(ctx.services.options.maxRecordBytes);
}

QByteArray configJson(const RequestContext &ctx, const Links &links, const Topic &topic, const ConfigDef &def)
{
    const QString name = QString::fromUtf16(def.name);
    const auto set = topic.configs.constFind(name);
    const bool isDefault = set == topic.configs.cend();
    const QString fallback = defaultValue(ctx, def);
    QByteArray synonyms = "[";
    if (!isDefault) {
        Fields(synonyms)
            .string("name", QStringView(name))
            .string("value", QStringView(*set))
            .string("source", u"DYNAMIC_TOPIC_CONFIG")
            .close();
        synonyms.append(',');
    }
    Fields(synonyms)
        .string("name", QStringView(def.brokerSynonym))
        .string("value", QStringView(fallback))
        .string("source", u"DEFAULT_CONFIG")
        .close();
    synonyms.append(']');
    QByteArray out;
    Fields(out)
        .resource("KafkaTopicConfig", links.url({u"topics"_s, topic.name, u"configs"_s, name}),
                  links.crn({{u"topic"_s, topic.name}, {u"config"_s, name}}))
        .string("cluster_id", QStringView(links.cluster()))
        .string("topic_name", QStringView(topic.name))
        .string("name", QStringView(name))
        .string("value", QStringView(isDefault ? fallback : *set))
        .boolean("is_default", isDefault)
        .boolean("is_read_only", false)
        .boolean("is_sensitive", false)
        .string("source", isDefault ? u"DEFAULT_CONFIG" : u"DYNAMIC_TOPIC_CONFIG")
        .raw("synonyms", synonyms)
        .close();
    return out;
}

QString invalid(const QString &value, const QString &name, const QString &why)
{
    return u"Invalid value %1 for configuration %2: %3"_s.arg(value, name, why);
}

Reply listConfigs(RequestContext &ctx, const Links &links, const QString &topicName)
{
    Store &store = ctx.services.store;
    const QStringList names = topicName == u"-" ? store.topicNames() : QStringList{topicName};
    if (topicName != u"-" && !store.topic(topicName))
        return Reply::answer(unknownTopicOrPartition(ctx));
    QList<QByteArray> items;
    for (const QString &name : names)
        for (const ConfigDef &def : configTable)
            items.append(configJson(ctx, links, *store.topic(name), def));
    return Reply::answer(
        json(ctx, list("KafkaTopicConfigList", links.url({u"topics"_s, topicName, u"configs"_s}), items)));
}

// configs:alter: every entry checked before anything changes; 204.
Reply alter(RequestContext &ctx, const Topic &topic)
{
    auto body = objectBody(ctx);
    if (!body)
        return Reply::answer(body.error());
    const QJsonValue data = body->value(u"data"_s), validate = body->value(u"validate_only"_s);
    if (!data.isArray())
        return Reply::answer(wrongType(ctx, u"data"_s, "an array of {name, value, operation}"));
    if (!validate.isUndefined() && !validate.isNull() && !validate.isBool())
        return Reply::answer(wrongType(ctx, u"validate_only"_s, "a boolean"));
    QMap<QString, QString> next = topic.configs;
    for (const QJsonValue &entry : data.toArray()) {
        const QJsonObject o = entry.toObject();
        const QJsonValue name = o.value(u"name"_s), value = o.value(u"value"_s), op = o.value(u"operation"_s);
        if (!entry.isObject() || !name.isString() ||
            !(value.isString() || value.isNull() || value.isUndefined()) ||
            !(op.isString() || op.isNull() || op.isUndefined()))
            return Reply::answer(wrongType(
                ctx, u"data"_s, "an array of {name: string, value: string|null, operation: SET|DELETE}"));
        const QString operation = op.isString() ? op.toString().toUpper() : u"SET"_s;
        if (operation != u"SET" && operation != u"DELETE")
            return Reply::answer(wrongType(ctx, u"data[].operation"_s, "SET or DELETE"));
        if (operation == u"SET" && !value.isString())
            return Reply::answer(
                badRequest(ctx, u"Null value not supported for : %1"_s.arg(name.toString())));
        const std::optional<QString> wanted =
            operation == u"SET" ? std::optional<QString>(value.toString()) : std::nullopt;
        if (auto problem = configProblem(name.toString(), wanted))
            return Reply::answer(badRequest(ctx, *problem));
        if (wanted)
            next.insert(name.toString(), *wanted);
        else
            next.remove(name.toString());
    }
    if (!validate.toBool(false))
        ctx.services.store.setTopicConfigs(topic.name, next);
    return Reply::answer(ctx.noContent());
}

} // namespace

std::optional<QString> configProblem(const QString &name, const std::optional<QString> &value)
{
    const ConfigDef *def = definition(name);
    if (!def)
        return u"Unknown topic config name: %1"_s.arg(name);
    if (!value)
        return std::nullopt;
    const QString &v = *value;
    bool ok = false;
    switch (def->type) {
    case Type::Long:
    case Type::Int: {
        const qint64 n = v.trimmed().toLongLong(&ok);
        if (!ok || (def->type == Type::Int &&
                    (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())))
            return invalid(v, name,
                           def->type == Type::Int ? u"Not a number of type INT"_s
                                                  : u"Not a number of type LONG"_s);
        if (n < def->min)
            return invalid(v, name, u"Value must be at least %1"_s.arg(def->min));
        return std::nullopt;
    }
    case Type::Double:
        v.trimmed().toDouble(&ok);
        return ok ? std::nullopt : std::optional(invalid(v, name, u"Not a number of type DOUBLE"_s));
    case Type::Bool:
        if (v.compare(u"true"_s, Qt::CaseInsensitive) == 0 || v.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return std::nullopt;
        return invalid(v, name, u"Expected value to be either true or false"_s);
    case Type::Choice:
    case Type::ChoiceList: {
        const QStringList parts =
            def->type == Type::ChoiceList ? v.split(u',', Qt::SkipEmptyParts) : QStringList{v};
        const QStringList choices = QString::fromUtf16(def->choices).split(u'|');
        for (const QString &part : parts) {
            if (!choices.contains(part.trimmed()))
                return invalid(v, name, u"String must be one of: %1"_s.arg(choices.join(u", "_s)));
        }
        return parts.isEmpty() ? std::optional(invalid(v, name, u"Empty list"_s)) : std::nullopt;
    }
    }
    Q_UNREACHABLE_RETURN(std::nullopt);
}

Reply configs(RequestContext &ctx, const Links &links)
{
    const QStringList &s = ctx.segments; // clusters, {c}, topics, {t|-}, configs[:alter][, {name}]
    const QString &topicName = s[3];
    Store &store = ctx.services.store;
    if (s[4] == u"configs:alter") {
        if (!ctx.isPost())
            return Reply::answer(ctx.methodNotAllowed());
        const Topic *topic = store.topic(topicName);
        return topic ? alter(ctx, *topic) : Reply::answer(unknownTopicOrPartition(ctx));
    }
    if (s.size() == 5)
        return ctx.isGet() ? listConfigs(ctx, links, topicName) : Reply::answer(ctx.methodNotAllowed());
    if (s.size() != 6 || topicName == u"-")
        return Reply::answer(ctx.notFound());
    const QByteArray &method = ctx.method();
    if (method != "GET" && method != "PUT" && method != "DELETE")
        return Reply::answer(ctx.methodNotAllowed());
    const Topic *topic = store.topic(topicName);
    if (!topic)
        return Reply::answer(unknownTopicOrPartition(ctx));
    const QString &name = s[5];
    const ConfigDef *def = definition(name);
    if (!def)
        return Reply::answer(
            error(ctx, 404, u"Config %1 cannot be found for topic %2."_s.arg(name, topicName), 404));
    if (method == "GET")
        return Reply::answer(json(ctx, configJson(ctx, links, *topic, *def)));
    QMap<QString, QString> next = topic->configs;
    if (method == "DELETE") {
        next.remove(name);
    } else {
        auto body = objectBody(ctx);
        if (!body)
            return Reply::answer(body.error());
        const QJsonValue value = body->value(u"value"_s);
        if (value.isString()) {
            if (auto problem = configProblem(name, value.toString()))
                return Reply::answer(badRequest(ctx, *problem));
            next.insert(name, value.toString());
        } else if (value.isNull() || value.isUndefined()) {
            next.remove(name); // a null value: back to the default
        } else {
            return Reply::answer(wrongType(ctx, u"value"_s, "a string or null"));
        }
    }
    store.setTopicConfigs(topicName, next);
    return Reply::answer(ctx.noContent());
}

} // namespace Gregor::Sandbox::V3
