// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v3: the path table, clusters and brokers (api-spec §3.2), and the paths of §3.3
// the sandbox knowingly does not serve.
#include "v3routes.h"

#include "sandboxoptions.h"
#include "v3resources.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

namespace {

using V3::Fields;
using V3::Links;

QByteArray clusterJson(const Links &links)
{
    QByteArray out;
    Fields(out)
        .resource("KafkaCluster", links.url(), links.crn())
        .string("cluster_id", QStringView(links.cluster()))
        .link("controller", links.url({u"brokers"_s, u"0"_s}))
        .link("acls", links.url({u"acls"_s}))
        .link("brokers", links.url({u"brokers"_s}))
        .link("broker_configs", links.url({u"broker-configs"_s}))
        .link("consumer_groups", links.url({u"consumer-groups"_s}))
        .link("topics", links.url({u"topics"_s}))
        .link("partition_reassignments",
              links.url({u"topics"_s, u"-"_s, u"partitions"_s, u"-"_s, u"reassignment"_s}))
        .close();
    return out;
}

QByteArray brokerJson(const RequestContext &ctx, const Links &links)
{
    // The sandbox is its own single broker: host and port are where it listens.
    const QUrl listen(ctx.services.listenUrl);
    QByteArray out;
    Fields f(out);
    f.resource("KafkaBroker", links.url({u"brokers"_s, u"0"_s}), links.crn({{u"broker"_s, u"0"_s}}))
        .string("cluster_id", QStringView(links.cluster()))
        .number("broker_id", 0);
    if (listen.host().isEmpty())
        f.null("host").null("port");
    else
        f.string("host", QStringView(listen.host())).number("port", listen.port());
    f.null("rack")
        .link("configs", links.url({u"brokers"_s, u"0"_s, u"configs"_s}))
        .link("partition_replicas", links.url({u"brokers"_s, u"0"_s, u"partition-replicas"_s}))
        .close();
    return out;
}

// The paths of api-spec §3.3 (ACLs, broker configs, replicas by broker, reassignments): real
// servers have them; the sandbox answers 404 in the v3 body and says why.
bool outOfScope(const QStringList &s)
{
    // s = clusters, {c}, …
    const QString what = s.value(2);
    const int n = int(s.size());
    if (what == u"acls" || what == u"acls:batch")
        return n == 3;
    if (what == u"broker-configs" || what == u"broker-configs:alter")
        return n == 3 || (what == u"broker-configs" && n == 4);
    if (what == u"brokers" && n >= 5) {
        const QString sub = s[4];
        return (sub == u"configs" && (n == 5 || n == 6)) ||
               (n == 5 && (sub == u"configs:alter" || sub == u"partition-replicas"));
    }
    if (what == u"topics" && s.value(n - 1) == u"reassignment")
        return (n == 7 && s[4] == u"partitions") && (s[5] == u"-" || s[3] != u"-");
    return false;
}

Reply brokers(RequestContext &ctx, const Links &links)
{
    const QStringList &s = ctx.segments;
    if (s.size() > 4)
        return Reply::answer(ctx.notFound());
    if (!ctx.isGet())
        return Reply::answer(ctx.methodNotAllowed());
    if (s.size() == 3)
        return Reply::answer(
            V3::json(ctx, V3::list("KafkaBrokerList", links.url({u"brokers"_s}), {brokerJson(ctx, links)})));
    if (s[3] != u"0")
        return Reply::answer(V3::error(ctx, 404, u"Broker %1 cannot be found."_s.arg(s[3]), 404));
    return Reply::answer(V3::json(ctx, brokerJson(ctx, links)));
}

} // namespace

namespace V3Routes {

int prefixLength(const QStringList &segments)
{
    if (segments.value(0) == u"v3")
        return 1;
    if (segments.value(0) == u"kafka" && segments.value(1) == u"v3")
        return 2;
    return 0;
}

Reply handle(RequestContext &ctx)
{
    const QStringList &s = ctx.segments;
    if (s.value(0) != u"clusters")
        return Reply::answer(ctx.notFound());
    const Links links(ctx);
    if (s.size() == 1) {
        if (!ctx.isGet())
            return Reply::answer(ctx.methodNotAllowed());
        return Reply::answer(
            V3::json(ctx, V3::list("KafkaClusterList", links.base() + u"/clusters"_s, {clusterJson(links)})));
    }
    if (auto missing = V3::checkCluster(ctx, s[1]))
        return Reply::answer(*missing);
    if (s.size() == 2)
        return Reply::answer(ctx.isGet() ? V3::json(ctx, clusterJson(links)) : ctx.methodNotAllowed());
    if (outOfScope(s))
        return Reply::answer(
            V3::error(ctx, 404, u"HTTP 404 Not Found (the sandbox does not serve this v3 endpoint)"_s, 404));
    const QString &what = s[2];
    if (what == u"brokers")
        return brokers(ctx, links);
    if (what == u"topics") {
        if (s.size() >= 5 && s[4] == u"configs")
            return V3::configs(ctx, links);
        if (s.size() >= 5 && (s[4] == u"records" || s[4] == u"records:batch"))
            return V3::produce(ctx, links);
        if (s.size() >= 5 && s[4] == u"partitions")
            return V3::partitions(ctx, links);
        if (s.size() == 5 && s[4] == u"configs:alter")
            return V3::configs(ctx, links);
        return V3::topics(ctx, links);
    }
    if (what == u"consumer-groups")
        return V3::consumerGroups(ctx, links);
    return Reply::answer(ctx.notFound());
}

} // namespace V3Routes

} // namespace Gregor::Sandbox
