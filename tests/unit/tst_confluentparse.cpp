// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dialects/confluent/confluentparse.h"
#include "core/dialects/confluent/recordscanner.h"
#include "jsonquote.h"

#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

// Every Confluent v2 / v1 answer shape of api-spec §2.4, §2.5, §4.1 with the §7 alternatives
// (nulls omitted or present, {"brokers":[…]} or a bare list), one malformed row per stage.
class TestConfluentParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topicNames_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("names") << J("['b','a']") << true;
        QTest::newRow("empty") << J("[]") << true;
        QTest::newRow("upstash map") << J("{'a':1}") << false;
        QTest::newRow("number inside") << J("['a',1]") << false;
        QTest::newRow("truncated") << QByteArray("[\"a\",") << false;
    }
    void topicNames()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto topics = Confluent::parseTopicNames(body);
        QCOMPARE(topics.has_value(), ok);
        if (ok && !topics->isEmpty())
            QCOMPARE(topics->first().name, u"a"_s);
    }

    void topic_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("full") << J("{'name':'orders','configs':{'cleanup.policy':'delete'},'partitions':[{'"
                                   "partition':1,'leader':2,"
                                   "'replicas':[{'broker':2,'leader':true,'in_sync':true},{'broker':1,'"
                                   "leader':false,'in_sync':false}]},"
                                   "{'partition':0,'leader':1,'replicas':[]}]}")
                              << true;
        QTest::newRow("configs omitted") << J("{'name':'t','partitions':[]}") << true;
        QTest::newRow("leader -1") << J("{'name':'t','partitions':[{'partition':0,'leader':-1}]}") << true;
        QTest::newRow("no name") << J("{'partitions':[]}") << false;
        QTest::newRow("configs list") << J("{'name':'t','configs':[],'partitions':[]}") << false;
        QTest::newRow("no partitions") << J("{'name':'t'}") << false;
        QTest::newRow("partition without number") << J("{'name':'t','partitions':[{'leader':1}]}") << false;
        QTest::newRow("replica without broker")
            << J("{'name':'t','partitions':[{'partition':0,'replicas':[{}]}]}") << false;
        QTest::newRow("replicas object")
            << J("{'name':'t','partitions':[{'partition':0,'replicas':{}}]}") << false;
        QTest::newRow("array") << J("[]") << false;
    }
    void topic()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(Confluent::parseTopic(body).has_value(), ok);
    }
    void topicFields()
    {
        const auto topic = Confluent::parseTopic(J(
            "{'name':'orders','configs':{'cleanup.policy':'delete'},'partitions':[{'partition':1,'leader':2,"
            "'replicas':[{'broker':2,'leader':true,'in_sync':true}]},{'partition':0,'leader':-1,'replicas':[]"
            "}]}"));
        QVERIFY(topic);
        QCOMPARE(topic->name, u"orders"_s);
        QCOMPARE(topic->configs.value(u"cleanup.policy"_s), u"delete"_s);
        QCOMPARE(topic->partitions.size(), 2);
        QCOMPARE(topic->partitions[0].partition, 0); // sorted
        QVERIFY(!topic->partitions[0].leader);
        QCOMPARE(topic->partitions[1].leader, 2);
        QCOMPARE(topic->partitions[1].replicas, (QList<ReplicaInfo>{{2, true, true}}));
    }

    void partitions()
    {
        QVERIFY(Confluent::parsePartitions(J("[{'partition':0,'leader':1,'replicas':[]}]")));
        QVERIFY(!Confluent::parsePartitions(J("{'partition':0}")));
    }

    void partitionOffsets_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ok") << J("{'beginning_offset':3,'end_offset':10}") << true;
        QTest::newRow("empty partition") << J("{'beginning_offset':0,'end_offset':0}") << true;
        QTest::newRow("end before beginning") << J("{'beginning_offset':5,'end_offset':1}") << false;
        QTest::newRow("missing end") << J("{'beginning_offset':5}") << false;
        QTest::newRow("null") << J("{'beginning_offset':null,'end_offset':1}") << false;
        QTest::newRow("array") << J("[3,10]") << false;
    }
    void partitionOffsets()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto ends = Confluent::parsePartitionOffsets(body);
        QCOMPARE(ends.has_value(), ok);
    }

    void brokers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count");
        QTest::newRow("object") << J("{'brokers':[1,2,3]}") << 3;
        QTest::newRow("bare list (swagger)") << J("[1,2]") << 2;
        QTest::newRow("empty") << J("{'brokers':[]}") << 0;
        QTest::newRow("missing") << J("{}") << -1;
        QTest::newRow("text id") << J("{'brokers':['1']}") << -1;
        QTest::newRow("html") << QByteArray("<html/>") << -1;
    }
    void brokers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        const auto brokers = Confluent::parseBrokers(body);
        QCOMPARE(brokers.has_value(), count >= 0);
        if (brokers)
            QCOMPARE(brokers->size(), count);
    }

    void produce_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("failures");
        QTest::newRow("nulls present")
            << J("{'key_schema_id':null,'value_schema_id':null,'offsets':[{'partition':2,'offset':100,'error_"
                 "code':null,"
                 "'error':null},{'partition':1,'offset':7,'error_code':null,'error':null}]}")
            << 2 << true << 0;
        QTest::newRow("nulls omitted") << J("{'offsets':[{'partition':2,'offset':100}]}") << 1 << true << 0;
        QTest::newRow("per-record 50003") << J("{'offsets':[{'partition':null,'offset':null,'error_code':"
                                               "50003,'error':'Failed to update metadata after 60000 ms.'}]}")
                                          << 1 << true << 1;
        QTest::newRow("2019 code 1") << J("{'offsets':[{'error_code':1,'error':'x'}]}") << 1 << true << 1;
        QTest::newRow("count mismatch") << J("{'offsets':[]}") << 1 << false << 0;
        QTest::newRow("no offsets") << J("{'key_schema_id':null}") << 1 << false << 0;
        QTest::newRow("neither offset nor error") << J("{'offsets':[{'partition':1}]}") << 1 << false << 0;
        QTest::newRow("entry not object") << J("{'offsets':[1]}") << 1 << false << 0;
        QTest::newRow("array") << J("[]") << 0 << false << 0;
    }
    void produce()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QFETCH(bool, ok);
        QFETCH(int, failures);
        const auto results = Confluent::parseProduce(body, u"orders"_s, expected);
        QCOMPARE(results.has_value(), ok);
        if (!ok)
            return;
        QCOMPARE(results->size(), expected);
        QCOMPARE(
            std::count_if(results->begin(), results->end(), [](const ProduceResult &r) { return !r.ok(); }),
            failures);
        for (const ProduceResult &result : *results)
            QCOMPARE(result.topic, u"orders"_s);
    }
    void producePerRecordErrorKind()
    {
        const auto results =
            Confluent::parseProduce(J("{'offsets':[{'error_code':40301,'error':'denied'}]}"), u"t"_s, 1);
        QVERIFY(results);
        QCOMPARE(results->first().error->kind, ErrorKind::Forbidden);
        QCOMPARE(results->first().error->serverCode, 40301);
        QCOMPARE(results->first().error->serverMessage, u"denied"_s);
    }

    void records_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("v2 binary")
            << J("[{'topic':'t','key':'a2V5','value':'aGVsbG8=','partition':0,'offset':4}]") << true;
        QTest::newRow("null key and value")
            << J("[{'topic':'t','key':null,'value':null,'partition':0,'offset':4}]") << true;
        QTest::newRow("key omitted") << J("[{'topic':'t','value':'aA==','partition':0,'offset':4}]") << true;
        QTest::newRow("karapace timestamp")
            << J("[{'topic':'t','value':'aA==','partition':0,'offset':4,'timestamp':17}]") << true;
        QTest::newRow("empty") << J("[]") << true;
        QTest::newRow("bad base64") << J("[{'topic':'t','value':'***','partition':0,'offset':4}]") << false;
        QTest::newRow("json format value")
            << J("[{'topic':'t','value':{'a':1},'partition':0,'offset':4}]") << false;
        QTest::newRow("no topic") << J("[{'value':'aA==','partition':0,'offset':4}]") << false;
        QTest::newRow("no offset") << J("[{'topic':'t','value':'aA==','partition':0}]") << false;
        QTest::newRow("row not object") << J("['x']") << false;
        QTest::newRow("object") << J("{'records':[]}") << false;
        QTest::newRow("406 without body") << QByteArray() << false;
    }
    void records()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(Confluent::parseRecords(body).has_value(), ok);
        QCOMPARE(Confluent::parseRecordsGeneral(body).has_value(), ok);
        if (const auto fast = Confluent::scanBinaryRecords(body, {}))
            QCOMPARE(*fast, *Confluent::parseRecordsGeneral(body));
    }
    void fastPathFallsBack_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("fast");
        QTest::newRow("plain") << J("[ {'topic':'t','key':null,'value':'aA==','partition':0,'offset':1} ]")
                               << true;
        QTest::newRow("escape in topic")
            << J("[{'topic':'t\\u0041','value':'aA==','partition':0,'offset':1}]") << false;
        QTest::newRow("unknown key") << J("[{'topic':'t','value':'aA==','partition':0,'offset':1,'x':1}]")
                                     << false;
        QTest::newRow("fraction") << J("[{'topic':'t','value':'aA==','partition':0,'offset':1.0}]") << false;
        QTest::newRow("duplicate key")
            << J("[{'topic':'t','topic':'u','value':'aA==','partition':0,'offset':1}]") << false;
        QTest::newRow("empty topic") << J("[{'topic':'','value':'aA==','partition':0,'offset':1}]") << true;
    }
    void fastPathFallsBack()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, fast);
        const auto scanned = Confluent::scanBinaryRecords(body, u"default"_s);
        QCOMPARE(scanned.has_value(), fast);
        const auto general = Confluent::parseRecordsGeneral(body, u"default"_s);
        if (scanned)
            QCOMPARE(*scanned, *general);
        QCOMPARE(Confluent::parseRecords(body, u"default"_s).has_value(), general.has_value());
    }
    void recordBytes()
    {
        const auto records = Confluent::parseRecords(J("[{'topic':'t','key':'','value':'AAEC/"
                                                       "w==','partition':3,'offset':4},{'topic':'t','key':"
                                                       "null,'value':null,'partition':3,'offset':5}]"));
        QVERIFY(records);
        const Record &first = records->at(0);
        QVERIFY(first.hasKey()); // an empty key is a key
        QVERIFY(first.key.isEmpty());
        QCOMPARE(first.value, QByteArray("\x00\x01\x02\xff", 4));
        QVERIFY(!first.timestampMs);
        QVERIFY(!records->at(1).hasKey());
        QVERIFY(records->at(1).value.isNull()); // a tombstone
    }
    void v1MessagesTakeTheTopic()
    {
        const auto records =
            Confluent::parseRecords(J("[{'key':null,'value':'aGk=','partition':0,'offset':1}]"), u"legacy"_s);
        QVERIFY(records);
        QCOMPARE(records->first().topic, u"legacy"_s);
        QCOMPARE(records->first().value, "hi"_ba);
    }

    void consumerInstance_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ok") << J("{'instance_id':'c1','base_uri':'http://h:8082/consumers/g/instances/c1'}")
                            << true;
        QTest::newRow("no base_uri") << J("{'instance_id':'c1'}") << true;
        QTest::newRow("no id") << J("{'base_uri':'x'}") << false;
        QTest::newRow("empty id") << J("{'instance_id':''}") << false;
        QTest::newRow("list") << J("[]") << false;
    }
    void consumerInstance()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(Confluent::parseConsumerInstance(body).has_value(), ok);
    }

    void committed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("docs") << J("{'offsets':[{'topic':'orders','partition':0,'offset':1,'metadata':''}]}")
                              << true;
        QTest::newRow("none committed") << J("{'offsets':[]}") << true;
        QTest::newRow("no offsets") << J("{}") << false;
        QTest::newRow("offset text") << J("{'offsets':[{'topic':'t','partition':0,'offset':'1'}]}") << false;
        QTest::newRow("no topic") << J("{'offsets':[{'partition':0,'offset':1}]}") << false;
        QTest::newRow("empty body (404 40402)") << QByteArray() << false;
    }
    void committed()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(Confluent::parseCommittedOffsets(body).has_value(), ok);
    }
};

QTEST_GUILESS_MAIN(TestConfluentParse)
#include "tst_confluentparse.moc"
