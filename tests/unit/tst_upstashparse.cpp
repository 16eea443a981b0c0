// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dialects/upstash/upstashparse.h"
#include "jsonquote.h"

#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

// Every Upstash answer shape of api-spec §1, with one malformed row per failure stage.
class TestUpstashParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topics_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::newRow("map") << J("{'cities':12,'greetings':1}") << true << 2;
        QTest::newRow("empty map") << J("{}") << true << 0;
        QTest::newRow("not json") << QByteArray("<html>") << false << 0;
        QTest::newRow("array") << J("['a']") << false << 0;
        QTest::newRow("count is text") << J("{'a':'12'}") << false << 0;
        QTest::newRow("negative count") << J("{'a':-1}") << false << 0;
        QTest::newRow("fraction") << J("{'a':1.5}") << false << 0;
        QTest::newRow("truncated") << QByteArray("{\"a\":1") << false << 0;
        QTest::newRow("empty body") << QByteArray() << false << 0;
    }
    void topics()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto topics = Upstash::parseTopics(body);
        QCOMPARE(topics.has_value(), ok);
        if (!ok) {
            QCOMPARE(topics.error().kind, ErrorKind::Protocol);
            QVERIFY(!topics.error().serverMessage.isEmpty());
            return;
        }
        QTEST(int(topics->size()), "count");
    }
    void topicsSortedWithCounts()
    {
        const auto topics = Upstash::parseTopics(J("{'zeta':3,'alpha':12}"));
        QVERIFY(topics);
        QCOMPARE(*topics, (QList<TopicInfo>{{u"alpha"_s, 12}, {u"zeta"_s, 3}}));
    }

    void messages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("docs sample") << J("[{'topic':'cities','partition':1,'offset':42,'timestamp':"
                                          "1700000000123,'key':'city','value':'Istanbul',"
                                          "'headers':[{'key':'trace','value':'85a9f12'}]}]")
                                     << true;
        QTest::newRow("empty") << J("[]") << true;
        QTest::newRow("headers omitted") << J("[{'topic':'t','partition':0,'offset':0,'value':'v'}]") << true;
        QTest::newRow("headers null, key null")
            << J("[{'topic':'t','partition':0,'offset':0,'key':null,'value':'v','headers':null}]") << true;
        QTest::newRow("object not array") << J("{'topic':'t'}") << false;
        QTest::newRow("row not object") << J("[1]") << false;
        QTest::newRow("no topic") << J("[{'partition':0,'offset':0,'value':'v'}]") << false;
        QTest::newRow("offset text") << J("[{'topic':'t','partition':0,'offset':'0','value':'v'}]") << false;
        QTest::newRow("negative partition")
            << J("[{'topic':'t','partition':-1,'offset':0,'value':'v'}]") << false;
        QTest::newRow("timestamp text")
            << J("[{'topic':'t','partition':0,'offset':0,'timestamp':'x','value':'v'}]") << false;
        QTest::newRow("key number") << J("[{'topic':'t','partition':0,'offset':0,'key':5,'value':'v'}]")
                                    << false;
        QTest::newRow("value object") << J("[{'topic':'t','partition':0,'offset':0,'value':{}}]") << false;
        QTest::newRow("headers object")
            << J("[{'topic':'t','partition':0,'offset':0,'value':'v','headers':{}}]") << false;
        QTest::newRow("header without key")
            << J("[{'topic':'t','partition':0,'offset':0,'value':'v','headers':[{'value':'x'}]}]") << false;
        QTest::newRow("truncated") << QByteArray("[{\"topic\":\"t\",\"partition\":0,\"off") << false;
        QTest::newRow("html 200") << QByteArray("<html><body>gateway</body></html>") << false;
    }
    void messages()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto records = Upstash::parseMessages(body);
        QCOMPARE(records.has_value(), ok);
        if (!ok)
            QCOMPARE(records.error().kind, ErrorKind::Protocol);
    }
    void messageFields()
    {
        const auto records = Upstash::parseMessages(
            J("[{'topic':'cities','partition':1,'offset':42,'timestamp':1700000000123,'key':'city','value':'"
              "Istanbul',"
              "'headers':[{'key':'trace','value':'85a9f12'}]},"
              "{'topic':'cities','partition':0,'offset':7,'key':'','value':'','headers':[]}]"));
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        const Record &first = records->at(0);
        QCOMPARE(first.topic, u"cities"_s);
        QCOMPARE(first.partition, 1);
        QCOMPARE(first.offset, 42);
        QCOMPARE(first.timestampMs, 1700000000123);
        QCOMPARE(first.key, "city"_ba);
        QCOMPARE(first.value, "Istanbul"_ba);
        QCOMPARE(first.headers, (QList<RecordHeader>{{u"trace"_s, "85a9f12"_ba}}));
        const Record &second = records->at(1);
        QVERIFY(!second.hasKey());       // Upstash sends "" for keyless records
        QVERIFY(!second.value.isNull()); // an empty value is not a tombstone
        QVERIFY(second.value.isEmpty());
        QVERIFY(!second.timestampMs);
    }
    void unicodeValue()
    {
        const auto records =
            Upstash::parseMessages(J("[{'topic':'t','partition':0,'offset':0,'value':'Gr\\u00fc\\u00dfe'}]"));
        QVERIFY(records);
        QCOMPARE(records->first().value, u"Grüße"_s.toUtf8());
    }

    void produce_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("array of one")
            << J("[{'topic':'t','partition':1,'offset':42,'timestamp':1700000000123}]") << 1 << true;
        QTest::newRow("single object (variant A)")
            << J("{'topic':'t','partition':0,'offset':0,'timestamp':1}") << 1 << true;
        QTest::newRow("two")
            << J("[{'topic':'t','partition':0,'offset':0},{'topic':'u','partition':2,'offset':9}]") << 2
            << true;
        QTest::newRow("count mismatch") << J("[{'topic':'t','partition':0,'offset':0}]") << 2 << false;
        QTest::newRow("no offset") << J("[{'topic':'t','partition':0}]") << 1 << false;
        QTest::newRow("not json") << QByteArray("ok") << 1 << false;
        QTest::newRow("number") << QByteArray("5") << 1 << false;
        QTest::newRow("row not object") << J("[5]") << 1 << false;
        // The sandbox's compact form takes a fast path; near misses still parse or fail right.
        QTest::newRow("compact three")
            << QByteArray(R"([{"topic":"t","partition":1,"offset":4,"timestamp":9},)"
                          R"({"topic":"t","partition":0,"offset":5,"timestamp":9},)"
                          R"({"topic":"u","partition":2,"offset":6,"timestamp":9}])")
            << 3 << true;
        QTest::newRow("compact, escaped topic")
            << QByteArray("[{\"topic\":\"a\\\"b\",\"partition\":1,\"offset\":4,\"timestamp\":9}]") << 1
            << true;
        QTest::newRow("compact, negative offset")
            << QByteArray(R"([{"topic":"t","partition":1,"offset":-4,"timestamp":9}])") << 1 << false;
        QTest::newRow("compact, count mismatch")
            << QByteArray(R"([{"topic":"t","partition":1,"offset":4,"timestamp":9}])") << 2 << false;
        QTest::newRow("compact, trailing garbage")
            << QByteArray(R"([{"topic":"t","partition":1,"offset":4,"timestamp":9}]x)") << 1 << false;
        QTest::newRow("compact, huge offset")
            << QByteArray(R"([{"topic":"t","partition":1,"offset":12345678901234567890,"timestamp":9}])") << 1
            << false;
    }
    void produce()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QFETCH(bool, ok);
        const auto results = Upstash::parseProduce(body, expected);
        QCOMPARE(results.has_value(), ok);
        if (ok) {
            QCOMPARE(results->size(), expected);
            QVERIFY(results->first().ok());
        }
    }
    void compactProduceFastPathReadsEveryField()
    {
        const auto results = Upstash::parseProduce(
            R"([{"topic":"orders","partition":3,"offset":1234567890123,"timestamp":1700000000123},)"
            R"({"topic":"orders","partition":0,"offset":0,"timestamp":1}])"_ba,
            2);
        QVERIFY(results);
        QCOMPARE(results->at(0).topic, u"orders"_s);
        QCOMPARE(results->at(0).partition, 3);
        QCOMPARE(results->at(0).offset, 1234567890123);
        QCOMPARE(results->at(0).timestampMs, 1700000000123);
        QCOMPARE(results->at(1).offset, 0);
    }
    void producePerRecordError()
    {
        const auto results = Upstash::parseProduce(J("[{'error':'Topic not found','status':404}]"), 1);
        QVERIFY(results);
        QVERIFY(!results->first().ok());
        QCOMPARE(results->first().error->kind, ErrorKind::NotFound);
    }

    void offsets_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("array")
            << J("[{'topic':'t','partition':0,'offset':5},{'topic':'t','partition':1,'offset':-1}]") << true;
        QTest::newRow("object") << J("{'topic':'t','partition':0,'offset':5}") << true;
        QTest::newRow("empty") << J("[]") << true;
        QTest::newRow("offset -2") << J("[{'topic':'t','partition':0,'offset':-2}]") << false;
        QTest::newRow("no topic") << J("[{'partition':0,'offset':5}]") << false;
        QTest::newRow("string") << J("'x'") << false;
        QTest::newRow("row not object") << J("[[1]]") << false;
    }
    void offsets()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(Upstash::parseOffsets(body).has_value(), ok);
    }
    void offsetsNeverCommitted()
    {
        const auto offsets = Upstash::parseOffsets(J("[{'topic':'t','partition':1,'offset':-1}]"));
        QVERIFY(offsets);
        QCOMPARE(offsets->first(), (PartitionOffset{{u"t"_s, 1}, -1}));
    }

    void consumers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("docs shape")
            << J("[{'name':'g1','instances':[{'name':'i1','topics':[{'topic':'t','partitions':[0,1]}]}]}]")
            << true;
        QTest::newRow("no instances") << J("[{'name':'g1','instances':[]}]") << true;
        QTest::newRow("instances omitted") << J("[{'name':'g1'}]") << true;
        QTest::newRow("group without name") << J("[{'instances':[]}]") << false;
        QTest::newRow("instances object") << J("[{'name':'g','instances':{}}]") << false;
        QTest::newRow("instance without name") << J("[{'name':'g','instances':[{'topics':[]}]}]") << false;
        QTest::newRow("assignment without topic")
            << J("[{'name':'g','instances':[{'name':'i','topics':[{'partitions':[0]}]}]}]") << false;
        QTest::newRow("partition text")
            << J("[{'name':'g','instances':[{'name':'i','topics':[{'topic':'t','partitions':['0']}]}]}]")
            << false;
        QTest::newRow("object") << J("{}") << false;
    }
    void consumers()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(Upstash::parseConsumers(body).has_value(), ok);
    }
    void consumerAssignments()
    {
        const auto groups = Upstash::parseConsumers(
            J("[{'name':'g1','instances':[{'name':'i1','topics':[{'topic':'t','partitions':[0,1]}]}]}]"));
        QVERIFY(groups);
        QCOMPARE(groups->first().instances.first().assignment,
                 (QList<TopicPartition>{{u"t"_s, 0}, {u"t"_s, 1}}));
    }

    void success_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("docs") << J("{'result':'Success','status':200}") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("error inside 200") << J("{'error':'nope','status':404}") << false;
        QTest::newRow("garbage") << QByteArray("{nope") << false;
    }
    void success()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(Upstash::parseSuccess(body).has_value(), ok);
    }
};

QTEST_GUILESS_MAIN(TestUpstashParse)
#include "tst_upstashparse.moc"
