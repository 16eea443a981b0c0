// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3resources.h"

#include "jsonwriter.h"
#include "sandboxoptions.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::V3 {

namespace {
QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

Links::Links(const RequestContext &ctx)
    : m_base(ctx.baseUrl() + ctx.basePath)
    , m_cluster(ctx.services.options.clusterId)
{}

QString Links::url(const QStringList &parts) const
{
    QString out = m_base + u"/clusters/"_s + encoded(m_cluster);
    for (const QString &part : parts)
        out += u'/' + encoded(part);
    return out;
}

QString Links::crn(const QList<std::pair<QString, QString>> &parts) const
{
    QString out = u"crn:///kafka="_s + m_cluster;
    for (const auto &[type, id] : parts)
        out += u'/' + type + u'=' + id;
    return out;
}

Fields::Fields(QByteArray &out)
    : m_out(out)
{
    m_out.append('{');
}

void Fields::key(const char *key)
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
    JsonWriter(m_out).key(key);
}

Fields &Fields::string(const char *name, QStringView value)
{
    key(name);
    JsonWriter(m_out).string(value);
    return *this;
}

Fields &Fields::string(const char *name, QByteArrayView utf8)
{
    key(name);
    JsonWriter(m_out).string(utf8);
    return *this;
}

Fields &Fields::number(const char *name, qint64 value)
{
    key(name);
    JsonWriter(m_out).number(value);
    return *this;
}

Fields &Fields::boolean(const char *name, bool value)
{
    key(name);
    JsonWriter(m_out).boolean(value);
    return *this;
}

Fields &Fields::null(const char *name)
{
    key(name);
    m_out.append("null");
    return *this;
}

Fields &Fields::raw(const char *name, QByteArrayView json)
{
    key(name);
    m_out.append(json);
    return *this;
}

Fields &Fields::link(const char *name, const QString &url)
{
    key(name);
    JsonWriter(m_out).raw("{").key("related").string(QStringView(url)).raw("}");
    return *this;
}

Fields &Fields::resource(const char *kind, const QString &self, const QString &resourceName)
{
    string("kind", QByteArrayView(kind));
    key("metadata");
    JsonWriter(m_out)
        .raw("{")
        .key("self")
        .string(QStringView(self))
        .raw(",")
        .key("resource_name")
        .string(QStringView(resourceName))
        .raw("}");
    return *this;
}

void Fields::close()
{
    m_out.append('}');
}

QByteArray list(const char *kind, const QString &self, const QList<QByteArray> &items)
{
    QByteArray out;
    Fields f(out);
    f.string("kind", QByteArrayView(kind));
    QByteArray metadata;
    Fields(metadata).string("self", QStringView(self)).null("next").close();
    f.raw("metadata", metadata);
    f.raw("data", QByteArray('[' + items.join(',') + ']'));
    f.close();
    return out;
}

HttpResponse json(const RequestContext &ctx, const QByteArray &body, int status)
{
    return ctx.json(body, status);
}

HttpResponse error(const RequestContext &ctx, int status, const QString &message, int code)
{
    return ctx.error(status, message, code);
}

std::optional<HttpResponse> checkCluster(const RequestContext &ctx, const QString &cluster)
{
    if (cluster == ctx.services.options.clusterId)
        return std::nullopt;
    return ctx.error(404, u"Cluster %1 cannot be found."_s.arg(cluster), 404);
}

HttpResponse unknownTopicOrPartition(const RequestContext &ctx)
{
    return ctx.error(404, u"This server does not host this topic-partition."_s, 40403);
}

HttpResponse badRequest(const RequestContext &ctx, const QString &message)
{
    return ctx.error(400, message, 40002);
}

std::expected<QJsonObject, HttpResponse> objectBody(const RequestContext &ctx)
{
    auto body = ctx.jsonBody(); // malformed: 400/400
    if (!body)
        return std::unexpected(body.error());
    if (!*body)
        return std::unexpected(ctx.error(400, u"Request body is empty. Data is required."_s, 400));
    if (!(*body)->isObject())
        return std::unexpected(ctx.error(400, u"The request body must be a JSON object"_s, 400));
    return (*body)->toObject();
}

HttpResponse wrongType(const RequestContext &ctx, const QString &field, const char *expected)
{
    return ctx.error(400, u"Cannot deserialize '%1': expected %2"_s.arg(field, QLatin1StringView(expected)),
                     400);
}

} // namespace Gregor::Sandbox::V3
