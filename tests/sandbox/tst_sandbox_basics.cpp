// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;

class TestSandboxBasics : public QObject
{
    Q_OBJECT
private:
    QByteArray get(const QUrl &url, const QByteArray &accept, int *status)
    {
        QNetworkRequest request(url);
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(5000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return reply->readAll();
    }
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void listensOnAFreePortAndServesBothTopicLists()
    {
        SandboxServer server;
        QVERIFY(server.createTopic(u"cities"_s, 12));
        QVERIFY(server.createTopic(u"greetings"_s, 1));
        QVERIFY(server.start());
        QVERIFY(server.port() != 0);

        QUrl url = server.url();
        url.setPath(u"/topics"_s);
        int status = 0;
        const QByteArray upstash = get(url, "application/json", &status);
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(upstash).object(),
                 (QJsonObject{{u"cities"_s, 12}, {u"greetings"_s, 1}}));

        const QByteArray confluent = get(url, "application/vnd.kafka.v2+json", &status);
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(confluent).array(), (QJsonArray{u"cities"_s, u"greetings"_s}));
    }
    void rejectsInvalidTopicNames()
    {
        SandboxServer server;
        QVERIFY(!server.createTopic(u"a/b"_s, 1));
        QVERIFY(!server.createTopic(u".."_s, 1));
        QVERIFY(!server.createTopic(u"with space"_s, 1));
        QVERIFY(!server.createTopic(u"ok"_s, 0));
        QVERIFY(server.createTopic(u"ok"_s, 2));
        QVERIFY(!server.createTopic(u"ok"_s, 3));
    }
};

QTEST_GUILESS_MAIN(TestSandboxBasics)
#include "tst_sandbox_basics.moc"
