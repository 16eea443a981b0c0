// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Confluent REST v3 consumer groups, lags and produce (api-spec §3.2), data-driven per route
// with their error rows, and the stream and batch forms of produce.
#include "tst_sandbox_v3fixture.h"

using namespace V3Test;

class TestSandboxV3Groups : public QObject, public Fixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { m_server.reset(); }

    void groups_data()
    {
        addColumns();
        row("list", "GET", c + "/consumer-groups", {}, 200, 0,
            js("{'kind':'KafkaConsumerGroupList','metadata':{'self':'@/consumer-groups'},'data':["
               "{'consumer_group_id':'g','state':'STABLE'},{'consumer_group_id':'idle','state':'EMPTY'},"
               "{'consumer_group_id':'nocommit','state':'STABLE'},{'consumer_group_id':'ug','state':'STABLE'}"
               "]}"));
        row("get", "GET", c + "/consumer-groups/g", {}, 200, 0,
            js("{'kind':'KafkaConsumerGroup','metadata':{'self':'@/consumer-groups/g','resource_name':"
               "'crn:///kafka=gregor-sandbox/"
               "consumer-group=g'},'cluster_id':'gregor-sandbox','consumer_group_id':"
               "'g','is_simple':false,'partition_assignor':'range','state':'STABLE','type':'CLASSIC',"
               "'is_mixed_consumer_group':false,'coordinator':{'related':'@/brokers/"
               "0'},'consumers':{'related':"
               "'@/consumer-groups/g/consumers'},'lag_summary':{'related':'@/consumer-groups/g/"
               "lag-summary'}}"));
        row("get empty", "GET", c + "/consumer-groups/idle", {}, 200, 0,
            j("{'state':'EMPTY','is_simple':false}"));
        row("get missing", "GET", c + "/consumer-groups/nope", {}, 404, 404);
        row("wrong method", "DELETE", c + "/consumer-groups/g", {}, 405, 405);
        row("unknown below", "GET", c + "/consumer-groups/g/nothing", {}, 404, 404);
        row("consumers", "GET", c + "/consumer-groups/g/consumers", {}, 200, 0,
            js("{'kind':'KafkaConsumerList','metadata':{'self':'@/consumer-groups/g/"
               "consumers'},'data':[{'kind':"
               "'KafkaConsumer','consumer_group_id':'g','consumer_id':'c1','client_id':'c1','instance_id':"
               "null,"
               "'assignments':{'related':'@/consumer-groups/g/consumers/c1/assignments'},'metadata':{"
               "'resource_name':'crn:///kafka=gregor-sandbox/consumer-group=g/consumer=c1'}}]}"));
        row("consumer from Upstash", "GET", c + "/consumer-groups/ug/consumers/u1", {}, 200, 0,
            j("{'kind':'KafkaConsumer','consumer_id':'u1','client_id':'u1'}"));
        row("consumer missing", "GET", c + "/consumer-groups/g/consumers/nope", {}, 404, 404);
        row("consumers of a missing group", "GET", c + "/consumer-groups/nope/consumers", {}, 404, 404);
        row("assignments", "GET", c + "/consumer-groups/g/consumers/c1/assignments", {}, 200, 0,
            js("{'kind':'KafkaConsumerAssignmentList','data':[{'kind':'KafkaConsumerAssignment','consumer_id'"
               ":'c1',"
               "'topic_name':'greetings','partition_id':0,'partition':{'related':'@/topics/greetings/"
               "partitions/0'},"
               "'lag':{'related':'@/consumer-groups/g/lags/greetings/partitions/"
               "0'},'metadata':{'resource_name':"
               "'crn:///kafka=gregor-sandbox/consumer-group=g/consumer=c1/assignment=greetings/"
               "partition=0'}}]}"));
        row("assignments from Upstash", "GET", c + "/consumer-groups/ug/consumers/u1/assignments", {}, 200, 0,
            j("{'data':[{'topic_name':'orders','partition_id':0},{'partition_id':1},{'partition_id':2}]}"));
        row("assignment", "GET", c + "/consumer-groups/g/consumers/c1/assignments/greetings/partitions/0", {},
            200, 0,
            js("{'metadata':{'self':'@/consumer-groups/g/consumers/c1/assignments/greetings/partitions/"
               "0'}}"));
        row("assignment not held", "GET",
            c + "/consumer-groups/g/consumers/c1/assignments/orders/partitions/0", {}, 404, 404);
        row("assignment bad partition", "GET",
            c + "/consumer-groups/g/consumers/c1/assignments/orders/partitions/x", {}, 404, 404);
        row("lags", "GET", c + "/consumer-groups/g/lags", {}, 200, 0,
            js("{'kind':'KafkaConsumerLagList','metadata':{'self':'@/consumer-groups/g/"
               "lags'},'data':[{'kind':"
               "'KafkaConsumerLag','topic_name':'greetings','partition_id':0,'current_offset':1,'log_end_"
               "offset':2,"
               "'lag':1,'consumer_id':'c1','client_id':'c1','instance_id':null,'metadata':{'self':"
               "'@/consumer-groups/g/lags/greetings/partitions/0','resource_name':"
               "'crn:///kafka=gregor-sandbox/consumer-group=g/lag=greetings/partition=0'}}]}"));
        row("lags from Upstash", "GET", c + "/consumer-groups/ug/lags", {}, 200, 0,
            j("{'data':[{'topic_name':'orders','partition_id':1,'current_offset':1,'log_end_offset':3,'lag':"
              "2,"
              "'consumer_id':'u1'}]}"));
        row("lags of an empty group", "GET", c + "/consumer-groups/idle/lags", {}, 200, 0,
            j("{'data':[{'current_offset':3,'log_end_offset':3,'lag':0,'consumer_id':''}]}"));
        row("lags without commits", "GET", c + "/consumer-groups/nocommit/lags", {}, 404, 404,
            j("{'message':'Consumer lags not found.'}"));
        row("lags of a missing group", "GET", c + "/consumer-groups/nope/lags", {}, 404, 404);
        row("lag", "GET", c + "/consumer-groups/g/lags/greetings/partitions/0", {}, 200, 0,
            j("{'kind':'KafkaConsumerLag','lag':1}"));
        row("lag not committed", "GET", c + "/consumer-groups/g/lags/orders/partitions/0", {}, 404, 404);
        row("lag bad partition", "GET", c + "/consumer-groups/g/lags/orders/partitions/x", {}, 404, 404);
        row("lag summary", "GET", c + "/consumer-groups/ug/lag-summary", {}, 200, 0,
            js("{'kind':'KafkaConsumerGroupLagSummary','metadata':{'self':'@/consumer-groups/ug/"
               "lag-summary'},"
               "'cluster_id':'gregor-sandbox','consumer_group_id':'ug','max_lag_consumer_id':'u1',"
               "'max_lag_client_id':'u1','max_lag_instance_id':null,'max_lag_topic_name':'orders',"
               "'max_lag_partition_id':1,'max_lag':2,'total_lag':2,'max_lag_consumer':{'related':"
               "'@/consumer-groups/ug/consumers/u1'},'max_lag_partition':{'related':'@/topics/orders/"
               "partitions/1'}}"));
        row("lag summary without commits", "GET", c + "/consumer-groups/nocommit/lag-summary", {}, 404, 404);
        row("lag summary wrong method", "POST", c + "/consumer-groups/g/lag-summary", "{}", 405, 405);
    }
    void groups() { check(); }

    void produce_data()
    {
        addColumns();
        const QByteArray records = c + "/topics/orders/records";
        row("binary key, json value", "POST", records,
            j("{'partition_id':2,'key':{'type':'BINARY','data':'a2V5'},'value':{'type':'JSON','data':{'a':1}}"
              "}"),
            200, 0,
            j("{'error_code':200,'cluster_id':'gregor-sandbox','topic_name':'orders','partition_id':2,'"
              "offset':0,"
              "'key':{'type':'BINARY','size':3},'value':{'type':'JSON','size':7}}"));
        // murmur2("key") mod 3 = 1, where three records already are.
        row("keyed string", "POST", records,
            j("{'key':{'type':'STRING','data':'key'},'value':{'type':'STRING','data':'hi'}}"), 200, 0,
            j("{'partition_id':1,'offset':3,'value':{'type':'STRING','size':2}}"));
        row("no type is binary", "POST", records, j("{'partition_id':0,'value':{'data':'aGk='}}"), 200, 0,
            j("{'offset':0,'key':null,'value':null}"));
        row("tombstone", "POST", records, j("{'partition_id':0,'key':{'type':'STRING','data':'k'}}"), 200, 0);
        row("headers and timestamp", "POST", records,
            j("{'partition_id':0,'timestamp':'2024-05-01T12:00:00Z','headers':[{'name':'h','value':'dg=='},"
              "{'name':'n','value':null}],'value':{'type':'STRING','data':'x'}}"),
            200, 0, j("{'timestamp':'2024-05-01T12:00:00.000Z'}"));
        row("bad base64", "POST", records, j("{'value':{'type':'BINARY','data':1}}"), 400, 400,
            j("{'error_code':400,'message':'Bad Request: data=1 is not a base64 string.'}"));
        row("bad base64 text", "POST", records, j("{'value':{'type':'BINARY','data':'!!'}}"), 400, 400);
        row("string not a string", "POST", records, j("{'value':{'type':'STRING','data':{}}}"), 400, 400);
        row("unknown type", "POST", records, j("{'value':{'type':'XML','data':'x'}}"), 400, 400);
        row("schema type", "POST", records, j("{'value':{'type':'AVRO','data':'x'}}"), 400, 400);
        row("schema id", "POST", records, j("{'value':{'schema_id':1,'data':'x'}}"), 400, 400);
        row("value not an object", "POST", records, j("{'value':'x'}"), 400, 400);
        row("partition past the end", "POST", records,
            j("{'partition_id':3,'value':{'type':'STRING','data':'x'}}"), 404, 40403);
        row("partition negative", "POST", records,
            j("{'partition_id':-1,'value':{'type':'STRING','data':'x'}}"), 404, 40402);
        row("partition not a number", "POST", records, j("{'partition_id':'1'}"), 400, 400);
        row("partition huge", "POST", records, j("{'partition_id':1e30}"), 400, 400);
        row("bad timestamp", "POST", records, j("{'timestamp':'yesterday'}"), 400, 400);
        row("timestamp a number", "POST", records, j("{'timestamp':5}"), 400, 400);
        row("headers not an array", "POST", records, j("{'headers':{}}"), 400, 400);
        row("header without name", "POST", records, j("{'headers':[{'value':'dg=='}]}"), 400, 400);
        row("header bad base64", "POST", records, j("{'headers':[{'name':'h','value':'*'}]}"), 400, 400);
        row("empty body", "POST", records, {}, 422, 42206,
            j("{'message':'Payload error. Request body is empty. Data is required.'}"));
        row("whitespace body", "POST", records, " \n", 422, 42206);
        row("malformed", "POST", records, "{", 400, 400);
        row("not an object", "POST", records, "[1]", 400, 400);
        row("broken inside", "POST", records, "{\"value\":}", 400, 400);
        row("missing topic", "POST", c + "/topics/nope/records", j("{'value':{'type':'STRING','data':'x'}}"),
            404, 40403);
        row("wrong method", "GET", records, {}, 405, 405);
        row("below records", "POST", records + "/x", "{}", 404, 404);
        const QByteArray batch = c + "/topics/orders/records:batch";
        row("batch", "POST", batch,
            j("{'entries':[{'id':'a','partition_id':2,'value':{'type':'STRING','data':'x'}},{'id':'b','"
              "partition_id':9,"
              "'value':{'type':'STRING','data':'y'}},{'id':'c','partition_id':2,'value':{'type':'BINARY','"
              "data':1}}]}"),
            207, 0,
            j("{'successes':[{'id':'a','cluster_id':'gregor-sandbox','topic_name':'orders','partition_id':2,"
              "'offset':0,'value':{'type':'STRING','size':1}}],'failures':[{'id':'b','error_code':40403},"
              "{'id':'c','error_code':400,'message':'Bad Request: data=1 is not a base64 string.'}]}"));
        row("batch empty", "POST", batch, j("{'entries':[]}"), 422, 42208);
        row("batch too many", "POST", batch,
            j("{'entries':[{'id':'1'},{'id':'2'},{'id':'3'},{'id':'4'},{'id':'5'},{'id':'6'},{'id':'7'},{'id'"
              ":'8'},"
              "{'id':'9'},{'id':'10'},{'id':'11'}]}"),
            422, 42208);
        row("batch duplicate ids", "POST", batch, j("{'entries':[{'id':'a'},{'id':'a'}]}"), 422, 42208);
        row("batch id missing", "POST", batch, j("{'entries':[{'value':null}]}"), 422, 42208);
        row("batch id empty", "POST", batch, j("{'entries':[{'id':''}]}"), 422, 42208);
        row("batch id too long", "POST", batch, "{\"entries\":[{\"id\":\"" + QByteArray(81, 'x') + "\"}]}",
            422, 42208);
        row("batch entries not an array", "POST", batch, j("{'entries':{}}"), 400, 400);
        row("batch malformed", "POST", batch, "{", 400, 400);
        row("batch missing topic", "POST", c + "/topics/nope/records:batch", j("{'entries':[{'id':'a'}]}"),
            404, 40403);
    }
    void produce() { check(); }

    // A v2 member that assigned itself orders-2 keeps reading after orders is deleted and created
    // again with one partition.
    void deleteDropsManualAssignments()
    {
        const Headers ct{{"content-type", v2}};
        QCOMPARE(dispatch(*m_server, request("POST", "/consumers/man", j("{'name':'m1'}"), ct)).status, 200);
        QCOMPARE(dispatch(*m_server, request("POST", "/consumers/man/instances/m1/assignments",
                                             j("{'partitions':[{'topic':'orders','partition':2},"
                                               "{'topic':'greetings','partition':0}]}"),
                                             ct))
                     .status,
                 204);
        QCOMPARE(v3(*m_server, "DELETE", c + "/topics/orders").status, 204);
        QCOMPARE(m_server->groups().instance(u"man"_s, u"m1"_s)->assignment,
                 QList<Gregor::TopicPartition>({{u"greetings"_s, 0}}));
        QCOMPARE(
            v3(*m_server, "POST", c + "/topics", j("{'topic_name':'orders','partitions_count':1}")).status,
            201);
        const HttpResponse r = dispatch(
            *m_server, request("GET", "/consumers/man/instances/m1/records", {}, {{"accept", binaryV2}}));
        QCOMPARE(r.status, 200);
    }

    void deleteDropsAssignmentsAndLags()
    {
        QCOMPARE(v3(*m_server, "DELETE", c + "/topics/greetings").status, 204);
        QCOMPARE(json(v3(*m_server, "GET", c + "/consumer-groups/g/consumers/c1/assignments").body)
                     .toObject()
                     .value(u"data"_s),
                 QJsonArray());
        QVERIFY(m_server->groups().instance(u"g"_s, u"c1"_s)->assignment.isEmpty());
        const HttpResponse lags = v3(*m_server, "GET", c + "/consumer-groups/g/lags");
        QCOMPARE(lags.status, 404);
        QCOMPARE(json(lags.body).toObject().value(u"message"_s), u"Consumer lags not found."_s);
    }

    void maxMessageBytesLimitsValues()
    {
        QCOMPARE(
            v3(*m_server, "PUT", c + "/topics/orders/configs/max.message.bytes", j("{'value':'4'}")).status,
            204);
        HttpResponse r = v3(*m_server, "POST", c + "/topics/orders/records",
                            j("{'value':{'type':'STRING','data':'12345'}}"));
        QCOMPARE(r.status, 413);
        QCOMPARE(json(r.body).toObject().value(u"error_code"_s), 413);
        r = v3(*m_server, "POST", c + "/topics/orders/records",
               j("{'value':{'type':'STRING','data':'1234'}}"));
        QCOMPARE(r.status, 200);
    }

    // Concatenated records in one body: one report each, in order, each with its own code; 200.
    void streamedReportsInOrder()
    {
        const QByteArray body = j("{'partition_id':2,'value':{'type':'STRING','data':'a'}}\n"
                                  "{'partition_id':2,'value':{'type':'BINARY','data':'?'}}  "
                                  "{'partition_id':2,'value':{'type':'STRING','data':'c'},'key':null}");
        const HttpResponse r = v3(*m_server, "POST", c + "/topics/orders/records", body);
        QCOMPARE(r.status, 200);
        const QList<QByteArray> reports = r.body.split('\n');
        QCOMPARE(reports.size(), 3);
        QCOMPARE(json(reports[0]).toObject().value(u"error_code"_s), 200);
        QCOMPARE(json(reports[0]).toObject().value(u"offset"_s), 0);
        QCOMPARE(json(reports[1]).toObject().value(u"error_code"_s), 400);
        QCOMPARE(json(reports[2]).toObject().value(u"error_code"_s), 200);
        QCOMPARE(json(reports[2]).toObject().value(u"offset"_s), 1);
        // A stream that ends in garbage: the records before it are kept, the garbage is reported.
        const HttpResponse cut = v3(*m_server, "POST", c + "/topics/orders/records",
                                    j("{'partition_id':2,'value':null} {'partition_id'"));
        QCOMPARE(cut.status, 200);
        const QList<QByteArray> two = cut.body.split('\n');
        QCOMPARE(two.size(), 2);
        QCOMPARE(json(two[0]).toObject().value(u"offset"_s), 2);
        QCOMPARE(json(two[1]).toObject().value(u"error_code"_s), 400);
        // A chunked request with one record is a stream too: 200 even for a failing record.
        const HttpResponse chunked = dispatch(
            *m_server, request("POST", c + "/topics/orders/records", j("{'partition_id':7}"),
                               {{"content-type", "application/json"}, {"transfer-encoding", "chunked"}}));
        QCOMPARE(chunked.status, 200);
        QCOMPARE(json(chunked.body).toObject().value(u"error_code"_s), 40403);
    }

    void autoCreateTopicsOnProduce()
    {
        SandboxOptions o;
        o.autoCreateTopics = true;
        SandboxServer server(o);
        const HttpResponse r =
            v3(server, "POST", c + "/topics/auto/records", j("{'value':{'type':'STRING','data':'x'}}"));
        QCOMPARE(r.status, 200);
        QCOMPARE(server.store().partitionCount(u"auto"), 1);
        QCOMPARE(v3(server, "POST", c + "/topics/a%20b/records", j("{'value':null}")).status, 404);
    }

    // Every v3 route with every method and a catalogue of bad bodies: a status from 200 to 599
    // and a JSON answer (a stream of JSON objects for records), never a crash.
    void noCrashOnAnyBody()
    {
        QList<QByteArray> bodies = {"",
                                    "{",
                                    "}",
                                    "[]",
                                    "null",
                                    "true",
                                    "1e999",
                                    "\"s\"",
                                    "{\"a\":",
                                    "{}{",
                                    "}{",
                                    QByteArray(5000, '[') + QByteArray(5000, ']'),
                                    QByteArray(3000, '{')};
        const char *fields[] = {"topic_name",
                                "partitions_count",
                                "replication_factor",
                                "validate_only",
                                "configs",
                                "replicas_assignments",
                                "data",
                                "value",
                                "entries",
                                "id",
                                "partition_id",
                                "timestamp",
                                "headers",
                                "key",
                                "name",
                                "operation"};
        const char *values[] = {"null",
                                "true",
                                "-1",
                                "1e300",
                                "-9223372036854775809",
                                "\"x\"",
                                "[]",
                                "{}",
                                "[{}]",
                                "[null]",
                                "{\"type\":\"BINARY\",\"data\":[]}",
                                "[{\"name\":1}]"};
        for (const char *field : fields)
            for (const char *value : values)
                bodies.append("{\"" + QByteArray(field) + "\":" + value + "}");
        bodies.append(
            j("{'entries':[{'id':'a','key':{'type':'JSON','data':[1,{}]},'headers':[{'name':'h'}]}]}"));
        bodies.append(
            j("{'data':[{'name':'retention.ms','operation':'set','value':'5'},{'name':'retention.bytes',"
              "'value':'-1'}]}"));
        const QList<QByteArray> targets = {"/topics",
                                           "/topics/orders",
                                           "/topics/orders/configs/retention.ms",
                                           "/topics/orders/configs:alter",
                                           "/topics/-/configs",
                                           "/topics/orders/records",
                                           "/topics/orders/records:batch",
                                           "/topics/orders/partitions/1/offset",
                                           "/consumer-groups/g/lags",
                                           "/consumer-groups/ug/lag-summary",
                                           "/brokers/0"};
        for (const QByteArray &target : targets) {
            for (const QByteArray method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
                setUp();
                for (const QByteArray &body : std::as_const(bodies)) {
                    const HttpResponse r = v3(*m_server, method, c + target, body);
                    const QByteArray what =
                        method + ' ' + target + ' ' + body.left(80) + " -> " + r.body.left(200);
                    QVERIFY2(r.status >= 200 && r.status <= 599, what.constData());
                    if (r.status == 204) {
                        QVERIFY2(r.body.isEmpty(), what.constData());
                        continue;
                    }
                    for (const QByteArray &part : r.body.split('\n'))
                        QVERIFY2(json(part).isObject(), what.constData());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxV3Groups)
#include "tst_sandbox_v3groups.moc"
