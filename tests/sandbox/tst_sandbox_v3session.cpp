// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v3 over real HTTP: the session of the issue (list → create topic → produce with
// headers → partitions' offsets → consume through v2 → commit → lags → lag-summary → delete
// topic) in one in-process server, and a streamed produce sent with chunked transfer encoding.
#include "sandboxtestutil.h"

#include "sandbox/store.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;
using namespace SandboxTest;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace {
const QByteArray v2 = "application/vnd.kafka.v2+json";
const QByteArray jsonV2 = "application/vnd.kafka.json.v2+json";
const QString c = u"/v3/clusters/gregor-sandbox"_s;

} // namespace

class TestSandboxV3Session : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void session()
    {
        SandboxServer server;
        QVERIFY(server.start());
        Client client(server.url());
        const QString self = server.url().toString() + c;

        HttpResult r = client.get(u"/v3/clusters"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, "application/json"_ba);
        QCOMPARE(r.json()[u"data"_s][0][u"cluster_id"_s], u"gregor-sandbox"_s);
        QCOMPARE(r.json()[u"data"_s][0][u"metadata"_s][u"self"_s], self); // from the Host header
        QCOMPARE(client.get(c + u"/topics"_s).json()[u"data"_s], QJsonArray());

        r = client.post(c + u"/topics"_s, j("{'topic_name':'events','partitions_count':2}"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[u"metadata"_s][u"self"_s], QString(self + u"/topics/events"_s));

        // Two records with a header, to partition 0.
        for (int n = 1; n <= 2; ++n) {
            r = client.post(c + u"/topics/events/records"_s,
                            u"{\"partition_id\":0,\"headers\":[{\"name\":\"trace\",\"value\":\"dC0x\"}],"
                            u"\"key\":{\"type\":\"STRING\",\"data\":\"k1\"},"
                            u"\"value\":{\"type\":\"JSON\",\"data\":{\"n\":%1}}}"_s.arg(n)
                                .toUtf8());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json()[u"error_code"_s], 200);
            QCOMPARE(r.json()[u"offset"_s], n - 1);
        }
        const RecordView stored = server.store().topic(u"events")->partitions[0].at(0);
        QCOMPARE(stored.headers(), QList<Gregor::RecordHeader>({{u"trace"_s, "t-1"_ba}}));
        QCOMPARE(stored.value.toByteArray(), R"({"n":1})"_ba);

        r = client.get(c + u"/topics/events/partitions/0/offset"_s);
        QCOMPARE(r.json()[u"earliest_offset"_s], 0);
        QCOMPARE(r.json()[u"latest_offset"_s], 2);
        QCOMPARE(client.get(c + u"/topics/events/partitions/1/offset"_s).json()[u"latest_offset"_s], 0);

        // Consume through v2 on the same port, then commit the first record.
        const Headers ct{{"Content-Type", v2}};
        r = client.post(
            u"/consumers/s"_s,
            j("{'name':'c1','format':'json','auto.offset.reset':'earliest','auto.commit.enable':'false'}"),
            ct);
        QCOMPARE(r.status, 200);
        const QString base = QUrl(r.json()[u"base_uri"_s].toString()).path();
        QCOMPARE(client.post(base + u"/subscription"_s, j("{'topics':['events']}"), ct).status, 204);
        r = client.get(base + u"/records?timeout=1000"_s, {{"Accept", jsonV2}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(),
                 json(j("[{'topic':'events','key':'k1','value':{'n':1},'partition':0,'offset':0},"
                        "{'topic':'events','key':'k1','value':{'n':2},'partition':0,'offset':1}]")));
        QCOMPARE(client
                     .post(base + u"/offsets"_s,
                           j("{'offsets':[{'topic':'events','partition':0,'offset':0}]}"), ct)
                     .status,
                 200);

        // The group as v3 sees it.
        r = client.get(c + u"/consumer-groups/s"_s);
        QCOMPARE(r.json()[u"state"_s], u"STABLE"_s);
        r = client.get(c + u"/consumer-groups/s/consumers/c1/assignments"_s);
        QCOMPARE(r.json()[u"data"_s].toArray().size(), 2);
        r = client.get(c + u"/consumer-groups/s/lags"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray lags = r.json()[u"data"_s].toArray();
        QCOMPARE(lags.size(), 1);
        QCOMPARE(lags[0][u"topic_name"_s], u"events"_s);
        QCOMPARE(lags[0][u"partition_id"_s], 0);
        QCOMPARE(lags[0][u"current_offset"_s], 1);
        QCOMPARE(lags[0][u"log_end_offset"_s], 2);
        QCOMPARE(lags[0][u"lag"_s], 1);
        QCOMPARE(lags[0][u"consumer_id"_s], u"c1"_s);
        r = client.get(c + u"/consumer-groups/s/lag-summary"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"max_lag"_s], 1);
        QCOMPARE(r.json()[u"total_lag"_s], 1);
        QCOMPARE(r.json()[u"max_lag_consumer_id"_s], u"c1"_s);
        QCOMPARE(r.json()[u"max_lag_partition"_s][u"related"_s],
                 QString(self + u"/topics/events/partitions/0"_s));

        // A record more: the lag grows.
        QCOMPARE(client.post(c + u"/topics/events/records"_s, j("{'partition_id':0,'value':null}")).status,
                 200);
        QCOMPARE(client.get(c + u"/consumer-groups/s/lag-summary"_s).json()[u"total_lag"_s], 2);

        // Delete the topic: gone for v3 and v2, the group's assignment and lags with it.
        r = client.send("DELETE", c + u"/topics/events"_s);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        r = client.get(c + u"/topics/events"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json(),
                 json(j("{'error_code':40403,'message':'This server does not host this topic-partition.'}")));
        QCOMPARE(client.get(u"/topics/events"_s, {{"Accept", v2}}).status, 404);
        r = client.get(c + u"/consumer-groups/s/lags"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json(), json(j("{'error_code':404,'message':'Consumer lags not found.'}")));
        QCOMPARE(client.get(c + u"/consumer-groups/s/consumers/c1/assignments"_s).json()[u"data"_s],
                 QJsonArray());
        QCOMPARE(client.send("DELETE", base).status, 204);
    }

    // Records written as a chunked stream, chunk boundaries inside records: one report per
    // record, in order, then 200. (Qt HTTP Server hands the request over once the last chunk is
    // in, so the reports leave together.) A raw socket, to send exactly these chunks.
    void chunkedStream()
    {
        SandboxServer server;
        QVERIFY(server.createTopic(u"t"_s, 1));
        QVERIFY(server.start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray records =
            j("{'value':{'type':'STRING','data':'a'}}{'value':{'type':'BINARY','data':'%'}}\r\n"
              "{'value':{'type':'STRING','data':'c'}}");
        QByteArray wire =
            "POST /kafka/v3/clusters/gregor-sandbox/topics/t/records HTTP/1.1\r\n"
            "Host: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
            "Connection: close\r\n\r\n";
        for (qsizetype at = 0; at < records.size(); at += 17) {
            const QByteArray chunk = records.mid(at, 17);
            wire += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        wire += "0\r\n\r\n";
        socket.write(wire);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += socket.readAll(),
             socket.state() == QAbstractSocket::UnconnectedState ||
                 answer.contains("\"topic_name\":\"t\",\"partition_id\":0,\"offset\":1")),
            15000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        const QList<QByteArray> reports = answer.sliced(answer.indexOf("\r\n\r\n") + 4).split('\n');
        QCOMPARE(reports.size(), 3);
        QCOMPARE(json(reports[0])[u"offset"_s], 0);
        QCOMPARE(json(reports[1])[u"error_code"_s], 400);
        QCOMPARE(json(reports[1])[u"message"_s], u"Bad Request: data=\"%\" is not a base64 string."_s);
        QCOMPARE(json(reports[2])[u"error_code"_s], 200);
        QCOMPARE(json(reports[2])[u"offset"_s], 1);
        QCOMPARE(server.store().topic(u"t")->partitions[0].endOffset(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxV3Session)
#include "tst_sandbox_v3session.moc"
