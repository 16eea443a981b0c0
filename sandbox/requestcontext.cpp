// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcontext.h"

#include "sandboxoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

MediaType MediaType::parse(QByteArrayView headerValue)
{
    MediaType first;
    bool haveFirst = false;
    for (QByteArrayView entry : QByteArray(headerValue.toByteArray()).split(',')) {
        QByteArrayView essence = entry;
        if (const qsizetype semi = essence.indexOf(';'); semi >= 0)
            essence = essence.first(semi);
        MediaType type;
        type.essence = essence.trimmed().toByteArray().toLower();
        if (type.essence.startsWith("application/vnd.kafka")) {
            type.vndKafka = true;
            // vnd.kafka[.embedded][.vN]+json
            QByteArray rest = type.essence.mid(int(sizeof("application/vnd.kafka") - 1));
            if (const qsizetype plus = rest.indexOf('+'); plus >= 0)
                rest.truncate(plus);
            const QList<QByteArray> parts = rest.split('.');
            for (const QByteArray &part : parts) {
                if (part.isEmpty())
                    continue;
                if (part.size() == 2 && part[0] == 'v' && (part[1] == '1' || part[1] == '2'))
                    type.version = part[1] - '0';
                else
                    type.embedded = part;
            }
            return type;
        }
        if (!haveFirst) {
            first = type;
            haveFirst = true;
        }
    }
    return first;
}

RequestContext::RequestContext(const HttpRequest &request, Services &services, Dialect dialect,
                               QStringList segments)
    : request(request)
    , services(services)
    , dialect(dialect)
    , segments(std::move(segments))
    , query(QString::fromUtf8(request.query))
{}

QString RequestContext::baseUrl() const
{
    const QString scheme = request.secure ? u"https"_s : u"http"_s;
    QString host = QString::fromUtf8(request.header("host")).trimmed();
    // Only a plausible authority; anything else falls back to the address we listen on.
    const QUrl probe(scheme + u"://"_s + host);
    if (host.isEmpty() || !probe.isValid() || probe.host().isEmpty() || !probe.path().isEmpty() ||
        !probe.userInfo().isEmpty())
        return services.listenUrl;
    return scheme + u"://"_s + host;
}

QByteArray RequestContext::confluentContentType() const
{
    switch (dialect) {
    case Dialect::ConfluentV1:
        return "application/vnd.kafka.v1+json"_ba;
    case Dialect::ConfluentV3:
    case Dialect::Upstash:
        return "application/json"_ba;
    case Dialect::ConfluentV2:
        break;
    }
    return "application/vnd.kafka.v2+json"_ba;
}

HttpResponse RequestContext::errorFor(Dialect dialect, int status, const QString &message, int code)
{
    HttpResponse response;
    response.status = status;
    if (dialect == Dialect::ConfluentV3 && status == 429) {
        // Confluent's v3 rate limit comes from Jetty's DoSFilter, before any resource: an HTML
        // page, not the JSON envelope (api-spec §3.2).
        response.contentType = "text/html;charset=iso-8859-1";
        response.body =
            "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=ISO-8859-1\"/>\n"
            "<title>Error 429 Too Many Requests</title>\n</head>\n<body><h2>HTTP ERROR 429 Too Many "
            "Requests</h2>\n<table>\n<tr><th>URI:</th><td>"_ba +
            message.toHtmlEscaped().toUtf8() +
            "</td></tr>\n<tr><th>STATUS:</th><td>429</td></tr>\n</table>\n</body>\n</html>\n"_ba;
        return response;
    }
    if (dialect == Dialect::Upstash) {
        response.contentType = "application/json";
        response.body = QJsonDocument(QJsonObject{{u"error"_s, message}, {u"status"_s, status}})
                            .toJson(QJsonDocument::Compact);
    } else {
        response.contentType = dialect == Dialect::ConfluentV1   ? "application/vnd.kafka.v1+json"_ba
                               : dialect == Dialect::ConfluentV3 ? "application/json"_ba
                                                                 : "application/vnd.kafka.v2+json"_ba;
        response.body =
            QJsonDocument(QJsonObject{{u"error_code"_s, code ? code : status}, {u"message"_s, message}})
                .toJson(QJsonDocument::Compact);
    }
    return response;
}

HttpResponse RequestContext::error(int status, const QString &message, int code) const
{
    return errorFor(dialect, status, message, code);
}

HttpResponse RequestContext::methodNotAllowed() const
{
    return dialect == Dialect::Upstash
               ? error(405, u"Method %1 is not allowed here"_s.arg(QString::fromLatin1(method())))
               : error(405, u"HTTP 405 Method Not Allowed"_s);
}

HttpResponse RequestContext::notFound() const
{
    return dialect == Dialect::Upstash ? error(404, u"Not found: %1"_s.arg(QString::fromUtf8(request.path)))
                                       : error(404, u"HTTP 404 Not Found"_s);
}

HttpResponse RequestContext::json(const QByteArray &body, int status) const
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.contentType = dialect == Dialect::Upstash ? "application/json"_ba : confluentContentType();
    return response;
}

HttpResponse RequestContext::noContent() const
{
    HttpResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

std::expected<std::optional<QJsonValue>, HttpResponse> RequestContext::jsonBody() const
{
    if (request.body.trimmed().isEmpty())
        return std::optional<QJsonValue>();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(error(
            400,
            u"Malformed JSON body at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()),
            dialect == Dialect::Upstash ? 0 : 400));
    }
    return std::optional<QJsonValue>(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
}

std::expected<qint64, HttpResponse> RequestContext::queryInteger(const QString &name,
                                                                 qint64 defaultValue) const
{
    if (!query.hasQueryItem(name))
        return defaultValue;
    bool ok = false;
    const qint64 value = query.queryItemValue(name, QUrl::FullyDecoded).toLongLong(&ok);
    if (!ok || value < 0)
        return std::unexpected(
            error(400, u"Query parameter '%1' must be a non-negative integer"_s.arg(name)));
    return value;
}

namespace JsonField {

std::optional<qint64> integer(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < -9.2e18 || d > 9.2e18)
        return std::nullopt;
    const qint64 i = value.toInteger(qint64(d));
    if (i < min || i > max)
        return std::nullopt;
    return i;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

} // namespace JsonField

} // namespace Gregor::Sandbox
