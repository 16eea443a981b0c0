// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dialects/confluent/v3requests.h"
#include "jsonquote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gregor;
using namespace Gregor::ConfluentV3;
using namespace Qt::StringLiterals;

namespace {

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

// The v3 request builders exactly as sent: method, path, query, write and idempotence flags and
// body, and the requests they refuse to build.
class TestConfluentV3Requests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestConfluentV3Requests)
#include "tst_confluentv3requests.moc"
