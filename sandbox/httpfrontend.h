// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace Gregor::Sandbox {

// Remembers every accepted connection by its peer address and port, so a fault can reach the
// socket behind a QHttpServerRequest (drop = abort, truncate/slow = raw writes).
class SocketRegistry
{
public:
    void add(QTcpSocket *socket);
    QTcpSocket *find(const QHostAddress &peer, quint16 port) const;

private:
    QHash<QString, QPointer<QTcpSocket>> m_sockets;
};

class TrackingTcpServer : public QTcpServer
{
public:
    explicit TrackingTcpServer(SocketRegistry &registry)
        : m_registry(registry)
    {}
    QTcpSocket *nextPendingConnection() override;

private:
    SocketRegistry &m_registry;
};

class TrackingSslServer : public QSslServer
{
public:
    explicit TrackingSslServer(SocketRegistry &registry)
        : m_registry(registry)
    {}
    QTcpSocket *nextPendingConnection() override;

private:
    SocketRegistry &m_registry;
};

// Qt HTTP Server without its router: every request goes to one handler.
class HttpFrontend : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &)>;
    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    Handler m_handler;
};

} // namespace Gregor::Sandbox
