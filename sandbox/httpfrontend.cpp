// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include <QHttpServerResponder>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

static QString socketKey(const QHostAddress &peer, quint16 port)
{
    // IPv4-mapped IPv6 peers are folded to IPv4 so both spellings find the socket.
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return (isV4 ? QHostAddress(v4).toString() : peer.toString()) + u'|' + QString::number(port);
}

void SocketRegistry::add(QTcpSocket *socket)
{
    // The responder writes the head and the body separately; with Nagle on, the body waits for
    // the client's delayed ACK (40 ms on Linux) and every small answer takes that long.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#if defined(Q_OS_LINUX)
    // The other direction: Qt's HTTP client sends a body in 16 KiB writes with Nagle on, so on
    // loopback (64 KiB segments) the body's last piece waits for our delayed ACK, 40 ms a
    // request. Asking for a quick ACK whenever data arrives sends the pending ACK at once (the
    // flag does not stick, hence every time).
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        int one = 1;
        setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    });
#endif
    for (auto it = m_sockets.begin(); it != m_sockets.end();)
        it = it.value().isNull() ? m_sockets.erase(it) : std::next(it);
    m_sockets.insert(socketKey(socket->peerAddress(), socket->peerPort()), socket);
}

QTcpSocket *SocketRegistry::find(const QHostAddress &peer, quint16 port) const
{
    return m_sockets.value(socketKey(peer, port)).data();
}

QTcpSocket *TrackingTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        m_registry.add(socket);
    return socket;
}

QTcpSocket *TrackingSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        m_registry.add(socket);
    return socket;
}

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    m_handler(request, responder);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Gregor::Sandbox
