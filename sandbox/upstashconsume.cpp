// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstashconsume.h"

#include "consumergroups.h"
#include "recordjson.h"
#include "sandboxoptions.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::UpstashConsume {

namespace {

std::expected<InstanceConfig, QString> configFromHeaders(const RequestContext &ctx)
{
    InstanceConfig config;
    config.idleExpiryMs = ctx.services.options.upstashExpiryMs;
    config.reset = OffsetReset::Latest;
    config.autoCommit = true;
    config.autoCommitIntervalMs = 5000;
    const QByteArray autoCommit = ctx.request.header("kafka-enable-auto-commit").trimmed().toLower();
    if (!autoCommit.isEmpty()) {
        if (autoCommit != "true" && autoCommit != "false")
            return std::unexpected(u"Kafka-Enable-Auto-Commit must be true or false"_s);
        config.autoCommit = autoCommit == "true";
    }
    auto number = [&](const char *name, qint64 &target, qint64 min) -> bool {
        const QByteArray text = ctx.request.header(QLatin1StringView(name)).trimmed();
        if (text.isEmpty())
            return true;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < min)
            return false;
        target = value;
        return true;
    };
    if (!number("kafka-auto-commit-interval", config.autoCommitIntervalMs, 0))
        return std::unexpected(u"Kafka-Auto-Commit-Interval must be a non-negative integer (ms)"_s);
    if (!number("kafka-session-timeout-ms", config.idleExpiryMs, 1))
        return std::unexpected(u"Kafka-Session-Timeout-Ms must be a positive integer (ms)"_s);
    const QByteArray reset = ctx.request.header("kafka-auto-offset-reset").trimmed().toLower();
    if (reset == "earliest")
        config.reset = OffsetReset::Earliest;
    else if (reset == "none")
        config.reset = OffsetReset::None;
    else if (!reset.isEmpty() && reset != "latest")
        return std::unexpected(u"Kafka-Auto-Offset-Reset must be earliest, latest or none"_s);
    return config;
}

} // namespace

Reply consume(RequestContext &ctx)
{
    const qsizetype n = ctx.segments.size();
    if (n != 3 && n != 4)
        return Reply::answer(ctx.notFound());
    if (n == 4 ? !ctx.isGet() : (!ctx.isGet() && !ctx.isPost()))
        return Reply::answer(ctx.methodNotAllowed());
    const QString group = ctx.segments[1], name = ctx.segments[2];

    QStringList topics;
    qint64 timeout = 1000;
    if (n == 4) {
        topics.append(ctx.segments[3]);
        auto t = ctx.queryInteger(u"timeout"_s, 1000);
        if (!t)
            return Reply::answer(t.error());
        timeout = *t;
    } else {
        auto body = ctx.jsonBody();
        if (!body)
            return Reply::answer(body.error());
        if (*body) {
            if (!(*body)->isObject())
                return Reply::answer(
                    ctx.error(400, u"The body must be an object {topic?, topics?, timeout?}"_s));
            const QJsonObject o = (*body)->toObject();
            if (const QJsonValue t = o.value(u"topic"_s); !t.isUndefined()) {
                if (!t.isString())
                    return Reply::answer(ctx.error(400, u"'topic' must be a string"_s));
                topics.append(t.toString());
            }
            if (const QJsonValue list = o.value(u"topics"_s); !list.isUndefined()) {
                if (!list.isArray())
                    return Reply::answer(ctx.error(400, u"'topics' must be an array of strings"_s));
                for (const QJsonValue &t : list.toArray()) {
                    if (!t.isString())
                        return Reply::answer(ctx.error(400, u"'topics' must be an array of strings"_s));
                    topics.append(t.toString());
                }
            }
            if (const QJsonValue t = o.value(u"timeout"_s); !t.isUndefined()) {
                const auto value = JsonField::integer(t, 0, std::numeric_limits<qint64>::max());
                if (!value)
                    return Reply::answer(ctx.error(400, u"'timeout' must be a non-negative integer (ms)"_s));
                timeout = *value;
            }
        }
    }
    for (const QString &topic : std::as_const(topics))
        if (ctx.services.store.partitionCount(topic) < 0)
            return Reply::answer(ctx.error(404, u"Topic '%1' not found"_s.arg(topic)));
    topics.removeDuplicates();
    topics.sort();

    GroupCoordinator &groups = ctx.services.groups;
    ConsumerInstance *inst = groups.touch(group, name);
    if (!inst) {
        if (topics.isEmpty())
            return Reply::answer(ctx.error(400, u"Name a topic or topics to consume"_s));
        auto config = configFromHeaders(ctx);
        if (!config)
            return Reply::answer(ctx.error(400, config.error()));
        groups.createInstance(group, name, InstanceApi::Upstash, *config);
        groups.subscribe(group, name, topics);
    } else if (!topics.isEmpty() && (inst->topics != topics || inst->manual || !inst->pattern.isEmpty())) {
        groups.subscribe(group, name, topics);
    }

    const SandboxOptions &options = ctx.services.options;
    Store &store = ctx.services.store;
    Reply reply;
    reply.waitMs = qMin(timeout, options.maxWaitMs);
    reply.poll = [&groups, &store, &options, group, name,
                  ok = ctx.json({})](bool lastChance) -> std::optional<HttpResponse> {
        auto items = groups.read(group, name, options.maxRecords, options.maxFetchBytes);
        if (!items)
            return RequestContext::errorFor(Dialect::Upstash, 400, items.error());
        if (items->empty() && !lastChance)
            return std::nullopt;
        HttpResponse response = ok;
        {
            ByteSink out(response.body);
            out.put('[');
            const TopicPartition *last = nullptr;
            const PartitionLog *log = nullptr;
            QByteArray prefix;
            for (const ReadItem &item : *items) {
                if (out.size() > 1)
                    out.put(',');
                if (!last || *last != item.tp) { // items come a partition at a time
                    last = &item.tp;
                    log = &store.topic(item.tp.topic)->partitions[size_t(item.tp.partition)];
                    prefix = RecordJson::upstashPrefix(item.tp.topic, item.tp.partition);
                }
                RecordJson::upstash(out, prefix, log->at(item.offset));
            }
            out.put(']');
        }
        return response;
    };
    return reply;
}

} // namespace Gregor::Sandbox::UpstashConsume
