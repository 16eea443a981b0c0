// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The live tail against the in-process sandbox: while a producer writes a known sequence to
// several partitions, the set of (partition, offset) received equals the set produced, with no
// duplicate, under every fault the sandbox can inject, in every dialect that follows partitions.
#include "core/tail/tailsession.h"
#include "tests/integration/clientfixture.h"

#include <QSet>
#include <QSignalSpy>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int Partitions = 3;

// Where a dialect's tail reads: the paths a fault aims at.
QString readPath(DialectKind dialect)
{
    switch (dialect) {
    case DialectKind::Upstash:
        return u"/fetch"_s;
    case DialectKind::ConfluentV2:
        return u"/consumers/*"_s;
    default:
        return u"/topics/*/partitions/*/messages"_s;
    }
}

struct Received
{
    QList<std::pair<int, qint64>> all; // in arrival order, duplicates kept
    QSet<std::pair<int, qint64>> unique;
};

// A started tail with its client. Held on the heap so the collecting connection's reference
// to `received` stays valid; the session is destroyed first, the client last.
struct StartedTail
{
    std::unique_ptr<KafkaClient> client;
    Received received;
    std::unique_ptr<TailSession> session;
};

} // namespace

class TestTailSession : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    int m_topicSeq = 0;

    QString newTopic()
    {
        const QString topic = u"tail-%1"_s.arg(++m_topicSeq);
        QString error;
        if (!m_server->createTopic(topic, Partitions, &error))
            qFatal("createTopic: %s", qPrintable(error));
        return topic;
    }

    static void produce(KafkaClient &client, const QString &topic, int perPartition, int from = 0)
    {
        QList<ProduceRecord> records;
        for (int i = from; i < from + perPartition; ++i)
            for (int p = 0; p < Partitions; ++p)
                records.append(
                    record(topic, "v-" + QByteArray::number(p) + "-" + QByteArray::number(i), {}, p));
        Waiter<QList<ProduceResult>> w;
        client.produce(records, &client, w.callback());
        GREGOR_AWAIT_OK(w);
    }

    static void collect(TailSession &tail, Received &received)
    {
        QObject::connect(&tail, &TailSession::recordsArrived, &tail,
                         [&received](const QList<Record> &records) {
                             for (const Record &r : records) {
                                 received.all.append({r.partition, r.offset});
                                 received.unique.insert({r.partition, r.offset});
                             }
                         });
    }

    // A started tail of a new topic of `partitions` partitions, read through Upstash.
    std::unique_ptr<StartedTail> startTailOfNewTopic(const QString &topic, int partitions, int waitMs)
    {
        QString error;
        if (!m_server->createTopic(topic, partitions, &error))
            qFatal("createTopic: %s", qPrintable(error));
        auto started = std::make_unique<StartedTail>();
        started->client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        TailConfig config;
        config.topics = {topic};
        config.waitMs = waitMs;
        started->session = std::make_unique<TailSession>(started->client.get(), config);
        collect(*started->session, started->received);
        started->session->start();
        return started;
    }

    static void produceTo(KafkaClient &client, const QString &topic, int partition, int count)
    {
        QList<ProduceRecord> records;
        for (int i = 0; i < count; ++i)
            records.append(record(topic, "v", {}, partition));
        Waiter<QList<ProduceResult>> w;
        client.produce(records, &client, w.callback());
        GREGOR_AWAIT_OK(w);
    }

    static QSet<std::pair<int, qint64>> expected(int perPartition, int from = 0)
    {
        QSet<std::pair<int, qint64>> set;
        for (int p = 0; p < Partitions; ++p)
            for (qint64 o = from; o < from + perPartition; ++o)
                set.insert({p, o});
        return set;
    }

