// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain-value HTTP request and response, so a request can be dispatched without a socket (unit
// tests, the fuzzer) and the server only translates between these and Qt HTTP Server.
#include <QByteArray>
#include <QHttpHeaders>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace Gregor::Sandbox {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", … (upper case)
    QByteArray path;   // percent-encoded, without the query
    QByteArray query;  // raw query string without '?'
    QHttpHeaders headers;
    QByteArray body;
    bool secure = false; // arrived over TLS

    QByteArray header(QAnyStringView name) const { return headers.value(name).toByteArray(); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
};

// What a dispatch yields: an answer now, or a long-poll. A long-poll is asked again whenever
// records arrive or a group changes, and once more with lastChance=true when waitMs is over; it
// answers std::nullopt while it wants to keep waiting (never on the last chance).
struct Reply
{
    std::optional<HttpResponse> now;
    std::function<std::optional<HttpResponse>(bool lastChance)> poll;
    qint64 waitMs = 0;

    static Reply answer(HttpResponse response) { return Reply{std::move(response), {}, 0}; }
};

} // namespace Gregor::Sandbox
