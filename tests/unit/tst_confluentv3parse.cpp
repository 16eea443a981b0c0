#include "core/dialects/confluent/v3parse.h"
#include "core/dialects/confluent/v3requests.h"
#include "jsonquote.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Gregor;
using namespace Gregor::ConfluentV3;
using namespace Qt::StringLiterals;

namespace {

// A v3 collection around `items` (JSON with single quotes), with an optional next link.
QByteArray list(const char *kind, const QByteArray &items, const char *next = nullptr)
{
    const QByteArray nextJson = next ? "\"" + QByteArray(next) + "\"" : "null"_ba;
    return "{\"kind\":\"" + QByteArray(kind) +
           "\",\"metadata\":{\"self\":\"http://h/v3/x\",\"next\":" + nextJson + "},\"data\":[" + items + "]}";
}

const char *const topicOrders =
    "{'kind':'KafkaTopic','metadata':{'self':'http://h/v3/clusters/c1/topics/orders','resource_name':null},"
    "'cluster_id':'c1','topic_name':'orders','is_internal':false,'replication_factor':3,'partitions_count':6,"
    "'partitions':{'related':'http://h/v3/clusters/c1/topics/orders/partitions'},"
    "'configs':{'related':'http://h/v3/clusters/c1/topics/orders/configs'}}";

const char *const jettyTooManyRequests =
    "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=ISO-8859-1\"/>\n"
    "<title>Error 429 Too Many Requests</title>\n</head>\n<body><h2>HTTP ERROR 429 Too Many Requests</h2>\n"
    "</body>\n</html>\n";

ProduceRecord record(const QString &topic, std::optional<int> partition, const QByteArray &key,
                     const QByteArray &value)
{
    ProduceRecord r;
    r.topic = topic;
    r.partition = partition;
    r.key = key;
    r.value = value;
    return r;
}

NewTopic newTopic(const QString &name, std::optional<int> partitions = std::nullopt)
{
    NewTopic topic;
    topic.name = name;
    topic.partitionsCount = partitions;
    return topic;
}

} // namespace

// Every v3 answer shape of api-spec §3 (each with well-formed rows, the allowed nulls and the
// malformed ones per stage), the produce report stream and batch, then the request builders
// exactly as sent.
class TestConfluentV3Parse : public QObject
{
    Q_OBJECT

