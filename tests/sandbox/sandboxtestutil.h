// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the sandbox tests: socket-free dispatch, and a small blocking-free HTTP
// client over QNetworkAccessManager that waits with signal spies (never sleeps).
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace SandboxTest {

using namespace Qt::StringLiterals;
using Gregor::Sandbox::HttpRequest;
using Gregor::Sandbox::HttpResponse;
using Gregor::Sandbox::SandboxServer;

// JSON written with single quotes, so test files need no raw strings (moc cannot read them).
inline QByteArray j(const char *text)
{
    QByteArray bytes(text);
    bytes.replace('\'', '"');
    return bytes;
}

inline HttpRequest request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                           const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    HttpRequest r;
    r.method = method;
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.first(q);
    r.query = q < 0 ? QByteArray() : target.sliced(q + 1);
    r.body = body;
    r.headers.append("host", "sandbox.test:8082");
    for (const auto &[name, value] : headers)
        r.headers.append(name, value);
    return r;
}

// Dispatches without a socket; a long-poll gets its last chance at once.
inline HttpResponse dispatch(SandboxServer &server, const HttpRequest &r)
{
    auto reply = server.dispatch(r);
    if (reply.now)
        return *reply.now;
    return *reply.poll(true);
}

inline QJsonValue json(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    qint64 elapsedMs = 0;
    QJsonValue json() const { return SandboxTest::json(body); }
};

class Client
{
public:
    explicit Client(QUrl base)
        : m_base(std::move(base))
    {}

    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000)
    {
        QUrl url = m_base;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.first(q), QUrl::TolerantMode);
        if (q >= 0)
            url.setQuery(pathAndQuery.sliced(q + 1), QUrl::TolerantMode);
        QNetworkRequest req(url);
        req.setTransferTimeout(timeoutMs);
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
        if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
            req.setRawHeader("Content-Type", "application/json");
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(req, method, body));
        if (m_ignoreSsl)
            reply->ignoreSslErrors();
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs + 5000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.elapsedMs = clock.elapsed();
        return result;
    }
    HttpResult get(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", path, {}, headers);
    }
    HttpResult post(const QString &path, const QByteArray &body,
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send("POST", path, body, headers);
    }
    void ignoreSslErrors() { m_ignoreSsl = true; }
    QNetworkAccessManager &nam() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
    bool m_ignoreSsl = false;
};

} // namespace SandboxTest
