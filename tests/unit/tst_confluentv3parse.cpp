// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentv3testdata.h"
#include "core/dialects/confluent/v3parse.h"
#include "core/dialects/confluent/v3requests.h"

#include <QFile>
#include <QTest>

#include <limits>

using namespace Gregor;
using namespace Gregor::ConfluentV3;
using namespace ConfluentV3Test;
using namespace Qt::StringLiterals;

namespace {

const char *const topicOrders =
    "{'kind':'KafkaTopic','metadata':{'self':'http://h/v3/clusters/c1/topics/orders','resource_name':null},"
    "'cluster_id':'c1','topic_name':'orders','is_internal':false,'replication_factor':3,'partitions_count':6,"
    "'partitions':{'related':'http://h/v3/clusters/c1/topics/orders/partitions'},"
    "'configs':{'related':'http://h/v3/clusters/c1/topics/orders/configs'}}";

} // namespace

// The admin answer shapes of api-spec §3 (clusters, brokers, topics, configs, partitions,
// replicas, offsets), each with well-formed rows, the allowed nulls and the malformed ones per
// stage; the error envelopes every v3 answer may carry; and the fuzzer's seeds.
class TestConfluentV3Parse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clusters_data()
    {
        bodyColumns();
        malformedCollections("KafkaClusterList");
        QTest::newRow("one") << list("KafkaClusterList",
                                     J("{'kind':'KafkaCluster','cluster_id':'c1','controller':{'related':"
                                       "'http://h/v3/clusters/c1/brokers/2'}}"))
                             << 1;
        QTest::newRow("no kind, no controller") << list("KafkaClusterList", J("{'cluster_id':'c1'}")) << 1;
        QTest::newRow("empty id") << list("KafkaClusterList", J("{'cluster_id':''}")) << -1;
        QTest::newRow("id number") << list("KafkaClusterList", J("{'cluster_id':1}")) << -1;
    }
    void clusters()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        checkCount(parseClusters(body), count);
    }
    void clusterFields()
    {
        const auto one = parseCluster(J("{'kind':'KafkaCluster','cluster_id':'c1','controller':{'related':"
                                        "'http://h/v3/clusters/c1/brokers/2'}}"));
        QVERIFY(one);
        QCOMPARE(*one, (Cluster{u"c1"_s, 2}));
        QCOMPARE(parseCluster(J("{'cluster_id':'c1','controller':null}"))->controller, std::nullopt);
        QCOMPARE(parseCluster(J("{'cluster_id':'c1','controller':{'related':'x/brokers/-1'}}"))->controller,
                 std::nullopt);
        QVERIFY(!parseCluster(J("{'kind':'KafkaTopic','cluster_id':'c1'}")));
    }

    void brokers_data()
    {
        bodyColumns();
        malformedCollections("KafkaBrokerList");
        QTest::newRow("two") << list("KafkaBrokerList",
                                     J("{'cluster_id':'c','broker_id':2,'host':'b2','port':9092,'rack':null},"
                                       "{'cluster_id':'c','broker_id':1,'host':null,'port':null}"))
                             << 2;
        QTest::newRow("negative id") << list("KafkaBrokerList", J("{'broker_id':-1}")) << -1;
        QTest::newRow("huge id") << list("KafkaBrokerList", J("{'broker_id':99999999999999999999}")) << -1;
        QTest::newRow("fraction id") << list("KafkaBrokerList", J("{'broker_id':1.5}")) << -1;
        QTest::newRow("port too big") << list("KafkaBrokerList", J("{'broker_id':1,'port':70000}")) << -1;
        QTest::newRow("host number") << list("KafkaBrokerList", J("{'broker_id':1,'host':5}")) << -1;
        QTest::newRow("id null") << list("KafkaBrokerList", J("{'broker_id':null}")) << -1;
    }
    void brokers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        checkCount(parseBrokers(body), count);
    }
    void brokerFields()
    {
        const auto page = parseBrokers(
            list("KafkaBrokerList", J("{'broker_id':2,'host':'b2','port':9092,'rack':'r1'},{'broker_id':1}"),
                 "http://h/v3/clusters/c/brokers?page_token=x"));
        QVERIFY(page);
        QCOMPARE(page->items, (QList<Broker>{{1, {}, std::nullopt, {}}, {2, u"b2"_s, 9092, u"r1"_s}}));
        QCOMPARE(page->next, u"http://h/v3/clusters/c/brokers?page_token=x"_s);
        QVERIFY(page->hasNext());
        QCOMPARE(page->items[1].info(), BrokerInfo{2});
    }

    void topics_data()
    {
        bodyColumns();
        malformedCollections("KafkaTopicList");
        QTest::newRow("one") << list("KafkaTopicList", J(topicOrders)) << 1;
        QTest::newRow("minimal") << list("KafkaTopicList", J("{'topic_name':'t','partitions_count':1}")) << 1;
        QTest::newRow("no name") << list("KafkaTopicList", J("{'partitions_count':1}")) << -1;
        QTest::newRow("empty name") << list("KafkaTopicList", J("{'topic_name':'','partitions_count':1}"))
                                    << -1;
        QTest::newRow("name null") << list("KafkaTopicList", J("{'topic_name':null,'partitions_count':1}"))
                                   << -1;
        QTest::newRow("no partitions_count") << list("KafkaTopicList", J("{'topic_name':'t'}")) << -1;
        QTest::newRow("negative partitions")
            << list("KafkaTopicList", J("{'topic_name':'t','partitions_count':-1}")) << -1;
        QTest::newRow("partitions text")
            << list("KafkaTopicList", J("{'topic_name':'t','partitions_count':'3'}")) << -1;
        QTest::newRow("partitions beyond int")
            << list("KafkaTopicList", J("{'topic_name':'t','partitions_count':4294967296}")) << -1;
        QTest::newRow("is_internal text")
            << list("KafkaTopicList", J("{'topic_name':'t','partitions_count':1,'is_internal':'no'}")) << -1;
        QTest::newRow("replication too big")
            << list("KafkaTopicList", J("{'topic_name':'t','partitions_count':1,'replication_factor':40000}"))
            << -1;
        QTest::newRow("operations not text")
            << list("KafkaTopicList",
                    J("{'topic_name':'t','partitions_count':1,'authorized_operations':[1]}"))
            << -1;
    }
    void topics()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        checkCount(parseTopics(body), count);
    }
    void topicFields()
    {
        const auto page = parseTopics(list(
            "KafkaTopicList", J(topicOrders) + ',' +
                                  J("{'topic_name':'__consumer_offsets','partitions_count':50,'is_internal':"
                                    "true,'authorized_operations':['READ','DESCRIBE']}")));
        QVERIFY(page);
        QCOMPARE(page->next, QString());
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items[0],
                 (Topic{u"__consumer_offsets"_s, 50, 0, true, {u"READ"_s, u"DESCRIBE"_s}})); // sorted
        QCOMPARE(page->items[1], (Topic{u"orders"_s, 6, 3, false, {}}));
        QCOMPARE(page->items[1].info(), (TopicInfo{u"orders"_s, 6}));
        QCOMPARE(parseTopic(J(topicOrders))->name, u"orders"_s);
        QVERIFY(!parseTopic(list("KafkaTopicList", J(topicOrders))));
    }

    void topicConfigs_data()
    {
        bodyColumns();
        malformedCollections("KafkaTopicConfigList");
        const auto row = [](const char *json) { return list("KafkaTopicConfigList", J(json)); };
        QTest::newRow("full")
            << row("{'kind':'KafkaTopicConfig','cluster_id':'c','topic_name':'t','name':'cleanup.policy',"
                   "'value':'compact','is_default':false,'is_read_only':false,'is_sensitive':false,"
                   "'source':'DYNAMIC_TOPIC_CONFIG','synonyms':[{'name':'cleanup.policy','value':'compact',"
                   "'source':'DYNAMIC_TOPIC_CONFIG'},{'name':'log.cleanup.policy','value':'delete','source':"
                   "'DEFAULT_CONFIG'}]}")
            << 1;
        QTest::newRow("sensitive null value")
            << row("{'name':'sasl.jaas.config','value':null,'is_default':false,'is_read_only':false,"
                   "'is_sensitive':true,'source':'DYNAMIC_TOPIC_CONFIG','synonyms':[]}")
            << 1;
        QTest::newRow("new source") << row("{'name':'a','value':'1','is_default':true,'is_read_only':true,"
                                           "'is_sensitive':false,'source':'FUTURE_CONFIG'}")
                                    << 1;
        QTest::newRow("no name")
            << row("{'value':'1','is_default':true,'is_read_only':true,'is_sensitive':false}") << -1;
        QTest::newRow("value number") << row("{'name':'a','value':1,'is_default':true,'is_read_only':true,"
                                             "'is_sensitive':false}")
                                      << -1;
        QTest::newRow("is_default null") << row("{'name':'a','value':'1','is_default':null,'is_read_only':"
                                                "true,'is_sensitive':false}")
                                         << -1;
        QTest::newRow("is_sensitive missing")
            << row("{'name':'a','value':'1','is_default':true,'is_read_only':true}") << -1;
        QTest::newRow("synonyms object") << row("{'name':'a','is_default':true,'is_read_only':true,"
                                                "'is_sensitive':false,'synonyms':{}}")
                                         << -1;
        QTest::newRow("synonym without name") << row("{'name':'a','is_default':true,'is_read_only':true,"
                                                     "'is_sensitive':false,'synonyms':[{'value':'x'}]}")
                                              << -1;
    }
    void topicConfigs()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        checkCount(parseTopicConfigs(body), count);
    }
    void topicConfigFields()
    {
        const auto config = parseTopicConfig(
            J("{'kind':'KafkaTopicConfig','topic_name':'t','name':'cleanup.policy','value':'compact',"
              "'is_default':false,'is_read_only':true,'is_sensitive':false,'source':'DYNAMIC_TOPIC_CONFIG',"
              "'synonyms':[{'name':'log.cleanup.policy','value':null,'source':'STATIC_BROKER_CONFIG'}]}"));
        QVERIFY(config);
        QCOMPARE(*config,
                 (TopicConfig{u"t"_s,
                              u"cleanup.policy"_s,
                              u"compact"_s,
                              false,
                              true,
                              false,
                              ConfigSource::DynamicTopic,
                              {{u"log.cleanup.policy"_s, std::nullopt, ConfigSource::StaticBroker}}}));
        const auto hidden = parseTopicConfig(J("{'name':'p','value':null,'is_default':false,'is_read_only':"
                                               "false,'is_sensitive':true,'source':'NEW_KIND'}"));
        QVERIFY(hidden);
        QCOMPARE(hidden->value, std::nullopt);
        QCOMPARE(hidden->source, ConfigSource::Unknown);
        QCOMPARE(configSourceName(ConfigSource::DynamicTopic), u"topic"_s);
    }

    void partitions_data()
    {
        bodyColumns();
        malformedCollections("KafkaPartitionList");
        QTest::newRow("two") << list(
                                    "KafkaPartitionList",
                                    J("{'kind':'KafkaPartition','topic_name':'t','partition_id':1,'leader':{"
                                      "'related':'http://h/v3/clusters/c/topics/t/partitions/1/replicas/3'}},"
                                      "{'topic_name':'t','partition_id':0,'leader':null}"))
                             << 2;
        QTest::newRow("negative partition") << list("KafkaPartitionList", J("{'partition_id':-1}")) << -1;
        QTest::newRow("partition null") << list("KafkaPartitionList", J("{'partition_id':null}")) << -1;
        QTest::newRow("partition missing") << list("KafkaPartitionList", J("{'topic_name':'t'}")) << -1;
    }
    void partitions()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        checkCount(parsePartitions(body), count);
    }
    void partitionFields()
    {
        const auto page = parsePartitions(
            list("KafkaPartitionList",
                 J("{'partition_id':1,'leader':{'related':'http://h/v3/clusters/c/topics/t/"
                   "partitions/1/replicas/3'}},{'partition_id':0,'leader':{'related':'odd'}}")));
        QVERIFY(page);
        QCOMPARE(page->items[0].partition, 0);
        QCOMPARE(page->items[0].leader, std::nullopt); // a link without an id is no leader, no error
        QCOMPARE(page->items[1].leader, 3);
        QCOMPARE(parsePartition(J("{'partition_id':4}"))->partition, 4);
        QVERIFY(!parsePartition(J("{'kind':'KafkaPartitionWithOffsets','partition_id':4}")));
    }

    void replicas_data()
    {
        bodyColumns();
        malformedCollections("KafkaReplicaList");
        QTest::newRow("two") << list("KafkaReplicaList",
                                     J("{'kind':'KafkaReplica','broker_id':2,'is_leader':false,'is_in_sync':"
                                       "true},{'broker_id':1,'is_leader':true,'is_in_sync':true}"))
                             << 2;
        QTest::newRow("no is_leader")
            << list("KafkaReplicaList", J("{'broker_id':2,'is_in_sync':true}")) << -1;
        QTest::newRow("in sync text")
            << list("KafkaReplicaList", J("{'broker_id':2,'is_leader':true,'is_in_sync':'yes'}")) << -1;
    }
    void replicas()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        const auto page = parseReplicas(body);
        checkCount(page, count);
        if (count == 2)
            QCOMPARE(page->items, (QList<ReplicaInfo>{{1, true, true}, {2, false, true}}));
    }

    void partitionOffsets_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("earliest"); // -1: a Protocol error
        QTest::addColumn<qint64>("latest");
        QTest::newRow("ok") << J("{'kind':'KafkaPartitionWithOffsets','partition_id':0,'earliest_offset':3,"
                                 "'latest_offset':10}")
                            << 3LL << 10LL;
        QTest::newRow("empty partition")
            << J("{'partition_id':0,'earliest_offset':0,'latest_offset':0}") << 0LL << 0LL;
        QTest::newRow("int64 max") << J("{'partition_id':0,'earliest_offset':0,'latest_offset':"
                                        "9223372036854775807}")
                                   << 0LL << std::numeric_limits<qint64>::max();
        QTest::newRow("beyond int64")
            << J("{'partition_id':0,'earliest_offset':0,'latest_offset':92233720368547758070}") << -1LL
            << 0LL;
        QTest::newRow("latest before earliest")
            << J("{'partition_id':0,'earliest_offset':5,'latest_offset':1}") << -1LL << 0LL;
        QTest::newRow("negative") << J("{'partition_id':0,'earliest_offset':-1,'latest_offset':1}") << -1LL
                                  << 0LL;
        QTest::newRow("null") << J("{'partition_id':0,'earliest_offset':null,'latest_offset':1}") << -1LL
                              << 0LL;
        QTest::newRow("text") << J("{'partition_id':0,'earliest_offset':'0','latest_offset':1}") << -1LL
                              << 0LL;
        QTest::newRow("no partition") << J("{'earliest_offset':0,'latest_offset':1}") << -1LL << 0LL;
        QTest::newRow("wrong kind") << J("{'kind':'KafkaPartition','partition_id':0,'earliest_offset':0,"
                                         "'latest_offset':1}")
                                    << -1LL << 0LL;
        QTest::newRow("HTML") << QByteArray(jettyTooManyRequests) << -1LL << 0LL;
    }
    void partitionOffsets()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, earliest);
        QFETCH(qint64, latest);
        const auto partition = parsePartitionOffsets(body);
        QCOMPARE(partition.has_value(), earliest >= 0);
        if (partition) {
            QCOMPARE(partition->beginningOffset, earliest);
            QCOMPARE(partition->endOffset, latest);
            QCOMPARE(partition->recordCount(), latest - earliest);
        }
    }

    // v3 errors use the v2 envelope; Jetty's DoSFilter answers 429 as HTML. Both must read as
    // the clear error they are (ApiError::fromHttp, shared by every dialect).
    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("serverCode");
        QTest::addColumn<QString>("advice");
        QTest::newRow("HTML 429") << 429 << QByteArray(jettyTooManyRequests) << int(ErrorKind::BadRequest)
                                  << 0 << u"rate-limiting"_s;
        QTest::newRow("topic exists")
            << 400
            << J("{'error_code':40002,'message':'Topic \\u0027t\\u0027 "
                 "already exists.'}")
            << int(ErrorKind::BadRequest) << 40002 << u"Topic 't' already exists."_s;
        QTest::newRow("unknown cluster") << 404
                                         << J("{'error_code':404,'message':'Cluster my-cluster cannot be "
                                              "found.'}")
                                         << int(ErrorKind::NotFound) << 404 << u"cannot be found"_s;
        QTest::newRow("unknown partition") << 404
                                           << J("{'error_code':40403,'message':'This server does not "
                                                "host this topic-partition.'}")
                                           << int(ErrorKind::NotFound) << 40403 << u"topic-partition"_s;
        QTest::newRow("empty produce body") << 422
                                            << J("{'error_code':42206,'message':'Payload error. Request "
                                                 "body is empty. Data is required.'}")
                                            << int(ErrorKind::BadRequest) << 42206 << u"Payload error"_s;
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, serverCode);
        QFETCH(QString, advice);
        const ApiError error = ApiError::fromHttp(status, body);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.serverCode, serverCode);
        QVERIFY2(error.userText.contains(advice), qPrintable(error.userText));
    }

    // The fuzzer's seeds are realistic answers: each one parses with its parser.
    void fuzzSeedsParse()
    {
        const auto seed = [](const char *name) {
            QFile file(QFINDTESTDATA(u"../fuzz/seeds/fuzz_core_confluentv3/"_s + QLatin1StringView(name)));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QCOMPARE(parseClusters(seed("clusters.json"))->items.first().controller, 1);
        QCOMPARE(parseBrokers(seed("brokers.json"))->items.size(), 2);
        QCOMPARE(parseTopics(seed("topics.json"))->items.size(), 2);
        QCOMPARE(parseTopic(seed("topic.json"))->partitionsCount, 6);
        QCOMPARE(parseTopicConfigs(seed("configs.json"))->items.size(), 2);
        QCOMPARE(parsePartitions(seed("partitions.json"))->items.first().leader, 1);
        QCOMPARE(parseReplicas(seed("replicas.json"))->items.size(), 2);
        QCOMPARE(parsePartitionOffsets(seed("offsets.json"))->beginningOffset, 3);
        QCOMPARE(parseConsumerGroups(seed("groups.json"))->items.size(), 2);
        QCOMPARE(parseConsumers(seed("consumers.json"))->items.size(), 2);
        QCOMPARE(parseAssignments(seed("assignments.json"))->items.size(), 1);
        QCOMPARE(parseLags(seed("lags.json"))->items.size(), 2);
        QCOMPARE(parseLagSummary(seed("lag-summary.json"))->totalLag, 12);
        QVERIFY(parseDeliveryReport(seed("delivery-report.json"), u"orders"_s)->ok());
        const auto stream = parseDeliveryReports(seed("report-stream.json"), u"orders"_s, 3);
        QVERIFY(stream && stream->at(0).ok() && !stream->at(1).ok() && stream->at(2).ok());
        const auto batch = parseBatchProduce(seed("batch.json"), u"orders"_s, 3);
        QVERIFY(batch && batch->at(0).ok() && !batch->at(1).ok() && batch->at(2).ok());
        QCOMPARE(ApiError::fromHttp(404, seed("error.json")).serverCode, 40403);
        QVERIFY(ApiError::fromHttp(429, seed("jetty-429.html")).userText.contains(u"rate-limiting"_s));
        QCOMPARE(nextPage(Target{}, QString::fromUtf8(seed("next-link.txt")))->path,
                 u"/v3/clusters/lkc-1/topics"_s);
    }
};

QTEST_GUILESS_MAIN(TestConfluentV3Parse)
#include "tst_confluentv3parse.moc"
