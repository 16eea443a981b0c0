// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestrouter.h"

#include "confluentroutes.h"
#include "sandboxoptions.h"
#include "upstashroutes.h"
#include "v3routes.h"

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

namespace {

bool sameSecret(QByteArrayView a, QByteArrayView b)
{
    // Constant time in the length of the secret.
    if (a.size() != b.size())
        return false;
    uchar diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= uchar(a[i]) ^ uchar(b[i]);
    return diff == 0;
}

bool namesV1(const HttpRequest &request)
{
    for (const char *header : {"content-type", "accept"}) {
        const MediaType type = MediaType::parse(request.header(QLatin1StringView(header)));
        if (type.vndKafka && (type.version == 1 || (type.version == 0 && type.embedded.isEmpty())))
            return true;
    }
    return false;
}

} // namespace

RequestRouter::RequestRouter(Store &store, GroupCoordinator &groups, const SandboxOptions &options)
    : m_services{store, groups, options, {}}
{}

QStringList RequestRouter::segments(QByteArrayView path)
{
    QStringList out;
    for (QByteArrayView part : QByteArray(path.toByteArray()).split('/')) {
        if (!part.isEmpty())
            out.append(QString::fromUtf8(QByteArray::fromPercentEncoding(part.toByteArray())));
    }
    return out;
}

Dialect RequestRouter::dialectOf(const HttpRequest &request) const
{
    const QStringList s = segments(request.path);
    const QString first = s.value(0);
    if (V3Routes::prefixLength(s) > 0)
        return Dialect::ConfluentV3;
    if (UpstashRoutes::owns(first))
        return Dialect::Upstash;
    if (s.size() == 1 && first == u"consumers" && request.method == "GET")
        return Dialect::Upstash;
    if (s.size() == 1 && first == u"topics" && request.method == "GET") {
        if (MediaType::parse(request.header("accept")).vndKafka)
            return namesV1(request) ? Dialect::ConfluentV1 : Dialect::ConfluentV2;
        return m_services.options.dialect == SandboxOptions::Dialect::Confluent ? Dialect::ConfluentV2
                                                                                : Dialect::Upstash;
    }
    if (ConfluentRoutes::owns(first) &&
        !(s.isEmpty() && m_services.options.dialect == SandboxOptions::Dialect::Upstash)) {
        const bool v1Path = (s.size() == 5 && first == u"topics" && s[4] == u"messages") ||
                            (s.size() == 6 && first == u"consumers" && s[4] == u"topics");
        return v1Path || namesV1(request) ? Dialect::ConfluentV1 : Dialect::ConfluentV2;
    }
    return m_services.options.dialect == SandboxOptions::Dialect::Upstash ? Dialect::Upstash
                                                                          : Dialect::ConfluentV2;
}

HttpResponse RequestRouter::errorFor(const HttpRequest &request, int status, const QString &message) const
{
    return RequestContext::errorFor(dialectOf(request), status, message, status == 500 ? 50003 : 0);
}

bool RequestRouter::authorized(const HttpRequest &request) const
{
    const SandboxOptions &o = m_services.options;
    if (!o.authRequired())
        return true;
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!o.basicUser.isEmpty() && authorization.size() > 6 && authorization.first(6).toLower() == "basic ") {
        const QByteArray expected = (o.basicUser + u':' + o.basicPassword).toUtf8().toBase64();
        if (sameSecret(authorization.sliced(6).trimmed(), expected))
            return true;
    }
    if (!o.token.isEmpty()) {
        const QByteArray token = o.token.toUtf8();
        if (authorization.size() > 7 && authorization.first(7).toLower() == "bearer " &&
            sameSecret(authorization.sliced(7).trimmed(), token))
            return true;
        if (sameSecret(request.header("x-auth-token").trimmed(), token))
            return true;
    }
    return false;
}

Reply RequestRouter::dispatch(const HttpRequest &request)
{
    const Dialect dialect = dialectOf(request);
    QStringList pathSegments = segments(request.path);
    QString basePath;
    if (dialect == Dialect::ConfluentV3) { // the routes see what follows /v3 or /kafka/v3
        const int prefix = V3Routes::prefixLength(pathSegments);
        basePath = u'/' + pathSegments.first(prefix).join(u'/');
        pathSegments.remove(0, prefix);
    }
    RequestContext ctx(request, m_services, dialect, std::move(pathSegments));
    ctx.basePath = basePath;
    if (!authorized(request)) {
        return Reply::answer(dialect == Dialect::Upstash ? ctx.error(401, u"Unauthorized"_s)
                                                         : ctx.error(401, u"Authentication failed"_s, 40101));
    }
    if (request.body.size() > m_services.options.maxBodyBytes) {
        return Reply::answer(ctx.error(
            413, u"The request body of %1 bytes is over the limit of %2 bytes"_s.arg(request.body.size())
                     .arg(m_services.options.maxBodyBytes)));
    }
    if (dialect == Dialect::ConfluentV3)
        return V3Routes::handle(ctx);
    const QString first = ctx.segments.value(0);
    if (ctx.segments.size() == 1 && first == u"topics" && ctx.isGet())
        return Reply::answer(dialect == Dialect::Upstash ? ctx.json(UpstashRoutes::topics(ctx).body)
                                                         : ConfluentRoutes::topicsList(ctx));
    if (dialect == Dialect::Upstash && ctx.segments.size() == 1 && first == u"consumers")
        return Reply::answer(UpstashRoutes::consumers(ctx));
    if (UpstashRoutes::owns(first))
        return UpstashRoutes::handle(ctx);
    if (ConfluentRoutes::owns(first) && dialect != Dialect::Upstash)
        return ConfluentRoutes::handle(ctx);
    return Reply::answer(ctx.notFound());
}

} // namespace Gregor::Sandbox
