// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfixture.h"
#include "core/api/partitioner.h"
#include "core/dialects/confluent/confluentsession.h"

#include <QSignalSpy>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

// Every KafkaClient operation of the Confluent v2 dialect against the in-process sandbox.
class TestConfluentV2Client : public QObject
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
    QList<Record> readAll(const ReadRequest &request, ReadSummary *summary = nullptr)
    {
        QList<Record> records;
        Waiter<ReadSummary> w;
        m_client->read(request, this, [&](const QList<Record> &batch) { records += batch; }, w.callback());
        [&] { GREGOR_AWAIT_OK(w); }();
        if (summary && w.result && *w.result)
            *summary = w.value();
        return records;
    }
    QList<Record> pollUntilRecords(ConsumerSession &session)
    {
        for (int attempt = 0; attempt < 30; ++attempt) {
            Waiter<QList<Record>> w;
            session.poll(200, this, w.callback());
            [&] { GREGOR_AWAIT_OK(w); }();
            if (!w.result || !*w.result || !w.value().isEmpty())
                return w.result && *w.result ? w.value() : QList<Record>{};
        }
        return {};
    }
    int instancesOf(const QString &group)
    {
        const auto *g = m_server->groups().group(group);
        return g ? int(g->instances.size()) : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        QVERIFY(m_server->createTopic(u"orders"_s, 3));
        QVERIFY(m_server->createTopic(u"audit"_s, 1));
        m_client = createKafkaClient(settingsFor(*m_server, DialectKind::ConfluentV2), &m_journal);
        QCOMPARE(m_client->dialect(), DialectKind::ConfluentV2);
    }

    void listTopics()
    {
        Waiter<QList<TopicInfo>> w;
        m_client->listTopics(this, w.callback());
        GREGOR_AWAIT_OK(w);
        QCOMPARE(w.value(), (QList<TopicInfo>{{u"audit"_s, 0}, {u"orders"_s, 0}}));
    }

    void brokers()
    {
        Waiter<QList<BrokerInfo>> w;
        m_client->brokers(this, w.callback());
        GREGOR_AWAIT_OK(w);
        QVERIFY(!w.value().isEmpty());
    }

    void produceBinary()
    {
        const QByteArray binary("\x00\x01\xfe\xff", 4);
        ProduceRecord tombstone = record(u"orders"_s, {}, "gone"_ba);
        const auto results =
            produce({record(u"orders"_s, binary, "21"_ba), record(u"orders"_s, "to one"_ba, {}, 1), tombstone,
                     record(u"audit"_s, "a"_ba), record(u"orders"_s, "last"_ba, ""_ba)});
        QCOMPARE(results.size(), 5);
        QCOMPARE(results[0].partition, partitionForKey("21", 3));
        QCOMPARE(results[1].partition, 1);
        QCOMPARE(results[3].topic, u"audit"_s);
        QCOMPARE(results[4].partition, partitionForKey("", 3)); // an empty key is hashed
        for (const ProduceResult &r : results)
            QVERIFY(r.ok());

        const QList<Record> records =
            readAll({u"orders"_s, {results[0].partition}, OffsetSpec::atOffset(results[0].offset), 0, 1});
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().value, binary);
        QCOMPARE(records.first().key, "21"_ba);
        QVERIFY(!records.first().timestampMs); // v2 has none
    }

    void produceHeadersUnsupported()
    {
        ProduceRecord r = record(u"orders"_s, "x"_ba);
        r.headers = {{u"h"_s, "v"_ba}};
        Waiter<QList<ProduceResult>> w;
        m_client->produce({r}, this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Unsupported);
    }

    void produceToMissingTopicFailsPerRecord()
    {
        const auto results = produce({record(u"missing"_s, "x"_ba)});
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.first().ok());
        QCOMPARE(results.first().error->serverCode, 50003);
    }

    void topicDetails()
    {
        Waiter<TopicDetails> w;
        m_client->topicDetails(u"orders"_s, this, w.callback());
        GREGOR_AWAIT_OK(w);
        QCOMPARE(w.value().name, u"orders"_s);
        QCOMPARE(w.value().partitions.size(), 3);
        qint64 total = 0;
        for (const PartitionInfo &p : w.value().partitions) {
            QVERIFY(p.leader);
            QVERIFY(!p.replicas.isEmpty());
            QCOMPARE(p.beginningOffset, 0);
            total += p.recordCount();
        }
        QCOMPARE(total, 4);
        Waiter<TopicDetails> missing;
        m_client->topicDetails(u"missing"_s, this, missing.callback());
        GREGOR_AWAIT(missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(missing.error().serverCode, 40401);
    }

    void offsets()
    {
        Waiter<QList<PartitionOffset>> earliest, latest, byTime;
        const QList<TopicPartition> tps{{u"audit"_s, 0}, {u"orders"_s, 1}};
        m_client->offsets(tps, OffsetSpec::earliest(), this, earliest.callback());
        m_client->offsets(tps, OffsetSpec::latest(), this, latest.callback());
        m_client->offsets(tps, OffsetSpec::atTime(0), this, byTime.callback());
        GREGOR_AWAIT_OK(earliest);
        GREGOR_AWAIT_OK(latest);
        GREGOR_AWAIT(byTime);
        QCOMPARE(earliest.value(), (QList<PartitionOffset>{{{u"audit"_s, 0}, 0}, {{u"orders"_s, 1}, 0}}));
        QCOMPARE(latest.value().first().offset, 1);
        QCOMPARE(byTime.error().kind, ErrorKind::Unsupported);
    }

    void readThroughAPrivateInstance()
    {
        QList<ProduceRecord> many;
        for (int i = 0; i < 300; ++i)
            many.append(record(u"orders"_s, QByteArray::number(i), {}, i % 3));
        produce(many);
        ReadSummary summary;
        QList<Record> records = readAll({u"orders"_s, {}, OffsetSpec::earliest(), 0, 0}, &summary);
        QCOMPARE(records.size(), 304);
        QVERIFY(summary.reachedEnd);
        records = readAll({u"orders"_s, {1}, OffsetSpec::earliest(), 5, 0}, &summary);
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.last().value, "298"_ba);
        records = readAll({u"orders"_s, {}, OffsetSpec::earliest(), 0, 50}, &summary);
        QCOMPARE(records.size(), 50);
        QVERIFY(summary.hitLimit);
        records = readAll({u"orders"_s, {}, OffsetSpec::atTime(0), 0, 0}, &summary);
        QCOMPARE(records.size(), 304);
        // The read's instances are deleted afterwards.
        QTRY_COMPARE(instancesOf(u"gregor-reader"_s), 0);
    }

    void committedOffsetsWithoutJoining()
    {
        ConsumerConfig config{u"billing"_s, {}, {u"audit"_s}, ConsumerConfig::Reset::Earliest, false,
                              5000,         0};
        auto session = m_client->createConsumerSession(config);
        Waiter<QList<PartitionOffset>> before;
        m_client->committedOffsets(u"billing"_s, {{u"audit"_s, 0}}, this, before.callback());
        GREGOR_AWAIT_OK(before);
        QCOMPARE(before.value().first().offset, -1);
        QTRY_COMPARE(instancesOf(u"billing"_s), 0); // the lookup's instance is gone again

        const QList<Record> records = pollUntilRecords(*session);
        QCOMPARE(records.size(), 1);
        QCOMPARE(instancesOf(u"billing"_s), 1);
        Waiter<Done> commit;
        session->commit({{{u"audit"_s, 0}, 1}}, this, commit.callback());
        GREGOR_AWAIT_OK(commit);

        Waiter<QList<PartitionOffset>> after;
        m_client->committedOffsets(u"billing"_s, {{u"audit"_s, 0}, {u"orders"_s, 0}}, this, after.callback());
        GREGOR_AWAIT_OK(after);
        QCOMPARE(after.value(), (QList<PartitionOffset>{{{u"audit"_s, 0}, 1}, {{u"orders"_s, 0}, -1}}));
        QTRY_COMPARE(instancesOf(u"billing"_s), 1); // only the session's

        Waiter<Done> commitConsumed;
        session->commit({}, this, commitConsumed.callback());
        GREGOR_AWAIT_OK(commitConsumed);
        Waiter<Done> closed;
        session->close(this, closed.callback());
        GREGOR_AWAIT_OK(closed);
        QCOMPARE(instancesOf(u"billing"_s), 0);
    }

    void sessionRecreatedAfter40403()
    {
        ConsumerConfig config{u"phoenix"_s, u"bird"_s, {u"audit"_s}, ConsumerConfig::Reset::Earliest, false,
                              5000,         0};
        auto session = m_client->createConsumerSession(config);
        QSignalSpy recreated(session.get(), &ConsumerSession::recreated);
        QCOMPARE(pollUntilRecords(*session).size(), 1);
        // The proxy forgets the instance behind the session's back.
        Waiter<Done> removed;
        m_client->deleteConsumer(u"phoenix"_s, u"bird"_s, this, removed.callback());
        GREGOR_AWAIT_OK(removed);
        QCOMPARE(instancesOf(u"phoenix"_s), 0);
        QCOMPARE(pollUntilRecords(*session).size(), 1); // earliest again: a fresh member
        QCOMPARE(recreated.count(), 1);
        QCOMPARE(instancesOf(u"phoenix"_s), 1);
    }

    void callsInFlightTogetherRecreateOnce()
    {
        ConsumerConfig config{u"hydra"_s, u"head"_s, {u"audit"_s}, ConsumerConfig::Reset::Earliest, false,
                              5000,       0};
        auto session = m_client->createConsumerSession(config);
        QSignalSpy recreated(session.get(), &ConsumerSession::recreated);
        QCOMPARE(pollUntilRecords(*session).size(), 1);
        Waiter<Done> removed;
        m_client->deleteConsumer(u"hydra"_s, u"head"_s, this, removed.callback());
        GREGOR_AWAIT_OK(removed);
        // Both answers report the lost instance; only the first may make a new one.
        Waiter<QList<Record>> first, second;
        session->poll(0, this, first.callback());
        session->poll(0, this, second.callback());
        GREGOR_AWAIT_OK(first);
        GREGOR_AWAIT_OK(second);
        QCOMPARE(recreated.count(), 1);
        QCOMPARE(instancesOf(u"hydra"_s), 1);
        Waiter<Done> closed;
        session->close(this, closed.callback());
        GREGOR_AWAIT_OK(closed);
        QCOMPARE(instancesOf(u"hydra"_s), 0);
    }

    void keepAliveTouchesTheInstance()
    {
        ConsumerConfig config{u"alive"_s, {}, {u"audit"_s}, ConsumerConfig::Reset::Earliest, false, 5000, 0};
        auto session = m_client->createConsumerSession(config);
        auto *confluent = qobject_cast<ConfluentSession *>(session.get());
        QVERIFY(confluent);
        pollUntilRecords(*session);
        const int before = m_journal.size();
        confluent->setKeepAliveInterval(20);
        const auto touched = [&] {
            for (int row = before; row < m_journal.size(); ++row) {
                if (m_journal.at(row).url.path().endsWith(u"/subscription"_s) &&
                    m_journal.at(row).method == "GET")
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(touched());
        // Deleting it makes the next keep-alive re-create it.
        QSignalSpy recreated(session.get(), &ConsumerSession::recreated);
        Waiter<Done> removed;
        m_client->deleteConsumer(u"alive"_s, session->instanceName(), this, removed.callback());
        GREGOR_AWAIT_OK(removed);
        QTRY_COMPARE(recreated.count(), 1);
        QTRY_COMPARE(instancesOf(u"alive"_s), 1);
        confluent->setKeepAliveInterval(0);
    }

    void listGroupsUnsupported()
    {
        Waiter<QList<ConsumerGroupInfo>> w;
        m_client->listGroups(this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Unsupported);
        QVERIFY(!w.error().userText.isEmpty());
    }

    void deleteMissingConsumer()
    {
        Waiter<Done> w;
        m_client->deleteConsumer(u"nobody"_s, u"nothing"_s, this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::NotFound);
        QCOMPARE(w.error().serverCode, 40403);
    }
};

QTEST_GUILESS_MAIN(TestConfluentV2Client)
#include "tst_confluentv2client.moc"