    static void bodyColumns()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count"); // -1: a Protocol error
    }
    template<typename T>
    static void checkCount(const Result<T> &result, int count)
    {
        if (!result)
            QCOMPARE(result.error().kind, ErrorKind::Protocol);
        QVERIFY2(result.has_value() == (count >= 0),
                 qPrintable(result ? u"parsed"_s : result.error().serverMessage));
        if constexpr (requires { result->items; }) {
            if (result)
                QCOMPARE(result->items.size(), count);
        }
    }
    // Rows every collection parser must refuse.
    static void malformedCollections(const char *kind)
    {
        QTest::newRow("not JSON") << QByteArray("nope") << -1;
        QTest::newRow("HTML 429") << QByteArray(jettyTooManyRequests) << -1;
        QTest::newRow("empty body") << QByteArray() << -1;
        QTest::newRow("array") << J("[]") << -1;
        QTest::newRow("no data") << J("{'kind':'x','metadata':{}}").replace("x", kind) << -1;
        QTest::newRow("data object") << list(kind, {}).replace("[]", "{}") << -1;
        QTest::newRow("wrong kind") << list("KafkaSomethingList", {}) << -1;
        QTest::newRow("next not text") << list(kind, {}).replace("\"next\":null", "\"next\":1") << -1;
        QTest::newRow("item not object") << list(kind, "1") << -1;
        QTest::newRow("truncated") << list(kind, {}).chopped(3) << -1;
        QTest::newRow("empty") << list(kind, {}) << 0;
    }

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

    void consumerGroups_data()
    {
        bodyColumns();
        malformedCollections("KafkaConsumerGroupList");
        const auto row = [](const char *json) { return list("KafkaConsumerGroupList", J(json)); };
        QTest::newRow("full") << row("{'kind':'KafkaConsumerGroup','cluster_id':'c','consumer_group_id':'g',"
                                     "'is_simple':false,'partition_assignor':'range','state':'STABLE','type':"
                                     "'CLASSIC','is_mixed_consumer_group':false,'coordinator':{'related':"
                                     "'http://h/v3/clusters/c/brokers/1'}}")
                              << 1;
        QTest::newRow("older server: no type")
            << row("{'consumer_group_id':'g','is_simple':true,'partition_assignor':'','state':'EMPTY'}") << 1;
        QTest::newRow("state from the future")
            << row("{'consumer_group_id':'g','is_simple':false,'state':'HIBERNATING'}") << 1;
        QTest::newRow("no id") << row("{'is_simple':false,'state':'STABLE'}") << -1;
        QTest::newRow("no state") << row("{'consumer_group_id':'g','is_simple':false}") << -1;
        QTest::newRow("state null") << row("{'consumer_group_id':'g','is_simple':false,'state':null}") << -1;
        QTest::newRow("is_simple text")
            << row("{'consumer_group_id':'g','is_simple':'no','state':'STABLE'}") << -1;
    }
    void consumerGroups()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        checkCount(parseConsumerGroups(body), count);
    }
    void consumerGroupFields()
    {
        const auto group = parseConsumerGroup(
            J("{'consumer_group_id':'g','is_simple':false,'partition_assignor':'cooperative-sticky','state':"
              "'PREPARING_REBALANCE','type':'CONSUMER','is_mixed_consumer_group':true,'coordinator':{"
              "'related':'http://h/v3/clusters/c/brokers/7'}}"));
        QVERIFY(group);
        QCOMPARE(*group, (GroupDescription{u"g"_s, GroupState::PreparingRebalance, GroupType::Consumer, false,
                                           true, u"cooperative-sticky"_s, 7}));
        QCOMPARE(parseConsumerGroup(J("{'consumer_group_id':'g','is_simple':false,'state':'X'}"))->state,
                 GroupState::Unknown);
        QCOMPARE(groupStateName(GroupState::CompletingRebalance), u"Completing rebalance"_s);
        const auto page = parseConsumerGroups(
            list("KafkaConsumerGroupList", J("{'consumer_group_id':'b','is_simple':false,'state':'DEAD'},"
                                             "{'consumer_group_id':'a','is_simple':false,'state':'EMPTY'}")));
        QCOMPARE(page->items[0].group, u"a"_s);
    }

    void consumers_data()
    {
        bodyColumns();
        malformedCollections("KafkaConsumerList");
        const auto row = [](const char *json) { return list("KafkaConsumerList", J(json)); };
        QTest::newRow("two") << row("{'kind':'KafkaConsumer','consumer_group_id':'g','consumer_id':'c-2',"
                                    "'instance_id':'static-1','client_id':'app'},{'consumer_id':'c-1',"
                                    "'instance_id':null,'client_id':'app'}")
                             << 2;
        QTest::newRow("no consumer_id") << row("{'client_id':'app'}") << -1;
        QTest::newRow("empty consumer_id") << row("{'consumer_id':'','client_id':'app'}") << -1;
        QTest::newRow("instance number") << row("{'consumer_id':'c','instance_id':3}") << -1;
    }
    void consumers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        const auto page = parseConsumers(body);
        checkCount(page, count);
        if (count == 2)
            QCOMPARE(page->items,
                     (QList<GroupMember>{{u"c-1"_s, {}, u"app"_s}, {u"c-2"_s, u"static-1"_s, u"app"_s}}));
    }
    void assignments_data()
    {
        bodyColumns();
        malformedCollections("KafkaConsumerAssignmentList");
        const auto row = [](const char *json) { return list("KafkaConsumerAssignmentList", J(json)); };
        QTest::newRow("two") << row("{'kind':'KafkaConsumerAssignment','consumer_id':'c','topic_name':'b',"
                                    "'partition_id':0},{'consumer_id':'c','topic_name':'a','partition_id':2}")
                             << 2;
        QTest::newRow("no topic") << row("{'partition_id':0}") << -1;
        QTest::newRow("negative partition") << row("{'topic_name':'a','partition_id':-2}") << -1;
    }
    void assignments()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        const auto page = parseAssignments(body);
        checkCount(page, count);
        if (count == 2)
            QCOMPARE(page->items, (QList<TopicPartition>{{u"a"_s, 2}, {u"b"_s, 0}}));
    }
    void groupInfoJoinsMembersAndAssignments()
    {
        const ConsumerGroupInfo info =
            groupInfo(u"g"_s, {{u"c-1"_s, {}, u"app"_s}, {u"c-2"_s, {}, u"app"_s}}, {{{u"t"_s, 0}}});
        QCOMPARE(info, (ConsumerGroupInfo{u"g"_s, {{u"c-1"_s, {{u"t"_s, 0}}}, {u"c-2"_s, {}}}}));
    }

    void lags_data()
    {
        bodyColumns();
        malformedCollections("KafkaConsumerLagList");
        const auto row = [](const char *json) { return list("KafkaConsumerLagList", J(json)); };
        QTest::newRow("full")
            << row("{'kind':'KafkaConsumerLag','cluster_id':'c','consumer_group_id':'g',"
                   "'topic_name':'t','partition_id':1,'current_offset':5,'log_end_offset':9,"
                   "'lag':4,'consumer_id':'c-1','instance_id':null,'client_id':'app'}")
            << 1;
        QTest::newRow("unassigned: empty consumer")
            << row("{'topic_name':'t','partition_id':0,'current_offset':9,'log_end_offset':9,'lag':0,"
                   "'consumer_id':'','client_id':''}")
            << 1;
        QTest::newRow("no commit: -1")
            << row("{'topic_name':'t','partition_id':0,'current_offset':-1,'log_end_offset':9,'lag':9}") << 1;
        QTest::newRow("current below -1")
            << row("{'topic_name':'t','partition_id':0,'current_offset':-2,'log_end_offset':9,'lag':0}")
            << -1;
        QTest::newRow("negative lag")
            << row("{'topic_name':'t','partition_id':0,'current_offset':9,'log_end_offset':5,'lag':-4}")
            << -1;
        QTest::newRow("lag missing") << row("{'topic_name':'t','partition_id':0,'current_offset':9,'log_end_"
                                            "offset':5}")
                                     << -1;
        QTest::newRow("lag fraction") << row("{'topic_name':'t','partition_id':0,'current_offset':1,'log_end_"
                                             "offset':5,'lag':4.5}")
                                      << -1;
        QTest::newRow("huge lag") << row("{'topic_name':'t','partition_id':0,'current_offset':0,'log_end_"
                                         "offset':1,'lag':1e300}")
                                  << -1;
        QTest::newRow("partition text") << row("{'topic_name':'t','partition_id':'0','current_offset':0,'log_"
                                               "end_offset':1,'lag':1}")
                                        << -1;
    }
    void lags()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        checkCount(parseLags(body), count);
    }
    void lagFields()
    {
        const auto lag = parseLag(J("{'kind':'KafkaConsumerLag','consumer_group_id':'g','topic_name':'t',"
                                    "'partition_id':1,'current_offset':5,'log_end_offset':9,'lag':4,"
                                    "'consumer_id':'c-1','instance_id':'i','client_id':'app'}"));
        QVERIFY(lag);
        QCOMPARE(*lag, (ConsumerLag{u"g"_s, {u"t"_s, 1}, 5, 9, 4, u"c-1"_s, u"i"_s, u"app"_s}));
        const auto page = parseLags(
            list("KafkaConsumerLagList",
                 J("{'topic_name':'t','partition_id':1,'current_offset':0,'log_end_offset':0,'lag':0},"
                   "{'topic_name':'t','partition_id':0,'current_offset':0,'log_end_offset':0,'lag':0}")));
        QCOMPARE(page->items[0].tp.partition, 0); // by topic and partition
    }

    void lagRowsFeedTheLagView()
    {
        const QList<ConsumerLag> rows{{u"g"_s, {u"t"_s, 0}, 5, 9, 4, u"c-1"_s, {}, u"app"_s},
                                      {u"g"_s, {u"t"_s, 1}, -1, 3, 3, {}, {}, {}},
                                      {u"g"_s, {u"u"_s, 0}, 2, 2, 0, u"c-1"_s, {}, u"app"_s}};
        const LagInputs inputs = lagInputs(rows);
        QCOMPARE(inputs.committed,
                 (QList<PartitionOffset>{{{u"t"_s, 0}, 5}, {{u"t"_s, 1}, -1}, {{u"u"_s, 0}, 2}}));
        QCOMPARE(inputs.ends.value({u"t"_s, 1}), 3);
        QCOMPARE(inputs.instances, (QList<ConsumerInstanceInfo>{{u"c-1"_s, {{u"t"_s, 0}, {u"u"_s, 0}}}}));
    }

    void lagSummary_data()
    {
        bodyColumns();
        QTest::newRow("full") << J("{'kind':'KafkaConsumerGroupLagSummary','cluster_id':'c','consumer_group_"
                                   "id':'g','max_lag_consumer_id':'c-1','max_lag_instance_id':null,'max_lag_"
                                   "client_id':'app','max_lag_topic_name':'t','max_lag_partition_id':2,'max_"
                                   "lag':7,'total_lag':10}")
                              << 1;
        QTest::newRow("no lag anywhere") << J("{'consumer_group_id':'g','max_lag':0,'total_lag':0}") << 1;
        QTest::newRow("total below max") << J("{'max_lag':7,'total_lag':3}") << -1;
        QTest::newRow("max missing") << J("{'total_lag':3}") << -1;
        QTest::newRow("max null") << J("{'max_lag':null,'total_lag':3}") << -1;
        QTest::newRow("partition beyond int")
            << J("{'max_lag':1,'total_lag':1,'max_lag_partition_id':3000000000}") << -1;
        QTest::newRow("wrong kind") << J("{'kind':'KafkaConsumerLag','max_lag':0,'total_lag':0}") << -1;
        QTest::newRow("HTML 429") << QByteArray(jettyTooManyRequests) << -1;
        QTest::newRow("list") << list("KafkaConsumerLagList", {}) << -1;
    }
    void lagSummary()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        const auto summary = parseLagSummary(body);
        checkCount(summary, count);
        if (summary && summary->totalLag == 10)
            QCOMPARE(*summary, (ConsumerLagSummary{u"g"_s, 10, 7, {u"t"_s, 2}, u"c-1"_s, {}, u"app"_s}));
        else if (summary)
            QCOMPARE(summary->maxLagPartition.partition, -1);
    }

    void deliveryReport_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("serverCode"); // 0: the record was written
        QTest::addColumn<int>("kind");
        QTest::newRow("written") << J("{'error_code':200,'cluster_id':'c','topic_name':'t','partition_id':1,"
                                      "'offset':42,'timestamp':'2023-11-14T22:13:20.123Z','key':{'type':"
                                      "'BINARY','size':3},'value':{'type':'JSON','size':9}}")
                                 << true << 0 << 0;
        QTest::newRow("timestamp null")
            << J("{'error_code':200,'partition_id':0,'offset':0,'timestamp':null}") << true << 0 << 0;
        QTest::newRow("bad base64 report") << J("{'error_code':400,'message':'Bad Request: data=1 is not a "
                                                "base64 string.'}")
                                           << true << 400 << int(ErrorKind::BadRequest);
        QTest::newRow("forbidden report") << J("{'error_code':40301,'message':'Request is not authorized'}")
                                          << true << 40301 << int(ErrorKind::Forbidden);
        QTest::newRow("rate limited report") << J("{'error_code':429,'message':'Too many requests'}") << true
                                             << 429 << int(ErrorKind::BadRequest);
        QTest::newRow("no error_code") << J("{'partition_id':0,'offset':0}") << false << 0 << 0;
        QTest::newRow("error_code text")
            << J("{'error_code':'200','partition_id':0,'offset':0}") << false << 0 << 0;
        QTest::newRow("error_code huge") << J("{'error_code':1e30}") << false << 0 << 0;
        QTest::newRow("error_code zero") << J("{'error_code':0}") << false << 0 << 0;
        QTest::newRow("written without offset")
            << J("{'error_code':200,'partition_id':0}") << false << 0 << 0;
        QTest::newRow("negative partition")
            << J("{'error_code':200,'partition_id':-1,'offset':0}") << false << 0 << 0;
        QTest::newRow("array") << J("[{'error_code':200,'partition_id':0,'offset':0}]") << false << 0 << 0;
        QTest::newRow("two reports") << J("{'error_code':200,'partition_id':0,'offset':0}{'error_code':200}")
                                     << false << 0 << 0;
        QTest::newRow("HTML 429") << QByteArray(jettyTooManyRequests) << false << 0 << 0;
    }
    void deliveryReport()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, serverCode);
        QFETCH(int, kind);
        const auto result = parseDeliveryReport(body, u"t"_s);
        QCOMPARE(result.has_value(), ok);
        if (!result) {
            QCOMPARE(result.error().kind, ErrorKind::Protocol);
            return;
        }
        QCOMPARE(result->topic, u"t"_s);
        QCOMPARE(result->ok(), serverCode == 0);
        if (serverCode) {
            QCOMPARE(result->error->serverCode, serverCode);
            QCOMPARE(int(result->error->kind), kind);
            QVERIFY(!result->error->outcomeUnknown);
            QVERIFY(!result->error->userText.isEmpty());
        }
    }
    void deliveryReportFields()
    {
        const auto result = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':42,'timestamp':'2023-11-14T22:13:20.123Z'}"),
            u"t"_s);
        QCOMPARE(*result, (ProduceResult{u"t"_s, 1, 42, 1700000000123LL, std::nullopt}));
        // An unreadable time does not turn a written record into a failure.
        const auto odd = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':42,'timestamp':'soon'}"), u"t"_s);
        QVERIFY(odd && odd->ok());
        QCOMPARE(odd->timestampMs, std::nullopt);
        const auto local = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':4,'timestamp':'2023-11-14T22:13:20'}"), u"t"_s);
        QCOMPARE(local->timestampMs, std::nullopt); // no offset named: no guessing the zone
        const auto offset = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':4,'timestamp':'2023-11-14T23:13:20.123+01:00'}"),
            u"t"_s);
        QCOMPARE(offset->timestampMs, 1700000000123LL);
        const auto nanos = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':4,'timestamp':'2023-11-14T22:13:20.123456789Z'}"),
            u"t"_s);
        QCOMPARE(nanos->timestampMs, 1700000000123LL); // Java's Instant may print nanoseconds
    }

    void deliveryReports_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("outcomes"); // per record: w written, f failed, u unknown; "!" error
        const QByteArray ok0 = J("{'error_code':200,'partition_id':0,'offset':10}");
        const QByteArray ok1 = J("{'error_code':200,'partition_id':1,'offset':3}\n");
        const QByteArray bad =
            J("{'error_code':400,'message':'Bad Request: data=1 is not a base64 string.'}");
        QTest::newRow("three in order") << ok0 + ok1 + bad << 3 << u"wwf"_s;
        QTest::newRow("whitespace around") << " \n" + ok0 + "\r\n\t" + ok1 + "\n" << 2 << u"ww"_s;
        QTest::newRow("braces inside strings")
            << J("{'error_code':400,'message':'a } { \\' ] ['}") + ok0 << 2 << u"fw"_s;
        QTest::newRow("cut off in the second") << ok0 + ok1.left(12) << 3 << u"wuu"_s;
        QTest::newRow("garbage after the first") << ok0 + "<html>" << 2 << u"wu"_s;
        QTest::newRow("malformed second report") << ok0 + J("{'error_code':200}") << 2 << u"wu"_s;
        QTest::newRow("invalid JSON second report") << ok0 + "{\"error_code\":,}" << 2 << u"wu"_s;
        QTest::newRow("cut off in the first") << ok0.left(10) << 1 << u"!"_s;
        QTest::newRow("empty answer") << QByteArray() << 1 << u"!"_s;
        QTest::newRow("HTML") << QByteArray(jettyTooManyRequests) << 1 << u"!"_s;
        QTest::newRow("more reports than records") << ok0 + ok1 << 1 << u"!"_s;
        QTest::newRow("array") << "[" + ok0 + "]" << 1 << u"!"_s;
        QTest::newRow("nothing sent, nothing answered") << QByteArray() << 0 << QString();
        QTest::newRow("unbalanced closing") << J("{'error_code':200]}") + ok0 << 2 << u"!"_s;
    }
    void deliveryReports()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QFETCH(QString, outcomes);
        const auto results = parseDeliveryReports(body, u"t"_s, expected);
        if (outcomes == u"!"_s) {
            QVERIFY(!results);
            QCOMPARE(results.error().kind, ErrorKind::Protocol);
            return;
        }
        QVERIFY2(results, qPrintable(results ? QString() : results.error().serverMessage));
        QString seen;
        for (const ProduceResult &r : *results)
            seen += r.ok() ? u'w' : r.error->outcomeUnknown ? u'u' : u'f';
        QCOMPARE(seen, outcomes);
        // The same bytes fed one at a time, as readyRead may deliver them, give the same reports.
        DeliveryReportReader reader(u"t"_s);
        QList<ProduceResult> streamed;
        for (char c : body)
            streamed += reader.feed(QByteArrayView(&c, 1));
        QCOMPARE(streamed, results->first(streamed.size()));
        QCOMPARE(reader.reportsRead(), streamed.size());
    }
    void reportReaderStopsAtGarbage()
    {
        DeliveryReportReader reader(u"t"_s);
        QCOMPARE(reader.feed(J("{'error_code':200,'partition_id':0,'offset':1}{'error_")).size(), 1);
        QVERIFY(reader.midReport());
        QCOMPARE(reader.feed(J("code':200,'partition_id':0,'offset':2}  ")).first().offset, 2);
        QVERIFY(!reader.midReport());
        QVERIFY(!reader.error());
        QVERIFY(reader.feed("oops {}").isEmpty());
        QVERIFY(reader.error());
        QVERIFY(reader.feed(J("{'error_code':200,'partition_id':0,'offset':3}")).isEmpty());
        QCOMPARE(reader.reportsRead(), 2);
    }
    void endOfFirstObject_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("end");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("space only") << QByteArray(" \n") << 0;
        QTest::newRow("one") << QByteArray("{}") << 2;
        QTest::newRow("leading space, two") << QByteArray("  {\"a\":[1]}{}") << 11;
        QTest::newRow("escaped quote") << QByteArray("{\"a\":\"\\\"}\"}") << 11;
        QTest::newRow("incomplete") << QByteArray("{\"a\":{") << 0;
        QTest::newRow("not an object") << QByteArray("[1]") << -1;
        QTest::newRow("html") << QByteArray("<html>") << -1;
    }
    void endOfFirstObject()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, end);
        QCOMPARE(ConfluentV3::endOfFirstObject(stream), end);
    }

    void batch_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("outcomes");
        QTest::newRow("mixed, out of order")
            << J("{'successes':[{'id':'2','cluster_id':'c','topic_name':'t','partition_id':0,'offset':7,"
                 "'timestamp':'2023-11-14T22:13:20.123Z'},{'id':'0','partition_id':1,'offset':3,'timestamp':"
                 "null}],'failures':[{'id':'1','error_code':400,'message':'Bad Request: data=1 is not a "
                 "base64 "
                 "string.'}]}")
            << 3 << u"wfw"_s;
        QTest::newRow("all failed, no successes list")
            << J("{'failures':[{'id':'0','error_code':40301,'message':'denied'}]}") << 1 << u"f"_s;
        QTest::newRow("entry left out") << J("{'successes':[{'id':'0','partition_id':0,'offset':1}],"
                                             "'failures':[]}")
                                        << 2 << u"wu"_s;
        QTest::newRow("unknown id") << J("{'successes':[{'id':'5','partition_id':0,'offset':1}]}") << 2
                                    << u"!"_s;
        QTest::newRow("id not canonical")
            << J("{'successes':[{'id':'01','partition_id':0,'offset':1}]}") << 2 << u"!"_s;
        QTest::newRow("negative id") << J("{'successes':[{'id':'-1','partition_id':0,'offset':1}]}") << 2
                                     << u"!"_s;
        QTest::newRow("id number") << J("{'successes':[{'id':0,'partition_id':0,'offset':1}]}") << 1
                                   << u"!"_s;
        QTest::newRow("duplicate id") << J("{'successes':[{'id':'0','partition_id':0,'offset':1}],'failures':"
                                           "[{'id':'0','error_code':400}]}")
                                      << 1 << u"!"_s;
        QTest::newRow("success without offset")
            << J("{'successes':[{'id':'0','partition_id':0}]}") << 1 << u"!"_s;
        QTest::newRow("failure without code") << J("{'failures':[{'id':'0','message':'x'}]}") << 1 << u"!"_s;
        QTest::newRow("failure with success code")
            << J("{'failures':[{'id':'0','error_code':200}]}") << 1 << u"!"_s;
        QTest::newRow("successes object") << J("{'successes':{}}") << 1 << u"!"_s;
        QTest::newRow("success not object") << J("{'successes':[1]}") << 1 << u"!"_s;
        QTest::newRow("HTML 429") << QByteArray(jettyTooManyRequests) << 1 << u"!"_s;
        QTest::newRow("truncated") << J("{'successes':[{'id':'0','partition_id':0,'off") << 1 << u"!"_s;
        QTest::newRow("negative count") << J("{}") << -3 << QString();
    }
    void batch()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QFETCH(QString, outcomes);
        const auto results = parseBatchProduce(body, u"t"_s, expected);
        if (outcomes == u"!"_s) {
            QVERIFY(!results);
            QCOMPARE(results.error().kind, ErrorKind::Protocol);
            return;
        }
        QVERIFY2(results, qPrintable(results ? QString() : results.error().serverMessage));
        QString seen;
        for (const ProduceResult &r : *results)
            seen += r.ok() ? u'w' : r.error->outcomeUnknown ? u'u' : u'f';
        QCOMPARE(seen, outcomes);
        if (expected == 3) {
            QCOMPARE(results->at(0), (ProduceResult{u"t"_s, 1, 3, std::nullopt, std::nullopt}));
            QCOMPARE(results->at(2), (ProduceResult{u"t"_s, 0, 7, 1700000000123LL, std::nullopt}));
            QCOMPARE(results->at(1).error->serverCode, 400);
            QCOMPARE(results->at(1).error->kind, ErrorKind::BadRequest);
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

    // Requests as one line each: "METHOD path?query [writes] [once] body", or "refused Kind".
    void requests_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        const Target t{u"/v3"_s, u"c 1"_s};
        const Target cloud{u"kafka/v3/"_s, u"lkc-1"_s};
        const QString c = u"/v3/clusters/c%201"_s;
        const auto row = [](const char *name, const Result<HttpRequest> &actual, const QString &expected) {
            QTest::newRow(name) << describe(actual) << expected;
        };
        const auto json = [](const char *text) { return QString::fromUtf8(J(text)); };

        row("clusters", listClusters(u"/v3"_s), u"GET /v3/clusters"_s);
        row("clusters, base path normalised", listClusters(u"kafka/v3/"_s), u"GET /kafka/v3/clusters"_s);
        row("cluster", cluster(t), u"GET "_s + c);
        row("brokers", listBrokers(cloud), u"GET /kafka/v3/clusters/lkc-1/brokers"_s);
        row("broker", broker(t, 3), u"GET "_s + c + u"/brokers/3"_s);
        row("topics", listTopics(t), u"GET "_s + c + u"/topics"_s);
        row("topics with operations", listTopics(t, true),
            u"GET "_s + c + u"/topics?includeAuthorizedOperations=true"_s);
        row("topic, encoded", topic(t, u"a/b c"_s), u"GET "_s + c + u"/topics/a%2Fb%20c"_s);
        row("topic with operations", topic(t, u"t"_s, true),
            u"GET "_s + c + u"/topics/t?include_authorized_operations=true"_s);

        NewTopic orders = newTopic(u"orders"_s, 3);
        orders.replicationFactor = 1;
        orders.configs = {{u"cleanup.policy"_s, u"compact"_s}, {u"retention.ms"_s, std::nullopt}};
        row("create", createTopic(t, orders),
            u"POST "_s + c + u"/topics writes once "_s +
                json("{'configs':[{'name':'cleanup.policy','value':'compact'},{'name':'retention.ms','value':"
                     "null}],'partitions_count':3,'replication_factor':1,'topic_name':'orders'}"));
        NewTopic dryRun = newTopic(u"t"_s);
        dryRun.validateOnly = true;
        row("create, validate only: no write", createTopic(t, dryRun),
            u"POST "_s + c + u"/topics "_s + json("{'topic_name':'t','validate_only':true}"));
        NewTopic assigned = newTopic(u"t"_s);
        assigned.replicasAssignments = {{1, {2, 3}}, {0, {1, 2}}};
        row("create with assignments", createTopic(t, assigned),
            u"POST "_s + c + u"/topics writes once "_s +
                json("{'replicas_assignments':{'0':[1,2],'1':[2,3]},'topic_name':'t'}"));
        row("create without name", createTopic(t, NewTopic{}), u"refused BadRequest"_s);
        row("create with 0 partitions", createTopic(t, newTopic(u"t"_s, 0)), u"refused BadRequest"_s);
        NewTopic both = assigned;
        both.partitionsCount = 2;
        row("create with counts and assignments", createTopic(t, both), u"refused BadRequest"_s);
        NewTopic emptyAssignment = newTopic(u"t"_s);
        emptyAssignment.replicasAssignments = {{0, {}}};
        row("create with an empty assignment", createTopic(t, emptyAssignment), u"refused BadRequest"_s);
        row("delete", deleteTopic(t, u"orders"_s), u"DELETE "_s + c + u"/topics/orders writes once"_s);
        row("partitions count", setPartitionCount(t, u"orders"_s, 12),
            u"PATCH "_s + c + u"/topics/orders writes once "_s + json("{'partitions_count':12}"));
        row("partitions count 0", setPartitionCount(t, u"orders"_s, 0), u"refused BadRequest"_s);

        const QString configs = c + u"/topics/orders/configs"_s;
        row("configs", listTopicConfigs(t, u"orders"_s), u"GET "_s + configs);
        row("all configs", listAllTopicConfigs(t), u"GET "_s + c + u"/topics/-/configs"_s);
        row("config", topicConfig(t, u"orders"_s, u"retention.ms"_s),
            u"GET "_s + configs + u"/retention.ms"_s);
        row("set config", setTopicConfig(t, u"orders"_s, u"retention.ms"_s, u"1000"_s),
            u"PUT "_s + configs + u"/retention.ms writes "_s + json("{'value':'1000'}"));
        row("set config null", setTopicConfig(t, u"orders"_s, u"x"_s, std::nullopt),
            u"PUT "_s + configs + u"/x writes "_s + json("{'value':null}"));
        row("reset config", resetTopicConfig(t, u"orders"_s, u"retention.ms"_s),
            u"DELETE "_s + configs + u"/retention.ms writes"_s);
        const QList<ConfigChange> changes{{u"a"_s, u"1"_s}, {u"b"_s, {}, ConfigChange::Operation::Reset}};
        row("alter configs", alterTopicConfigs(t, u"orders"_s, changes),
            u"POST "_s + configs + u":alter writes "_s +
                json("{'data':[{'name':'a','value':'1'},{'name':'b','operation':'DELETE'}]}"));
        row("alter configs, validate only", alterTopicConfigs(t, u"orders"_s, {changes.first()}, true),
            u"POST "_s + configs + u":alter "_s +
                json("{'data':[{'name':'a','value':'1'}],'validate_only':true}"));
        row("alter nothing", alterTopicConfigs(t, u"orders"_s, {}), u"refused BadRequest"_s);
        row("alter without name", alterTopicConfigs(t, u"orders"_s, QList<ConfigChange>{ConfigChange{}}),
            u"refused BadRequest"_s);

        const TopicPartition p2{u"orders"_s, 2};
        row("partitions", listPartitions(t, u"orders"_s), u"GET "_s + c + u"/topics/orders/partitions"_s);
        row("partition", partition(t, p2), u"GET "_s + c + u"/topics/orders/partitions/2"_s);
        row("partition offsets", ConfluentV3::partitionOffsets(t, p2),
            u"GET "_s + c + u"/topics/orders/partitions/2/offset"_s);
        row("replicas", listReplicas(t, p2), u"GET "_s + c + u"/topics/orders/partitions/2/replicas"_s);

        const QString g = c + u"/consumer-groups/g%201"_s;
        row("groups", listConsumerGroups(t), u"GET "_s + c + u"/consumer-groups"_s);
        row("group", consumerGroup(t, u"g 1"_s), u"GET "_s + g);
        row("consumers", listConsumers(t, u"g 1"_s), u"GET "_s + g + u"/consumers"_s);
        row("consumer", consumer(t, u"g 1"_s, u"c/1"_s), u"GET "_s + g + u"/consumers/c%2F1"_s);
        row("assignments", listAssignments(t, u"g 1"_s, u"c/1"_s),
            u"GET "_s + g + u"/consumers/c%2F1/assignments"_s);
        row("lags", listLags(t, u"g 1"_s), u"GET "_s + g + u"/lags"_s);
        row("partition lag", partitionLag(t, u"g 1"_s, {u"a b"_s, 0}),
            u"GET "_s + g + u"/lags/a%20b/partitions/0"_s);
        row("lag summary", ConfluentV3::lagSummary(t, u"g 1"_s), u"GET "_s + g + u"/lag-summary"_s);

        const QString records = u"POST "_s + c + u"/topics/orders/records"_s;
        ProduceRecord full = record(u"orders"_s, 1, "k"_ba, "hello"_ba);
        full.headers = {{u"h"_s, "v"_ba}, {u"n"_s, {}}};
        full.timestampMs = 1700000000123LL;
        row("produce binary with everything", produce(t, full),
            records + u" writes once "_s +
                json(
                    "{'partition_id':1,'timestamp':'2023-11-14T22:13:20.123Z','headers':[{'name':'h','value':"
                    "'dg=='},{'name':'n','value':null}],'key':{'type':'BINARY','data':'aw=='},'value':{'type'"
                    ":"
                    "'BINARY','data':'aGVsbG8='}}"));
        ProduceRecord asJson = record(u"orders"_s, {}, "\"k\""_ba, "{\"a\": 1}"_ba);
        asJson.format = EmbeddedFormat::Json;
        row("produce JSON keeps the text", produce(t, asJson),
            records + u" writes once "_s +
                json("{'key':{'type':'JSON','data':'k'},'value':{'type':'JSON','data':{'a': 1}}}"));
        const ProduceRecord text = record(u"orders"_s, {}, "\xc3\xbc"_ba, "line\n\"q\""_ba);
        row("produce STRING", produce(t, text, DataTypes{DataType::String, DataType::String}),
            records + u" writes once "_s +
                json("{'key':{'type':'STRING','data':'\xc3\xbc'},'value':{'type':'STRING','data':'line\\n\\'"
                     "q\\''}}"));
        row("produce tombstone", produce(t, record(u"orders"_s, 0, "k"_ba, {})),
            records + u" writes once "_s + json("{'partition_id':0,'key':{'type':'BINARY','data':'aw=='}}"));
        row("produce empty value, no key", produce(t, record(u"orders"_s, {}, {}, ""_ba)),
            records + u" writes once "_s + json("{'value':{'type':'BINARY','data':''}}"));
        row("STRING not UTF-8",
            produce(t, record(u"orders"_s, {}, {}, "\xff"_ba), DataTypes{{}, DataType::String}),
            u"refused BadRequest"_s);
        row("JSON not JSON", produce(t, record(u"orders"_s, {}, {}, "{"_ba), DataTypes{{}, DataType::Json}),
            u"refused BadRequest"_s);
        row("JSON two values",
            produce(t, record(u"orders"_s, {}, {}, "1, 2"_ba), DataTypes{{}, DataType::Json}),
            u"refused BadRequest"_s);
        row("negative partition", produce(t, record(u"orders"_s, -1, {}, "v"_ba)), u"refused BadRequest"_s);
        row("no topic", produce(t, record({}, {}, {}, "v"_ba)), u"refused BadRequest"_s);
        const ProduceRecord a = record(u"orders"_s, {}, {}, "a"_ba);
        const ProduceRecord b = record(u"orders"_s, {}, {}, "b"_ba);
        row("stream", produceStream(t, {a, b}),
            records + u" writes once "_s + json("{'value':{'type':'BINARY','data':'YQ=='}}") + u'\n' +
                json("{'value':{'type':'BINARY','data':'Yg=='}}"));
        row("stream of nothing", produceStream(t, {}), u"refused BadRequest"_s);
        row("stream to two topics", produceStream(t, {a, record(u"other"_s, {}, {}, "b"_ba)}),
            u"refused BadRequest"_s);
        row("batch", produceBatch(t, {a, b}),
            records + u":batch writes once "_s +
                json("{'entries':[{'id':'0','value':{'type':'BINARY','data':'YQ=='}},{'id':'1','value':{'"
                     "type':"
                     "'BINARY','data':'Yg=='}}]}"));
        row("batch of nothing", produceBatch(t, {}), u"refused BadRequest"_s);

        row("next page",
            nextPage(cloud, u"https://internal:8090/kafka/v3/clusters/lkc-1/topics?page_token=a%2Bb"_s),
            u"GET /kafka/v3/clusters/lkc-1/topics?page_token=a%2Bb"_s);
        row("next page elsewhere", nextPage(t, u"http://h/other/clusters"_s), u"refused Protocol"_s);
        row("next page not a URL", nextPage(t, u"http://[::1"_s), u"refused Protocol"_s);
    }
    void requests()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }
    void requestHeaders()
    {
        const Target t{u"/v3"_s, u"c"_s};
        const auto created = createTopic(t, newTopic(u"t"_s));
        const auto produced = produce(t, record(u"t"_s, {}, {}, "v"_ba));
        for (const HttpRequest &r : {listTopics(t), *created, *produced, deleteTopic(t, u"t"_s)}) {
            QVERIFY(r.headers.contains(std::pair("Accept"_ba, "application/json"_ba)));
            QCOMPARE(r.headers.contains(std::pair("Content-Type"_ba, "application/json"_ba)),
                     !r.body.isEmpty());
        }
        QCOMPARE(recordsPath(t, u"a b"_s), u"/v3/clusters/c/topics/a%20b/records"_s);
        QCOMPARE(batchEntryId(7), u"7"_s);
        QCOMPARE(dataTypesOf(ProduceRecord{}), (DataTypes{DataType::Binary, DataType::Binary}));
    }
    void encodedRecordsAreJson()
    {
        // Whatever bytes a header name or STRING value holds, the object stays valid JSON.
        ProduceRecord tricky = record(u"t"_s, {}, "\x01\"\\"_ba, "\x7f\t\xe2\x82\xac"_ba);
        tricky.headers = {{u"h\"\n\x01"_s, "\x00\xff"_ba}};
        const auto body = encodeRecord(tricky, {DataType::String, DataType::String});
        QVERIFY(body);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(*body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"key"_s).toObject().value(u"data"_s).toString().toUtf8(), tricky.key);
        QCOMPARE(object.value(u"value"_s).toObject().value(u"data"_s).toString().toUtf8(), tricky.value);
        QCOMPARE(object.value(u"headers"_s).toArray().first().toObject().value(u"name"_s).toString(),
                 tricky.headers.first().key);
    }

private:
    static QString describe(const Result<HttpRequest> &r)
    {
        if (!r)
            return u"refused "_s + r.error().kindName();
        QString line = QString::fromLatin1(r->method) + u' ' + r->path;
        if (!r->query.isEmpty())
            line += u'?' + r->query.toString(QUrl::FullyEncoded);
        if (r->writes)
            line += u" writes"_s;
        if (!r->idempotent)
            line += u" once"_s;
        if (!r->body.isEmpty())
            line += u' ' + QString::fromUtf8(r->body);
        return line;
    }
};

QTEST_GUILESS_MAIN(TestConfluentV3Parse)
#include "tst_confluentv3parse.moc"
