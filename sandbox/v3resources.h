// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the Confluent REST v3 route files (api-spec §3.1): resource links and CRNs, the JSON
// shape of resources and lists, and the answers every route gives.
#include "requestcontext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gregor::Sandbox::V3 {

// URLs and resource names of one request: every URL starts with the scheme, Host and base path
// ("/v3" or "/kafka/v3") the request used, so links work however the client reached us.
class Links
{
public:
    explicit Links(const RequestContext &ctx);

    QString base() const { return m_base; } // http://host:port/v3
    const QString &cluster() const { return m_cluster; }
    // base/clusters/<c>[/<part>…], each part percent-encoded.
    QString url(const QStringList &parts = {}) const;
    // crn:///kafka=<c>[/<type>=<id>…]
    QString crn(const QList<std::pair<QString, QString>> &parts = {}) const;

private:
    QString m_base;
    QString m_cluster;
};

// Writes one JSON object field by field, placing the commas; strings are escaped.
class Fields
{
public:
    explicit Fields(QByteArray &out);
    Fields &string(const char *key, QStringView value);
    Fields &string(const char *key, QByteArrayView utf8);
    Fields &number(const char *key, qint64 value);
    Fields &boolean(const char *key, bool value);
    Fields &null(const char *key);
    Fields &raw(const char *key, QByteArrayView json);
    Fields &link(const char *key, const QString &url); // {"related": url}
    // "kind" and "metadata": {"self", "resource_name"} — how every v3 resource starts.
    Fields &resource(const char *kind, const QString &self, const QString &resourceName);
    void close();

private:
    void key(const char *key);
    QByteArray &m_out;
    bool m_first = true;
};

// {"kind": "<Thing>List", "metadata": {"self", "next": null}, "data": [items…]}
QByteArray list(const char *kind, const QString &self, const QList<QByteArray> &items);

HttpResponse json(const RequestContext &ctx, const QByteArray &body, int status = 200);
HttpResponse error(const RequestContext &ctx, int status, const QString &message, int code = 0);
// 404/404 "Cluster X cannot be found." unless X is the sandbox's cluster.
std::optional<HttpResponse> checkCluster(const RequestContext &ctx, const QString &cluster);
// What Kafka answers for a topic or partition it does not have: 404/40403.
HttpResponse unknownTopicOrPartition(const RequestContext &ctx);
// 400/40002: what Kafka's admin calls answer for an invalid request (topic exists, bad config…).
HttpResponse badRequest(const RequestContext &ctx, const QString &message);
// The request body as a JSON object: 400/400 when empty, malformed or not an object.
std::expected<QJsonObject, HttpResponse> objectBody(const RequestContext &ctx);
// A field that must be absent, null or of one type; 400/400 naming it otherwise.
HttpResponse wrongType(const RequestContext &ctx, const QString &field, const char *expected);

// Topic configs (v3configs.cpp): why `value` cannot be set for `name` (nullopt value: why it
// cannot be reset), or nullopt when it can. Unknown names and invalid values, as Kafka says them.
std::optional<QString> configProblem(const QString &name, const std::optional<QString> &value);

} // namespace Gregor::Sandbox::V3
