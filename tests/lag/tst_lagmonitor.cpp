// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The lag service against the in-process sandbox, per dialect: lag = end − committed for known
// data, looking never joins the group, resets to every target read back, read-only refused in
// core, stale figures kept on failure, and the demo groups appear by themselves.
#include "core/lag/lagmonitor.h"
#include "core/lag/offsetreset.h"
#include "sandbox/consumergroups.h"
#include "sandbox/store.h"
#include "tests/integration/clientfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;
using namespace Gregor::Test;

Q_DECLARE_METATYPE(Gregor::DialectKind)

namespace {
const QString Group = u"g1"_s;

// a: 3 partitions holding 10, 5 and 0 records (timestamps 1000·offset); b: 2 × 4; empty: 1 × 0.
std::unique_ptr<Sandbox::SandboxServer> startWithData()
{
    Sandbox::SandboxOptions options;
    options.topics = {{u"a"_s, 3}, {u"b"_s, 2}, {u"empty"_s, 1}};
    auto server = startSandbox(options);
    std::vector<Sandbox::PendingAppend> batch;
    auto add = [&](const QString &topic, int partition, int count) {
        for (int i = 0; i < count; ++i)
            batch.push_back({topic, partition, {1000LL * i, {}, "v" + QByteArray::number(i), {}}});
    };
    add(u"a"_s, 0, 10);
    add(u"a"_s, 1, 5);
    add(u"b"_s, 0, 4);
    add(u"b"_s, 1, 4);
    server->store().append(std::move(batch));
    Sandbox::GroupCoordinator &groups = server->groups();
    groups.commit(Group, {u"a"_s, 0}, 4);     // lag 6
    groups.commit(Group, {u"a"_s, 1}, 5);     // caught up
    groups.commit(Group, {u"b"_s, 0}, 9);     // beyond the end (4): lag 0, not -5
    groups.commit(Group, {u"empty"_s, 0}, 0); // an empty partition
    return server;
}

bool refreshOnce(LagMonitor &monitor)
{
    QSignalSpy finished(&monitor, &LagMonitor::refreshFinished);
    monitor.refresh();
    return finished.wait(15000) || !finished.isEmpty();
}

QHash<TopicPartition, qint64> committedNow(KafkaClient &client, const QList<TopicPartition> &partitions)
{
    Waiter<QList<PartitionOffset>> waiter;
    client.committedOffsets(Group, partitions, nullptr, waiter.callback());
    if (!QTest::qWaitFor([&] { return waiter.done(); }, 15000) || !waiter.result->has_value())
        return {};
    QHash<TopicPartition, qint64> result;
    for (const PartitionOffset &po : waiter.value())
        result.insert(po.tp, po.offset);
    return result;
}
} // namespace

class TestLagMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialects_data()
    {
        QTest::addColumn<DialectKind>("dialect");
        QTest::newRow("upstash") << DialectKind::Upstash;
        QTest::newRow("confluent v2") << DialectKind::ConfluentV2;
    }

    void lagMatchesEndMinusCommitted_data() { dialects_data(); }
    void lagMatchesEndMinusCommitted()
    {
        QFETCH(DialectKind, dialect);
        auto server = startWithData();
        Journal journal;
        auto client = createKafkaClient(settingsFor(*server, dialect), &journal);
        LagMonitor monitor(client.get());
        monitor.addGroup(Group);
        monitor.addGroup(u"nobody"_s);
        QVERIFY(refreshOnce(monitor));
        const GroupStatus *status = monitor.status(Group);
        QVERIFY(status);
        QVERIFY2(status->error.isEmpty(), qPrintable(status->error));
        QVERIFY(status->hasFigures);
        const GroupSnapshot &s = status->snapshot;
        QCOMPARE(s.partitions.size(), 4); // a-2 and b-1 were never committed nor assigned
        const auto lagOf = [&](const QString &topic, int partition) {
            const PartitionLag *p = s.partition({topic, partition});
            return p ? p->lag().value_or(-1) : -2;
        };
        QCOMPARE(lagOf(u"a"_s, 0), 6);
        QCOMPARE(s.partition({u"a"_s, 0})->end, 10);
        QCOMPARE(s.partition({u"a"_s, 0})->committed, 4);
        QCOMPARE(lagOf(u"a"_s, 1), 0);
        QCOMPARE(lagOf(u"b"_s, 0), 0);
        QCOMPARE(lagOf(u"empty"_s, 0), 0);
        QCOMPARE(lagOf(u"a"_s, 2), -2);
        QCOMPARE(s.totalLag(), 6);
        QCOMPARE(s.instancesKnown, dialect == DialectKind::Upstash);

        const GroupStatus *nobody = monitor.status(u"nobody"_s);
        QVERIFY(nobody && nobody->hasFigures);
        QVERIFY(!nobody->snapshot.hasCommits()); // "nothing committed", never zeros

        // Looking never joins the group: no member appears, nothing rebalances.
        QTRY_VERIFY_WITH_TIMEOUT(server->groups().group(Group)->instances.empty(), 5000);
        if (dialect == DialectKind::Upstash) {
            // A handful of calls: topics, groups, end offsets, then one per group.
            QCOMPARE(journal.size(), 5);
        }
        QCOMPARE(monitor.generation(), 1u);
    }

    void aWideGroupCostsAHandfulOfCalls_data() { dialects_data(); }
    void aWideGroupCostsAHandfulOfCalls()
    {
        QFETCH(DialectKind, dialect);
        // 1,200 partitions, a commit on every third, records on every partition.
        constexpr int Partitions = 1200;
        Sandbox::SandboxOptions options;
        options.topics = {{u"wide"_s, Partitions}};
        auto server = startSandbox(options);
        std::vector<Sandbox::PendingAppend> batch;
        for (int p = 0; p < Partitions; ++p)
            for (int i = 0; i < 3; ++i)
                batch.push_back({u"wide"_s, p, {1000LL * i, {}, "v", {}}});
        server->store().append(std::move(batch));
        for (int p = 0; p < Partitions; p += 3)
            server->groups().commit(Group, {u"wide"_s, p}, p % 4); // lag 3 − min(3, p % 4)
        Journal journal;
        auto client = createKafkaClient(settingsFor(*server, dialect), &journal);
        LagMonitor monitor(client.get());
        monitor.addGroup(Group);
        QVERIFY(refreshOnce(monitor));
        const GroupSnapshot &s = monitor.status(Group)->snapshot;
        QCOMPARE(s.partitions.size(), Partitions / 3);
        qint64 expected = 0;
        for (int p = 0; p < Partitions; p += 3)
            expected += 3 - std::min(3, p % 4);
        QCOMPARE(s.totalLag(), expected);
        QCOMPARE(s.partition({u"wide"_s, 3})->lag().value_or(-1), 0);
        QCOMPARE(s.partition({u"wide"_s, 6})->lag().value_or(-1), 1);
        // The committed offsets are never a call per partition: Upstash asks them (and the end
        // offsets) in a few batches; Confluent v2 asks one short-lived instance. Its API has no
        // call that batches end offsets, so those cost one per partition there (§2).
        int endLookups = 0;
        for (int e = 0; e < journal.size(); ++e)
            if (journal.at(e).url.path().endsWith(u"/offsets"_s) &&
                journal.at(e).url.path().startsWith(u"/topics/"_s))
                ++endLookups;
        QCOMPARE(endLookups, dialect == DialectKind::Upstash ? 0 : Partitions);
        const int others = journal.size() - endLookups;
        QVERIFY2(others <= 10, qPrintable(QString::number(others)));
        QTRY_VERIFY_WITH_TIMEOUT(server->groups().group(Group)->instances.empty(), 5000);
    }

    void groupsFindTheTopicsTheyBeginToConsume()
    {
        auto server = startWithData();
        const QStringList groups{u"g2"_s, u"g3"_s, u"g4"_s};
        for (const QString &group : groups)
            server->groups().commit(group, {u"a"_s, 0}, 1);
        Journal journal;
        auto client = createKafkaClient(settingsFor(*server, DialectKind::Upstash), &journal);
        LagMonitor monitor(client.get());
        monitor.setDiscoveryBudget(1); // one group per refresh is asked about every topic
        for (const QString &group : groups)
            monitor.addGroup(group);
        QVERIFY(refreshOnce(monitor)); // all three are new: each is asked about all 6 partitions
        const auto partitionsAsked = [&](int from) {
            qsizetype partitions = 0;
            for (int e = from; e < journal.size(); ++e)
                if (journal.at(e).url.path().startsWith(u"/committed/"_s))
                    partitions += QJsonDocument::fromJson(journal.at(e).requestBody).array().size();
            return partitions;
        };
        server->groups().commit(u"g3"_s, {u"b"_s, 1}, 2); // g3 begins to consume b
        // Then each refresh asks one group, in turn, about all 6 and the others about a's 3.
        int before = journal.size();
        QVERIFY(refreshOnce(monitor)); // g2's turn
        QCOMPARE(partitionsAsked(before), 6 + 3 + 3);
        QVERIFY(!monitor.status(u"g3"_s)->snapshot.partition({u"b"_s, 1}));
        before = journal.size();
        QVERIFY(refreshOnce(monitor)); // g3's turn: b is found
        QCOMPARE(partitionsAsked(before), 3 + 6 + 3);
        QVERIFY(monitor.status(u"g3"_s)->snapshot.partition({u"b"_s, 1}));
        QCOMPARE(monitor.status(u"g3"_s)->snapshot.partition({u"b"_s, 1})->lag().value_or(-1), 2);
    }

    void resetToEveryTarget_data()
    {
        QTest::addColumn<DialectKind>("dialect");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("expectA0"); // a-0: log 0..10, committed 4
        QTest::addColumn<qint64>("expectA1"); // a-1: log 0..5, committed 5
        for (const auto &[name, dialect] : {std::pair{"upstash", DialectKind::Upstash},
                                            std::pair{"confluent v2", DialectKind::ConfluentV2}}) {
            const QByteArray n(name);
            QTest::newRow(QByteArray(n + " earliest").constData())
                << dialect << int(ResetTarget::Kind::Earliest) << 0LL << 0LL << 0LL;
            QTest::newRow(QByteArray(n + " latest").constData())
                << dialect << int(ResetTarget::Kind::Latest) << 0LL << 10LL << 5LL;
            QTest::newRow(QByteArray(n + " offset").constData())
                << dialect << int(ResetTarget::Kind::Offset) << 7LL << 7LL << 5LL;
            QTest::newRow(QByteArray(n + " shift").constData())
                << dialect << int(ResetTarget::Kind::Shift) << -2LL << 2LL << 3LL;
        }
        QTest::newRow("upstash date-time")
            << DialectKind::Upstash << int(ResetTarget::Kind::DateTime) << 5500LL << 6LL << 5LL;
    }
    void resetToEveryTarget()
    {
        QFETCH(DialectKind, dialect);
        QFETCH(int, kind);
        QFETCH(qint64, value);
        QFETCH(qint64, expectA0);
        QFETCH(qint64, expectA1);
        auto server = startWithData();
        auto client = createKafkaClient(settingsFor(*server, dialect), nullptr);
        LagMonitor monitor(client.get());
        monitor.addGroup(Group);
        QVERIFY(refreshOnce(monitor));
        const GroupSnapshot snapshot = monitor.status(Group)->snapshot;

        Waiter<QList<ResetRow>> preview;
        previewReset(client.get(), snapshot, {u"a"_s, {}}, {ResetTarget::Kind(kind), value}, nullptr,
                     preview.callback());
        GREGOR_AWAIT_OK(preview);
        QCOMPARE(preview.value().size(), 2); // a-0 and a-1: a-2 is not part of the group
        Waiter<Done> commit;
        client->commitOffsets(Group, resetOffsets(preview.value()), nullptr, commit.callback());
        GREGOR_AWAIT_OK(commit);
        QCOMPARE(commit.calls, 1);
        const auto after = committedNow(*client, {{u"a"_s, 0}, {u"a"_s, 1}, {u"b"_s, 0}});
        QCOMPARE(after.value({u"a"_s, 0}, -9), expectA0);
        QCOMPARE(after.value({u"a"_s, 1}, -9), expectA1);
        QCOMPARE(after.value({u"b"_s, 0}, -9), 9); // outside the scope: untouched
        // The instance made for the commit is gone again; the group has no member.
        QTRY_VERIFY_WITH_TIMEOUT(server->groups().group(Group)->instances.empty(), 5000);
        // The view re-reads and shows the result.
        QVERIFY(refreshOnce(monitor));
        QCOMPARE(monitor.status(Group)->snapshot.partition({u"a"_s, 0})->committed, expectA0);
    }

    void copyAsCurlGivesTheWholeSequence()
    {
        auto server = startWithData();
        for (const DialectKind dialect : {DialectKind::Upstash, DialectKind::ConfluentV2}) {
            auto client = createKafkaClient(settingsFor(*server, dialect), nullptr);
            const QList<HttpRequest> steps = client->commitOffsetsRequests(Group, {{{u"a"_s, 0}, 3}});
            QCOMPARE(steps.size(), dialect == DialectKind::Upstash ? 3 : 5);
            QVERIFY(steps[0].path.contains(Group));
            QVERIFY(std::ranges::any_of(steps, [](const HttpRequest &r) { return r.writes; }));
        }
    }

    void readOnlyIsRefusedInCore_data() { dialects_data(); }
    void readOnlyIsRefusedInCore()
    {
        QFETCH(DialectKind, dialect);
        auto server = startWithData();
        ConnectionSettings settings = settingsFor(*server, dialect);
        settings.readOnly = true;
        auto client = createKafkaClient(settings, nullptr);

        Waiter<Done> commit;
        client->commitOffsets(Group, {{{u"a"_s, 0}, 0}}, nullptr, commit.callback());
        GREGOR_AWAIT(commit);
        QCOMPARE(commit.error().kind, ErrorKind::Forbidden);
        Waiter<QList<ProduceResult>> produce;
        client->produce({record(u"a"_s, "x", {}, 0)}, nullptr, produce.callback());
        GREGOR_AWAIT(produce);
        QVERIFY(!produce.result->has_value());
        QCOMPARE(produce.error().kind, ErrorKind::Forbidden);
        Waiter<Done> remove;
        client->deleteConsumer(Group, u"someone"_s, nullptr, remove.callback());
        GREGOR_AWAIT(remove);
        QCOMPARE(remove.error().kind, ErrorKind::Forbidden);
        // A consumer session's explicit commit is refused by the same rule.
        ConsumerConfig config;
        config.group = Group;
        config.topics = {u"a"_s};
        auto session = client->createConsumerSession(config);
        Waiter<Done> sessionCommit;
        session->commit({{{u"a"_s, 0}, 1}}, nullptr, sessionCommit.callback());
        GREGOR_AWAIT(sessionCommit);
        QVERIFY(!sessionCommit.result->has_value());

        // Nothing reached the server.
        QCOMPARE(server->store().topic(u"a"_s)->partitions[0].endOffset(), 10);
        QCOMPARE(server->groups().committed(Group, {u"a"_s, 0}).value_or(-1), 4);
        // Reading stays possible.
        LagMonitor monitor(client.get());
        monitor.addGroup(Group);
        QVERIFY(refreshOnce(monitor));
        QCOMPARE(monitor.status(Group)->snapshot.totalLag(), 6);
    }

    void confluentShowsAndRemovesTheInstancesItCreated()
    {
        auto server = startWithData();
        auto client = createKafkaClient(settingsFor(*server, DialectKind::ConfluentV2), nullptr);
        ConsumerConfig config;
        config.group = Group;
        config.topics = {u"a"_s};
        auto session = client->createConsumerSession(config);
        Waiter<QList<Record>> poll;
        session->poll(0, nullptr, poll.callback());
        GREGOR_AWAIT_OK(poll);
        // The server cannot list the group's members; the one this client made is known.
        QCOMPARE(client->ownInstances(Group), QStringList{session->instanceName()});
        QCOMPARE(server->groups().group(Group)->instances.size(), size_t(1));
        Waiter<Done> remove;
        client->deleteConsumer(Group, session->instanceName(), nullptr, remove.callback());
        GREGOR_AWAIT_OK(remove);
        QVERIFY(client->ownInstances(Group).isEmpty());
        QVERIFY(server->groups().group(Group)->instances.empty());

        // A session never closed is removed when the connection closes.
        config.topics = {u"b"_s};
        auto other = client->createConsumerSession(config);
        Waiter<QList<Record>> otherPoll;
        other->poll(0, nullptr, otherPoll.callback());
        GREGOR_AWAIT_OK(otherPoll);
        QCOMPARE(client->ownInstances(Group).size(), 1);
        int left = -1;
        QObject context;
        client->shutdown(5000, &context, [&](int n) { left = n; });
        QTRY_COMPARE_WITH_TIMEOUT(left, 0, 10000);
        QVERIFY(server->groups().group(Group)->instances.empty());
    }

    void groupsTheAppCreatedAppear_data() { dialects_data(); }
    void groupsTheAppCreatedAppear()
    {
        QFETCH(DialectKind, dialect);
        auto server = startWithData();
        auto client = createKafkaClient(settingsFor(*server, dialect), nullptr);
        LagMonitor monitor(client.get());
        QSignalSpy saved(&monitor, &LagMonitor::watchListChanged);
        ConsumerConfig config;
        config.group = u"tail-1"_s;
        config.topics = {u"a"_s};
        auto session = client->createConsumerSession(config);
        QVERIFY(monitor.groupNames().contains(u"tail-1"_s));
        QVERIFY(monitor.rememberedGroups().contains(u"tail-1"_s)); // and kept for the next run
        QVERIFY(!saved.isEmpty());
        monitor.removeGroup(u"tail-1"_s);
        auto again = client->createConsumerSession(config);
        QVERIFY2(!monitor.groupNames().contains(u"tail-1"_s), "a group the user removed stays removed");
    }

    void failedRefreshKeepsTheLastFiguresMarkedStale()
    {
        auto server = startWithData();
        auto client = createKafkaClient(settingsFor(*server, DialectKind::Upstash), nullptr);
        LagMonitor monitor(client.get());
        monitor.addGroup(Group);
        QVERIFY(refreshOnce(monitor));
        const qint64 takenAt = monitor.status(Group)->snapshot.takenAtMs;
        server.reset(); // the server goes away
        QVERIFY(refreshOnce(monitor));
        const GroupStatus *status = monitor.status(Group);
        QVERIFY(status->stale);
        QVERIFY(!status->error.isEmpty());
        QCOMPARE(status->snapshot.takenAtMs, takenAt);
        QCOMPARE(status->snapshot.totalLag(), 6);
    }

    void aNewRefreshDropsTheRunningOne()
    {
        auto server = startWithData();
        auto client = createKafkaClient(settingsFor(*server, DialectKind::Upstash), nullptr);
        LagMonitor monitor(client.get());
        monitor.addGroup(Group);
        QSignalSpy started(&monitor, &LagMonitor::refreshStarted);
        QSignalSpy finished(&monitor, &LagMonitor::refreshFinished);
        QSignalSpy snapshots(&monitor, &LagMonitor::snapshotTaken);
        monitor.refresh();
        monitor.refresh(); // F5 pressed twice: the first answer must never land
        QVERIFY(finished.wait(15000));
        QCOMPARE(started.size(), 2);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toULongLong(), 2u);
        QCOMPARE(snapshots.size(), 1);
    }

    void intervalAndPause()
    {
        auto server = startWithData();
        auto client = createKafkaClient(settingsFor(*server, DialectKind::Upstash), nullptr);
        LagMonitor monitor(client.get());
        monitor.addGroup(Group);
        monitor.setIntervalMs(1000);
        QSignalSpy finished(&monitor, &LagMonitor::refreshFinished);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 10000); // by itself, on the interval
        monitor.setPaused(true);
        const qsizetype count = finished.size();
        QTest::qWait(1500); // nothing must happen while paused: waiting is the assertion
        QCOMPARE(finished.size(), count);
        QCOMPARE(monitor.window(Group)->count(), count);
    }

    void demoGroupsAppearByThemselves()
    {
        Sandbox::SandboxOptions options;
        options.demo = true;
        options.demoTrafficRate = 200;
        auto server = startSandbox(options);
        auto client = createKafkaClient(settingsFor(*server, DialectKind::Upstash), nullptr);
        LagMonitor monitor(client.get());
        monitor.setIntervalMs(1000);
        monitor.setRememberedGroups({u"dashboard"_s}); // remembered from an earlier run
        QSignalSpy finished(&monitor, &LagMonitor::refreshFinished);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 20000);
        const GroupStatus *billing = monitor.status(u"billing"_s);
        QVERIFY2(billing, qPrintable(monitor.groupNames().join(u", "_s)));
        QVERIFY(billing->listed);
        QCOMPARE(billing->snapshot.instances.size(), 1);
        QCOMPARE(billing->snapshot.instances.first().name, u"billing-worker-1"_s);
        QVERIFY(billing->snapshot.totalLag() > 0);
        // It consumes, slower than the traffic: the committed offset moves, lag does not fall.
        QVERIFY(billing->rates.consumedPerSecond.value_or(0) > 0);
        QCOMPARE(billing->health.health, Health::Warning);
        const GroupStatus *dashboard = monitor.status(u"dashboard"_s);
        QVERIFY(dashboard);
        QVERIFY(!dashboard->hasLiveInstances());
        QVERIFY(dashboard->snapshot.totalLag() > 0);
        QCOMPARE(dashboard->health.health, Health::Stalled);
    }
};

QTEST_GUILESS_MAIN(TestLagMonitor)
#include "tst_lagmonitor.moc"
