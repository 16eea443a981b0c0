// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfixture.h"
#include "core/api/partitioner.h"

#include <QSignalSpy>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

// Every KafkaClient operation of the Upstash dialect against the in-process sandbox.
class TestUpstashClient : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    Journal m_journal;
    std::unique_ptr<KafkaClient> m_client;

    QList<ProduceResult> produce(const QList<ProduceRecord> &records)
    {
        Waiter<QList<ProduceResult>> w;
        m_client->produce(records, this, w.callback());
        [&] { GREGOR_AWAIT_OK(w); }();
        return w.result->value_or(QList<ProduceResult>{});
    }
    QList<Record> readAll(const ReadRequest &request, ReadSummary *summary = nullptr, int *batches = nullptr)
    {
        QList<Record> records;
        int batchCount = 0;
        Waiter<ReadSummary> w;
        m_client->read(
            request, this,
            [&](const QList<Record> &batch) {
                records += batch;
                ++batchCount;
            },
            w.callback());
        [&] { GREGOR_AWAIT_OK(w); }();
        if (summary && w.result && *w.result)
            *summary = w.value();
        if (batches)
            *batches = batchCount;
        return records;
    }
    // Polls until records come (the first consume of an instance may answer [] while it joins).
    QList<Record> pollUntilRecords(ConsumerSession &session)
    {
        for (int attempt = 0; attempt < 30; ++attempt) {
            Waiter<QList<Record>> w;
            session.poll(200, this, w.callback());
            [&] { GREGOR_AWAIT_OK(w); }();
            if (!w.result || !*w.result)
                return {};
            if (!w.value().isEmpty())
                return w.value();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        QVERIFY(m_server->createTopic(u"orders"_s, 3));
        QVERIFY(m_server->createTopic(u"cities"_s, 1));
        m_client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), &m_journal);
        QCOMPARE(m_client->dialect(), DialectKind::Upstash);
        QVERIFY(m_client->capabilities().testFlag(Capability::RecordHeaders));
    }

    void listTopics()
    {
        Waiter<QList<TopicInfo>> w;
        m_client->listTopics(this, w.callback());
        GREGOR_AWAIT_OK(w);
        QCOMPARE(w.value(), (QList<TopicInfo>{{u"cities"_s, 1}, {u"orders"_s, 3}}));
        QCOMPARE(w.calls, 1);
    }

    void produceKeyedHeadersTimestamps()
    {
        ProduceRecord withHeaders = record(u"orders"_s, "hello"_ba, "21"_ba);
        withHeaders.headers = {{u"trace"_s, "85a9f12"_ba}};
        withHeaders.timestampMs = 1700000000123;
        const auto results =
            produce({withHeaders, record(u"orders"_s, "to two"_ba, {}, 2),
                     record(u"cities"_s, "Istanbul"_ba, "city"_ba), record(u"orders"_s, ""_ba)});
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[0].topic, u"orders"_s);
        QCOMPARE(results[0].partition, partitionForKey("21", 3)); // murmur2 like the Java client
        QCOMPARE(results[0].timestampMs, 1700000000123);
        QCOMPARE(results[1].partition, 2);
        QCOMPARE(results[2].topic, u"cities"_s);
        QCOMPARE(results[2].offset, 0);
        for (const ProduceResult &r : results)
            QVERIFY(r.ok());
    }

    void produceRejectsNonUtf8()
    {
        Waiter<QList<ProduceResult>> w;
        m_client->produce({record(u"orders"_s, QByteArray("\xff\xfe", 2))}, this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Unsupported);
    }

    void produceToMissingTopic()
    {
        Waiter<QList<ProduceResult>> w;
        m_client->produce({record(u"nope"_s, "x"_ba)}, this, w.callback());
        GREGOR_AWAIT(w);
        QVERIFY(!*w.result);
        QCOMPARE(w.error().kind, ErrorKind::NotFound);
        QCOMPARE(w.error().httpStatus, 404);
        QVERIFY(w.error().journalId > 0);
        QVERIFY(!w.error().outcomeUnknown);
    }

    void topicDetails()
    {
        Waiter<TopicDetails> w;
        m_client->topicDetails(u"orders"_s, this, w.callback());
        GREGOR_AWAIT_OK(w);
        QCOMPARE(w.value().partitions.size(), 3);
        qint64 total = 0;
        for (const PartitionInfo &p : w.value().partitions) {
            QCOMPARE(p.beginningOffset, 0);
            QVERIFY(p.endOffset);
            QVERIFY(!p.leader); // Upstash has no leaders
            total += p.recordCount();
        }
        QCOMPARE(total, 3);

        Waiter<TopicDetails> missing;
        m_client->topicDetails(u"nope"_s, this, missing.callback());
        GREGOR_AWAIT(missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void brokersUnsupported()
    {
        Waiter<QList<BrokerInfo>> w;
        m_client->brokers(this, w.callback());
        QVERIFY(!w.done()); // never calls back before the call returned
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Unsupported);
    }

    void offsets()
    {
        const QList<TopicPartition> tps{{u"cities"_s, 0}};
        Waiter<QList<PartitionOffset>> earliest, latest, byTime, future;
        m_client->offsets(tps, OffsetSpec::earliest(), this, earliest.callback());
        m_client->offsets(tps, OffsetSpec::latest(), this, latest.callback());
        m_client->offsets(tps, OffsetSpec::atTime(0), this, byTime.callback());
        m_client->offsets(tps, OffsetSpec::atTime(QDateTime::currentMSecsSinceEpoch() + 3600000), this,
                          future.callback());
        GREGOR_AWAIT_OK(earliest);
        GREGOR_AWAIT_OK(latest);
        GREGOR_AWAIT_OK(byTime);
        GREGOR_AWAIT_OK(future);
        QCOMPARE(earliest.value(), (QList<PartitionOffset>{{{u"cities"_s, 0}, 0}}));
        QCOMPARE(latest.value(), (QList<PartitionOffset>{{{u"cities"_s, 0}, 1}}));
        QCOMPARE(byTime.value().first().offset, 0);
        QCOMPARE(future.value().first().offset, -1);
    }

    void readEverything()
    {
        // Enough records that a partition needs several fetches (the sandbox answers ≤ 500 each).
        QList<ProduceRecord> many;
        for (int i = 0; i < 1200; ++i)
            many.append(record(u"orders"_s, QByteArray::number(i), {}, i % 3));
        QCOMPARE(produce(many).size(), 1200);
        ReadSummary summary;
        int batches = 0;
        const QList<Record> records =
            readAll({u"orders"_s, {}, OffsetSpec::earliest(), 0, 0}, &summary, &batches);
        QCOMPARE(records.size(), 1203);
        QCOMPARE(summary.records, 1203);
        QVERIFY(summary.reachedEnd);
        QVERIFY(!summary.hitLimit);
        QVERIFY(batches >= 3); // streamed, not one answer at the end
        const auto it =
            std::find_if(records.begin(), records.end(), [](const Record &r) { return r.key == "21"; });
        QVERIFY(it != records.end());
        QCOMPARE(it->value, "hello"_ba);
        QCOMPARE(it->headers, (QList<RecordHeader>{{u"trace"_s, "85a9f12"_ba}}));
        QCOMPARE(it->timestampMs, 1700000000123);
        QSet<std::pair<int, qint64>> seen;
        for (const Record &r : records)
            seen.insert({r.partition, r.offset});
        QCOMPARE(seen.size(), records.size()); // no duplicates
    }

    void readWindows()
    {
        ReadSummary summary;
        auto records = readAll({u"orders"_s, {2}, OffsetSpec::atOffset(5), 0, 10}, &summary);
        QCOMPARE(records.size(), 10);
        QVERIFY(summary.hitLimit);
        QCOMPARE(records.first().offset, 5);
        QCOMPARE(records.first().partition, 2);

        records = readAll({u"orders"_s, {0, 1}, OffsetSpec::earliest(), 3, 0}, &summary);
        QCOMPARE(records.size(), 6); // newest 3 of each
        QVERIFY(summary.reachedEnd);

        records = readAll({u"cities"_s, {}, OffsetSpec::latest(), 0, 100}, &summary);
        QVERIFY(records.isEmpty());
        QVERIFY(summary.reachedEnd);

        records = readAll({u"cities"_s, {}, OffsetSpec::atTime(0), 0, 100}, &summary);
        QCOMPARE(records.size(), 1);
        records = readAll(
            {u"cities"_s, {}, OffsetSpec::atTime(QDateTime::currentMSecsSinceEpoch() + 3600000), 0, 100});
        QVERIFY(records.isEmpty());

        Waiter<ReadSummary> badPartition;
        m_client->read({u"cities"_s, {7}, OffsetSpec::earliest(), 0, 10}, this, {}, badPartition.callback());
        GREGOR_AWAIT(badPartition);
        QCOMPARE(badPartition.error().kind, ErrorKind::NotFound);
    }

    void sessionCommitAndCommitted()
    {
        ConsumerConfig config;
        config.group = u"team a/b?"_s; // must survive the path
        config.topics = {u"cities"_s};
        config.autoOffsetReset = ConsumerConfig::Reset::Earliest;
        auto session = m_client->createConsumerSession(config);
        QVERIFY(!session->instanceName().isEmpty());

        Waiter<QList<PartitionOffset>> before;
        m_client->committedOffsets(config.group, {{u"cities"_s, 0}}, this, before.callback());
        GREGOR_AWAIT_OK(before);
        QCOMPARE(before.value().first().offset, -1);

        const QList<Record> records = pollUntilRecords(*session);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().value, "Istanbul"_ba);

        Waiter<Done> commit;
        session->commit({{{u"cities"_s, 0}, records.first().offset + 1}}, this, commit.callback());
        GREGOR_AWAIT_OK(commit);

        Waiter<QList<PartitionOffset>> after;
        m_client->committedOffsets(config.group, {{u"cities"_s, 0}}, this, after.callback());
        GREGOR_AWAIT_OK(after);
        QCOMPARE(after.value().first().offset, 1); // next offset to read

        Waiter<Done> commitConsumed;
        session->commit({}, this, commitConsumed.callback());
        GREGOR_AWAIT_OK(commitConsumed);

        Waiter<QList<ConsumerGroupInfo>> groups;
        m_client->listGroups(this, groups.callback());
        GREGOR_AWAIT_OK(groups);
        const auto group = std::find_if(groups.value().begin(), groups.value().end(),
                                        [&](const ConsumerGroupInfo &g) { return g.name == config.group; });
        QVERIFY(group != groups.value().end());
        QCOMPARE(group->instances.size(), 1);
        QCOMPARE(group->instances.first().name, session->instanceName());
        QCOMPARE(group->instances.first().assignment, (QList<TopicPartition>{{u"cities"_s, 0}}));

        Waiter<Done> closed;
        session->close(this, closed.callback());
        GREGOR_AWAIT_OK(closed);
        Waiter<QList<ConsumerGroupInfo>> afterClose;
        m_client->listGroups(this, afterClose.callback());
        GREGOR_AWAIT_OK(afterClose);
        for (const ConsumerGroupInfo &g : afterClose.value())
            QVERIFY(g.name != config.group || g.instances.isEmpty());
    }

    void deleteConsumer()
    {
        ConsumerConfig config{
            u"deleters"_s, u"inst 1"_s, {u"cities"_s}, ConsumerConfig::Reset::Earliest, false, 5000, 0};
        auto session = m_client->createConsumerSession(config);
        QCOMPARE(session->instanceName(), u"inst 1"_s);
        pollUntilRecords(*session);
        Waiter<Done> removed;
        m_client->deleteConsumer(u"deleters"_s, u"inst 1"_s, this, removed.callback());
        GREGOR_AWAIT_OK(removed);
        Waiter<Done> again;
        m_client->deleteConsumer(u"deleters"_s, u"inst 1"_s, this, again.callback());
        GREGOR_AWAIT(again);
        QCOMPARE(again.error().kind, ErrorKind::NotFound);
    }

    void journalRecordsEveryExchange()
    {
        QVERIFY(m_journal.size() > 10);
        for (int row = 0; row < m_journal.size(); ++row) {
            const JournalEntry &entry = m_journal.at(row);
            QVERIFY(!entry.inFlight());
            QVERIFY(entry.status > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestUpstashClient)
#include "tst_upstashclient.moc"
