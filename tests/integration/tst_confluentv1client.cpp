// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfixture.h"

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

// Every KafkaClient operation of Confluent v1 / IBM Message Hub (binary only, X-Auth-Token)
// against the in-process sandbox with token auth.
class TestConfluentV1Client : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    Journal m_journal;
    std::unique_ptr<KafkaClient> m_client;

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

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::SandboxOptions options;
        options.token = u"api-key-123"_s;
        m_server = startSandbox(options);
        QVERIFY(m_server->createTopic(u"legacy"_s, 2));
        ConnectionSettings settings = settingsFor(*m_server, DialectKind::ConfluentV1);
        settings.auth = ConnectionSettings::AuthKind::AuthToken;
        settings.secret = u"api-key-123"_s;
        m_client = createKafkaClient(settings, &m_journal);
        QCOMPARE(m_client->dialect(), DialectKind::ConfluentV1);
    }

    void wrongTokenIsAuth()
    {
        ConnectionSettings settings = m_client->settings();
        settings.secret = u"wrong"_s;
        auto client = createKafkaClient(settings, nullptr);
        Waiter<QList<TopicInfo>> w;
        client->listTopics(this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Auth);
        QVERIFY(w.error().userText.contains(u"user name and password"_s));
    }

    void listTopicsAndBrokers()
    {
        Waiter<QList<TopicInfo>> topics;
        Waiter<QList<BrokerInfo>> brokers;
        m_client->listTopics(this, topics.callback());
        m_client->brokers(this, brokers.callback());
        GREGOR_AWAIT_OK(topics);
        GREGOR_AWAIT_OK(brokers);
        QCOMPARE(topics.value(), (QList<TopicInfo>{{u"legacy"_s, 0}}));
        QVERIFY(!brokers.value().isEmpty());
        QVERIFY(m_journal.at(0).requestHeaders.contains(
            qMakePair("Accept"_ba, "application/vnd.kafka.v1+json"_ba)));
    }

    void produceAndTopicDetails()
    {
        QList<ProduceRecord> records;
        for (int i = 0; i < 20; ++i)
            records.append(record(u"legacy"_s, QByteArray::number(i), {}, i % 2));
        records.append(record(u"legacy"_s, QByteArray("\x00\xff", 2), "k"_ba, 0));
        Waiter<QList<ProduceResult>> produced;
        m_client->produce(records, this, produced.callback());
        GREGOR_AWAIT_OK(produced);
        QCOMPARE(produced.value().size(), 21);
        QCOMPARE(produced.value().last().partition, 0);
        QCOMPARE(produced.value().last().offset, 10);

        Waiter<TopicDetails> details;
        m_client->topicDetails(u"legacy"_s, this, details.callback());
        GREGOR_AWAIT_OK(details);
        QCOMPARE(details.value().partitions.size(), 2);
        QCOMPARE(details.value().partitions[0].endOffset.value_or(-1), 11);
        QCOMPARE(details.value().partitions[1].endOffset.value_or(-1), 10);

        Waiter<QList<PartitionOffset>> latest;
        m_client->offsets({{u"legacy"_s, 1}}, OffsetSpec::latest(), this, latest.callback());
        GREGOR_AWAIT_OK(latest);
        QCOMPARE(latest.value().first().offset, 10);
    }

    void readPartitionsDirectly()
    {
        ReadSummary summary;
        QList<Record> records = readAll({u"legacy"_s, {}, OffsetSpec::earliest(), 0, 0}, &summary);
        QCOMPARE(records.size(), 21);
        QVERIFY(summary.reachedEnd);
        QVERIFY(m_journal.at(m_journal.size() - 1).url.path().endsWith(u"/messages"_s));
        records = readAll({u"legacy"_s, {0}, OffsetSpec::atOffset(10), 0, 0});
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().value, QByteArray("\x00\xff", 2));
        QCOMPARE(records.first().key, "k"_ba);
        records = readAll({u"legacy"_s, {1}, OffsetSpec::earliest(), 3, 0});
        QCOMPARE(records.size(), 3);
        records = readAll({u"legacy"_s, {}, OffsetSpec::earliest(), 0, 4}, &summary);
        QCOMPARE(records.size(), 4);
        QVERIFY(summary.hitLimit);

        Waiter<ReadSummary> byTime;
        m_client->read({u"legacy"_s, {}, OffsetSpec::atTime(0), 0, 0}, this, {}, byTime.callback());
        GREGOR_AWAIT(byTime);
        QCOMPARE(byTime.error().kind, ErrorKind::Unsupported);
    }

    void sessionReadsCommitsAndCloses()
    {
        ConsumerConfig config{
            u"old-timers"_s, {}, {u"legacy"_s}, ConsumerConfig::Reset::Earliest, false, 5000, 0};
        auto session = m_client->createConsumerSession(config);
        QList<Record> records;
        for (int attempt = 0; attempt < 30 && records.size() < 21; ++attempt) {
            Waiter<QList<Record>> w;
            session->poll(200, this, w.callback());
            GREGOR_AWAIT_OK(w);
            records += w.value();
        }
        QCOMPARE(records.size(), 21);
        QCOMPARE(records.first().topic, u"legacy"_s);

        Waiter<Done> explicitCommit;
        session->commit({{{u"legacy"_s, 0}, 3}}, this, explicitCommit.callback());
        GREGOR_AWAIT(explicitCommit);
        QCOMPARE(explicitCommit.error().kind, ErrorKind::Unsupported);

        Waiter<Done> commit;
        session->commit({}, this, commit.callback());
        GREGOR_AWAIT_OK(commit);
        QCOMPARE(m_server->groups().committed(u"old-timers"_s, {u"legacy"_s, 0}), 11);

        Waiter<Done> closed;
        session->close(this, closed.callback());
        GREGOR_AWAIT_OK(closed);
        QVERIFY(!m_server->groups().group(u"old-timers"_s) ||
                m_server->groups().group(u"old-timers"_s)->instances.empty());
    }

    void deleteConsumer()
    {
        ConsumerConfig config{u"temp"_s, u"one"_s, {u"legacy"_s}, ConsumerConfig::Reset::Earliest, false,
                              5000,      0};
        auto session = m_client->createConsumerSession(config);
        Waiter<QList<Record>> polled;
        session->poll(100, this, polled.callback());
        GREGOR_AWAIT_OK(polled);
        Waiter<Done> removed;
        m_client->deleteConsumer(u"temp"_s, u"one"_s, this, removed.callback());
        GREGOR_AWAIT_OK(removed);
    }

    void unsupportedOperations()
    {
        Waiter<QList<PartitionOffset>> committed;
        Waiter<QList<ConsumerGroupInfo>> groups;
        m_client->committedOffsets(u"g"_s, {{u"legacy"_s, 0}}, this, committed.callback());
        m_client->listGroups(this, groups.callback());
        GREGOR_AWAIT(committed);
        GREGOR_AWAIT(groups);
        QCOMPARE(committed.error().kind, ErrorKind::Unsupported);
        QCOMPARE(groups.error().kind, ErrorKind::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestConfluentV1Client)
#include "tst_confluentv1client.moc"
