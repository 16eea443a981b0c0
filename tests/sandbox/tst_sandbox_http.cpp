// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox over real sockets: the curl examples of the Upstash docs, auth, long-polls,
// injected faults as a client sees them, TLS and limits.
#include "sandboxtestutil.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;
using namespace SandboxTest;

namespace {
using Headers = QList<std::pair<QByteArray, QByteArray>>;
// What `curl -u user:pass -d …` sends.
const Headers curl{{"Authorization", "Basic " + "user:pass"_ba.toBase64()},
                   {"Content-Type", "application/x-www-form-urlencoded"}};
} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT
private:
    static SandboxOptions authOptions()
    {
        SandboxOptions o;
        o.basicUser = u"user"_s;
        o.basicPassword = u"pass"_s;
        o.topics = {{u"mytopic"_s, 1}, {u"cities"_s, 4}, {u"greetings"_s, 2}};
        return o;
    }

private Q_SLOTS:
    // https://upstash.com/docs/kafka/rest/restproducer, restconsumer, restmetadata — as curl sends them.
    void docsCurlExamples()
    {
        SandboxServer server(authOptions());
        QVERIFY(server.start());
        Client c(server.url());

        // Produce by GET path, with a key.
        HttpResult r = c.get(u"/produce/mytopic/MESSAGE?key=KEY"_s, curl);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().isObject());
        QCOMPARE(r.json()[u"topic"_s].toString(), u"mytopic"_s);
        QCOMPARE(r.json()[u"offset"_s].toInt(), 0);
        QVERIFY(r.json()[u"timestamp"_s].toDouble() > 1.6e12);
        // Produce one by POST with everything.
        r = c.post(u"/produce/mytopic"_s,
                   j("{'value':'MESSAGE','key':'KEY','partition':0,'timestamp':1637745834744,'headers':[{'"
                     "key':'H1','value':'V1'}]}"),
                   curl);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(),
                 json(j("[{'topic':'mytopic','partition':0,'offset':1,'timestamp':1637745834744}]")));
        // Many to one topic, many to many topics.
        r = c.post(u"/produce/mytopic"_s,
                   j("[{'value':'MESSAGE-1','key':'KEY-1'},{'value':'MESSAGE-2','key':'KEY-2'}]"), curl);
        QCOMPARE(r.json().toArray().size(), 2);
        r = c.post(
            u"/produce"_s,
            j("[{'topic':'cities','value':'Istanbul'},{'topic':'greetings','value':'hello','partition':1}]"),
            curl);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[1][u"topic"_s].toString(), u"greetings"_s);
        QCOMPARE(r.json()[1][u"partition"_s].toInt(), 1);

        // Fetch from an offset; with topicPartitionOffsets and a timeout.
        r = c.post(u"/fetch"_s, j("{'topic':'mytopic','partition':0,'offset':1}"), curl);
        QCOMPARE(r.json().toArray().size(), 3);
        QCOMPARE(r.json()[0], json(j("{'topic':'mytopic','partition':0,'offset':1,'timestamp':1637745834744,'"
                                     "key':'KEY','value':'MESSAGE','headers':[{'key':'H1','value':'V1'}]}")));
        r = c.post(u"/fetch"_s,
                   j("{'topicPartitionOffsets':[{'topic':'greetings','partition':1,'offset':0},{'topic':'"
                     "mytopic','partition':0,'offset':3}],'timeout':1000}"),
                   curl);
        QCOMPARE(r.json().toArray().size(), 2);

        // Consume: a topic in the path; topics in the body with the Kafka-* headers.
        r = c.get(u"/consume/GROUP_NAME/GROUP_INSTANCE_NAME/mytopic?timeout=1000"_s,
                  curl); // latest: nothing old
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonValue(QJsonArray()));
        r = c.post(
            u"/consume/mygroup/myconsumer"_s, j("{'topics':['mytopic','greetings'],'timeout':1000}"),
            curl + Headers{{"Kafka-Enable-Auto-Commit", "false"}, {"Kafka-Auto-Offset-Reset", "earliest"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().toArray().size(), 5);

        // Commit one / many / the last consumed; committed one / many / with a timeout.
        QCOMPARE(
            c.post(u"/commit/mygroup/myconsumer"_s, j("{'topic':'mytopic','partition':0,'offset':2}"), curl)
                .json(),
            json(j("{'result':'Success','status':200}")));
        QCOMPARE(c.post(u"/commit/mygroup/myconsumer"_s,
                        j("[{'topic':'mytopic','partition':0,'offset':3},{'topic':'greetings','partition':1,'"
                          "offset':1}]"),
                        curl)
                     .status,
                 200);
        r = c.post(u"/committed/mygroup/myconsumer"_s, j("{'topic':'mytopic','partition':0}"), curl);
        QCOMPARE(r.json(), json(j("[{'topic':'mytopic','partition':0,'offset':3}]")));
        r = c.post(u"/committed/mygroup/myconsumer?timeout=5000"_s,
                   j("[{'topic':'mytopic','partition':0},{'topic':'greetings','partition':1},{'topic':'"
                     "greetings','partition':0}]"),
                   curl);
        QCOMPARE(r.json(),
                 json(j("[{'topic':'mytopic','partition':0,'offset':3},{'topic':'greetings','partition':1,'"
                        "offset':1},{'topic':'greetings','partition':0,'offset':-1}]")));
        QCOMPARE(c.post(u"/commit/mygroup/myconsumer"_s, {}, curl).status, 200);
        QCOMPARE(c.post(u"/committed/mygroup/myconsumer"_s, j("{'topic':'mytopic','partition':0}"), curl)
                     .json()[0][u"offset"_s]
                     .toInt(),
                 4);

        // Offsets by time (the docs pass seconds: that is 1970 in ms, so the earliest), earliest, latest.
        r = c.post(u"/offsets/1642591892"_s,
                   j("[{'topic':'mytopic','partition':0},{'topic':'cities','partition':1}]"), curl);
        QCOMPARE(r.json()[0][u"offset"_s].toInt(), 0);
        QCOMPARE(c.post(u"/offsets/earliest"_s, j("[{'topic':'mytopic','partition':0}]"), curl)
                     .json()[0][u"offset"_s]
                     .toInt(),
                 0);
        QCOMPARE(c.post(u"/offsets/latest?timeout=5000"_s, j("[{'topic':'mytopic','partition':0}]"), curl)
                     .json()[0][u"offset"_s]
                     .toInt(),
                 4);

        // Metadata, and removing the instance.
        QCOMPARE(c.get(u"/topics"_s, curl).json(), json(j("{'cities':4,'greetings':2,'mytopic':1}")));
        r = c.get(u"/consumers"_s, curl);
        QVERIFY(QString::fromUtf8(r.body).contains(u"myconsumer"_s));
        QCOMPARE(c.send("DELETE", u"/delete-consumer/mygroup/myconsumer"_s, {}, curl).status, 200);
        QCOMPARE(c.post(u"/delete-consumer/mygroup/myconsumer"_s, {}, curl).status, 404);
    }

    void auth_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorKey");
        QTest::newRow("upstash none") << u"/topics"_s << ""_ba << ""_ba << 401 << u"error"_s;
        QTest::newRow("upstash wrong") << u"/topics"_s << "Authorization"_ba
                                       << "Basic " + "user:nope"_ba.toBase64() << 401 << u"error"_s;
        QTest::newRow("upstash right")
            << u"/topics"_s << "Authorization"_ba << "Basic " + "user:pass"_ba.toBase64() << 200 << QString();
        QTest::newRow("confluent none") << u"/brokers"_s << ""_ba << ""_ba << 401 << u"error_code"_s;
        QTest::newRow("token header")
            << u"/brokers"_s << "X-Auth-Token"_ba << "s3cret"_ba << 200 << QString();
        QTest::newRow("bearer") << u"/brokers"_s << "Authorization"_ba << "Bearer s3cret"_ba << 200
                                << QString();
        QTest::newRow("bearer wrong")
            << u"/brokers"_s << "Authorization"_ba << "Bearer s3cre"_ba << 401 << u"error_code"_s;
        QTest::newRow("basic as token")
            << u"/brokers"_s << "X-Auth-Token"_ba << "user:pass"_ba << 401 << u"error_code"_s;
    }
    void auth()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        QFETCH(QString, errorKey);
        SandboxOptions o = authOptions();
        o.token = u"s3cret"_s;
        SandboxServer server(o);
        QVERIFY(server.start());
        Client c(server.url());
        const HttpResult r = c.get(path, header.isEmpty() ? Headers{} : Headers{{header, value}});
        QCOMPARE(r.status, status);
        if (!errorKey.isEmpty()) {
            QVERIFY(r.json().toObject().contains(errorKey));
            QCOMPARE(r.json()[errorKey].toInt(), errorKey == u"error"_s ? 0 : 40101);
        }
    }

    void longPollAnswersWhenARecordArrives()
    {
        SandboxOptions o;
        o.topics = {{u"t"_s, 2}};
        SandboxServer server(o);
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        QUrl url = server.url();
        url.setPath(u"/consume/g/i"_s);
        QNetworkRequest req(url);
        req.setRawHeader("Content-Type", "application/json");
        req.setRawHeader("Kafka-Auto-Offset-Reset", "earliest");
        std::unique_ptr<QNetworkReply> reply(nam.post(req, j("{'topic':'t','timeout':20000}")));
        QTRY_COMPARE(server.parkedRequests(), 1);
        Client producer(server.url());
        QCOMPARE(producer.get(u"/produce/t/wake-up"_s).status, 200);
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        // Half the consume timeout: an answer within it came from the wake-up, not the timeout.
        QVERIFY(reply->isFinished() || finished.wait(10000));
        const QJsonValue got = json(reply->readAll());
        QCOMPARE(got.toArray().size(), 1);
        QCOMPARE(got[0][u"value"_s].toString(), u"wake-up"_s);
        QCOMPARE(server.parkedRequests(), 0);
        // With nothing arriving it answers [] at the timeout.
        const HttpResult empty =
            producer.post(u"/fetch"_s, j("{'topic':'t','partition':0,'offset':5,'timeout':300}"));
        QCOMPARE(empty.json(), QJsonValue(QJsonArray()));
        QVERIFY(empty.elapsedMs >= 250);
    }

    void faults()
    {
        SandboxOptions o;
        o.topics = {{u"t"_s, 1}};
        o.faults = {*FaultSpec::parse(u"status=503@/topics*"_s)};
        SandboxServer server(o);
        QVERIFY(server.start());
        Client c(server.url());
        // status on a path pattern, in the dialect of the request.
        HttpResult r = c.get(u"/topics"_s, {{"Accept", "application/vnd.kafka.v2+json"}});
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json()[u"error_code"_s].toInt(), 503);
        r = c.get(u"/topics"_s);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json()[u"status"_s].toInt(), 503);
        QCOMPARE(c.get(u"/produce/t/ok"_s).status, 200);

        // v3 rate limiting answers as Jetty's DoSFilter does: text/html, not the JSON envelope.
        server.setFaults({*FaultSpec::parse(u"status=429@/v3/*"_s)});
        r = c.get(u"/v3/clusters"_s);
        QCOMPARE(r.status, 429);
        QVERIFY2(r.contentType.startsWith("text/html"), r.contentType.constData());
        QVERIFY(r.body.contains("HTTP ERROR 429"));
        server.setFaults({*FaultSpec::parse(u"status=503@/v3/*"_s)});
        QCOMPARE(c.get(u"/v3/clusters"_s).json()[u"error_code"_s].toInt(), 503);
        server.clearFaults();

        // Run-time API: error-rate=1 → 500 with the dialect's body, and nothing happens.
        server.setFaults({*FaultSpec::parse(u"error-rate=1@/produce/*"_s)});
        r = c.get(u"/produce/t/lost"_s);
        QCOMPARE(r.status, 500);
        QVERIFY(r.json()[u"error"_s].toString().contains(u"Injected"_s));
        QCOMPARE(server.store().topic(u"t")->partitions[0].endOffset(), 1);

        // latency
        server.setFaults({*FaultSpec::parse(u"latency=300"_s)});
        r = c.get(u"/topics"_s);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));

        // drop: the connection closes without an answer, after the request took effect. Note that
        // QNetworkAccessManager silently re-sends a request once when a kept-alive connection
        // closes before the answer, so the sandbox may see it twice: a client that must not
        // duplicate a produce cannot rely on Qt here.
        server.setFaults({*FaultSpec::parse(u"drop-rate=1"_s)});
        QSignalSpy handled(&server, &SandboxServer::requestHandled);
        r = c.get(u"/produce/t/dropped"_s);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(server.store().topic(u"t")->partitions[0].endOffset(), 1 + handled.size());
        QCOMPARE(handled.first().at(2).toInt(), 0); // reported as dropped

        // truncate: full Content-Length, half the body, close.
        server.setFaults({*FaultSpec::parse(u"truncate-rate=1@/fetch"_s)});
        r = c.post(u"/fetch"_s, j("{'topic':'t','partition':0,'offset':0}"));
        QVERIFY2(r.error != QNetworkReply::NoError, r.body.constData());
        QVERIFY(r.json().isUndefined());

        // garble: the produce takes effect and a complete 200 arrives, Content-Length matching,
        // but its body is the first half of the JSON and no longer parses.
        server.setFaults({*FaultSpec::parse(u"garble-rate=1@/produce/*"_s)});
        const qint64 endBeforeGarble = server.store().topic(u"t")->partitions[0].endOffset();
        r = c.get(u"/produce/t/garbled"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(!r.body.isEmpty());
        QVERIFY2(r.json().isUndefined(), r.body.constData());
        QCOMPARE(server.store().topic(u"t")->partitions[0].endOffset(), endBeforeGarble + 1);
        QVERIFY(!FaultSpec::parse(u"garble-rate=1.5"_s));

        // slow body: 300 bytes/s on a ~150-byte body takes about half a second, and arrives whole.
        server.setFaults({*FaultSpec::parse(u"slow-body=300@/fetch"_s)});
        r = c.post(u"/fetch"_s, j("{'topic':'t','partition':0,'offset':0}"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().toArray().size(), server.store().topic(u"t")->partitions[0].endOffset());
        QVERIFY2(r.elapsedMs >= r.body.size() * 1000 / 300 - 150, qPrintable(QString::number(r.elapsedMs)));
        // … and the connection is still good for the next request.
        server.clearFaults();
        QCOMPARE(c.get(u"/topics"_s).status, 200);
        QVERIFY(server.faults().isEmpty());
    }

    void bodyLimitOverHttp()
    {
        SandboxOptions o;
        o.topics = {{u"t"_s, 1}};
        o.maxBodyBytes = 1000;
        SandboxServer server(o);
        QVERIFY(server.start());
        Client c(server.url());
        const HttpResult r = c.post(u"/produce/t"_s, "{\"value\":\"" + QByteArray(2000, 'x') + "\"}");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json()[u"status"_s].toInt(), 413);
    }

    void tls()
    {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                     u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-keyout"_s,
                                     dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s)});
        GREGOR_REQUIRE(openssl.waitForStarted(), "openssl is not installed");
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        SandboxOptions o;
        o.tlsCertFile = dir.filePath(u"cert.pem"_s);
        o.tlsKeyFile = dir.filePath(u"key.pem"_s);
        o.topics = {{u"t"_s, 1}};
        SandboxServer server(o);
        QVERIFY(server.start());
        QCOMPARE(server.url().scheme(), u"https"_s);
        Client c(server.url());
        c.ignoreSslErrors(); // self-signed
        QCOMPARE(c.get(u"/topics"_s).json(), json(j("{'t':1}")));
        const HttpResult r =
            c.post(u"/consumers/g"_s, j("{'name':'c'}"), {{"Content-Type", "application/vnd.kafka.v2+json"}});
        QVERIFY(r.json()[u"base_uri"_s].toString().startsWith(u"https://"_s));
        // A bad key file is an error at start, not a crash.
        o.tlsKeyFile = o.tlsCertFile;
        SandboxServer broken(o);
        QString error;
        QVERIFY(!broken.start(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
