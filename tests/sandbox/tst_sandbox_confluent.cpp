// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent v2 and v1 routes, data-driven with their error rows, plus the v2 session of §2.5b
// over real HTTP.
#include "jsonsubset.h"
#include "sandboxtestutil.h"

#include "sandbox/store.h"

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;
using namespace SandboxTest;

namespace {
const QByteArray v2 = "application/vnd.kafka.v2+json";
const QByteArray binaryV2 = "application/vnd.kafka.binary.v2+json";
const QByteArray jsonV2 = "application/vnd.kafka.json.v2+json";
const QByteArray binaryV1 = "application/vnd.kafka.binary.v1+json";
using Headers = QList<std::pair<QByteArray, QByteArray>>;
} // namespace

class TestSandboxConfluent : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;

    void addColumns()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("errorCode"); // Confluent error_code; 0 = success row
        QTest::addColumn<QByteArray>("expected");
    }
    void check(const SandboxOptions &options = {})
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, accept);
        QFETCH(int, status);
        QFETCH(int, errorCode);
        QFETCH(QByteArray, expected);
        Q_UNUSED(options);
        Headers headers;
        if (!contentType.isEmpty())
            headers.append({"content-type", contentType});
        if (!accept.isEmpty())
            headers.append({"accept", accept});
        const qint64 endBefore = m_server->store().topic(u"orders")->partitions[0].endOffset();
        const HttpResponse response = dispatch(*m_server, request(method, target, body, headers));
        QVERIFY2(response.status == status,
                 qPrintable(u"%1: %2"_s.arg(response.status).arg(QString::fromUtf8(response.body))));
        if (status == 204) {
            QVERIFY(response.body.isEmpty());
            return;
        }
        QVERIFY(response.contentType.startsWith("application/vnd.kafka."));
        const QJsonValue actual = json(response.body);
        QVERIFY2(!actual.isUndefined(), response.body.constData());
        if (errorCode) {
            QCOMPARE(actual.toObject().value(u"error_code"_s).toInt(), errorCode);
            QVERIFY(actual.toObject().value(u"message"_s).isString());
            QCOMPARE(m_server->store().topic(u"orders")->partitions[0].endOffset(), endBefore);
        }
        if (!expected.isEmpty()) {
            QString where;
            QVERIFY2(jsonSubset(json(expected), actual, &where),
                     qPrintable(where + u" in "_s + QString::fromUtf8(response.body)));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->createTopic(u"orders"_s, 3));
        QVERIFY(m_server->createTopic(u"greetings"_s, 1));
        QCOMPARE(
            dispatch(*m_server, request("POST", "/topics/greetings",
                                        j("{'records':[{'value':'aGk='},{'key':'a2V5','value':'eW8='}]}"),
                                        {{"content-type", binaryV2}}))
                .status,
            200);
        // A consumer c1 (binary, earliest) subscribed to greetings, for the instance rows.
        dispatch(*m_server,
                 request("POST", "/consumers/g",
                         j("{'name':'c1','auto.offset.reset':'earliest','auto.commit.enable':'false'}"),
                         {{"content-type", v2}}));
    }
    void cleanup() { m_server.reset(); }

    void metadata_data()
    {
        addColumns();
        QTest::newRow("root") << "GET"_ba << "/"_ba << ""_ba << ""_ba << v2 << 200 << 0 << "{}"_ba;
        QTest::newRow("root POST") << "POST"_ba << "/"_ba << "{}"_ba << v2 << v2 << 200 << 0 << "{}"_ba;
        QTest::newRow("topics") << "GET"_ba << "/topics"_ba << ""_ba << ""_ba << v2 << 200 << 0
                                << j("['greetings','orders']");
        QTest::newRow("topic")
            << "GET"_ba << "/topics/orders"_ba << ""_ba << ""_ba << v2 << 200 << 0
            << j("{'name':'orders','partitions':[{'partition':0,'leader':0,'replicas':[{'broker':0,'leader':"
                 "true,'in_sync':true}]},{'partition':1},{'partition':2}]}");
        QTest::newRow("topic missing")
            << "GET"_ba << "/topics/nope"_ba << ""_ba << ""_ba << v2 << 404 << 40401 << ""_ba;
        QTest::newRow("topic bad name")
            << "GET"_ba << "/topics/a%20b"_ba << ""_ba << ""_ba << v2 << 404 << 40401 << ""_ba;
        QTest::newRow("partitions") << "GET"_ba << "/topics/orders/partitions"_ba << ""_ba << ""_ba << v2
                                    << 200 << 0 << j("[{'partition':0},{'partition':1},{'partition':2}]");
        QTest::newRow("partitions missing topic")
            << "GET"_ba << "/topics/nope/partitions"_ba << ""_ba << ""_ba << v2 << 404 << 404 << ""_ba;
        QTest::newRow("partition") << "GET"_ba << "/topics/orders/partitions/2"_ba << ""_ba << ""_ba << v2
                                   << 200 << 0 << j("{'partition':2,'leader':0}");
        QTest::newRow("partition missing")
            << "GET"_ba << "/topics/orders/partitions/3"_ba << ""_ba << ""_ba << v2 << 404 << 40402 << ""_ba;
        QTest::newRow("partition negative")
            << "GET"_ba << "/topics/orders/partitions/-1"_ba << ""_ba << ""_ba << v2 << 404 << 40402 << ""_ba;
        QTest::newRow("partition not a number")
            << "GET"_ba << "/topics/orders/partitions/x"_ba << ""_ba << ""_ba << v2 << 404 << 404 << ""_ba;
        QTest::newRow("partition huge") << "GET"_ba << "/topics/orders/partitions/99999999999"_ba << ""_ba
                                        << ""_ba << v2 << 404 << 404 << ""_ba;
        QTest::newRow("partition offsets")
            << "GET"_ba << "/topics/greetings/partitions/0/offsets"_ba << ""_ba << ""_ba << v2 << 200 << 0
            << j("{'beginning_offset':0,'end_offset':2}");
        QTest::newRow("offsets missing topic") << "GET"_ba << "/topics/nope/partitions/0/offsets"_ba << ""_ba
                                               << ""_ba << v2 << 404 << 404 << ""_ba;
        QTest::newRow("offsets missing partition") << "GET"_ba << "/topics/orders/partitions/9/offsets"_ba
                                                   << ""_ba << ""_ba << v2 << 404 << 40402 << ""_ba;
        QTest::newRow("brokers") << "GET"_ba << "/brokers"_ba << ""_ba << ""_ba << v2 << 200 << 0
                                 << j("{'brokers':[0]}");
        QTest::newRow("unknown path")
            << "GET"_ba << "/topics/orders/nothing"_ba << ""_ba << ""_ba << v2 << 404 << 404 << ""_ba;
        QTest::newRow("wrong method")
            << "DELETE"_ba << "/topics/orders"_ba << ""_ba << ""_ba << v2 << 405 << 405 << ""_ba;
    }
    void metadata() { check(); }

    void produce_data()
    {
        addColumns();
        QTest::newRow("binary")
            << "POST"_ba << "/topics/orders"_ba
            << j("{'records':[{'key':'a2V5','value':'aGVsbG8='},{'value':'d29ybGQ=','partition':1}]}")
            << binaryV2 << v2 << 200 << 0
            << j("{'key_schema_id':null,'value_schema_id':null,'offsets':[{'partition':1,'offset':0,'error_"
                 "code':null,'error':null},{'partition':1,'offset':1}]}"); // murmur2(key) → 1 of 3
        QTest::newRow("json") << "POST"_ba << "/topics/orders"_ba
                              << j("{'records':[{'key':'k','value':{'a':1}}]}") << jsonV2 << v2 << 200 << 0
                              << j("{'offsets':[{'partition':2,'offset':0}]}"); // the key's JSON text, quotes
                                                                                // included, → 2 of 3
        QTest::newRow("to partition")
            << "POST"_ba << "/topics/orders/partitions/2"_ba
            << j("{'records':[{'value':'eA=='},{'value':'eQ=='}]}") << binaryV2 << v2 << 200 << 0
            << j("{'offsets':[{'partition':2,'offset':0},{'partition':2,'offset':1}]}");
        QTest::newRow("tombstone") << "POST"_ba << "/topics/orders"_ba
                                   << j("{'records':[{'key':'a2V5','value':null}]}") << binaryV2 << v2 << 200
                                   << 0 << ""_ba;
        QTest::newRow("plain json lenient")
            << "POST"_ba << "/topics/orders"_ba << j("{'records':[{'value':'eA=='}]}")
            << "application/json"_ba << v2 << 200 << 0 << ""_ba;
        QTest::newRow("v1 binary") << "POST"_ba << "/topics/orders"_ba << j("{'records':[{'value':'eA=='}]}")
                                   << binaryV1 << ""_ba << 200 << 0 << j("{'offsets':[{'offset':0}]}");
        QTest::newRow("missing topic: per-record 50003")
            << "POST"_ba << "/topics/nope"_ba << j("{'records':[{'value':'eA=='},{'value':'eQ=='}]}")
            << binaryV2 << v2 << 200 << 0
            << j("{'offsets':[{'partition':null,'offset':null,'error_code':50003},{'error_code':50003}]}");
        QTest::newRow("missing topic, to partition")
            << "POST"_ba << "/topics/nope/partitions/0"_ba << j("{'records':[{'value':'eA=='}]}") << binaryV2
            << v2 << 404 << 40401 << ""_ba;
        QTest::newRow("missing partition")
            << "POST"_ba << "/topics/orders/partitions/5"_ba << j("{'records':[{'value':'eA=='}]}")
            << binaryV2 << v2 << 404 << 40402 << ""_ba;
        QTest::newRow("record partition out of range")
            << "POST"_ba << "/topics/orders"_ba
            << j("{'records':[{'value':'eA=='},{'value':'eA==','partition':7}]}") << binaryV2 << v2 << 404
            << 40402 << ""_ba;
        QTest::newRow("invalid base64")
            << "POST"_ba << "/topics/orders"_ba << j("{'records':[{'value':'eA=='},{'value':'***'}]}")
            << binaryV2 << v2 << 422 << 42203 << ""_ba;
        QTest::newRow("binary value not a string")
            << "POST"_ba << "/topics/orders"_ba << j("{'records':[{'value':5}]}") << binaryV2 << v2 << 422
            << 42203 << ""_ba;
        QTest::newRow("empty records") << "POST"_ba << "/topics/orders"_ba << j("{'records':[]}") << binaryV2
                                       << v2 << 422 << 422 << ""_ba;
        QTest::newRow("no records") << "POST"_ba << "/topics/orders"_ba << j("{'value':'eA=='}") << binaryV2
                                    << v2 << 422 << 422 << ""_ba;
        QTest::newRow("record not object") << "POST"_ba << "/topics/orders"_ba << j("{'records':[1]}")
                                           << binaryV2 << v2 << 422 << 422 << ""_ba;
        QTest::newRow("malformed") << "POST"_ba << "/topics/orders"_ba << j("{'records':[") << binaryV2 << v2
                                   << 400 << 400 << ""_ba;
        QTest::newRow("partition string")
            << "POST"_ba << "/topics/orders"_ba << j("{'records':[{'value':'eA==','partition':'1'}]}")
            << binaryV2 << v2 << 422 << 422 << ""_ba;
        QTest::newRow("avro") << "POST"_ba << "/topics/orders"_ba << j("{'records':[{'value':'eA=='}]}")
                              << "application/vnd.kafka.avro.v2+json"_ba << v2 << 415 << 415 << ""_ba;
        QTest::newRow("text/plain") << "POST"_ba << "/topics/orders"_ba << j("{'records':[{'value':'eA=='}]}")
                                    << "text/plain"_ba << v2 << 415 << 415 << ""_ba;
        QTest::newRow("bad topic name")
            << "POST"_ba << "/topics/a%2F..%2Fb"_ba << j("{'records':[{'value':'eA=='}]}") << binaryV2 << v2
            << 400 << 40002 << ""_ba;
    }
    void produce() { check(); }

    void strictContentType()
    {
        SandboxOptions o;
        o.strictContentType = true;
        SandboxServer server(o);
        QVERIFY(server.createTopic(u"t"_s, 1));
        const QByteArray body = j("{'records':[{'value':'eA=='}]}");
        HttpResponse r =
            dispatch(server, request("POST", "/topics/t", body, {{"content-type", "application/json"}}));
        QCOMPARE(r.status, 415);
        QCOMPARE(json(r.body), json(j("{'error_code':415,'message':'HTTP 415 Unsupported Media Type'}")));
        QCOMPARE(dispatch(server, request("POST", "/topics/t", body, {{"content-type", binaryV2}})).status,
                 200);
    }

    void consumers_data()
    {
        addColumns();
        QTest::newRow("create")
            << "POST"_ba << "/consumers/g"_ba << j("{'name':'c2','format':'json'}") << v2 << v2 << 200 << 0
            << j("{'instance_id':'c2','base_uri':'http://sandbox.test:8082/consumers/g/instances/c2'}");
        QTest::newRow("create default name")
            << "POST"_ba << "/consumers/g"_ba << ""_ba << ""_ba << v2 << 200 << 0 << ""_ba;
        QTest::newRow("create exists")
            << "POST"_ba << "/consumers/g"_ba << j("{'name':'c1'}") << v2 << v2 << 409 << 40902 << ""_ba;
        QTest::newRow("create bad format")
            << "POST"_ba << "/consumers/g"_ba << j("{'format':'avro'}") << v2 << v2 << 422 << 42204 << ""_ba;
        QTest::newRow("create bad reset")
            << "POST"_ba << "/consumers/g"_ba << j("{'auto.offset.reset':'soon'}") << v2 << v2 << 422 << 42204
            << ""_ba;
        QTest::newRow("create bad commit flag")
            << "POST"_ba << "/consumers/g"_ba << j("{'auto.commit.enable':'yes'}") << v2 << v2 << 422 << 42204
            << ""_ba;
        QTest::newRow("create name number")
            << "POST"_ba << "/consumers/g"_ba << j("{'name':5}") << v2 << v2 << 422 << 42204 << ""_ba;
        QTest::newRow("create array body")
            << "POST"_ba << "/consumers/g"_ba << "[]"_ba << v2 << v2 << 422 << 422 << ""_ba;
        QTest::newRow("delete") << "DELETE"_ba << "/consumers/g/instances/c1"_ba << ""_ba << ""_ba << v2
                                << 204 << 0 << ""_ba;
        QTest::newRow("delete unknown")
            << "DELETE"_ba << "/consumers/g/instances/zz"_ba << ""_ba << ""_ba << v2 << 404 << 40403 << ""_ba;
        QTest::newRow("subscribe") << "POST"_ba << "/consumers/g/instances/c1/subscription"_ba
                                   << j("{'topics':['orders']}") << v2 << v2 << 204 << 0 << ""_ba;
        QTest::newRow("subscribe pattern") << "POST"_ba << "/consumers/g/instances/c1/subscription"_ba
                                           << j("{'topic_pattern':'ord.*'}") << v2 << v2 << 204 << 0 << ""_ba;
        QTest::newRow("subscribe bad pattern")
            << "POST"_ba << "/consumers/g/instances/c1/subscription"_ba << j("{'topic_pattern':'(('}") << v2
            << v2 << 422 << 422 << ""_ba;
        QTest::newRow("subscribe both")
            << "POST"_ba << "/consumers/g/instances/c1/subscription"_ba
            << j("{'topics':['a'],'topic_pattern':'b'}") << v2 << v2 << 422 << 422 << ""_ba;
        QTest::newRow("subscribe unknown instance")
            << "POST"_ba << "/consumers/g/instances/zz/subscription"_ba << j("{'topics':['orders']}") << v2
            << v2 << 404 << 40403 << ""_ba;
        QTest::newRow("subscription get") << "GET"_ba << "/consumers/g/instances/c1/subscription"_ba << ""_ba
                                          << ""_ba << v2 << 200 << 0 << j("{'topics':['greetings']}");
        QTest::newRow("unsubscribe") << "DELETE"_ba << "/consumers/g/instances/c1/subscription"_ba << ""_ba
                                     << ""_ba << v2 << 204 << 0 << ""_ba;
        QTest::newRow("assign while subscribed")
            << "POST"_ba << "/consumers/g/instances/c1/assignments"_ba
            << j("{'partitions':[{'topic':'orders','partition':0}]}") << v2 << v2 << 409 << 40903 << ""_ba;
        QTest::newRow("assignments get")
            << "GET"_ba << "/consumers/g/instances/c1/assignments"_ba << ""_ba << ""_ba << v2 << 200 << 0
            << j("{'partitions':[{'topic':'greetings','partition':0}]}");
        QTest::newRow("seek") << "POST"_ba << "/consumers/g/instances/c1/positions"_ba
                              << j("{'offsets':[{'topic':'greetings','partition':0,'offset':1}]}") << v2 << v2
                              << 204 << 0 << ""_ba;
        QTest::newRow("seek timestamp")
            << "POST"_ba << "/consumers/g/instances/c1/positions"_ba
            << j("{'timestamps':[{'topic':'greetings','partition':0,'timestamp':'2020-01-01T00:00:00Z'}]}")
            << v2 << v2 << 204 << 0 << ""_ba;
        QTest::newRow("seek bad timestamp")
            << "POST"_ba << "/consumers/g/instances/c1/positions"_ba
            << j("{'timestamps':[{'topic':'greetings','partition':0,'timestamp':'noon'}]}") << v2 << v2 << 422
            << 422 << ""_ba;
        QTest::newRow("seek unassigned") << "POST"_ba << "/consumers/g/instances/c1/positions"_ba
                                         << j("{'offsets':[{'topic':'orders','partition':0,'offset':1}]}")
                                         << v2 << v2 << 409 << 40903 << ""_ba;
        QTest::newRow("seek unknown partition")
            << "POST"_ba << "/consumers/g/instances/c1/positions"_ba
            << j("{'offsets':[{'topic':'greetings','partition':4,'offset':1}]}") << v2 << v2 << 404 << 40403
            << ""_ba;
        QTest::newRow("seek negative") << "POST"_ba << "/consumers/g/instances/c1/positions"_ba
                                       << j("{'offsets':[{'topic':'greetings','partition':0,'offset':-1}]}")
                                       << v2 << v2 << 422 << 422 << ""_ba;
        QTest::newRow("beginning") << "POST"_ba << "/consumers/g/instances/c1/positions/beginning"_ba
                                   << j("{'partitions':[{'topic':'greetings','partition':0}]}") << v2 << v2
                                   << 204 << 0 << ""_ba;
        QTest::newRow("end") << "POST"_ba << "/consumers/g/instances/c1/positions/end"_ba
                             << j("{'partitions':[{'topic':'greetings','partition':0}]}") << v2 << v2 << 204
                             << 0 << ""_ba;
        QTest::newRow("records") << "GET"_ba << "/consumers/g/instances/c1/records?timeout=0"_ba << ""_ba
                                 << ""_ba << binaryV2 << 200 << 0
                                 << j("[{'topic':'greetings','key':null,'value':'aGk=','partition':0,'offset'"
                                      ":0},{'key':'a2V5','value':'eW8=','offset':1}]");
        QTest::newRow("records accept all") << "GET"_ba << "/consumers/g/instances/c1/records"_ba << ""_ba
                                            << ""_ba << "*/*"_ba << 200 << 0 << ""_ba;
        QTest::newRow("records wrong format") << "GET"_ba << "/consumers/g/instances/c1/records"_ba << ""_ba
                                              << ""_ba << jsonV2 << 406 << 40601 << ""_ba;
        QTest::newRow("records max_bytes") << "GET"_ba << "/consumers/g/instances/c1/records?max_bytes=1"_ba
                                           << ""_ba << ""_ba << binaryV2 << 200 << 0 << j("[{'offset':0}]");
        QTest::newRow("records bad timeout") << "GET"_ba << "/consumers/g/instances/c1/records?timeout=abc"_ba
                                             << ""_ba << ""_ba << binaryV2 << 400 << 400 << ""_ba;
        QTest::newRow("records unknown instance") << "GET"_ba << "/consumers/g/instances/zz/records"_ba
                                                  << ""_ba << ""_ba << binaryV2 << 404 << 40403 << ""_ba;
        QTest::newRow("commit") << "POST"_ba << "/consumers/g/instances/c1/offsets"_ba
                                << j("{'offsets':[{'topic':'greetings','partition':0,'offset':0}]}") << v2
                                << v2 << 200 << 0 << "[]"_ba;
        QTest::newRow("commit empty") << "POST"_ba << "/consumers/g/instances/c1/offsets"_ba << ""_ba << ""_ba
                                      << v2 << 200 << 0 << "[]"_ba;
        QTest::newRow("commit unknown partition")
            << "POST"_ba << "/consumers/g/instances/c1/offsets"_ba
            << j("{'offsets':[{'topic':'greetings','partition':3,'offset':0}]}") << v2 << v2 << 404 << 40403
            << ""_ba;
        QTest::newRow("commit offsets not array") << "POST"_ba << "/consumers/g/instances/c1/offsets"_ba
                                                  << j("{'offsets':{}}") << v2 << v2 << 422 << 422 << ""_ba;
        QTest::newRow("committed none") << "GET"_ba << "/consumers/g/instances/c1/offsets"_ba
                                        << j("{'partitions':[{'topic':'greetings','partition':0}]}") << v2
                                        << v2 << 200 << 0 << j("{'offsets':[]}");
        QTest::newRow("committed no body") << "GET"_ba << "/consumers/g/instances/c1/offsets"_ba << ""_ba
                                           << ""_ba << v2 << 404 << 40402 << ""_ba;
        QTest::newRow("unknown sub-resource") << "GET"_ba << "/consumers/g/instances/c1/nothing"_ba << ""_ba
                                              << ""_ba << v2 << 404 << 404 << ""_ba;
        QTest::newRow("group only GET")
            << "GET"_ba << "/consumers/g"_ba << ""_ba << ""_ba << v2 << 405 << 405 << ""_ba;
    }
    void consumers()
    {
        QCOMPARE(dispatch(*m_server, request("POST", "/consumers/g/instances/c1/subscription",
                                             j("{'topics':['greetings']}"), {{"content-type", v2}}))
                     .status,
                 204);
        check();
    }

    void manualAssignment()
    {
        const Headers ct{{"content-type", v2}};
        QCOMPARE(dispatch(*m_server, request("POST", "/consumers/g/instances/c1/assignments",
                                             j("{'partitions':[{'topic':'greetings','partition':0}]}"), ct))
                     .status,
                 204);
        QCOMPARE(dispatch(*m_server, request("POST", "/consumers/g/instances/c1/subscription",
                                             j("{'topics':['orders']}"), ct))
                     .status,
                 409);
        QCOMPARE(json(dispatch(*m_server, request("GET", "/consumers/g/instances/c1/assignments")).body),
                 json(j("{'partitions':[{'topic':'greetings','partition':0}]}")));
        const HttpResponse r = dispatch(
            *m_server, request("GET", "/consumers/g/instances/c1/records", {}, {{"accept", binaryV2}}));
        QCOMPARE(json(r.body).toArray().size(), 2);
        QCOMPARE(r.contentType, binaryV2);
        // Not subscribed and not assigned: reading is an illegal state.
        dispatch(*m_server,
                 request("POST", "/consumers/g/instances/c1/assignments", j("{'partitions':[]}"), ct));
        QCOMPARE(json(dispatch(*m_server, request("GET", "/consumers/g/instances/c1/records")).body)
                     .toObject()
                     .value(u"error_code"_s)
                     .toInt(),
                 40903);
    }

    void commitIsSentPlusOne()
    {
        const Headers ct{{"content-type", v2}};
        dispatch(*m_server, request("POST", "/consumers/g/instances/c1/subscription",
                                    j("{'topics':['greetings']}"), ct));
        QCOMPARE(dispatch(*m_server,
                          request("POST", "/consumers/g/instances/c1/offsets",
                                  j("{'offsets':[{'topic':'greetings','partition':0,'offset':20}]}"), ct))
                     .body,
                 "[]"_ba);
        QCOMPARE(
            json(dispatch(*m_server, request("GET", "/consumers/g/instances/c1/offsets",
                                             j("{'partitions':[{'topic':'greetings','partition':0}]}"), ct))
                     .body),
            json(j("{'offsets':[{'topic':'greetings','partition':0,'offset':21,'metadata':''}]}")));
        QCOMPARE(m_server->groups().committed(u"g"_s, {u"greetings"_s, 0}), 21);
    }

    void v1Routes()
    {
        // IBM Message Hub: X-Auth-Token, binary v1, messages by offset and count.
        SandboxOptions o;
        o.token = u"api-key"_s;
        SandboxServer server(o);
        QVERIFY(server.createTopic(u"mh"_s, 2));
        const Headers auth{{"x-auth-token", "api-key"}, {"content-type", binaryV1}, {"accept", binaryV1}};
        HttpResponse r = dispatch(
            server,
            request("POST", "/topics/mh",
                    j("{'records':[{'value':'b25l','partition':1},{'value':'dHdv','partition':1}]}"), auth));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, "application/vnd.kafka.v1+json"_ba);
        r = dispatch(server, request("GET", "/topics/mh/partitions/1/messages?offset=0&count=5", {}, auth));
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r.body), json(j("[{'key':null,'value':'b25l','partition':1,'offset':0},{'key':null,'"
                                      "value':'dHdv','partition':1,'offset':1}]")));
        QCOMPARE(
            json(dispatch(server, request("GET", "/topics/mh/partitions/1/messages?offset=1", {}, auth)).body)
                .toArray()
                .size(),
            1);
        r = dispatch(server, request("GET", "/topics/mh/partitions/1/messages", {}, auth));
        QCOMPARE(r.status, 400);
        QCOMPARE(json(r.body).toObject().value(u"message"_s).toString(),
                 u"Either `offset` or `timestamp` query parameters must be set."_s);
        QCOMPARE(
            json(dispatch(server, request("GET", "/topics/nope/partitions/0/messages?offset=0", {}, auth))
                     .body)
                .toObject()
                .value(u"error_code"_s),
            40401);
        QCOMPARE(
            json(dispatch(server, request("GET", "/topics/mh/partitions/7/messages?offset=0", {}, auth)).body)
                .toObject()
                .value(u"error_code"_s),
            40402);
        QCOMPARE(dispatch(server, request("GET", "/topics/mh/partitions/0/messages?offset=0")).status,
                 401); // no token

        // v1 consumer: create (smallest), read a topic (implicit subscribe), commit without body.
        r = dispatch(server,
                     request("POST", "/consumers/mhg",
                             j("{'name':'i','format':'binary','auto.offset.reset':'smallest'}"), auth));
        QCOMPARE(r.status, 200);
        r = dispatch(server, request("GET", "/consumers/mhg/instances/i/topics/mh", {}, auth));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, binaryV1);
        QCOMPARE(json(r.body), json(j("[{'key':null,'value':'b25l','partition':1,'offset':0},{'key':null,'"
                                      "value':'dHdv','partition':1,'offset':1}]")));
        QCOMPARE(
            json(dispatch(server, request("GET", "/consumers/mhg/instances/i/topics/other", {}, auth)).body)
                .toObject()
                .value(u"error_code"_s),
            40401);
        QVERIFY(server.createTopic(u"other"_s, 1));
        QCOMPARE(
            json(dispatch(server, request("GET", "/consumers/mhg/instances/i/topics/other", {}, auth)).body)
                .toObject()
                .value(u"error_code"_s),
            40901);
        r = dispatch(server, request("POST", "/consumers/mhg/instances/i/offsets", {}, auth));
        QCOMPARE(json(r.body), json(j("[{'topic':'mh','partition':1,'consumed':1,'committed':1}]")));
        QCOMPARE(server.groups().committed(u"mhg"_s, {u"mh"_s, 1}), 2); // stored as next to read
        QCOMPARE(dispatch(server, request("DELETE", "/consumers/mhg/instances/i", {}, auth)).status, 204);
    }

    // §2.5b, over HTTP with the exact content types a v2 client sends.
    void v2Session()
    {
        QVERIFY(m_server->start());
        Client client(m_server->url());
        const Headers ct{{"Content-Type", v2}};
        HttpResult r = client.post(
            u"/consumers/g1"_s,
            j("{'name':'c1','format':'json','auto.offset.reset':'earliest','auto.commit.enable':'false'}"),
            ct);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().toObject().value(u"instance_id"_s).toString(), u"c1"_s);
        const QUrl base(r.json().toObject().value(u"base_uri"_s).toString());
        QCOMPARE(base.port(), m_server->port()); // built from the Host header
        QCOMPARE(base.path(), u"/consumers/g1/instances/c1"_s);
        const QString path = base.path();
        QCOMPARE(client.post(path + u"/subscription"_s, j("{'topics':['orders']}"), ct).status, 204);
        r = client.get(path + u"/records?timeout=1000"_s, {{"Accept", jsonV2}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonValue(QJsonArray()));
        // A record arrives: the parked read is answered at once, well before its timeout.
        Client producer(m_server->url());
        QCOMPARE(producer
                     .post(u"/topics/orders/partitions/0"_s, j("{'records':[{'key':'k','value':{'a':1}}]}"),
                           {{"Content-Type", jsonV2}})
                     .status,
                 200);
        r = client.get(path + u"/records?timeout=1000"_s, {{"Accept", jsonV2}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, jsonV2);
        QCOMPARE(r.json(),
                 json(j("[{'topic':'orders','key':'k','value':{'a':1},'partition':0,'offset':0}]")));
        r = client.post(path + u"/offsets"_s, j("{'offsets':[{'topic':'orders','partition':0,'offset':0}]}"),
                        ct);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "[]"_ba);
        r = client.send("GET", path + u"/offsets"_s, j("{'partitions':[{'topic':'orders','partition':0}]}"),
                        ct);
        QCOMPARE(r.json(),
                 json(j("{'offsets':[{'topic':'orders','partition':0,'offset':1,'metadata':''}]}")));
        r = client.post(u"/consumers/g1"_s, j("{'name':'c1'}"), ct);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().toObject().value(u"error_code"_s).toInt(), 40902);
        r = client.get(path + u"/records"_s, {{"Accept", binaryV2}});
        QCOMPARE(r.status, 406);
        QCOMPARE(r.json().toObject().value(u"error_code"_s).toInt(), 40601);
        QCOMPARE(client.send("DELETE", path).status, 204);
        r = client.get(path + u"/records"_s, {{"Accept", jsonV2}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json(), json(j("{'error_code':40403,'message':'Consumer instance not found.'}")));
    }

    void recordsLongPollIsCappedByTheRequestTimeout()
    {
        SandboxOptions o;
        o.confluentRequestTimeoutMs = 300;
        SandboxServer server(o);
        QVERIFY(server.createTopic(u"t"_s, 1));
        QVERIFY(server.start());
        Client client(server.url());
        QCOMPARE(client.post(u"/consumers/g"_s, j("{'name':'c'}"), {{"Content-Type", v2}}).status, 200);
        QCOMPARE(client
                     .post(u"/consumers/g/instances/c/subscription"_s, j("{'topics':['t']}"),
                           {{"Content-Type", v2}})
                     .status,
                 204);
        const HttpResult r =
            client.get(u"/consumers/g/instances/c/records?timeout=60000"_s, {{"Accept", binaryV2}});
        QCOMPARE(r.status, 200);
        // At least the 300 ms cap, and far from the minute asked for.
        QVERIFY2(r.elapsedMs >= 250 && r.elapsedMs < 30000, qPrintable(QString::number(r.elapsedMs)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxConfluent)
#include "tst_sandbox_confluent.moc"
