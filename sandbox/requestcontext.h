// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "httptypes.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <expected>
#include <optional>

namespace Gregor::Sandbox {

class Store;
class GroupCoordinator;
struct SandboxOptions;

enum class Dialect
{
    Upstash,
    ConfluentV2,
    ConfluentV1,
    ConfluentV3 // /v3/… and /kafka/v3/…: plain application/json, {"error_code","message"}
};

// What a media type names: application/vnd.kafka[.<embedded>].v<N>+json, or something else.
struct MediaType
{
    bool vndKafka = false;
    QByteArray embedded;                                // "binary", "json", "avro", … or empty
    int version = 0;                                    // 1, 2 or 0 when the type names none
    QByteArray essence;                                 // lower-case type/subtype without parameters
    static MediaType parse(QByteArrayView headerValue); // first vnd.kafka entry of a list, else the first
};

struct Services
{
    Store &store;
    GroupCoordinator &groups;
    const SandboxOptions &options;
    QString listenUrl; // scheme://address:port, for a request without a usable Host header
};

// One request on its way through the routes: decoded path segments, query, dialect, and the
// helpers every route needs to answer in its dialect.
class RequestContext
{
public:
    RequestContext(const HttpRequest &request, Services &services, Dialect dialect, QStringList segments);

    const HttpRequest &request;
    Services &services;
    Dialect dialect;
    QStringList segments; // percent-decoded path segments, empty ones dropped
    QUrlQuery query;
    QString basePath; // v3: "/v3" or "/kafka/v3" as the request named it; segments start after it

    const QByteArray &method() const { return request.method; }
    bool isGet() const { return request.method == "GET"; }
    bool isPost() const { return request.method == "POST"; }
    bool isDelete() const { return request.method == "DELETE"; }

    // scheme://host[:port] as the client reached us (the Host header), for base_uri.
    QString baseUrl() const;

    // Error answers in this request's dialect. Upstash: {"error","status"}; Confluent (v1, v2, v3):
    // {"error_code","message"} where code defaults to the status.
    HttpResponse error(int status, const QString &message, int code = 0) const;
    HttpResponse methodNotAllowed() const;
    HttpResponse notFound() const; // unknown path

    HttpResponse json(const QByteArray &body, int status = 200) const; // dialect's content type
    HttpResponse noContent() const;

    // The body as JSON: nullopt for an empty body, an error response for malformed JSON or a body
    // over the limit.
    std::expected<std::optional<QJsonValue>, HttpResponse> jsonBody() const;
    // A query parameter as a non-negative integer (default when absent).
    std::expected<qint64, HttpResponse> queryInteger(const QString &name, qint64 defaultValue) const;

    static HttpResponse errorFor(Dialect dialect, int status, const QString &message, int code = 0);

private:
    QByteArray confluentContentType() const;
};

// JSON field checks shared by the routes; they name the offending field in the message.
namespace JsonField {
std::optional<qint64> integer(const QJsonValue &value, qint64 min, qint64 max);
QString describe(const QJsonValue &value); // "a string", "null", …
} // namespace JsonField

} // namespace Gregor::Sandbox
