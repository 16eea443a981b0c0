// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The mechanisms issue 9 hardened, against the in-process sandbox: requests in flight follow the
// transport's jobs, closing removes the consumer instances a connection created, operations keep
// no finished children, answers over the size limit stop, and retention moves beginning offsets.
#include "clientfixture.h"
#include "core/dialects/common/operation.h"
#include "core/http/httpjob.h"
#include "core/http/transport.h"
#include "core/services/openconnection.h"

#include <QSignalSpy>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

class TestHardening : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;

    void fault(const QString &spec)
    {
        const auto parsed = Sandbox::FaultSpec::parse(spec);
        QVERIFY2(parsed, qPrintable(spec));
        m_server->addFault(*parsed);
    }
    int instancesIn(const QString &group) const
    {
        const Sandbox::ConsumerGroup *g = m_server->groups().group(group);
        return g ? int(g->instances.size()) : 0;
    }
    void produce(KafkaClient &client, const QString &topic, int count, int partition = 0)
    {
        QList<ProduceRecord> records;
        for (int i = 0; i < count; ++i)
            records.append(record(topic, "value-" + QByteArray::number(i), {}, partition));
        Waiter<QList<ProduceResult>> produced;
        client.produce(records, this, produced.callback());
        GREGOR_AWAIT_OK(produced);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        QVERIFY(m_server->createTopic(u"t"_s, 1));
        QVERIFY(m_server->createTopic(u"many"_s, 2));
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        produce(*client, u"many"_s, 2000, 0);
        produce(*client, u"many"_s, 2000, 1);
    }
    void cleanup() { m_server->clearFaults(); }

    void inFlightFollowsTheJobsNotTheJournal()
    {
        fault(u"latency=300@/topics"_s);
        ConnectionProfile profile = ConnectionProfile::create(u"in flight"_s);
        OpenConnection connection(profile);
        connection.open(m_server->url(), {});
        QSignalSpy changed(&connection, &OpenConnection::requestsInFlightChanged);
        std::array<Waiter<QList<TopicInfo>>, 3> waiters;
        for (auto &w : waiters)
            connection.client()->listTopics(this, w.callback());
        QCOMPARE(connection.requestsInFlight(), 3);
        // Clearing the log (or it evicting running entries) no longer touches the count.
        connection.journal()->clear();
        QCOMPARE(connection.requestsInFlight(), 3);
        for (const auto &w : waiters)
            GREGOR_AWAIT_OK(w);
        QTRY_COMPARE(connection.requestsInFlight(), 0);
        QCOMPARE(changed.last().at(0).toInt(), 0);

        // A journal of capacity 1 evicts running entries as new ones start: still exact.
        Journal small(1);
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), &small);
        Waiter<QList<TopicInfo>> a, b;
        client->listTopics(this, a.callback());
        client->listTopics(this, b.callback());
        QCOMPARE(small.size(), 1);
        QCOMPARE(client->requestsInFlight(), 2);
        GREGOR_AWAIT_OK(a);
        GREGOR_AWAIT_OK(b);
        QTRY_COMPARE(client->requestsInFlight(), 0);
    }

    void closingRemovesTheInstancesOfAConfluentRead_data()
    {
        QTest::addColumn<bool>("viaConnection");
        QTest::newRow("close the connection") << true;
        QTest::newRow("shut the client down") << false;
    }
    void closingRemovesTheInstancesOfAConfluentRead()
    {
        QFETCH(bool, viaConnection);
        // Slow record polls keep the read going while the connection closes.
        fault(u"latency=400@/consumers/gregor-reader/instances/*/records"_s);
        ConnectionProfile profile = ConnectionProfile::create(u"v2"_s);
        profile.dialect = DialectKind::ConfluentV2;
        profile.proxy = ConnectionSettings::ProxyKind::None;
        auto connection = std::make_unique<OpenConnection>(profile);
        connection->open(m_server->url(), {});
        ReadRequest request;
        request.topic = u"many"_s;
        request.maxRecords = 0;
        Waiter<ReadSummary> read;
        connection->client()->read(request, this, [](const QList<Record> &) {}, read.callback());
        QTRY_COMPARE_WITH_TIMEOUT(instancesIn(u"gregor-reader"_s), 1, 10000);

        std::optional<int> leftBehind;
        if (viaConnection)
            connection->close(this, [&leftBehind](int left) { leftBehind = left; });
        else
            connection->client()->shutdown(2000, this, [&leftBehind](int left) { leftBehind = left; });
        QCOMPARE(read.calls, 1);
        QCOMPARE(read.error().kind, ErrorKind::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(leftBehind.has_value(), 5000);
        QCOMPARE(*leftBehind, 0);
        QCOMPARE(instancesIn(u"gregor-reader"_s), 0);
        connection.reset();
    }

    void closingRemovesTheInstanceOfACommittedLookup()
    {
        fault(u"latency=400@/consumers/*/instances/*/offsets"_s);
        ConnectionSettings settings = settingsFor(*m_server, DialectKind::ConfluentV2);
        auto client = createKafkaClient(settings, nullptr);
        Waiter<QList<PartitionOffset>> committed;
        client->committedOffsets(u"lookup-group"_s, {{u"many"_s, 0}}, this, committed.callback());
        QTRY_COMPARE_WITH_TIMEOUT(instancesIn(u"lookup-group"_s), 1, 10000);
        std::optional<int> leftBehind;
        client->shutdown(2000, this, [&leftBehind](int left) { leftBehind = left; });
        QTRY_VERIFY_WITH_TIMEOUT(leftBehind.has_value(), 5000);
        QCOMPARE(*leftBehind, 0);
        QCOMPARE(instancesIn(u"lookup-group"_s), 0);
        QCOMPARE(committed.calls, 1);
    }

    void closingEndsWithinItsBoundWhenDeletesHang()
    {
        ConnectionProfile profile = ConnectionProfile::create(u"v2"_s);
        profile.dialect = DialectKind::ConfluentV2;
        profile.proxy = ConnectionSettings::ProxyKind::None;
        OpenConnection connection(profile);
        connection.open(m_server->url(), {});
        fault(u"latency=400@/consumers/gregor-reader/instances/*/records"_s);
        ReadRequest request;
        request.topic = u"many"_s;
        request.maxRecords = 0;
        Waiter<ReadSummary> read;
        connection.client()->read(request, this, [](const QList<Record> &) {}, read.callback());
        QTRY_COMPARE_WITH_TIMEOUT(instancesIn(u"gregor-reader"_s), 1, 10000);
        // Deletes that never get an answer: the close still ends, saying one was left behind.
        fault(u"latency=5000@/consumers/gregor-reader/instances/*"_s);
        std::optional<int> leftBehind;
        connection.close(this, [&leftBehind](int left) { leftBehind = left; }, 300);
        QTRY_VERIFY_WITH_TIMEOUT(leftBehind.has_value(), 5000);
        // One left behind means the close gave up at its own deadline instead of waiting for the answer.
        QCOMPARE(*leftBehind, 1);
        m_server->clearFaults();
        // The sandbox handled the delete and held back only its answer; nothing is left over.
        QTRY_COMPARE_WITH_TIMEOUT(instancesIn(u"gregor-reader"_s), 0, 10000);
    }

    void operationsKeepOnlyTheChildrenInFlight()
    {
        auto transport = std::make_unique<Transport>(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        int answered = 0;
        auto *op = new Operation<Done>(this, [](Result<Done>) {}, transport.get());
        QPointer<Operation<Done>> guard(op);
        std::function<void()> next = [&] {
            if (answered == 300)
                return op->finishWith(Done{});
            HttpRequest request;
            request.path = u"/topics"_s;
            op->send(transport.get(), request, [&](Result<HttpResponse>) {
                ++answered;
                QVERIFY(op->trackedChildren() <= 2); // this one, finishing, and none before it
                next();
            });
        };
        next();
        QTRY_COMPARE_WITH_TIMEOUT(answered, 300, 30000);
        QTRY_VERIFY(guard.isNull());
    }

    void answersOverTheLimitStopWithTooLarge()
    {
        ConnectionSettings settings = settingsFor(*m_server, DialectKind::ConfluentV2);
        settings.maxResponseBytes = 4096;
        Journal journal;
        auto client = createKafkaClient(settings, &journal);
        ReadRequest request;
        request.topic = u"many"_s;
        request.maxRecords = 0;
        Waiter<ReadSummary> read;
        client->read(request, this, [](const QList<Record> &) {}, read.callback());
        GREGOR_AWAIT(read);
        QCOMPARE(read.calls, 1);
        QVERIFY(!read.result->has_value());
        QCOMPARE(read.error().kind, ErrorKind::TooLarge);
        QVERIFY2(read.error().userText.contains(u"limit"_s), qPrintable(read.error().userText));
        QVERIFY(read.error().journalId != 0);
        const JournalEntry *entry = journal.find(read.error().journalId);
        QVERIFY(entry && !entry->inFlight());
        QCOMPARE(entry->error, read.error().userText);
        QTRY_COMPARE(client->requestsInFlight(), 0);
    }

    void retentionMovesBeginningOffsetsInEveryDialect_data()
    {
        QTest::addColumn<DialectKind>("dialect");
        QTest::newRow("upstash") << DialectKind::Upstash;
        QTest::newRow("confluent v2") << DialectKind::ConfluentV2;
        QTest::newRow("confluent v1") << DialectKind::ConfluentV1;
    }
    void retentionMovesBeginningOffsetsInEveryDialect()
    {
        QFETCH(DialectKind, dialect);
        Sandbox::SandboxOptions options;
        options.retention.maxRecords = 5;
        auto server = startSandbox(options);
        QVERIFY(server->createTopic(u"kept"_s, 2));
        auto producer = createKafkaClient(settingsFor(*server, DialectKind::Upstash), nullptr);
        produce(*producer, u"kept"_s, 20, 0);
        produce(*producer, u"kept"_s, 20, 1);
        auto client = createKafkaClient(settingsFor(*server, dialect), nullptr);

        Waiter<TopicDetails> details;
        client->topicDetails(u"kept"_s, this, details.callback());
        GREGOR_AWAIT_OK(details);
        for (const PartitionInfo &p : details.value().partitions) {
            QCOMPARE(p.beginningOffset.value_or(-1), 15);
            QCOMPARE(p.endOffset.value_or(-1), 20);
            QCOMPARE(p.recordCount(), 5);
        }
        const auto offsetsRead = [&](ReadRequest request) {
            QList<qint64> offsets;
            Waiter<ReadSummary> done;
            client->read(
                request, this,
                [&offsets](const QList<Record> &batch) {
                    for (const Record &r : batch)
                        offsets.append(r.offset);
                },
                done.callback());
            [&] { GREGOR_AWAIT_OK(done); }();
            std::ranges::sort(offsets);
            return offsets;
        };
        ReadRequest request;
        request.topic = u"kept"_s;
        request.partitions = {0};
        request.maxRecords = 0;
        QCOMPARE(offsetsRead(request), (QList<qint64>{15, 16, 17, 18, 19}));
        request.newestCount = 3;
        QCOMPARE(offsetsRead(request), (QList<qint64>{17, 18, 19}));
        request.newestCount = 0;
        request.start = OffsetSpec::atOffset(2); // below the beginning: starts at the first kept
        QCOMPARE(offsetsRead(request), (QList<qint64>{15, 16, 17, 18, 19}));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
