// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Upstash route, data-driven with its error rows, dispatched without a socket.
#include "jsonsubset.h"
#include "sandboxtestutil.h"

#include "sandbox/store.h"

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;
using namespace SandboxTest;

class TestSandboxUpstash : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;

    void addColumns()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected"); // JSON subset of the answer; empty = not checked
    }
    void check()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        const QByteArray endsBefore = ends();
        const HttpResponse response =
            dispatch(*m_server, request(method, target, body, {{"kafka-auto-offset-reset", "earliest"}}));
        QCOMPARE(response.status, status);
        QCOMPARE(response.contentType, "application/json"_ba);
        const QJsonValue actual = json(response.body);
        QVERIFY2(!actual.isUndefined(), response.body.constData()); // always JSON, never empty
        if (status >= 400) {
            // Upstash's error body: {"error": string, "status": int}, nothing written.
            QVERIFY(actual.toObject().value(u"error"_s).isString());
            QCOMPARE(actual.toObject().value(u"status"_s).toInt(), status);
            QCOMPARE(ends(), endsBefore);
        }
        if (!expected.isEmpty()) {
            QString where;
            QVERIFY2(jsonSubset(json(expected), actual, &where),
                     qPrintable(where + u" in "_s + QString::fromUtf8(response.body)));
        }
    }
    // The end offsets of every partition, to prove a failed request wrote nothing.
    QByteArray ends()
    {
        QByteArray out;
        for (const QString &t : m_server->store().topicNames())
            for (const PartitionLog &log : m_server->store().topic(t)->partitions)
                out += QByteArray::number(log.endOffset()) + ',';
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->createTopic(u"cities"_s, 4));
        QVERIFY(m_server->createTopic(u"greetings"_s, 1));
        QVERIFY(m_server->createTopic(u"orders"_s, 6));
        for (const char *v : {"a", "b", "c"}) {
            const QByteArray body = j("{'value':'") + QByteArray(v) + j("','timestamp':") +
                                    QByteArray::number((v[0] - 'a' + 1) * 1000) + "}";
            QCOMPARE(dispatch(*m_server, request("POST", "/produce/greetings", body)).status, 200);
        }
    }
    void cleanup() { m_server.reset(); }

    void produce_data()
    {
        addColumns();
        QTest::newRow("path message") << "GET"_ba << "/produce/greetings/hello%20there?key=k1"_ba << ""_ba
                                      << 200 << j("{'topic':'greetings','partition':0,'offset':3}");
        QTest::newRow("path message POST") << "POST"_ba << "/produce/greetings/x"_ba << ""_ba << 405 << ""_ba;
        QTest::newRow("path unknown topic") << "GET"_ba << "/produce/nope/x"_ba << ""_ba << 404 << ""_ba;
        QTest::newRow("path topic with slash") << "GET"_ba << "/produce/a%2Fb/x"_ba << ""_ba << 400 << ""_ba;
        QTest::newRow("path topic dotdot") << "GET"_ba << "/produce/../x"_ba << ""_ba << 400 << ""_ba;
        QTest::newRow("path topic space") << "GET"_ba << "/produce/a%20b/x"_ba << ""_ba << 400 << ""_ba;
        QTest::newRow("path topic control") << "GET"_ba << "/produce/a%01b/x"_ba << ""_ba << 400 << ""_ba;
        QTest::newRow("topic one object")
            << "POST"_ba << "/produce/greetings"_ba << j("{'value':'v','timestamp':5}") << 200
            << j("[{'topic':'greetings','partition':0,'offset':3,'timestamp':5}]");
        QTest::newRow("topic array") << "POST"_ba << "/produce/greetings"_ba
                                     << j("[{'value':'v'},{'value':'w','partition':0}]") << 200
                                     << j("[{'offset':3},{'offset':4}]");
        QTest::newRow("topic GET with body")
            << "GET"_ba << "/produce/greetings"_ba << j("{'value':'v'}") << 200 << j("[{'offset':3}]");
        QTest::newRow("keyed murmur2")
            << "POST"_ba << "/produce/orders"_ba << j("{'value':'v','key':'abc'}") << 200
            << j("[{'topic':'orders','partition':3}]"); // §5.1: abc → 3 of 6
        QTest::newRow("explicit partition")
            << "POST"_ba << "/produce/cities"_ba << j("{'value':'v','partition':2}") << 200
            << j("[{'partition':2,'offset':0}]");
        QTest::newRow("headers") << "POST"_ba << "/produce/cities"_ba
                                 << j("{'value':'v','headers':[{'key':'trace','value':'85a9f12'}]}") << 200
                                 << ""_ba;
        QTest::newRow("no topic path, many topics")
            << "POST"_ba << "/produce"_ba
            << j("[{'topic':'greetings','value':'v'},{'topic':'cities','value':'w','partition':1}]") << 200
            << j("[{'topic':'greetings','offset':3},{'topic':'cities','partition':1,'offset':0}]");
        QTest::newRow("no topic path, one object")
            << "POST"_ba << "/produce"_ba << j("{'topic':'greetings','value':'v'}") << 200
            << j("[{'topic':'greetings','offset':3}]");
        QTest::newRow("trailing slash")
            << "POST"_ba << "/produce/"_ba << j("{'topic':'greetings','value':'v'}") << 200 << ""_ba;
        QTest::newRow("missing topic field")
            << "POST"_ba << "/produce"_ba << j("{'value':'v'}") << 400 << ""_ba;
        QTest::newRow("malformed JSON")
            << "POST"_ba << "/produce/greetings"_ba << j("{'value':") << 400 << ""_ba;
        QTest::newRow("empty body") << "POST"_ba << "/produce/greetings"_ba << ""_ba << 400 << ""_ba;
        QTest::newRow("empty array") << "POST"_ba << "/produce/greetings"_ba << "[]"_ba << 400 << ""_ba;
        QTest::newRow("value missing")
            << "POST"_ba << "/produce/greetings"_ba << j("{'key':'k'}") << 400 << ""_ba;
        QTest::newRow("value number")
            << "POST"_ba << "/produce/greetings"_ba << j("{'value':5}") << 400 << ""_ba;
        QTest::newRow("value null") << "POST"_ba << "/produce/greetings"_ba << j("{'value':null}") << 400
                                    << ""_ba;
        QTest::newRow("key number") << "POST"_ba << "/produce/greetings"_ba << j("{'value':'v','key':1}")
                                    << 400 << ""_ba;
        QTest::newRow("partition string")
            << "POST"_ba << "/produce/cities"_ba << j("{'value':'v','partition':'1'}") << 400 << ""_ba;
        QTest::newRow("partition fraction")
            << "POST"_ba << "/produce/cities"_ba << j("{'value':'v','partition':1.5}") << 400 << ""_ba;
        QTest::newRow("partition huge")
            << "POST"_ba << "/produce/cities"_ba << j("{'value':'v','partition':1e300}") << 400 << ""_ba;
        QTest::newRow("partition negative")
            << "POST"_ba << "/produce/cities"_ba << j("{'value':'v','partition':-1}") << 404 << ""_ba;
        QTest::newRow("partition too big")
            << "POST"_ba << "/produce/cities"_ba << j("{'value':'v','partition':4}") << 404 << ""_ba;
        QTest::newRow("timestamp negative")
            << "POST"_ba << "/produce/cities"_ba << j("{'value':'v','timestamp':-5}") << 400 << ""_ba;
        QTest::newRow("headers not array")
            << "POST"_ba << "/produce/cities"_ba << j("{'value':'v','headers':{}}") << 400 << ""_ba;
        QTest::newRow("header value number")
            << "POST"_ba << "/produce/cities"_ba << j("{'value':'v','headers':[{'key':'a','value':1}]}")
            << 400 << ""_ba;
        QTest::newRow("one bad of many writes nothing")
            << "POST"_ba << "/produce"_ba
            << j("[{'topic':'cities','value':'ok'},{'topic':'nope','value':'x'}]") << 404 << ""_ba;
        QTest::newRow("bad partition late in batch")
            << "POST"_ba << "/produce/cities"_ba << j("[{'value':'ok'},{'value':'x','partition':9}]") << 404
            << ""_ba;
        QTest::newRow("DELETE") << "DELETE"_ba << "/produce/cities"_ba << ""_ba << 405 << ""_ba;
        QTest::newRow("too deep") << "GET"_ba << "/produce/cities/a/b"_ba << ""_ba << 404 << ""_ba;
    }
    void produce() { check(); }

    void fetch_data()
    {
        addColumns();
        QTest::newRow("from 0") << "POST"_ba << "/fetch"_ba
                                << j("{'topic':'greetings','partition':0,'offset':0}") << 200
                                << j("[{'topic':'greetings','partition':0,'offset':0,'timestamp':1000,'key':'"
                                     "','value':'a','headers':[]},{'offset':1},{'offset':2}]");
        QTest::newRow("inclusive offset")
            << "POST"_ba << "/fetch"_ba << j("{'topic':'greetings','partition':0,'offset':2}") << 200
            << j("[{'offset':2,'value':'c'}]");
        QTest::newRow("GET with body")
            << "GET"_ba << "/fetch"_ba << j("{'topic':'greetings','partition':0,'offset':1,'timeout':0}")
            << 200 << j("[{'value':'b'},{'value':'c'}]");
        QTest::newRow("trailing slash")
            << "POST"_ba << "/fetch/"_ba << j("{'topic':'greetings','partition':0,'offset':2}") << 200
            << ""_ba;
        QTest::newRow("topicPartitionOffsets")
            << "POST"_ba << "/fetch"_ba
            << j("{'topicPartitionOffsets':[{'topic':'greetings','partition':0,'offset':1},{'topic':'cities',"
                 "'partition':0,'offset':0}],'timeout':0}")
            << 200 << j("[{'value':'b'},{'value':'c'}]");
        QTest::newRow("past the end, timeout 0")
            << "POST"_ba << "/fetch"_ba << j("{'topic':'greetings','partition':0,'offset':50,'timeout':0}")
            << 200 << "[]"_ba;
        QTest::newRow("unknown topic")
            << "POST"_ba << "/fetch"_ba << j("{'topic':'nope','partition':0,'offset':0}") << 404 << ""_ba;
        QTest::newRow("unknown partition")
            << "POST"_ba << "/fetch"_ba << j("{'topic':'greetings','partition':1,'offset':0}") << 404
            << ""_ba;
        QTest::newRow("negative offset")
            << "POST"_ba << "/fetch"_ba << j("{'topic':'greetings','partition':0,'offset':-1}") << 400
            << ""_ba;
        QTest::newRow("missing offset")
            << "POST"_ba << "/fetch"_ba << j("{'topic':'greetings','partition':0}") << 400 << ""_ba;
        QTest::newRow("string timeout")
            << "POST"_ba << "/fetch"_ba << j("{'topic':'greetings','partition':0,'offset':0,'timeout':'1'}")
            << 400 << ""_ba;
        QTest::newRow("no body") << "POST"_ba << "/fetch"_ba << ""_ba << 400 << ""_ba;
        QTest::newRow("array body") << "POST"_ba << "/fetch"_ba << "[]"_ba << 400 << ""_ba;
        QTest::newRow("malformed") << "POST"_ba << "/fetch"_ba << "{{"_ba << 400 << ""_ba;
        QTest::newRow("PUT") << "PUT"_ba << "/fetch"_ba << "{}"_ba << 405 << ""_ba;
    }
    void fetch() { check(); }

    void consume_data()
    {
        addColumns();
        QTest::newRow("body topic") << "POST"_ba << "/consume/g/i"_ba
                                    << j("{'topic':'greetings','timeout':0}") << 200
                                    << j("[{'value':'a'},{'value':'b'},{'value':'c'}]");
        QTest::newRow("body topics") << "POST"_ba << "/consume/g/i"_ba
                                     << j("{'topics':['greetings','cities'],'timeout':0}") << 200
                                     << j("[{'value':'a'},{'value':'b'},{'value':'c'}]");
        QTest::newRow("path topic") << "GET"_ba << "/consume/g/i/greetings?timeout=0"_ba << ""_ba << 200
                                    << j("[{'offset':0},{'offset':1},{'offset':2}]");
        QTest::newRow("GET with body")
            << "GET"_ba << "/consume/g/i"_ba << j("{'topic':'greetings','timeout':0}") << 200 << ""_ba;
        QTest::newRow("no topic, new instance")
            << "POST"_ba << "/consume/g/i"_ba << j("{'timeout':0}") << 400 << ""_ba;
        QTest::newRow("unknown topic")
            << "POST"_ba << "/consume/g/i"_ba << j("{'topic':'nope'}") << 404 << ""_ba;
        QTest::newRow("topics not array")
            << "POST"_ba << "/consume/g/i"_ba << j("{'topics':'greetings'}") << 400 << ""_ba;
        QTest::newRow("topic number") << "POST"_ba << "/consume/g/i"_ba << j("{'topic':3}") << 400 << ""_ba;
        QTest::newRow("bad timeout query")
            << "GET"_ba << "/consume/g/i/greetings?timeout=-1"_ba << ""_ba << 400 << ""_ba;
        QTest::newRow("path topic POST") << "POST"_ba << "/consume/g/i/greetings"_ba << ""_ba << 405 << ""_ba;
        QTest::newRow("no instance") << "POST"_ba << "/consume/g"_ba << j("{'topic':'greetings'}") << 404
                                     << ""_ba;
    }
    void consume() { check(); }

    void consumeHeadersConfigureTheInstance_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("auto commit false") << "kafka-enable-auto-commit"_ba << "false"_ba << 200;
        QTest::newRow("auto commit maybe") << "kafka-enable-auto-commit"_ba << "maybe"_ba << 400;
        QTest::newRow("interval") << "kafka-auto-commit-interval"_ba << "100"_ba << 200;
        QTest::newRow("interval text") << "kafka-auto-commit-interval"_ba << "soon"_ba << 400;
        QTest::newRow("reset latest") << "kafka-auto-offset-reset"_ba << "latest"_ba << 200;
        QTest::newRow("reset bogus") << "kafka-auto-offset-reset"_ba << "middle"_ba << 400;
        QTest::newRow("session timeout") << "kafka-session-timeout-ms"_ba << "5000"_ba << 200;
        QTest::newRow("session timeout zero") << "kafka-session-timeout-ms"_ba << "0"_ba << 400;
    }
    void consumeHeadersConfigureTheInstance()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        const HttpResponse r =
            dispatch(*m_server, request("POST", "/consume/g/i", j("{'topic':'greetings','timeout':0}"),
                                        {{header, value}}));
        QCOMPARE(r.status, status);
        QCOMPARE(m_server->groups().instance(u"g"_s, u"i"_s) != nullptr, status == 200);
        if (header == "kafka-auto-offset-reset" && status == 200) // latest: nothing old
            QCOMPARE(json(r.body).toArray().size(), 0);
        if (header == "kafka-session-timeout-ms" && status == 200)
            QCOMPARE(m_server->groups().instance(u"g"_s, u"i"_s)->config.idleExpiryMs, 5000);
    }

    void resetNoneIsAnError()
    {
        const HttpResponse r =
            dispatch(*m_server, request("POST", "/consume/g/i", j("{'topic':'greetings','timeout':0}"),
                                        {{"kafka-auto-offset-reset", "none"}}));
        QCOMPARE(r.status, 400);
        QVERIFY(json(r.body).toObject().value(u"error"_s).toString().contains(u"no reset policy"_s));
        // With a committed offset it reads from there.
        QCOMPARE(dispatch(*m_server,
                          request("POST", "/commit/g/i", j("{'topic':'greetings','partition':0,'offset':2}")))
                     .status,
                 200);
        const HttpResponse ok = dispatch(*m_server, request("POST", "/consume/g/i", j("{'timeout':0}")));
        QCOMPARE(ok.status, 200);
        QCOMPARE(json(ok.body).toArray().size(), 1);
    }

    void commitAndCommitted_data()
    {
        addColumns();
        // Each row runs after the instance g/i consumed greetings 0..2 (position 3).
        QTest::newRow("one") << "POST"_ba << "/commit/g/i"_ba
                             << j("{'topic':'greetings','partition':0,'offset':1}") << 200
                             << j("{'result':'Success','status':200}");
        QTest::newRow("many") << "POST"_ba << "/commit/g/i"_ba
                              << j("[{'topic':'greetings','partition':0,'offset':1},{'topic':'cities','"
                                   "partition':2,'offset':0}]")
                              << 200 << ""_ba;
        QTest::newRow("empty = positions") << "POST"_ba << "/commit/g/i"_ba << ""_ba << 200 << ""_ba;
        QTest::newRow("empty array = positions") << "GET"_ba << "/commit/g/i"_ba << "[]"_ba << 200 << ""_ba;
        QTest::newRow("unknown instance") << "POST"_ba << "/commit/g/other"_ba << ""_ba << 404 << ""_ba;
        QTest::newRow("unknown group") << "POST"_ba << "/commit/nope/i"_ba << ""_ba << 404 << ""_ba;
        QTest::newRow("unknown topic") << "POST"_ba << "/commit/g/i"_ba
                                       << j("{'topic':'nope','partition':0,'offset':1}") << 404 << ""_ba;
        QTest::newRow("negative offset")
            << "POST"_ba << "/commit/g/i"_ba << j("{'topic':'greetings','partition':0,'offset':-3}") << 400
            << ""_ba;
        QTest::newRow("offset string")
            << "POST"_ba << "/commit/g/i"_ba << j("{'topic':'greetings','partition':0,'offset':'1'}") << 400
            << ""_ba;
        QTest::newRow("DELETE") << "DELETE"_ba << "/commit/g/i"_ba << ""_ba << 405 << ""_ba;
        QTest::newRow("committed one")
            << "POST"_ba << "/committed/g/i"_ba << j("{'topic':'greetings','partition':0}") << 200
            << j("[{'topic':'greetings','partition':0,'offset':-1}]");
        QTest::newRow("committed many, timeout")
            << "GET"_ba << "/committed/g/i?timeout=5000"_ba
            << j("[{'topic':'greetings','partition':0},{'topic':'cities','partition':3}]") << 200
            << j("[{'offset':-1},{'topic':'cities','partition':3,'offset':-1}]");
        QTest::newRow("committed unknown partition")
            << "POST"_ba << "/committed/g/i"_ba << j("{'topic':'greetings','partition':7}") << 404 << ""_ba;
        QTest::newRow("committed bad timeout") << "POST"_ba << "/committed/g/i?timeout=x"_ba
                                               << j("{'topic':'greetings','partition':0}") << 400 << ""_ba;
    }
    void commitAndCommitted()
    {
        QCOMPARE(dispatch(*m_server, request("POST", "/consume/g/i", j("{'topic':'greetings','timeout':0}"),
                                             {{"kafka-auto-offset-reset", "earliest"},
                                              {"kafka-enable-auto-commit", "false"}}))
                     .status,
                 200);
        check();
    }

    void commitSemantics()
    {
        dispatch(*m_server,
                 request("POST", "/consume/g/i", j("{'topic':'greetings','timeout':0}"),
                         {{"kafka-auto-offset-reset", "earliest"}, {"kafka-enable-auto-commit", "false"}}));
        // Upstash stores what is sent (§7.1) …
        QCOMPARE(dispatch(*m_server,
                          request("POST", "/commit/g/i", j("{'topic':'greetings','partition':0,'offset':1}")))
                     .status,
                 200);
        QCOMPARE(json(dispatch(*m_server,
                               request("POST", "/committed/g/i", j("[{'topic':'greetings','partition':0}]")))
                          .body),
                 json(j("[{'topic':'greetings','partition':0,'offset':1}]")));
        // … and an empty commit stores the position: last consumed + 1.
        QCOMPARE(dispatch(*m_server, request("POST", "/commit/g/i", {})).status, 200);
        QCOMPARE(m_server->groups().committed(u"g"_s, {u"greetings"_s, 0}), 3);
        // /committed needs no live instance: another member name sees the group's commits.
        QCOMPARE(json(dispatch(*m_server, request("POST", "/committed/g/whoever",
                                                  j("{'topic':'greetings','partition':0}")))
                          .body),
                 json(j("[{'topic':'greetings','partition':0,'offset':3}]")));
    }

    void offsets_data()
    {
        addColumns();
        QTest::newRow("earliest") << "POST"_ba << "/offsets/earliest"_ba
                                  << j("[{'topic':'greetings','partition':0}]") << 200
                                  << j("[{'topic':'greetings','partition':0,'offset':0}]");
        QTest::newRow("latest") << "POST"_ba << "/offsets/latest"_ba
                                << j("{'topic':'greetings','partition':0}") << 200 << j("[{'offset':3}]");
        QTest::newRow("by time") << "POST"_ba << "/offsets/1500"_ba
                                 << j("[{'topic':'greetings','partition':0}]") << 200 << j("[{'offset':1}]");
        QTest::newRow("by exact time")
            << "POST"_ba << "/offsets/2000"_ba << j("[{'topic':'greetings','partition':0}]") << 200
            << j("[{'offset':1}]");
        QTest::newRow("before all") << "GET"_ba << "/offsets/0?timeout=100"_ba
                                    << j("[{'topic':'greetings','partition':0}]") << 200
                                    << j("[{'offset':0}]");
        QTest::newRow("after all") << "POST"_ba << "/offsets/9999"_ba
                                   << j("[{'topic':'greetings','partition':0}]") << 200
                                   << j("[{'offset':-1}]");
        QTest::newRow("many") << "POST"_ba << "/offsets/latest"_ba
                              << j("[{'topic':'greetings','partition':0},{'topic':'cities','partition':1}]")
                              << 200 << j("[{'offset':3},{'topic':'cities','partition':1,'offset':0}]");
        QTest::newRow("bad timestamp") << "POST"_ba << "/offsets/yesterday"_ba
                                       << j("[{'topic':'greetings','partition':0}]") << 400 << ""_ba;
        QTest::newRow("negative timestamp")
            << "POST"_ba << "/offsets/-5"_ba << j("[{'topic':'greetings','partition':0}]") << 400 << ""_ba;
        QTest::newRow("no body") << "POST"_ba << "/offsets/latest"_ba << ""_ba << 400 << ""_ba;
        QTest::newRow("unknown topic")
            << "POST"_ba << "/offsets/latest"_ba << j("[{'topic':'nope','partition':0}]") << 404 << ""_ba;
        QTest::newRow("partition missing")
            << "POST"_ba << "/offsets/latest"_ba << j("[{'topic':'greetings'}]") << 400 << ""_ba;
        QTest::newRow("no timestamp")
            << "POST"_ba << "/offsets"_ba << j("[{'topic':'greetings','partition':0}]") << 404 << ""_ba;
    }
    void offsets() { check(); }

    void deleteConsumer_data()
    {
        addColumns();
        QTest::newRow("POST") << "POST"_ba << "/delete-consumer/g/i"_ba << ""_ba << 200
                              << j("{'result':'Success','status':200}");
        QTest::newRow("DELETE") << "DELETE"_ba << "/delete-consumer/g/i"_ba << ""_ba << 200 << ""_ba;
        QTest::newRow("GET") << "GET"_ba << "/delete-consumer/g/i"_ba << ""_ba << 405 << ""_ba;
        QTest::newRow("unknown instance")
            << "POST"_ba << "/delete-consumer/g/other"_ba << ""_ba << 404 << ""_ba;
        QTest::newRow("unknown group") << "POST"_ba << "/delete-consumer/x/i"_ba << ""_ba << 404 << ""_ba;
    }
    void deleteConsumer()
    {
        dispatch(*m_server, request("POST", "/consume/g/i", j("{'topic':'greetings','timeout':0}")));
        check();
    }

    void metadata_data()
    {
        addColumns();
        QTest::newRow("topics") << "GET"_ba << "/topics"_ba << ""_ba << 200
                                << j("{'cities':4,'greetings':1,'orders':6}");
        QTest::newRow("consumers") << "GET"_ba << "/consumers"_ba << ""_ba << 200
                                   << j("[{'name':'g','instances':[{'name':'i','topics':[{'topic':'cities','"
                                        "partitions':[0,1,2,3]}]}]}]");
        QTest::newRow("unknown path") << "GET"_ba << "/nothing-here"_ba << ""_ba << 404 << ""_ba;
    }
    void metadata()
    {
        dispatch(*m_server, request("POST", "/consume/g/i", j("{'topic':'cities','timeout':0}")));
        if (QByteArrayView(QTest::currentDataTag()) == "unknown path") {
            SandboxOptions o;
            o.dialect = SandboxOptions::Dialect::Upstash;
            m_server = std::make_unique<SandboxServer>(o);
        }
        check();
    }

    void limits()
    {
        SandboxOptions o;
        o.maxBodyBytes = 4096;
        o.maxRecordBytes = 100;
        SandboxServer server(o);
        QVERIFY(server.createTopic(u"t"_s, 1));
        const QByteArray big(200, 'x');
        HttpResponse r = dispatch(server, request("POST", "/produce/t", j("{'value':'") + big + j("'}")));
        QCOMPARE(r.status, 413);
        QCOMPARE(json(r.body).toObject().value(u"status"_s).toInt(), 413);
        r = dispatch(server,
                     request("POST", "/produce/t", j("{'value':'") + QByteArray(5000, 'y') + j("'}")));
        QCOMPARE(r.status, 413);
        QCOMPARE(server.store().topic(u"t")->partitions[0].endOffset(), 0);
        // The defaults are 1 MiB per record and 16 MiB per body (§10).
        QCOMPARE(SandboxOptions().maxRecordBytes, 1024 * 1024);
        QCOMPARE(SandboxOptions().maxBodyBytes, 16 * 1024 * 1024);
    }

    void autoCreateTopics()
    {
        SandboxOptions o;
        o.autoCreateTopics = true;
        SandboxServer server(o);
        QCOMPARE(dispatch(server, request("GET", "/produce/fresh/hello")).status, 200);
        QCOMPARE(server.store().partitionCount(u"fresh"), 1);
        QCOMPARE(dispatch(server, request("GET", "/produce/bad%20name/hello")).status, 400);
        QCOMPARE(server.store().topicNames(), QStringList{u"fresh"_s});
    }

    void fetchCapsRecordsAndBytes()
    {
        SandboxOptions o;
        o.maxRecords = 5;
        o.maxFetchBytes = 25;
        SandboxServer server(o);
        QVERIFY(server.createTopic(u"t"_s, 1));
        QByteArray batch = "[";
        for (int i = 0; i < 20; ++i)
            batch += QByteArray(i ? "," : "") + j("{'value':'0123456789'}");
        QCOMPARE(dispatch(server, request("POST", "/produce/t", batch + "]")).status, 200);
        // 10 bytes each: two fit under 25 bytes, the third would not.
        QCOMPARE(
            json(
                dispatch(server, request("POST", "/fetch", j("{'topic':'t','partition':0,'offset':0}"))).body)
                .toArray()
                .size(),
            2);
        o.maxFetchBytes = 1 << 20;
        SandboxServer second(o);
        QVERIFY(second.createTopic(u"t"_s, 1));
        dispatch(second, request("POST", "/produce/t", batch + "]"));
        QCOMPARE(
            json(
                dispatch(second, request("POST", "/fetch", j("{'topic':'t','partition':0,'offset':0}"))).body)
                .toArray()
                .size(),
            5);
    }
};

QTEST_GUILESS_MAIN(TestSandboxUpstash)
#include "tst_sandbox_upstash.moc"
