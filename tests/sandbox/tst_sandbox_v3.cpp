// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v3 routes (api-spec §3) for clusters, brokers, topics, partitions and configs,
// data-driven per route with their error rows, and what they change in the sandbox (topics,
// partitions, configs acting on retention, persistence of both).
#include "tst_sandbox_v3fixture.h"

#include <QTemporaryDir>

using namespace V3Test;

class TestSandboxV3 : public QObject, public Fixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { m_server.reset(); }

    void clusters_data()
    {
        addColumns();
        row("clusters", "GET", "/v3/clusters", {}, 200, 0,
            js("{'kind':'KafkaClusterList','metadata':{'self':'http://sandbox.test:8082/v3/"
               "clusters','next':null},"
               "'data':[{'kind':'KafkaCluster','cluster_id':'gregor-sandbox','metadata':{'self':'@','"
               "resource_name':"
               "'crn:///kafka=gregor-sandbox'}}]}"));
        row("cluster", "GET", c, {}, 200, 0,
            js("{'kind':'KafkaCluster','controller':{'related':'@/brokers/0'},'topics':{'related':'@/"
               "topics'},"
               "'consumer_groups':{'related':'@/consumer-groups'},'brokers':{'related':'@/brokers'},"
               "'acls':{'related':'@/acls'},'broker_configs':{'related':'@/broker-configs'},"
               "'partition_reassignments':{'related':'@/topics/-/partitions/-/reassignment'}}"));
        row("cluster under /kafka/v3", "GET", "/kafka/v3/clusters/gregor-sandbox/topics/orders", {}, 200, 0,
            j("{'metadata':{'self':'http://sandbox.test:8082/kafka/v3/clusters/gregor-sandbox/topics/"
              "orders'}}"));
        row("cluster unknown", "GET", "/v3/clusters/nope", {}, 404, 404,
            j("{'message':'Cluster nope cannot be found.'}"));
        row("cluster unknown below", "GET", "/v3/clusters/nope/topics", {}, 404, 404);
        row("cluster wrong method", "DELETE", c, {}, 405, 405);
        row("clusters wrong method", "POST", "/v3/clusters", "{}", 405, 405);
        row("v3 root", "GET", "/v3", {}, 404, 404);
        row("unknown path", "GET", c + "/nothing", {}, 404, 404, j("{'message':'HTTP 404 Not Found'}"));
        row("brokers", "GET", c + "/brokers", {}, 200, 0,
            js("{'kind':'KafkaBrokerList','metadata':{'self':'@/brokers'},'data':[{'kind':'KafkaBroker',"
               "'broker_id':0,'cluster_id':'gregor-sandbox','rack':null,'configs':{'related':'@/brokers/0/"
               "configs'},"
               "'metadata':{'resource_name':'crn:///kafka=gregor-sandbox/broker=0'}}]}"));
        row("broker", "GET", c + "/brokers/0", {}, 200, 0, j("{'kind':'KafkaBroker','broker_id':0}"));
        row("broker unknown", "GET", c + "/brokers/1", {}, 404, 404);
        row("broker wrong method", "DELETE", c + "/brokers/0", {}, 405, 405);
        // §3.3: known, not served.
        const QByteArray outOfScope =
            j("{'message':'HTTP 404 Not Found (the sandbox does not serve this v3 endpoint)'}");
        row("acls", "GET", c + "/acls", {}, 404, 404, outOfScope);
        row("acls create", "POST", c + "/acls", "{}", 404, 404, outOfScope);
        row("acls:batch", "POST", c + "/acls:batch", "{}", 404, 404, outOfScope);
        row("broker-configs", "GET", c + "/broker-configs", {}, 404, 404, outOfScope);
        row("broker-configs:alter", "POST", c + "/broker-configs:alter", "{}", 404, 404, outOfScope);
        row("broker-config", "PUT", c + "/broker-configs/x", "{}", 404, 404, outOfScope);
        row("brokers/-/configs", "GET", c + "/brokers/-/configs", {}, 404, 404, outOfScope);
        row("broker configs", "GET", c + "/brokers/0/configs", {}, 404, 404, outOfScope);
        row("broker configs:alter", "POST", c + "/brokers/0/configs:alter", "{}", 404, 404, outOfScope);
        row("broker config", "DELETE", c + "/brokers/0/configs/x", {}, 404, 404, outOfScope);
        row("partition-replicas", "GET", c + "/brokers/0/partition-replicas", {}, 404, 404, outOfScope);
        row("all reassignments", "GET", c + "/topics/-/partitions/-/reassignment", {}, 404, 404, outOfScope);
        row("topic reassignments", "GET", c + "/topics/orders/partitions/-/reassignment", {}, 404, 404,
            outOfScope);
        row("partition reassignment", "GET", c + "/topics/orders/partitions/0/reassignment", {}, 404, 404,
            outOfScope);
    }
    void clusters() { check(); }

    void topics_data()
    {
        addColumns();
        row("list", "GET", c + "/topics", {}, 200, 0,
            js("{'kind':'KafkaTopicList','metadata':{'self':'@/"
               "topics','next':null},'data':[{'topic_name':'greetings',"
               "'partitions_count':1},{'kind':'KafkaTopic','topic_name':'orders','partitions_count':3,"
               "'replication_factor':1,'is_internal':false,'authorized_operations':[]}]}"));
        row("list with operations", "GET", c + "/topics?includeAuthorizedOperations=true", {}, 200, 0,
            j("{'data':[{'authorized_operations':['ALTER','ALTER_CONFIGS','CREATE','DELETE','DESCRIBE',"
              "'DESCRIBE_CONFIGS','READ','WRITE']},{}]}"));
        row("get", "GET", c + "/topics/orders", {}, 200, 0,
            js("{'kind':'KafkaTopic','metadata':{'self':'@/topics/orders','resource_name':"
               "'crn:///kafka=gregor-sandbox/"
               "topic=orders'},'cluster_id':'gregor-sandbox','topic_name':'orders',"
               "'partitions':{'related':'@/topics/orders/partitions'},'configs':{'related':'@/topics/orders/"
               "configs'},"
               "'partition_reassignments':{'related':'@/topics/orders/partitions/-/reassignment'}}"));
        row("get missing", "GET", c + "/topics/nope", {}, 404, 40403,
            j("{'message':'This server does not host this topic-partition.'}"));
        row("get bad name", "GET", c + "/topics/a%20b", {}, 404, 40403);
        row("get wrong method", "POST", c + "/topics/orders", "{}", 405, 405);
        row("below a topic", "GET", c + "/topics/orders/nothing", {}, 404, 404);
        row("create", "POST", c + "/topics", j("{'topic_name':'fresh','partitions_count':2}"), 201, 0,
            js("{'kind':'KafkaTopic','topic_name':'fresh','partitions_count':2,'metadata':{'self':'@/topics/"
               "fresh'}}"));
        row("create defaults", "POST", c + "/topics", j("{'topic_name':'fresh','partitions_count':null}"),
            201, 0, j("{'partitions_count':1,'replication_factor':1}"));
        row("create rf 1 and -1 partitions", "POST", c + "/topics",
            j("{'topic_name':'fresh','partitions_count':-1,'replication_factor':1}"), 201, 0);
        row("create validate_only", "POST", c + "/topics", j("{'topic_name':'fresh','validate_only':true}"),
            200, 0, j("{'topic_name':'fresh'}"));
        row("create with configs", "POST", c + "/topics",
            j("{'topic_name':'fresh','configs':[{'name':'retention.ms','value':'1000'},{'name':'cleanup."
              "policy',"
              "'value':null}]}"),
            201, 0);
        row("create with assignments", "POST", c + "/topics",
            j("{'topic_name':'fresh','replicas_assignments':{'0':[0],'1':[0]}}"), 201, 0,
            j("{'partitions_count':2}"));
        row("create exists", "POST", c + "/topics", j("{'topic_name':'orders'}"), 400, 40002,
            "{\"message\":\"Topic 'orders' already exists.\"}");
        row("create rf 3", "POST", c + "/topics", j("{'topic_name':'fresh','replication_factor':3}"), 400,
            40002);
        row("create rf 0", "POST", c + "/topics", j("{'topic_name':'fresh','replication_factor':0}"), 400,
            40002);
        row("create 0 partitions", "POST", c + "/topics", j("{'topic_name':'fresh','partitions_count':0}"),
            400, 40002);
        row("create too many partitions", "POST", c + "/topics",
            j("{'topic_name':'fresh','partitions_count':100000}"), 400, 40002);
        row("create bad name", "POST", c + "/topics", j("{'topic_name':'a b'}"), 400, 40002);
        row("create dot-dot", "POST", c + "/topics", j("{'topic_name':'..'}"), 400, 40002);
        row("create no name", "POST", c + "/topics", "{}", 400, 400);
        row("create name not a string", "POST", c + "/topics", j("{'topic_name':5}"), 400, 400);
        row("create partitions not a number", "POST", c + "/topics",
            j("{'topic_name':'fresh','partitions_count':'2'}"), 400, 400);
        row("create partitions huge", "POST", c + "/topics",
            j("{'topic_name':'fresh','partitions_count':1e300}"), 400, 400);
        row("create partitions fraction", "POST", c + "/topics",
            j("{'topic_name':'fresh','partitions_count':1.5}"), 400, 400);
        row("create validate_only not a bool", "POST", c + "/topics",
            j("{'topic_name':'fresh','validate_only':'yes'}"), 400, 400);
        row("create malformed", "POST", c + "/topics", "{", 400, 400);
        row("create empty body", "POST", c + "/topics", {}, 400, 400);
        row("create array body", "POST", c + "/topics", "[]", 400, 400);
        row("create unknown config", "POST", c + "/topics",
            j("{'topic_name':'fresh','configs':[{'name':'nope','value':'1'}]}"), 400, 40002,
            j("{'message':'Unknown topic config name: nope'}"));
        row("create bad config value", "POST", c + "/topics",
            j("{'topic_name':'fresh','configs':[{'name':'retention.ms','value':'soon'}]}"), 400, 40002);
        row("create configs not an array", "POST", c + "/topics", j("{'topic_name':'fresh','configs':{}}"),
            400, 400);
        row("create assignment to broker 1", "POST", c + "/topics",
            j("{'topic_name':'fresh','replicas_assignments':{'0':[1]}}"), 400, 40002);
        row("create assignment and count", "POST", c + "/topics",
            j("{'topic_name':'fresh','partitions_count':1,'replicas_assignments':{'0':[0]}}"), 400, 40002);
        row("increase", "PATCH", c + "/topics/orders", j("{'partitions_count':5}"), 200, 0,
            j("{'kind':'KafkaTopic','partitions_count':5}"));
        row("increase to same", "PATCH", c + "/topics/orders", j("{'partitions_count':3}"), 400, 40002,
            j("{'message':'Topic already has 3 partitions.'}"));
        row("decrease", "PATCH", c + "/topics/orders", j("{'partitions_count':2}"), 400, 40002);
        row("increase too far", "PATCH", c + "/topics/orders", j("{'partitions_count':100000}"), 400, 40002);
        row("increase missing topic", "PATCH", c + "/topics/nope", j("{'partitions_count':5}"), 404, 40403);
        row("increase not a number", "PATCH", c + "/topics/orders", j("{'partitions_count':'5'}"), 400, 400);
        row("increase no body", "PATCH", c + "/topics/orders", {}, 400, 400);
        row("delete", "DELETE", c + "/topics/greetings", {}, 204, 0);
        row("delete missing", "DELETE", c + "/topics/nope", {}, 404, 40403);
    }
    void topics() { check(); }

    void partitions_data()
    {
        addColumns();
        row("list", "GET", c + "/topics/orders/partitions", {}, 200, 0,
            js("{'kind':'KafkaPartitionList','metadata':{'self':'@/topics/orders/partitions'},'data':"
               "[{'partition_id':0},{'partition_id':1},{'partition_id':2}]}"));
        row("get", "GET", c + "/topics/orders/partitions/1", {}, 200, 0,
            js("{'kind':'KafkaPartition','cluster_id':'gregor-sandbox','topic_name':'orders','partition_id':"
               "1,"
               "'leader':{'related':'@/topics/orders/partitions/1/replicas/0'},'replicas':{'related':"
               "'@/topics/orders/partitions/1/replicas'},'reassignment':{'related':"
               "'@/topics/orders/partitions/1/reassignment'},'metadata':{'self':'@/topics/orders/partitions/"
               "1',"
               "'resource_name':'crn:///kafka=gregor-sandbox/topic=orders/partition=1'}}"));
        row("get past the end", "GET", c + "/topics/orders/partitions/3", {}, 404, 40403);
        row("get negative", "GET", c + "/topics/orders/partitions/-1", {}, 404, 40403);
        row("get not a number", "GET", c + "/topics/orders/partitions/x", {}, 404, 404);
        row("get huge", "GET", c + "/topics/orders/partitions/99999999999", {}, 404, 404);
        row("missing topic", "GET", c + "/topics/nope/partitions", {}, 404, 40403);
        row("wrong method", "POST", c + "/topics/orders/partitions", "{}", 405, 405);
        row("offset", "GET", c + "/topics/orders/partitions/1/offset", {}, 200, 0,
            j("{'kind':'KafkaPartitionWithOffsets','partition_id':1,'earliest_offset':0,'latest_offset':3}"));
        row("offset empty partition", "GET",
            c + "/topics/orders/partitions/0/offset?offset_type=earliest_and_latest", {}, 200, 0,
            j("{'earliest_offset':0,'latest_offset':0}"));
        row("offset other type", "GET", c + "/topics/orders/partitions/0/offset?offset_type=earliest", {},
            400, 400);
        row("offset missing partition", "GET", c + "/topics/orders/partitions/7/offset", {}, 404, 40403);
        row("offset missing topic", "GET", c + "/topics/nope/partitions/0/offset", {}, 404, 40403);
        row("offsets (plural)", "GET", c + "/topics/orders/partitions/0/offsets", {}, 404, 404);
        row("replicas", "GET", c + "/topics/orders/partitions/0/replicas", {}, 200, 0,
            js("{'kind':'KafkaReplicaList','data':[{'kind':'KafkaReplica','broker_id':0,'is_leader':true,"
               "'is_in_sync':true,'broker':{'related':'@/brokers/0'}}]}"));
        row("replica", "GET", c + "/topics/orders/partitions/0/replicas/0", {}, 200, 0,
            j("{'metadata':{'resource_name':'crn:///kafka=gregor-sandbox/topic=orders/partition=0/"
              "replica=0'}}"));
        row("replica unknown", "GET", c + "/topics/orders/partitions/0/replicas/1", {}, 404, 404);
    }
    void partitions() { check(); }

    void configs_data()
    {
        addColumns();
        row("get", "GET", c + "/topics/orders/configs/retention.ms", {}, 200, 0,
            js("{'kind':'KafkaTopicConfig','metadata':{'self':'@/topics/orders/configs/"
               "retention.ms','resource_name':"
               "'crn:///kafka=gregor-sandbox/topic=orders/"
               "config=retention.ms'},'cluster_id':'gregor-sandbox',"
               "'topic_name':'orders','name':'retention.ms','value':'604800000','is_default':true,"
               "'is_read_only':false,'is_sensitive':false,'source':'DEFAULT_CONFIG','synonyms':[{'name':"
               "'log.retention.ms','value':'604800000','source':'DEFAULT_CONFIG'}]}"));
        row("get unknown", "GET", c + "/topics/orders/configs/nope", {}, 404, 404);
        row("get missing topic", "GET", c + "/topics/nope/configs/retention.ms", {}, 404, 40403);
        row("list missing topic", "GET", c + "/topics/nope/configs", {}, 404, 40403);
        row("list wrong method", "POST", c + "/topics/orders/configs", "{}", 405, 405);
        row("set", "PUT", c + "/topics/orders/configs/retention.ms", j("{'value':'1000'}"), 204, 0);
        row("set null", "PUT", c + "/topics/orders/configs/retention.ms", j("{'value':null}"), 204, 0);
        row("set bad value", "PUT", c + "/topics/orders/configs/retention.ms", j("{'value':'soon'}"), 400,
            40002,
            j("{'message':'Invalid value soon for configuration retention.ms: Not a number of type LONG'}"));
        row("set below minimum", "PUT", c + "/topics/orders/configs/retention.ms", j("{'value':'-2'}"), 400,
            40002);
        row("set bad choice", "PUT", c + "/topics/orders/configs/cleanup.policy", j("{'value':'shred'}"), 400,
            40002);
        row("set list", "PUT", c + "/topics/orders/configs/cleanup.policy", j("{'value':'compact,delete'}"),
            204, 0);
        row("set not a string", "PUT", c + "/topics/orders/configs/retention.ms", j("{'value':5}"), 400, 400);
        row("set no body", "PUT", c + "/topics/orders/configs/retention.ms", {}, 400, 400);
        row("set unknown", "PUT", c + "/topics/orders/configs/nope", j("{'value':'1'}"), 404, 404);
        row("reset", "DELETE", c + "/topics/orders/configs/retention.ms", {}, 204, 0);
        row("config wrong method", "POST", c + "/topics/orders/configs/retention.ms", "{}", 405, 405);
        row("all topics", "GET", c + "/topics/-/configs", {}, 200, 0,
            js("{'kind':'KafkaTopicConfigList','metadata':{'self':'@/topics/-/configs'}}"));
        row("alter", "POST", c + "/topics/orders/configs:alter",
            j("{'data':[{'name':'retention.ms','value':'1000'},{'name':'cleanup.policy','operation':'DELETE'}"
              "]}"),
            204, 0);
        row("alter validate_only", "POST", c + "/topics/orders/configs:alter",
            j("{'data':[{'name':'retention.ms','value':'1000'}],'validate_only':true}"), 204, 0);
        row("alter bad operation", "POST", c + "/topics/orders/configs:alter",
            j("{'data':[{'name':'retention.ms','value':'1','operation':'APPEND'}]}"), 400, 400);
        row("alter set without value", "POST", c + "/topics/orders/configs:alter",
            j("{'data':[{'name':'retention.ms'}]}"), 400, 40002);
        row("alter unknown", "POST", c + "/topics/orders/configs:alter",
            j("{'data':[{'name':'nope','value':'1'}]}"), 400, 40002);
        row("alter bad value", "POST", c + "/topics/orders/configs:alter",
            j("{'data':[{'name':'segment.bytes','value':'99999999999'}]}"), 400, 40002);
        row("alter no data", "POST", c + "/topics/orders/configs:alter", "{}", 400, 400);
        row("alter entry not an object", "POST", c + "/topics/orders/configs:alter", j("{'data':[1]}"), 400,
            400);
        row("alter missing topic", "POST", c + "/topics/nope/configs:alter", j("{'data':[]}"), 404, 40403);
        row("alter wrong method", "GET", c + "/topics/orders/configs:alter", {}, 405, 405);
    }
    void configs() { check(); }

    void createAnswersWithLocation()
    {
        HttpResponse r =
            v3(*m_server, "POST", c + "/topics", j("{'topic_name':'fresh','validate_only':true}"));
        QCOMPARE(r.status, 200);
        QVERIFY(!m_server->store().topic(u"fresh"));
        r = v3(*m_server, "POST", c + "/topics",
               j("{'topic_name':'fresh','partitions_count':2,'configs':[{'name':'retention.ms','value':'1000'"
                 "}]}"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.extraHeaders.value(0), std::pair("Location"_ba, QByteArray(self) + "/topics/fresh"));
        QCOMPARE(m_server->store().partitionCount(u"fresh"), 2);
        QCOMPARE(json(v3(*m_server, "GET", c + "/topics/fresh/configs/retention.ms").body)
                     .toObject()
                     .value(u"value"_s),
                 u"1000"_s);
        // v2 sees it too, then it is gone for both.
        QCOMPARE(dispatch(*m_server, request("GET", "/topics/fresh", {}, {{"accept", v2}})).status, 200);
        QCOMPARE(v3(*m_server, "DELETE", c + "/topics/fresh").status, 204);
        QCOMPARE(dispatch(*m_server, request("GET", "/topics/fresh", {}, {{"accept", v2}})).status, 404);
        QCOMPARE(v3(*m_server, "GET", c + "/topics/fresh").status, 404);
    }

    void increaseRebalancesAndAcceptsRecords()
    {
        QCOMPARE(v3(*m_server, "PATCH", c + "/topics/orders", j("{'partitions_count':5}")).status, 200);
        QCOMPARE(m_server->store().partitionCount(u"orders"), 5);
        const QJsonArray assigned =
            json(v3(*m_server, "GET", c + "/consumer-groups/ug/consumers/u1/assignments").body)
                .toObject()
                .value(u"data"_s)
                .toArray();
        QCOMPARE(assigned.size(), 5); // the only member of ug gets the new partitions
        const HttpResponse r = v3(*m_server, "POST", c + "/topics/orders/records",
                                  j("{'partition_id':4,'value':{'type':'STRING','data':'x'}}"));
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r.body).toObject().value(u"offset"_s), 0);
    }

    void configsListEveryTopicConfig()
    {
        const QJsonArray one = json(v3(*m_server, "GET", c + "/topics/orders/configs").body)
                                   .toObject()
                                   .value(u"data"_s)
                                   .toArray();
        QVERIFY(one.size() >= 10);
        for (const QJsonValue &config : one) {
            QCOMPARE(config[u"kind"_s], u"KafkaTopicConfig"_s);
            QCOMPARE(config[u"is_default"_s], true);
        }
        const QJsonArray all =
            json(v3(*m_server, "GET", c + "/topics/-/configs").body).toObject().value(u"data"_s).toArray();
        QCOMPARE(all.size(), 2 * one.size());
        QCOMPARE(all.first()[u"topic_name"_s], u"greetings"_s);
        QCOMPARE(all.last()[u"topic_name"_s], u"orders"_s);
    }

    void retentionConfigsActOnTheLog()
    {
        // retention.bytes: the oldest records of greetings go; DELETE brings back "no limit".
        QCOMPARE(
            v3(*m_server, "PUT", c + "/topics/greetings/configs/retention.bytes", j("{'value':'1'}")).status,
            204);
        QJsonObject offsets =
            json(v3(*m_server, "GET", c + "/topics/greetings/partitions/0/offset").body).toObject();
        QCOMPARE(offsets.value(u"earliest_offset"_s), 1);
        QCOMPARE(offsets.value(u"latest_offset"_s), 2);
        const QJsonObject config =
            json(v3(*m_server, "GET", c + "/topics/greetings/configs/retention.bytes").body).toObject();
        QCOMPARE(config.value(u"value"_s), u"1"_s);
        QCOMPARE(config.value(u"is_default"_s), false);
        QCOMPARE(config.value(u"source"_s), u"DYNAMIC_TOPIC_CONFIG"_s);
        QCOMPARE(config.value(u"synonyms"_s).toArray().size(), 2);
        QCOMPARE(v3(*m_server, "DELETE", c + "/topics/greetings/configs/retention.bytes").status, 204);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(v3(*m_server, "POST", c + "/topics/greetings/records",
                        j("{'value':{'type':'STRING','data':'x'}}"))
                         .status,
                     200);
        offsets = json(v3(*m_server, "GET", c + "/topics/greetings/partitions/0/offset").body).toObject();
        QCOMPARE(offsets.value(u"earliest_offset"_s), 1);
        QCOMPARE(offsets.value(u"latest_offset"_s), 5);
        // retention.ms: records stamped in 2001 are past a day's retention; the newest stays.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(v3(*m_server, "POST", c + "/topics/orders/records",
                        j("{'partition_id':0,'timestamp':'2001-01-01T00:00:00Z','value':{'type':'STRING','"
                          "data':'x'}}"))
                         .status,
                     200);
        QCOMPARE(v3(*m_server, "POST", c + "/topics/orders/configs:alter",
                    j("{'data':[{'name':'retention.ms','value':'86400000','operation':'SET'}]}"))
                     .status,
                 204);
        offsets = json(v3(*m_server, "GET", c + "/topics/orders/partitions/0/offset").body).toObject();
        QCOMPARE(offsets.value(u"earliest_offset"_s), 2);
        QCOMPARE(offsets.value(u"latest_offset"_s), 3);
        QCOMPARE(m_server->store().topic(u"orders")->partitions[1].startOffset(), 0); // stamped now: kept
    }

    void partitionLimitsInAll()
    {
        for (int i = 0; i < 9; ++i)
            QVERIFY(m_server->createTopic(u"big%1"_s.arg(i), Store::maxPartitions));
        const qint64 left = Store::maxTotalPartitions - m_server->store().totalPartitions();
        QCOMPARE(left, Store::maxPartitions - 4); // orders 3, greetings 1
        HttpResponse r =
            v3(*m_server, "POST", c + "/topics",
               u"{\"topic_name\":\"one-too-many\",\"partitions_count\":%1}"_s.arg(left + 1).toUtf8());
        QCOMPARE(r.status, 400);
        QCOMPARE(json(r.body)[u"error_code"_s], 40002);
        QCOMPARE(v3(*m_server, "PATCH", c + "/topics/orders",
                    u"{\"partitions_count\":%1}"_s.arg(3 + left + 1).toUtf8())
                     .status,
                 400);
        QCOMPARE(v3(*m_server, "PATCH", c + "/topics/orders",
                    u"{\"partitions_count\":%1}"_s.arg(3 + left).toUtf8())
                     .status,
                 200);
        QCOMPARE(m_server->store().totalPartitions(), Store::maxTotalPartitions);
        QCOMPARE(v3(*m_server, "DELETE", c + "/topics/big0").status, 204);
        QCOMPARE(m_server->store().totalPartitions(), Store::maxTotalPartitions - Store::maxPartitions);
    }

    // A producer that still names a deleted topic (the demo traffic) gets an error, not a crash.
    void appendToADeletedTopicFails()
    {
        Store &store = m_server->store();
        QVERIFY(store.deleteTopic(u"orders"_s));
        QCOMPARE(store.choosePartition(u"orders"_s, "k"_ba, 1), 0);
        auto appended = store.append({PendingAppend{u"orders"_s, 0, NewRecord{0, {}, "x"_ba, {}}}});
        QVERIFY(!appended.has_value());
        appended = store.append({PendingAppend{u"greetings"_s, 1, NewRecord{0, {}, "x"_ba, {}}}});
        QVERIFY(!appended.has_value());
        QCOMPARE(store.topic(u"greetings")->partitions[0].endOffset(), 2);
        QVERIFY(!store.deleteTopic(u"orders"_s));
    }

    // Reads that wait for records (an Upstash fetch, a v2 consumer's records) may wake after the
    // topic they wait on was deleted: they answer what they have instead of reading a freed log.
    void waitingReadsOutliveADeletedTopic()
    {
        Reply fetch = m_server->dispatch(
            request("POST", "/fetch", R"({"topic":"orders","partition":0,"offset":0,"timeout":5000})"));
        QVERIFY(!fetch.now); // parked: partition 0 has no records yet
        QCOMPARE(v3(*m_server, "DELETE", c + "/topics/orders").status, 204);
        const auto answer = fetch.poll(true);
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QCOMPARE(json(answer->body).toArray().size(), 0);
    }

    void clusterIdAndBatchLimitOptions()
    {
        auto options = SandboxCommandLine::parse(
            {u"gregor-sandbox"_s, u"--cluster-id"_s, u"lkc-abc12"_s, u"--v3-batch-max-entries"_s, u"1"_s});
        QVERIFY2(options.has_value(), qPrintable(options.error()));
        QCOMPARE(options->clusterId, u"lkc-abc12"_s);
        QCOMPARE(options->v3BatchMaxEntries, 1);
        QVERIFY(!SandboxCommandLine::parse({u"x"_s, u"--cluster-id"_s, u"a/b"_s}).has_value());
        QVERIFY(!SandboxCommandLine::parse({u"x"_s, u"--cluster-id"_s, u""_s}).has_value());
        QVERIFY(!SandboxCommandLine::parse({u"x"_s, u"--v3-batch-max-entries"_s, u"0"_s}).has_value());
        QCOMPARE(SandboxOptions().clusterId, u"gregor-sandbox"_s);
        SandboxServer server(*options);
        QVERIFY(server.createTopic(u"t"_s, 1));
        HttpResponse r = v3(server, "GET", "/kafka/v3/clusters");
        QCOMPARE(json(r.body)[u"data"_s][0][u"metadata"_s][u"resource_name"_s], u"crn:///kafka=lkc-abc12"_s);
        QCOMPARE(v3(server, "GET", "/v3/clusters/lkc-abc12/topics/t").status, 200);
        QCOMPARE(v3(server, "GET", "/v3/clusters/gregor-sandbox/topics/t").status, 404);
        r = v3(server, "POST", "/v3/clusters/lkc-abc12/topics/t/records:batch",
               j("{'entries':[{'id':'a'},{'id':'b'}]}"));
        QCOMPARE(r.status, 422);
        QCOMPARE(
            v3(server, "POST", "/v3/clusters/lkc-abc12/topics/t/records:batch", j("{'entries':[{'id':'a'}]}"))
                .status,
            207);
    }

    void authFailureInTheV3Body()
    {
        SandboxOptions o;
        o.basicUser = u"u"_s;
        o.basicPassword = u"p"_s;
        SandboxServer server(o);
        HttpResponse r = v3(server, "GET", "/v3/clusters");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.contentType, "application/json"_ba);
        QCOMPARE(json(r.body), json(j("{'error_code':40101,'message':'Authentication failed'}")));
        r = dispatch(server, request("GET", "/kafka/v3/clusters", {}, {{"authorization", "Basic dTpw"}}));
        QCOMPARE(r.status, 200);
    }

    // With --data-dir, a deleted topic stays deleted and added partitions keep their records.
    void topicChangesSurviveARestart()
    {
        QTemporaryDir dir;
        SandboxOptions o;
        o.dataDir = dir.path();
        {
            SandboxServer server(o);
            QVERIFY(server.start());
            QVERIFY(server.createTopic(u"grow"_s, 1));
            QVERIFY(server.createTopic(u"gone"_s, 2));
            QCOMPARE(v3(server, "PATCH", c + "/topics/grow", j("{'partitions_count':3}")).status, 200);
            QCOMPARE(v3(server, "POST", c + "/topics/grow/records",
                        j("{'partition_id':2,'value':{'type':'STRING','data':'x'}}"))
                         .status,
                     200);
            QCOMPARE(
                v3(server, "POST", c + "/topics/gone/records", j("{'partition_id':1,'value':null}")).status,
                200);
            QCOMPARE(v3(server, "DELETE", c + "/topics/gone").status, 204);
            // Created again under the same name: empty, not the old records.
            QCOMPARE(
                v3(server, "POST", c + "/topics", j("{'topic_name':'gone','partitions_count':2}")).status,
                201);
            QCOMPARE(server.store().topic(u"gone")->partitions[1].endOffset(), 0);
            server.stop();
        }
        SandboxServer again(o);
        QVERIFY(again.start());
        QCOMPARE(again.store().partitionCount(u"grow"), 3);
        QCOMPARE(again.store().topic(u"grow")->partitions[2].endOffset(), 1);
        QCOMPARE(again.store().partitionCount(u"gone"), 2);
        QCOMPARE(again.store().topic(u"gone")->partitions[1].endOffset(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxV3)
#include "tst_sandbox_v3.moc"
