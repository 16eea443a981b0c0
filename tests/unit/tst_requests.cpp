// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dialects/common/partitionbatches.h"
#include "core/dialects/confluent/confluentrequests.h"
#include "core/dialects/upstash/upstashrequests.h"
#include "core/http/transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

// Requests as values: paths percent-encoded, exact media types, the commit offset conversion.
class TestRequests : public QObject
{
    Q_OBJECT
    static QByteArray header(const HttpRequest &r, const QByteArray &name)
    {
        for (const auto &[key, value] : r.headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    static QJsonObject object(const QByteArray &body) { return QJsonDocument::fromJson(body).object(); }

private Q_SLOTS:
    void pathSegmentsAreEncoded()
    {
        const HttpRequest commit = Upstash::commit(u"team a/b?#"_s, u"i 1"_s, {});
        QCOMPARE(commit.path, u"/commit/team%20a%2Fb%3F%23/i%201"_s);
        QVERIFY(commit.body.isEmpty()); // "commit what was consumed"
        QVERIFY(!commit.idempotent);
        ConnectionSettings settings;
        settings.baseUrl = QUrl(u"https://host:8443/kafka/"_s);
        QCOMPARE(Transport::requestUrl(settings, commit).toString(QUrl::FullyEncoded),
                 u"https://host:8443/kafka/commit/team%20a%2Fb%3F%23/i%201"_s);
        QCOMPARE(Confluent::instancePath(u"g/1"_s, u"c 1"_s), u"/consumers/g%2F1/instances/c%201"_s);
    }
    void upstashShapes()
    {
        ProduceRecord r;
        r.topic = u"t"_s;
        r.value = "v"_ba;
        r.key = ""_ba; // an empty key is sent
        r.partition = 2;
        r.timestampMs = 17;
        r.headers = {{u"h"_s, "x"_ba}};
        const auto produce = Upstash::produce({r});
        QVERIFY(produce);
        QCOMPARE(produce->path, u"/produce"_s);
        const QJsonObject message = QJsonDocument::fromJson(produce->body).array().first().toObject();
        QCOMPARE(message.value(u"key"_s).toString(), QString());
        QVERIFY(message.contains(u"key"_s));
        QCOMPARE(message.value(u"partition"_s).toInt(), 2);
        QCOMPARE(message.value(u"timestamp"_s).toInteger(), 17);
        QCOMPARE(message.value(u"headers"_s).toArray().size(), 1);
        // Written by hand, escaped like any JSON writer: every character comes back as it was.
        ProduceRecord tricky = r;
        tricky.topic = u"t\"ü"_s;
        tricky.key = "quote \" back\\slash \n\t\r \x01 \xe2\x82\xac"_ba;
        tricky.value = "{\"a\": \"\\u0041\"}\x1f"_ba;
        tricky.headers = {{u"h\"1"_s, "v\n"_ba}};
        const QJsonDocument doc = QJsonDocument::fromJson(Upstash::produce({tricky, r})->body);
        QVERIFY(doc.isArray());
        const QJsonObject first = doc.array().first().toObject();
        QCOMPARE(first.value(u"topic"_s).toString(), tricky.topic);
        QCOMPARE(first.value(u"key"_s).toString().toUtf8(), tricky.key);
        QCOMPARE(first.value(u"value"_s).toString().toUtf8(), tricky.value);
        QCOMPARE(first.value(u"headers"_s).toArray().first().toObject().value(u"key"_s).toString(),
                 u"h\"1"_s);
        QCOMPARE(first.value(u"headers"_s).toArray().first().toObject().value(u"value"_s).toString(),
                 u"v\n"_s);
        QCOMPARE(doc.array().size(), 2);
        r.key = {};
        QVERIFY(!QJsonDocument::fromJson(Upstash::produce({r})->body)
                     .array()
                     .first()
                     .toObject()
                     .contains(u"key"_s));

        ConsumerConfig config{u"g"_s, {},   {u"a"_s, u"b"_s}, ConsumerConfig::Reset::Earliest, true,
                              1000,   30000};
        const HttpRequest consume = Upstash::consume(config, u"i"_s, 500);
        QCOMPARE(header(consume, "Kafka-Auto-Offset-Reset"), "earliest"_ba);
        QCOMPARE(header(consume, "Kafka-Enable-Auto-Commit"), "true"_ba);
        QCOMPARE(header(consume, "Kafka-Session-Timeout-Ms"), "30000"_ba);
        QCOMPARE(object(consume.body).value(u"topics"_s).toArray().size(), 2);
        QCOMPARE(consume.extraTimeoutMs, 500);
        QCOMPARE(Upstash::offsets({{u"t"_s, 0}}, OffsetSpec::atTime(1700000000000)).path,
                 u"/offsets/1700000000000"_s);
        QVERIFY(Upstash::offsets({}, OffsetSpec::latest()).idempotent);
    }
    void partitionListsAreJsonAndBatched()
    {
        // The direct writer escapes what QJsonDocument would and reads back as the same list.
        const QString odd = u"t\"\\\u0001é"_s;
        const QList<TopicPartition> few{{odd, 0}, {odd, 7}, {u"b"_s, 2147483647}};
        const QJsonArray read = QJsonDocument::fromJson(partitionListJson(few)).array();
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0).toObject().value(u"topic"_s).toString(), odd);
        QCOMPARE(read.at(1).toObject().value(u"partition"_s).toInt(), 7);
        QCOMPARE(read.at(2).toObject().value(u"partition"_s).toInteger(), 2147483647);
        QCOMPARE(partitionListJson({}), "[]"_ba);
        QCOMPARE(Upstash::committed(u"g"_s, u"i"_s, few).body, partitionListJson(few));

        // 1,000 partitions: a handful of bodies, each under one 16 KiB socket write, in order.
        QList<TopicPartition> many;
        for (int t = 0; t < 10; ++t)
            for (int p = 0; p < 100; ++p)
                many.append({u"topic-%1"_s.arg(t), p});
        const QList<QList<TopicPartition>> batches = partitionBatches(many);
        QVERIFY(batches.size() > 1);
        QVERIFY(batches.size() <= 4);
        QList<TopicPartition> joined;
        for (const QList<TopicPartition> &batch : batches) {
            QVERIFY(!batch.isEmpty());
            QVERIFY2(Upstash::offsets(batch, OffsetSpec::latest()).body.size() <= MaxPartitionBodyBytes,
                     "a batch's body passes the bound");
            joined.append(batch);
        }
        QCOMPARE(joined, many);
        QCOMPARE(partitionBatches({}).size(), 1); // the question is still asked once
        // A single partition whose name alone passes the bound still gets its own batch.
        const QList<TopicPartition> huge{{QString(20000, u'x'), 0}, {u"a"_s, 0}};
        QCOMPARE(partitionBatches(huge).size(), 2);
    }
    void confluentShapes()
    {
        const HttpRequest list = Confluent::listTopics(Confluent::Version::V2);
        QCOMPARE(header(list, "Accept"), "application/vnd.kafka.v2+json"_ba);
        QCOMPARE(header(Confluent::listTopics(Confluent::Version::V1), "Accept"),
                 "application/vnd.kafka.v1+json"_ba);
        ProduceRecord r;
        r.topic = u"t"_s;
        r.value = QByteArray("\x00\xff", 2);
        const auto produce = Confluent::produce(Confluent::Version::V2, u"t"_s, {r});
        QVERIFY(produce);
        QCOMPARE(header(*produce, "Content-Type"), "application/vnd.kafka.binary.v2+json"_ba);
        QCOMPARE(object(produce->body)
                     .value(u"records"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"value"_s)
                     .toString(),
                 u"AP8="_s);
        QVERIFY(!produce->idempotent);
        r.headers = {{u"h"_s, "v"_ba}};
        QCOMPARE(Confluent::produce(Confluent::Version::V2, u"t"_s, {r}).error().kind,
                 ErrorKind::Unsupported);

        // Confluent stores sent + 1: "next offset to read" 21 goes out as 20.
        const HttpRequest commit =
            Confluent::commit(Confluent::Version::V2, u"g"_s, u"c"_s, {{{u"t"_s, 0}, 21}});
        QCOMPARE(object(commit.body)
                     .value(u"offsets"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"offset"_s)
                     .toInteger(),
                 20);
        QVERIFY(Confluent::commit(Confluent::Version::V2, u"g"_s, u"c"_s, {}).body.isEmpty());

        const HttpRequest committed = Confluent::committed(u"g"_s, u"c"_s, {{u"t"_s, 1}});
        QCOMPARE(committed.method, "GET"_ba);
        QVERIFY(!committed.body.isEmpty()); // GET with a body

        const QJsonObject v1 = object(Confluent::createConsumer(Confluent::Version::V1, u"g"_s, u"n"_s,
                                                                ConsumerConfig::Reset::Earliest, false)
                                          .body);
        QCOMPARE(v1.value(u"auto.offset.reset"_s).toString(), u"smallest"_s);
        QCOMPARE(v1.value(u"auto.commit.enable"_s).toString(), u"false"_s); // a string, not a bool
        const HttpRequest messages = Confluent::messages({u"t"_s, 1}, 5, 100);
        QCOMPARE(messages.query.queryItemValue(u"offset"_s), u"5"_s);
        QCOMPARE(messages.query.queryItemValue(u"count"_s), u"100"_s);
        QCOMPARE(header(messages, "Accept"), "application/vnd.kafka.binary.v1+json"_ba);
    }
    void authHeaders()
    {
        ConnectionSettings s;
        s.auth = ConnectionSettings::AuthKind::Basic;
        s.user = u"u"_s;
        s.secret = u"p"_s;
        QCOMPARE(Transport::authHeaders(s), (HeaderList{{"Authorization"_ba, "Basic dTpw"_ba}}));
        s.auth = ConnectionSettings::AuthKind::AuthToken;
        QCOMPARE(Transport::authHeaders(s), (HeaderList{{"X-Auth-Token"_ba, "p"_ba}}));
        s.auth = ConnectionSettings::AuthKind::Bearer;
        QCOMPARE(Transport::authHeaders(s), (HeaderList{{"Authorization"_ba, "Bearer p"_ba}}));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
