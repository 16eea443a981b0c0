// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Gregor {

// One HTTP request as a dialect builds it, relative to the connection's base URL. Auth headers
// are added by the transport, never by dialects, so they can be redacted in one place.
struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // e.g. "/topics/orders"; each segment already percent-encoded by the dialect
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type, Accept, Kafka-* …
    QByteArray body;                              // sent even on GET when non-empty (Upstash, v2 offsets)
    bool idempotent = true;                       // only idempotent requests are retried
    // Changes data on the server (produce, commit, a user's delete of an instance): refused by the
    // transport on a read-only connection. Instances the app makes and removes for itself are not.
    bool writes = false;
    int extraTimeoutMs = 0; // a long poll's own wait, added to the connection's transfer timeout
    friend bool operator==(const HttpRequest &, const HttpRequest &) = default;
};

// The request marked as one that changes data (see HttpRequest::writes).
inline HttpRequest writing(HttpRequest request)
{
    request.writes = true;
    return request;
}

struct HttpResponse
{
    int status = 0;
    quint64 journalId = 0; // the exchange in the request log (0 without a journal)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const;
};

} // namespace Gregor
