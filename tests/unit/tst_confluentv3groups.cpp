// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentv3testdata.h"
#include "core/dialects/confluent/v3parse.h"

#include <QTest>

using namespace Gregor;
using namespace Gregor::ConfluentV3;
using namespace ConfluentV3Test;
using namespace Qt::StringLiterals;

// The consumer-group answer shapes of api-spec §3 (groups, consumers, assignments, lags, the lag
// summary), each with well-formed rows, the allowed nulls and the malformed ones per stage, and
// how they join into the models the group and lag views read.
class TestConfluentV3Groups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        QCOMPARE(info, (ConsumerGroupInfo{u"g"_s,
                                          {{u"c-1"_s, {{u"t"_s, 0}}, u"app"_s}, {u"c-2"_s, {}, u"app"_s}}}));
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
        QCOMPARE(inputs.instances,
                 (QList<ConsumerInstanceInfo>{{u"c-1"_s, {{u"t"_s, 0}, {u"u"_s, 0}}, u"app"_s}}));
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
};

QTEST_GUILESS_MAIN(TestConfluentV3Groups)
#include "tst_confluentv3groups.moc"
