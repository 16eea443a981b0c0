// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the Confluent REST v3 route tests: a server with topics, records and groups from every
// API, and the data-driven check of one request against its expected status, code and JSON.
#include "jsonsubset.h"
#include "sandboxtestutil.h"

#include "sandbox/store.h"

namespace V3Test {

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;
using namespace SandboxTest;

inline const QByteArray v2 = "application/vnd.kafka.v2+json";
inline const QByteArray binaryV2 = "application/vnd.kafka.binary.v2+json";
inline const QByteArray c = "/v3/clusters/gregor-sandbox";
using Headers = QList<std::pair<QByteArray, QByteArray>>;
// What metadata.self and related links start with for a request with Host: sandbox.test:8082.
inline const char *self = "http://sandbox.test:8082/v3/clusters/gregor-sandbox";

// j() with every @ replaced by the self URL of the cluster.
inline QByteArray js(const char *text)
{
    QByteArray out = j(text);
    out.replace('@', self);
    return out;
}

inline qint64 recordsIn(SandboxServer &server, const QString &topic)
{
    const Topic *t = server.store().topic(topic);
    qint64 n = 0;
    for (const PartitionLog &log : t->partitions)
        n += log.endOffset();
    return n;
}

inline HttpResponse v3(SandboxServer &server, const QByteArray &method, const QByteArray &target,
                       const QByteArray &body = {})
{
    return dispatch(server, request(method, target, body, {{"content-type", "application/json"}}));
}

// Groups: g (a Confluent v2 member c1 on greetings, committed 1 of 2: lag 1), ug (an Upstash member
// u1 on orders, committed 1 of 3 on partition 1: lag 2), idle (committed offsets only) and
// nocommit (a member, no offsets). Topics: orders (3 partitions, 3 records in 1), greetings (1, 2).
class Fixture
{
protected:
    std::unique_ptr<SandboxServer> m_server;

    void addColumns()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("errorCode"); // 0 = success row
        QTest::addColumn<QByteArray>("expected");
    }
    void row(const char *name, const QByteArray &method, const QByteArray &target, const QByteArray &body,
             int status, int errorCode, const QByteArray &expected = {})
    {
        QTest::newRow(name) << method << target << body << status << errorCode << expected;
    }
    void check()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, errorCode);
        QFETCH(QByteArray, expected);
        const qint64 before = recordsIn(*m_server, u"orders"_s);
        const HttpResponse response = v3(*m_server, method, target, body);
        QVERIFY2(response.status == status,
                 qPrintable(u"%1: %2"_s.arg(response.status).arg(QString::fromUtf8(response.body))));
        if (status == 204) {
            QVERIFY(response.body.isEmpty());
            return;
        }
        QCOMPARE(response.contentType, "application/json"_ba);
        const QJsonValue actual = json(response.body);
        QVERIFY2(!actual.isUndefined(), response.body.constData());
        if (errorCode) {
            QCOMPARE(actual.toObject().value(u"error_code"_s).toInt(), errorCode);
            QVERIFY(actual.toObject().value(u"message"_s).isString());
            if (m_server->store().topic(u"orders"))
                QCOMPARE(recordsIn(*m_server, u"orders"_s), before);
        }
        if (!expected.isEmpty()) {
            QString where;
            QVERIFY2(jsonSubset(json(expected), actual, &where),
                     qPrintable(where + u" in "_s + QString::fromUtf8(response.body)));
        }
    }

    void setUp()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->createTopic(u"orders"_s, 3));
        QVERIFY(m_server->createTopic(u"greetings"_s, 1));
        const Headers bin{{"content-type", binaryV2}};
        QCOMPARE(dispatch(*m_server, request("POST", "/topics/greetings",
                                             j("{'records':[{'value':'aGk='},{'value':'eW8='}]}"), bin))
                     .status,
                 200);
        QCOMPARE(dispatch(*m_server,
                          request("POST", "/topics/orders/partitions/1",
                                  j("{'records':[{'value':'YQ=='},{'value':'Yg=='},{'value':'Yw=='}]}"), bin))
                     .status,
                 200);
        // g: a Confluent v2 member c1 on greetings, committed 1 of 2 (lag 1).
        const Headers ct{{"content-type", v2}};
        QCOMPARE(
            dispatch(*m_server,
                     request("POST", "/consumers/g",
                             j("{'name':'c1','auto.offset.reset':'earliest','auto.commit.enable':'false'}"),
                             ct))
                .status,
            200);
        QCOMPARE(dispatch(*m_server, request("POST", "/consumers/g/instances/c1/subscription",
                                             j("{'topics':['greetings']}"), ct))
                     .status,
                 204);
        QCOMPARE(dispatch(*m_server,
                          request("POST", "/consumers/g/instances/c1/offsets",
                                  j("{'offsets':[{'topic':'greetings','partition':0,'offset':0}]}"), ct))
                     .status,
                 200);
        // ug: an Upstash member u1 on orders, committed 1 of 3 on partition 1 (lag 2).
        QCOMPARE(dispatch(*m_server, request("GET", "/consume/ug/u1/orders?timeout=0")).status, 200);
        QCOMPARE(dispatch(*m_server,
                          request("POST", "/commit/ug/u1", j("{'topic':'orders','partition':1,'offset':1}")))
                     .status,
                 200);
        // idle: committed offsets only (EMPTY, lag 0); nocommit: a member and no offsets.
        QVERIFY(m_server->groups().commit(u"idle"_s, {u"orders"_s, 1}, 3));
        QCOMPARE(dispatch(*m_server, request("POST", "/consumers/nocommit", j("{'name':'n1'}"), ct)).status,
                 200);
    }
};

} // namespace V3Test
