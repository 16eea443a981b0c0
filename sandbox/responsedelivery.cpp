// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsedelivery.h"

#include <QHttpHeaders>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

void writeNormally(QHttpServerResponder &responder, const HttpResponse &response)
{
    QHttpHeaders headers;
    if (!response.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &[name, value] : response.extraHeaders)
        headers.append(name, value);
    const auto status = QHttpServerResponder::StatusCode(response.status);
    if (response.status == 204)
        responder.write(headers, status);
    else
        responder.write(response.body, headers, status);
}

// Writes the body a slice at a time; `done` runs when all is written or the peer went away.
void writeSlowly(QPointer<QTcpSocket> socket, QByteArray body, qint64 bytesPerSecond, QObject *context,
                 std::function<void()> done)
{
    constexpr int tickMs = 100;
    const qint64 perTick = qMax<qint64>(1, bytesPerSecond * tickMs / 1000);
    auto *timer = new QTimer(context);
    timer->setInterval(tickMs);
    auto at = std::make_shared<qint64>(0);
    QObject::connect(timer, &QTimer::timeout, context, [=]() {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState || *at >= body.size()) {
            timer->deleteLater();
            done();
            return;
        }
        socket->write(body.mid(*at, perTick));
        *at += perTick;
    });
    timer->start();
}

} // namespace

QByteArray rawResponseHead(const HttpResponse &response, bool close)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.extraHeaders)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

void deliverNow(QHttpServerResponder &responder, const HttpResponse &response, const FaultDecision &faults,
                QTcpSocket *socket)
{
    if (faults.drop && socket)
        socket->abort();
    else
        writeNormally(responder, response);
}

void deliverResponse(ResponderHolder responder, HttpResponse response, const FaultDecision &faults,
                     QPointer<QTcpSocket> socket, QObject *context)
{
    if (faults.latencyMs > 0) {
        FaultDecision rest = faults;
        rest.latencyMs = 0;
        QTimer::singleShot(faults.latencyMs, context,
                           [=]() { deliverResponse(responder, response, rest, socket, context); });
        return;
    }
    if (!responder->has_value())
        return;
    if (faults.drop && socket) {
        socket->abort();
        responder->reset(); // deferred: the handler call is long over
        return;
    }
    if (faults.truncate && socket) {
        socket->write(rawResponseHead(response, true) + response.body.left(response.body.size() / 2));
        // Keep the responder until the socket is gone, so Qt does not reuse the connection.
        QObject::connect(socket, &QAbstractSocket::disconnected, context,
                         [responder]() { responder->reset(); });
        socket->disconnectFromHost();
        return;
    }
    if (faults.slowBytesPerSecond > 0 && socket) {
        socket->write(rawResponseHead(response, false));
        writeSlowly(socket, response.body, faults.slowBytesPerSecond, context,
                    [responder]() { responder->reset(); });
        return;
    }
    writeNormally(**responder, response);
    responder->reset();
}

} // namespace Gregor::Sandbox
