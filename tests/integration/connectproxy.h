// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A minimal HTTP CONNECT proxy for tests: answers "CONNECT host:port" with 200 and relays bytes
// both ways. It counts tunnels, so a test can prove traffic went through it.
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Gregor::Test {

class ConnectProxy : public QObject
{
public:
    ConnectProxy()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int tunnels() const { return m_tunnels; }

private:
    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        auto *buffer = new QByteArray;
        QObject::connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return;
            buffer->append(client->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> words = buffer->left(buffer->indexOf("\r\n")).split(' ');
            if (words.size() < 2 || words[0] != "CONNECT") {
                client->write("HTTP/1.1 405 Only CONNECT\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QList<QByteArray> target = words[1].split(':');
            client->setProperty("tunnel", true);
            ++m_tunnels;
            auto *upstream = new QTcpSocket(client);
            const QByteArray rest = buffer->mid(end + 4);
            QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    upstream->write(rest);
                QObject::connect(client, &QTcpSocket::readyRead, upstream,
                                 [client, upstream] { upstream->write(client->readAll()); });
                QObject::connect(upstream, &QTcpSocket::readyRead, client,
                                 [client, upstream] { client->write(upstream->readAll()); });
                if (client->bytesAvailable())
                    upstream->write(client->readAll());
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QString::fromLatin1(target.value(0)), quint16(target.value(1).toUInt()));
        });
    }

    QTcpServer m_server;
    int m_tunnels = 0;
};

} // namespace Gregor::Test
