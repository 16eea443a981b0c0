#include "httpfrontend.h"

#include <QHttpServerResponder>

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
