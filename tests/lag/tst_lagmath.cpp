// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The arithmetic of lag: snapshots, totals, health rules, rates, alert hysteresis, reset plans.
#include "core/lag/groupsnapshot.h"
#include "core/lag/lagalerts.h"
#include "core/lag/laghealth.h"
#include "core/lag/offsetreset.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

namespace {
// A one-partition snapshot of group g on topic t.
GroupSnapshot sample(qint64 atMs, qint64 committed, qint64 end, int partition = 0)
{
    return makeSnapshot(u"g"_s, atMs, {{{u"t"_s, partition}, committed}}, {{{u"t"_s, partition}, end}},
                        std::nullopt);
}
const TopicPartition tp0{u"t"_s, 0};
constexpr qint64 Span = 100000; // the window's length: 10 samples × 10 s
} // namespace

class TestLagMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lagIsEndMinusCommitted_data()
    {
        QTest::addColumn<qint64>("committed");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<qint64>("lag"); // -1: no lag (no commit)
        QTest::newRow("behind") << 40LL << 100LL << 60LL;
        QTest::newRow("caught up") << 100LL << 100LL << 0LL;
        QTest::newRow("empty partition, committed 0") << 0LL << 0LL << 0LL;
        QTest::newRow("commit beyond the end") << 120LL << 100LL << 0LL;
        QTest::newRow("never committed") << -1LL << 100LL << -1LL;
    }
    void lagIsEndMinusCommitted()
    {
        QFETCH(qint64, committed);
        QFETCH(qint64, end);
        QFETCH(qint64, lag);
        const PartitionLag p{tp0, committed, end, {}};
        QCOMPARE(p.lag().value_or(-1), lag);
        QCOMPARE(p.hasCommit(), committed >= 0);
    }

    void snapshotCoversCommittedAndAssignedPartitions()
    {
        const QList<PartitionOffset> committed{
            {{u"orders"_s, 1}, 10}, {{u"orders"_s, 0}, 5}, {{u"orders"_s, 2}, -1}, {{u"cities"_s, 0}, 3}};
        const QHash<TopicPartition, qint64> ends{{{u"orders"_s, 0}, 8},
                                                 {{u"orders"_s, 1}, 10},
                                                 {{u"orders"_s, 2}, 50},
                                                 {{u"orders"_s, 3}, 7},
                                                 {{u"cities"_s, 0}, 9}};
        const QList<ConsumerInstanceInfo> instances{{u"i1"_s, {{u"orders"_s, 3}, {u"orders"_s, 0}}, {}}};
        const GroupSnapshot s = makeSnapshot(u"g"_s, 1000, committed, ends, instances);
        // orders-2 is neither committed nor assigned: not part of the group's figures.
        QCOMPARE(s.partitions.size(), 4);
        QCOMPARE(s.partitions[0].tp, (TopicPartition{u"cities"_s, 0}));
        QCOMPARE(s.partitions[1].tp, (TopicPartition{u"orders"_s, 0}));
        QCOMPARE(s.partitions[1].instance, u"i1"_s);
        QCOMPARE(s.partitions[3].tp, (TopicPartition{u"orders"_s, 3}));
        QVERIFY(!s.partitions[3].hasCommit()); // assigned, never committed: "no commit", not 0
        QCOMPARE(s.totalLag(), 6 + 3 + 0);
        QCOMPARE(s.largestPartitionLag(), 6);
        const QList<TopicLag> topics = s.topics();
        QCOMPARE(topics.size(), 2);
        QCOMPARE(topics[1], (TopicLag{u"orders"_s, 3, 3, 3, 1}));
        QVERIFY(s.hasCommits());
        QVERIFY(s.partition({u"orders"_s, 1}));
        QVERIFY(!s.partition({u"orders"_s, 2}));
        QVERIFY(s.instancesKnown);
    }

    void nothingCommittedIsNotZeroLag()
    {
        const GroupSnapshot s = makeSnapshot(u"g"_s, 1, {{tp0, -1}}, {{tp0, 10}}, std::nullopt);
        QVERIFY(!s.hasCommits());
        QVERIFY(s.partitions.isEmpty());
        QVERIFY(!s.instancesKnown);
    }

    void healthRules_data()
    {
        QTest::addColumn<QList<QList<qint64>>>("samples"); // {at, committed, end}
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("health");
        QTest::addColumn<QString>("reasonPart");
        const QList<QList<qint64>> falling{{0, 10, 100}, {10000, 60, 120}, {20000, 110, 130}};
        QTest::newRow("lag falling: OK") << falling << 20000LL << int(Health::Ok) << u"falling"_s;
        QTest::newRow("lag reached zero: OK")
            << QList<QList<qint64>>{{0, 10, 100}, {10000, 100, 100}, {20000, 100, 130}} << 20000LL
            << int(Health::Ok) << u"zero"_s;
        QTest::newRow("consuming but not falling: WARNING")
            << QList<QList<qint64>>{{0, 10, 100}, {10000, 30, 130}, {20000, 50, 150}} << 20000LL
            << int(Health::Warning) << u"did not fall"_s;
        QTest::newRow("committed still, lag grows: STALLED")
            << QList<QList<qint64>>{{0, 10, 100}, {10000, 10, 120}, {20000, 10, 140}} << 20000LL
            << int(Health::Stalled) << u"grew from 90 to 130"_s;
        QTest::newRow("committed still, lag stays: STALLED")
            << QList<QList<qint64>>{{0, 10, 100}, {10000, 10, 100}} << 10000LL << int(Health::Stalled)
            << u"stayed at 90"_s;
        QTest::newRow("newest sample older than the window: STOPPED")
            << falling << 20000LL + Span + 1 << int(Health::Stopped) << u"no figures"_s;
        QTest::newRow("one sample: unknown")
            << QList<QList<qint64>>{{0, 10, 100}} << 0LL << int(Health::Unknown) << u"one sample"_s;
        QTest::newRow("no commit: unknown") << QList<QList<qint64>>{{0, -1, 100}, {10000, -1, 100}} << 10000LL
                                            << int(Health::Unknown) << u"nothing committed"_s;
    }
    void healthRules()
    {
        QFETCH(QList<QList<qint64>>, samples);
        QFETCH(qint64, now);
        QFETCH(int, health);
        QFETCH(QString, reasonPart);
        LagWindow window;
        for (const QList<qint64> &s : samples)
            window.add(sample(s[0], s[1], s[2]));
        const HealthVerdict partition = window.partitionHealth(tp0, now, Span);
        QCOMPARE(int(partition.health), health);
        QVERIFY2(partition.reason.contains(reasonPart), qPrintable(partition.reason));
        const HealthVerdict group = window.groupHealth(now, Span);
        QCOMPARE(int(group.health), health);
    }

    void groupHealthIsTheWorstPartition()
    {
        LagWindow window;
        for (qint64 i = 0; i < 3; ++i) {
            const qint64 at = i * 10000;
            window.add(makeSnapshot(
                u"g"_s, at, {{{u"t"_s, 0}, 10 + i * 50}, {{u"t"_s, 1}, 5}, {{u"t"_s, 2}, 7}},
                {{{u"t"_s, 0}, 100 + i * 10}, {{u"t"_s, 1}, 50 + i}, {{u"t"_s, 2}, 70 + i}}, std::nullopt));
        }
        const HealthVerdict verdict = window.groupHealth(20000, Span);
        QCOMPARE(verdict.health, Health::Stalled);
        QVERIFY2(verdict.reason.startsWith(u"t-1: "_s), qPrintable(verdict.reason));
        QVERIFY2(verdict.reason.contains(u"and 1 more"_s), qPrintable(verdict.reason));
    }

    void snapshotsAreOrderedAndUniqueWhateverTheServerSent()
    {
        // Out of order, a partition named twice (the last answer counts), an assigned one.
        const GroupSnapshot s =
            makeSnapshot(u"g"_s, 1, {{{u"b"_s, 1}, 4}, {{u"a"_s, 2}, 1}, {{u"b"_s, 1}, 6}, {{u"a"_s, 0}, 3}},
                         {{{u"a"_s, 0}, 9}, {{u"a"_s, 2}, 9}, {{u"b"_s, 1}, 9}, {{u"b"_s, 0}, 9}},
                         QList<ConsumerInstanceInfo>{{u"i1"_s, {{u"b"_s, 0}, {u"b"_s, 1}}, {}}});
        QCOMPARE(s.partitions.size(), 4);
        const QList<TopicPartition> order{{u"a"_s, 0}, {u"a"_s, 2}, {u"b"_s, 0}, {u"b"_s, 1}};
        for (qsizetype i = 0; i < order.size(); ++i)
            QCOMPARE(s.partitions[i].tp, order[i]);
        QCOMPARE(s.partition({u"b"_s, 1})->committed, 6);
        QCOMPARE(s.partition({u"b"_s, 1})->instance, u"i1"_s);
        QVERIFY(!s.partition({u"b"_s, 0})->hasCommit());
        QCOMPARE(s.totalLag(), 6 + 8 + 3);
    }

    void healthFollowsPartitionsThatComeAndGo()
    {
        // The walk over the window must line partitions up although samples differ in which
        // partitions they hold: a-1 joins late, b-0 leaves.
        LagWindow window;
        window.add(makeSnapshot(u"g"_s, 0, {{{u"a"_s, 0}, 10}, {{u"b"_s, 0}, 5}},
                                {{{u"a"_s, 0}, 50}, {{u"b"_s, 0}, 5}}, std::nullopt));
        window.add(makeSnapshot(u"g"_s, 10000, {{{u"a"_s, 0}, 10}, {{u"a"_s, 1}, 3}},
                                {{{u"a"_s, 0}, 60}, {{u"a"_s, 1}, 9}}, std::nullopt));
        window.add(makeSnapshot(u"g"_s, 20000, {{{u"a"_s, 0}, 10}, {{u"a"_s, 1}, 9}},
                                {{{u"a"_s, 0}, 70}, {{u"a"_s, 1}, 9}}, std::nullopt));
        QCOMPARE(window.partitionHealth({u"a"_s, 0}, 20000, Span).health, Health::Stalled);
        QCOMPARE(window.partitionHealth({u"a"_s, 1}, 20000, Span).health, Health::Ok);      // reached zero
        QCOMPARE(window.partitionHealth({u"b"_s, 0}, 20000, Span).health, Health::Unknown); // gone
        const HealthVerdict group = window.groupHealth(20000, Span);
        QCOMPARE(group.health, Health::Stalled);
        QVERIFY2(group.reason.startsWith(u"a-0: "_s), qPrintable(group.reason));
        QVERIFY(window.rates().producedPerSecond.has_value());
    }

    void windowKeepsItsSize()
    {
        LagWindow window(3);
        for (int i = 0; i < 5; ++i)
            window.add(sample(i * 1000, i, 10));
        QCOMPARE(window.count(), 3);
        QCOMPARE(window.oldest().takenAtMs, 2000);
        window.setSize(2);
        QCOMPARE(window.count(), 2);
    }

    void ratesAndTimeToDrain()
    {
        LagWindow window;
        window.add(sample(0, 0, 1000));
        window.add(sample(10000, 500, 1200)); // consumed 50/s, produced 20/s, lag 700
        const LagRates rates = window.rates();
        QCOMPARE(rates.consumedPerSecond.value_or(-1), 50.0);
        QCOMPARE(rates.producedPerSecond.value_or(-1), 20.0);
        QVERIFY(rates.draining());
        QCOMPARE(*rates.secondsToDrain, 700.0 / 30.0);
        QCOMPARE(window.trend(), Trend::Falling);

        LagWindow behind;
        behind.add(sample(0, 0, 1000));
        behind.add(sample(10000, 100, 1500)); // consumes 10/s, produced 50/s
        QVERIFY(!behind.rates().draining());
        QCOMPARE(behind.trend(), Trend::Rising);

        LagWindow caughtUp;
        caughtUp.add(sample(0, 10, 10));
        caughtUp.add(sample(10000, 10, 10));
        QCOMPARE(caughtUp.rates().secondsToDrain.value_or(-1), 0.0);
        QCOMPARE(caughtUp.trend(), Trend::Flat);
    }

    void lagAlertOncePerCrossingWithHysteresis()
    {
        AlertTracker alerts;
        alerts.setDefaultRule({1000, std::nullopt});
        const LagRates none;
        const HealthVerdict ok{Health::Ok, {}};
        QCOMPARE(alerts.update(u"g"_s, 500, none, ok).size(), 0);
        QVERIFY(!alerts.isAbove(u"g"_s));
        const QList<AlertEvent> crossed = alerts.update(u"g"_s, 1500, none, ok);
        QCOMPARE(crossed.size(), 1);
        QCOMPARE(crossed.first().kind, AlertEvent::Kind::LagAbove);
        QVERIFY(crossed.first().text.contains(u"1,500"_s) || crossed.first().text.contains(u"1500"_s));
        QVERIFY(alerts.isAbove(u"g"_s));
        QCOMPARE(alerts.update(u"g"_s, 1600, none, ok).size(), 0); // still above: no repeat
        QCOMPARE(alerts.update(u"g"_s, 950, none, ok).size(), 0);  // below, but within the hysteresis
        QVERIFY(alerts.isAbove(u"g"_s));
        QCOMPARE(alerts.update(u"g"_s, 1200, none, ok).size(), 0); // no new crossing
        QCOMPARE(alerts.update(u"g"_s, 800, none, ok).size(), 0);  // below 90 %: back to normal
        QVERIFY(!alerts.isAbove(u"g"_s));
        QCOMPARE(alerts.update(u"g"_s, 1001, none, ok).size(), 1); // a second crossing
    }

    void ownRuleOverridesTheDefault()
    {
        AlertTracker alerts;
        alerts.setDefaultRule({100, std::nullopt});
        alerts.setRule(u"busy"_s, AlertRule{100000, std::nullopt});
        QCOMPARE(alerts.update(u"busy"_s, 5000, {}, {}).size(), 0);
        QCOMPARE(alerts.update(u"other"_s, 5000, {}, {}).size(), 1);
        alerts.setRule(u"busy"_s, std::nullopt);
        QCOMPARE(alerts.ruleFor(u"busy"_s), alerts.defaultRule());
        QCOMPARE(AlertRule::fromJson(AlertRule{42, 600}.toJson()), (AlertRule{42, 600}));
        QCOMPARE(AlertRule::fromJson({}), AlertRule{});
    }

    void drainAlert()
    {
        AlertTracker alerts;
        alerts.setDefaultRule({std::nullopt, 600});
        LagRates fast;
        fast.secondsToDrain = 60;
        LagRates slow;
        slow.secondsToDrain = 3600;
        QCOMPARE(alerts.update(u"g"_s, 100, fast, {}).size(), 0);
        const QList<AlertEvent> events = alerts.update(u"g"_s, 100, slow, {});
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, AlertEvent::Kind::DrainAbove);
        QCOMPARE(alerts.update(u"g"_s, 100, LagRates{}, {}).size(),
                 0);                                                  // not draining: still above, no repeat
        QCOMPARE(alerts.update(u"g"_s, 0, LagRates{}, {}).size(), 0); // no lag: back to normal
        QVERIFY(!alerts.isAbove(u"g"_s));
        QCOMPARE(alerts.update(u"g"_s, 100, LagRates{}, {}).size(), 1); // lag that does not drain
    }

    void healthAlertWhenItTurnsBad()
    {
        AlertTracker alerts;
        QCOMPARE(alerts.update(u"g"_s, 10, {}, {Health::Ok, {}}).size(), 0);
        const QList<AlertEvent> stalled = alerts.update(u"g"_s, 10, {}, {Health::Stalled, u"why"_s});
        QCOMPARE(stalled.size(), 1);
        QCOMPARE(stalled.first().kind, AlertEvent::Kind::HealthBad);
        QCOMPARE(stalled.first().text, u"why"_s);
        QCOMPARE(alerts.update(u"g"_s, 10, {}, {Health::Stalled, u"why"_s}).size(), 0);
        QCOMPARE(alerts.update(u"g"_s, 10, {}, {Health::Stopped, u"gone"_s}).size(), 1);
        QCOMPARE(alerts.update(u"g"_s, 10, {}, {Health::Ok, {}}).size(), 0);
        QCOMPARE(alerts.update(u"g"_s, 10, {}, {Health::Stalled, {}}).size(), 1);
    }

    void resetPlans_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QList<qint64>>("after"); // per partition 0..2
        // Partition 0: log 10..100, committed 50; 1: log 0..20, no commit; 2: log 5..5 (empty), committed 5.
        QTest::newRow("earliest") << int(ResetTarget::Kind::Earliest) << 0LL << QList<qint64>{10, 0, 5};
        QTest::newRow("latest") << int(ResetTarget::Kind::Latest) << 0LL << QList<qint64>{100, 20, 5};
        QTest::newRow("date-time") << int(ResetTarget::Kind::DateTime) << 1000LL << QList<qint64>{42, 20, 5};
        QTest::newRow("offset, clamped into the log")
            << int(ResetTarget::Kind::Offset) << 60LL << QList<qint64>{60, 20, 5};
        QTest::newRow("offset below the start")
            << int(ResetTarget::Kind::Offset) << 3LL << QList<qint64>{10, 3, 5};
        QTest::newRow("shift back") << int(ResetTarget::Kind::Shift) << -45LL << QList<qint64>{10, 0, 5};
        QTest::newRow("shift forward") << int(ResetTarget::Kind::Shift) << 30LL << QList<qint64>{80, 20, 5};
    }
    void resetPlans()
    {
        QFETCH(int, kind);
        QFETCH(qint64, value);
        QFETCH(QList<qint64>, after);
        const TopicPartition p0{u"t"_s, 0}, p1{u"t"_s, 1}, p2{u"t"_s, 2};
        const GroupSnapshot snapshot =
            makeSnapshot(u"g"_s, 1, {{p0, 50}, {p2, 5}}, {{p0, 100}, {p1, 20}, {p2, 5}},
                         QList<ConsumerInstanceInfo>{{u"i"_s, {p1}, {}}});
        const QList<ResetRow> rows =
            planReset(snapshot, {}, {ResetTarget::Kind(kind), value}, {{p0, 10}, {p1, 0}, {p2, 5}},
                      {{p0, 100}, {p1, 20}, {p2, 5}}, {{p0, 42}, {p1, -1}, {p2, -1}});
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rows[i].committedAfter, after[i]);
        QCOMPARE(rows[0].committedNow, 50);
        QCOMPARE(rows[1].committedNow, -1);
        QCOMPARE(rows[0].lagAfter(), 100 - after[0]);
        QCOMPARE(resetOffsets(rows).size(), 3);
    }

    void resetScope()
    {
        const GroupSnapshot snapshot =
            makeSnapshot(u"g"_s, 1, {{{u"a"_s, 0}, 1}, {{u"a"_s, 1}, 1}, {{u"a"_s, 2}, 1}, {{u"b"_s, 0}, 1}},
                         {}, std::nullopt);
        QCOMPARE(partitionsInScope(snapshot, {}).size(), 4);
        QCOMPARE(partitionsInScope(snapshot, {u"a"_s, {}}).size(), 3);
        QCOMPARE(partitionsInScope(snapshot, {u"a"_s, {0, 2}}),
                 (QList<TopicPartition>{{u"a"_s, 0}, {u"a"_s, 2}}));
        QCOMPARE(partitionsInScope(snapshot, {u"c"_s, {}}).size(), 0);
    }

    void durations()
    {
        QCOMPARE(formatDuration(45), u"45 s"_s);
        QCOMPARE(formatDuration(720), u"12 min"_s);
        QCOMPARE(formatDuration(3 * 3600 + 20 * 60), u"3 h 20 min"_s);
        QCOMPARE(formatDuration(2 * 86400 + 4 * 3600), u"2 d 4 h"_s);
    }
};

QTEST_GUILESS_MAIN(TestLagMath)
#include "tst_lagmath.moc"