private Q_SLOTS:
    void initTestCase() { m_server = startSandbox(); }
    void cleanup() { m_server->clearFaults(); }

    void exactlyOnceUnderFaults_data()
    {
        QTest::addColumn<DialectKind>("dialect");
        QTest::addColumn<QString>("fault");
        const QList<std::pair<const char *, DialectKind>> dialects = {{"upstash", DialectKind::Upstash},
                                                                      {"v2", DialectKind::ConfluentV2},
                                                                      {"v1", DialectKind::ConfluentV1}};
        const QStringList faults = {u""_s,
                                    u"latency=20"_s,
                                    u"error-rate=0.3"_s,
                                    u"drop-rate=0.2"_s,
                                    u"truncate-rate=0.3"_s,
                                    u"slow-body=400000"_s};
        for (const auto &[name, dialect] : dialects)
            for (const QString &fault : faults)
                QTest::addRow("%s %s", name, fault.isEmpty() ? "no fault" : qPrintable(fault))
                    << dialect << fault;
    }

    // Producing while tailing, with the fault on the tail's reads only: every record arrives once.
    void exactlyOnceUnderFaults()
    {
        QFETCH(DialectKind, dialect);
        QFETCH(QString, fault);
        const QString topic = newTopic();
        auto client = createKafkaClient(settingsFor(*m_server, dialect), nullptr);
        TailConfig config;
        config.topics = {topic};
        config.waitMs = 100;
        TailSession tail(client.get(), config);
        Received received;
        collect(tail, received);
        tail.start();
        QTRY_COMPARE_WITH_TIMEOUT(tail.state(), TailSession::State::Running, 10000);
        if (!fault.isEmpty()) {
            const QString text = fault + u"@"_s + readPath(dialect);
            const auto spec = Sandbox::FaultSpec::parse(text);
            QVERIFY2(spec, qPrintable(spec ? QString() : spec.error()));
            m_server->addFault(*spec);
        }
        for (int round = 0; round < 4; ++round)
            produce(*client, topic, 50, round * 50);
        QTRY_VERIFY_WITH_TIMEOUT(received.unique.size() >= 200 * Partitions, 60000);
        m_server->clearFaults();
        QCOMPARE(received.unique, expected(200));
        QCOMPARE(received.all.size(), received.unique.size()); // no duplicate
        for (const TailPartition &p : tail.positions().partitions())
            QCOMPARE(p.next, 200);
    }

    // A v2 answer lost after the server read it moves the instance past records nobody saw; the
    // tail reads them again, whether the partitions then go quiet or bring more. (Qt used to re-send
    // the lost GET on its own, and the re-sent answer skipped the lost one's records.)
    void aLostV2AnswerIsReadAgain_data()
    {
        QTest::addColumn<bool>("moreAfter");
        QTest::newRow("then quiet") << false;
        QTest::newRow("then more") << true;
    }
    void aLostV2AnswerIsReadAgain()
    {
        QFETCH(bool, moreAfter);
        const QString topic = newTopic();
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::ConfluentV2), nullptr);
        produce(*client, topic, 10);
        bool dropped = false;
        QObject hook;
        connect(m_server.get(), &Sandbox::SandboxServer::requestHandled, &hook,
                [this, &dropped](const QByteArray &, const QByteArray &path, int status) {
                    if (status == 0 && path.endsWith("/records")) {
                        dropped = true;
                        m_server->clearFaults(); // only the first answer is lost
                    }
                });
        m_server->addFault(*Sandbox::FaultSpec::parse(u"drop-rate=1@/consumers/*/records"_s));
        TailConfig config;
        config.topics = {topic};
        config.waitMs = 300;
        config.start = TailConfig::Start::NewestCount;
        config.newestCount = 10;
        TailSession tail(client.get(), config);
        Received received;
        collect(tail, received);
        tail.start();
        QTRY_VERIFY_WITH_TIMEOUT(dropped, 10000);
        if (moreAfter)
            produce(*client, topic, 10, 10);
        const int total = moreAfter ? 20 : 10;
        QTRY_COMPARE_WITH_TIMEOUT(received.unique.size(), total * Partitions, 15000);
        QCOMPARE(received.unique, expected(total));
        QCOMPARE(received.all.size(), received.unique.size());
    }

    // More partitions than lanes in flight: they take turns, and every record arrives once.
    void manyPartitionsTakeTurns()
    {
        const QString topic = u"tail-many"_s;
        const auto tail = startTailOfNewTopic(topic, 10, 200);
        QTRY_COMPARE_WITH_TIMEOUT(tail->session->state(), TailSession::State::Running, 10000);
        QCOMPARE(tail->session->positions().partitions().size(), 10);
        QList<ProduceRecord> records;
        for (int i = 0; i < 20; ++i)
            for (int p = 0; p < 10; ++p)
                records.append(record(topic, "v", {}, p));
        Waiter<QList<ProduceResult>> w;
        tail->client->produce(records, tail->client.get(), w.callback());
        GREGOR_AWAIT_OK(w);
        QTRY_COMPARE_WITH_TIMEOUT(tail->received.unique.size(), 200, 15000);
        QCOMPARE(tail->received.all.size(), 200);
        QVERIFY(tail->client->requestsInFlight() <= TailSession::MaxLanesInFlight + 1); // + the ends lookup
    }

    // Traffic on one partition of six: once every partition has answered empty, their waits never
    // hold back the busy one. Each long poll may wait six seconds; a batch that waited behind one
    // would miss its three.
    void aBusyPartitionIsNotHeldBackByQuietOnes()
    {
        const QString topic = u"tail-skewed"_s;
        const auto tail = startTailOfNewTopic(topic, 6, 6000);
        QTRY_COMPARE_WITH_TIMEOUT(tail->session->state(), TailSession::State::Running, 10000);
        // Every lane quiet first: then none may hold its slot for the whole wait.
        QTRY_COMPARE_WITH_TIMEOUT(tail->session->quietPartitions(), 6, 30000);
        for (int batch = 1; batch <= 20; ++batch) {
            produceTo(*tail->client, topic, 0, 50);
            QTRY_COMPARE_WITH_TIMEOUT(tail->received.unique.size(), batch * 50, 3000);
        }
        QCOMPARE(tail->received.unique.size(), 1000);
        QCOMPARE(tail->received.all.size(), tail->received.unique.size());
    }

    // Six lanes, four slots: the two queued at the start must not wait out the others' waits.
    void aPartitionQueuedAtTheStartIsNotHeldBack()
    {
        const QString topic = u"tail-queued"_s;
        const auto tail = startTailOfNewTopic(topic, 6, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(tail->session->state(), TailSession::State::Running, 10000);
        produceTo(*tail->client, topic, 5, 20);
        QTRY_COMPARE_WITH_TIMEOUT(tail->received.unique.size(), 20, 5000);
    }

    void startsAtTheNewestCount()
    {
        const QString topic = newTopic();
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        produce(*client, topic, 30);
        TailConfig config;
        config.topics = {topic};
        config.start = TailConfig::Start::NewestCount;
        config.newestCount = 10;
        config.waitMs = 50;
        TailSession tail(client.get(), config);
        Received received;
        collect(tail, received);
        tail.start();
        QTRY_COMPARE_WITH_TIMEOUT(received.unique.size(), 10 * Partitions, 10000);
        QCOMPARE(received.unique, expected(10, 20));
    }

    void choosesSomePartitions()
    {
        const QString topic = newTopic();
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        TailConfig config;
        config.topics = {topic};
        config.partitions = {{topic, 1}};
        config.waitMs = 50;
        TailSession tail(client.get(), config);
        Received received;
        collect(tail, received);
        tail.start();
        QTRY_COMPARE_WITH_TIMEOUT(tail.state(), TailSession::State::Running, 10000);
        QCOMPARE(tail.positions().partitions().size(), 1);
        produce(*client, topic, 20);
        QTRY_COMPARE_WITH_TIMEOUT(received.unique.size(), 20, 10000);
        for (const auto &[partition, offset] : std::as_const(received.all))
            QCOMPARE(partition, 1);
    }

    void pauseAndResumeKeepPositions()
    {
        const QString topic = newTopic();
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        TailConfig config;
        config.topics = {topic};
        config.waitMs = 50;
        TailSession tail(client.get(), config);
        Received received;
        collect(tail, received);
        tail.start();
        QTRY_COMPARE_WITH_TIMEOUT(tail.state(), TailSession::State::Running, 10000);
        produce(*client, topic, 20);
        QTRY_COMPARE_WITH_TIMEOUT(received.unique.size(), 20 * Partitions, 10000);
        tail.pause();
        QCOMPARE(tail.state(), TailSession::State::Paused);
        produce(*client, topic, 30, 20);
        // The ends keep being asked while paused: "behind" shows what waits, nothing is fetched.
        QTRY_COMPARE_WITH_TIMEOUT(tail.positions().behind(), 30 * Partitions, 10000);
        QCOMPARE(received.unique.size(), 20 * Partitions);
        tail.resume();
        QTRY_COMPARE_WITH_TIMEOUT(received.unique.size(), 50 * Partitions, 10000);
        QCOMPARE(received.unique, expected(50));
        QCOMPARE(received.all.size(), received.unique.size());
    }

    // A server that refuses every read: the status says since when and why; then it catches up.
    void retriesAndCatchesUp()
    {
        const QString topic = newTopic();
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        TailConfig config;
        config.topics = {topic};
        config.waitMs = 50;
        TailSession tail(client.get(), config);
        Received received;
        collect(tail, received);
        tail.start();
        QTRY_COMPARE_WITH_TIMEOUT(tail.state(), TailSession::State::Running, 10000);
        m_server->addFault(*Sandbox::FaultSpec::parse(u"status=503@/fetch"_s));
        produce(*client, topic, 10);
        QTRY_COMPARE_WITH_TIMEOUT(tail.state(), TailSession::State::Retrying, 10000);
        QVERIFY(tail.retryingSince().isValid());
        QVERIFY2(tail.statusText().startsWith(u"Retrying since"_s), qPrintable(tail.statusText()));
        QVERIFY(!tail.lastError().isEmpty());
        m_server->clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(received.unique.size(), 10 * Partitions, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(tail.state(), TailSession::State::Running, 5000);
        QVERIFY(!tail.retryingSince().isValid());
    }

    // Group mode: the member shows in the group's assignments while it tails and is gone after.
    void groupMemberIsRemovedWhenClosed()
    {
        const QString topic = newTopic();
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        TailConfig config;
        config.topics = {topic};
        config.mode = TailConfig::Mode::Group;
        config.group = u"tail-group"_s;
        config.instance = u"tail-member"_s;
        config.waitMs = 100;
        auto tail = std::make_unique<TailSession>(client.get(), config);
        Received received;
        collect(*tail, received);
        tail->start();
        QCOMPARE(tail->state(), TailSession::State::Running);
        QVERIFY(tail->statusText().contains(u"only when you commit"_s));
        // The member joins on its first poll; records produced after it joined arrive.
        const auto memberListed = [&] {
            Waiter<QList<ConsumerGroupInfo>> w;
            client->listGroups(client.get(), w.callback());
            [&] { GREGOR_AWAIT_OK(w); }();
            for (const ConsumerGroupInfo &g : w.value())
                if (g.name == config.group)
                    for (const ConsumerInstanceInfo &i : g.instances)
                        if (i.name == config.instance)
                            return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(memberListed(), 10000);
        // The assignment shows in the partitions before any record came.
        QTRY_COMPARE_WITH_TIMEOUT(tail->positions().partitions().size(), Partitions, 10000);
        produce(*client, topic, 5);
        QTRY_COMPARE_WITH_TIMEOUT(received.unique.size(), 5 * Partitions, 15000);
        QCOMPARE(received.all.size(), received.unique.size());

        Waiter<Done> committed;
        QVERIFY(tail->commitShown(client.get(), committed.callback()));
        GREGOR_AWAIT_OK(committed);
        Waiter<QList<PartitionOffset>> offsets;
        QList<TopicPartition> tps;
        for (int p = 0; p < Partitions; ++p)
            tps.append({topic, p});
        client->committedOffsets(config.group, tps, client.get(), offsets.callback());
        GREGOR_AWAIT_OK(offsets);
        for (const PartitionOffset &po : offsets.value())
            QCOMPARE(po.offset, 5);

        tail.reset(); // closing the tail removes the member
        QTRY_VERIFY_WITH_TIMEOUT(!memberListed(), 10000);
    }

    void configRoundTrip()
    {
        TailConfig c;
        c.topics = {u"a"_s, u"b"_s};
        c.partitions = {{u"a"_s, 2}};
        c.mode = TailConfig::Mode::Group;
        c.start = TailConfig::Start::Time;
        c.startTimeMs = 1700000000000;
        c.group = u"g"_s;
        c.instance = u"i"_s;
        c.autoCommit = true;
        c.capacity = 250000;
        c.filterText = u"error"_s;
        QCOMPARE(TailConfig::fromJson(c.toJson()), c);
        QCOMPARE(c.title(), u"a +1"_s);
        const TailConfig junk = TailConfig::fromJson(QJsonObject{{u"capacity"_s, -5}, {u"topics"_s, 3}});
        QCOMPARE(junk.capacity, 1000);
        QVERIFY(junk.topics.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTailSession)
#include "tst_tailsession.moc"
