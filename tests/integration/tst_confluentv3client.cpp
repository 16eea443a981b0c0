// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfixture.h"
#include "core/dialects/confluent/confluentv3client.h"
#include "core/http/curl.h"
#include "core/lag/lagrefresh.h"

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

// The Confluent v3 dialects against the in-process sandbox: Confluent Platform (v3 beside v2,
// under /v3) and Confluent Cloud (v3 only, under /kafka/v3, API key and secret as Basic auth).
// Every operation, the route each one takes, and what Cloud refuses.
class TestConfluentV3Client : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    Journal m_journal;
    std::unique_ptr<KafkaClient> m_platform;
    std::unique_ptr<KafkaClient> m_cloud;
    std::unique_ptr<KafkaClient> m_upstash; // reads headers and timestamps back

    std::unique_ptr<KafkaClient> clientFor(DialectKind dialect, bool readOnly = false)
    {
        ConnectionSettings settings = settingsFor(*m_server, dialect);
        settings.auth = ConnectionSettings::AuthKind::Basic;
        settings.user = u"API-KEY"_s;
        settings.secret = u"api secret"_s;
        settings.readOnly = readOnly;
        return createKafkaClient(settings, &m_journal);
    }
    KafkaClient *client()
    {
        QFETCH_GLOBAL(bool, cloud);
        return cloud ? m_cloud.get() : m_platform.get();
    }
    QList<ProduceResult> produce(KafkaClient *client, const QList<ProduceRecord> &records)
    {
        Waiter<QList<ProduceResult>> w;
        client->produce(records, this, w.callback());
        [&] { GREGOR_AWAIT_OK(w); }();
        return w.result->value_or(QList<ProduceResult>{});
    }
    QList<Record> readWithUpstash(const QString &topic, int partition, qint64 from)
    {
        QList<Record> records;
        Waiter<ReadSummary> w;
        m_upstash->read(
            {topic, {partition}, OffsetSpec::atOffset(from), 0, 100}, this,
            [&](const QList<Record> &batch) { records += batch; }, w.callback());
        [&] { GREGOR_AWAIT_OK(w); }();
        return records;
    }
    qint64 endOffset(const QString &topic, int partition)
    {
        return m_server->store().topic(topic)->partitions[size_t(partition)].endOffset();
    }
    // The paths the journal saw since `mark`, as "METHOD path".
    QStringList pathsSince(qsizetype mark) const
    {
        QStringList paths;
        for (int i = int(mark); i < m_journal.size(); ++i)
            paths.append(QString::fromLatin1(m_journal.at(i).method) + u' ' + m_journal.at(i).url.path());
        return paths;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("cloud");
        QTest::newRow("platform /v3 + v2") << false;
        QTest::newRow("cloud /kafka/v3") << true;
    }

    void initTestCase()
    {
        Sandbox::SandboxOptions options;
        options.basicUser = u"API-KEY"_s;
        options.basicPassword = u"api secret"_s;
        m_server = startSandbox(options);
        QVERIFY(m_server->createTopic(u"orders"_s, 3));
        QVERIFY(m_server->createTopic(u"audit"_s, 1));
        m_platform = clientFor(DialectKind::ConfluentV3);
        m_cloud = clientFor(DialectKind::ConfluentCloud);
        m_upstash = clientFor(DialectKind::Upstash);
        QCOMPARE(m_platform->dialect(), DialectKind::ConfluentV3);
        QCOMPARE(m_cloud->dialect(), DialectKind::ConfluentCloud);
    }

    void capabilities()
    {
        QFETCH_GLOBAL(bool, cloud);
        const Capabilities caps = client()->capabilities();
        QVERIFY(caps.testFlag(Capability::ServerSideLag));
        QVERIFY(caps.testFlag(Capability::ListGroups));
        QVERIFY(caps.testFlag(Capability::ManageTopics));
        QVERIFY(caps.testFlag(Capability::ProduceHeaders));
        QCOMPARE(caps.testFlag(Capability::Consume), !cloud);
        QCOMPARE(caps.testFlag(Capability::ResetOffsets), !cloud);
    }

    void listTopicsThroughV3WithPartitionCounts()
    {
        QFETCH_GLOBAL(bool, cloud);
        const qsizetype mark = m_journal.size();
        Waiter<QList<TopicInfo>> w;
        client()->listTopics(this, w.callback());
        GREGOR_AWAIT_OK(w);
        QVERIFY(w.value().contains(TopicInfo{u"orders"_s, 3}));
        QVERIFY(w.value().contains(TopicInfo{u"audit"_s, 1}));
        const QString base = cloud ? u"/kafka/v3"_s : u"/v3"_s;
        const QStringList paths = pathsSince(mark);
        QVERIFY2(!paths.isEmpty() && paths.last() == u"GET %1/clusters/gregor-sandbox/topics"_s.arg(base),
                 qPrintable(paths.join(u", "_s)));
    }

    void topicDetailsWithOffsetsReplicasAndConfigs()
    {
        produce(client(), {record(u"audit"_s, "one"), record(u"audit"_s, "two")});
        Waiter<TopicDetails> w;
        client()->topicDetails(u"audit"_s, this, w.callback());
        GREGOR_AWAIT_OK(w);
        QCOMPARE(w.value().partitions.size(), 1);
        const PartitionInfo &p = w.value().partitions.first();
        QCOMPARE(p.beginningOffset, 0);
        QVERIFY(p.endOffset.value_or(0) >= 2);
        QVERIFY(!p.replicas.isEmpty());
        QVERIFY(!w.value().configs.isEmpty());

        Waiter<TopicDetails> missing;
        client()->topicDetails(u"nope"_s, this, missing.callback());
        GREGOR_AWAIT(missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void brokers()
    {
        Waiter<QList<BrokerInfo>> w;
        client()->brokers(this, w.callback());
        GREGOR_AWAIT_OK(w);
        QVERIFY(!w.value().isEmpty());
    }

    void offsetsEarliestAndLatest()
    {
        const QList<TopicPartition> tps{{u"orders"_s, 0}, {u"orders"_s, 2}};
        Waiter<QList<PartitionOffset>> earliest, latest, byTime;
        client()->offsets(tps, OffsetSpec::earliest(), this, earliest.callback());
        client()->offsets(tps, OffsetSpec::latest(), this, latest.callback());
        client()->offsets(tps, OffsetSpec::atTime(0), this, byTime.callback());
        GREGOR_AWAIT_OK(earliest);
        GREGOR_AWAIT_OK(latest);
        QCOMPARE(earliest.value().size(), 2);
        QCOMPARE(earliest.value()[1].tp, (TopicPartition{u"orders"_s, 2}));
        QCOMPARE(earliest.value()[0].offset, 0);
        QCOMPARE(latest.value()[1].tp, (TopicPartition{u"orders"_s, 2}));
        GREGOR_AWAIT(byTime);
        QCOMPARE(byTime.error().kind, ErrorKind::Unsupported);
    }

    void produceWithHeadersAndTimestampGoesThroughV3()
    {
        QFETCH_GLOBAL(bool, cloud);
        ProduceRecord r = record(u"orders"_s, "{\"id\":1}", "k1", 1);
        r.headers = {{u"trace"_s, "abc"}, {u"bin"_s, QByteArray("\x00\xff", 2)}};
        r.timestampMs = 1700000000123;
        ProduceRecord nullKey = record(u"orders"_s, "plain", {}, 1);
        nullKey.key = QByteArray(); // null, not empty
        nullKey.headers = {{u"h"_s, "v"}};
        const qsizetype mark = m_journal.size();
        const QList<ProduceResult> results = produce(client(), {r, nullKey});
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].partition, 1);
        QCOMPARE(results[1].offset, results[0].offset + 1);
        const QString base = cloud ? u"/kafka/v3"_s : u"/v3"_s;
        QVERIFY(
            pathsSince(mark).contains(u"POST %1/clusters/gregor-sandbox/topics/orders/records"_s.arg(base)));

        const QList<Record> back = readWithUpstash(u"orders"_s, 1, results[0].offset);
        QVERIFY(back.size() >= 2);
        QCOMPARE(back[0].value, "{\"id\":1}"_ba);
        QCOMPARE(back[0].key, "k1"_ba);
        QCOMPARE(back[0].timestampMs, 1700000000123);
        // Upstash carries header values as text: the binary one is checked in the store.
        QCOMPARE(back[0].headers.first(), r.headers.first());
        QCOMPARE(m_server->store().topic(u"orders"_s)->partitions[1].at(results[0].offset).headers(),
                 r.headers);
        QVERIFY(back[1].key.isNull());
        QCOMPARE(back[1].headers, nullKey.headers);
    }

    void plainProduceGoesThroughV2OnPlatformAndV3OnCloud()
    {
        QFETCH_GLOBAL(bool, cloud);
        const qsizetype mark = m_journal.size();
        const QList<ProduceResult> results =
            produce(client(), {record(u"audit"_s, "x"), record(u"orders"_s, "y", {}, 0)});
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].topic, u"audit"_s);
        QCOMPARE(results[1].topic, u"orders"_s);
        QCOMPARE(results[1].partition, 0);
        const QStringList paths = pathsSince(mark);
        QCOMPARE(paths.contains(u"POST /topics/audit"_s), !cloud);
        QCOMPARE(paths.contains(u"POST /kafka/v3/clusters/gregor-sandbox/topics/audit/records"_s), cloud);
    }

    void readingThroughV2OrRefusedOnCloud()
    {
        QFETCH_GLOBAL(bool, cloud);
        QList<Record> records;
        Waiter<ReadSummary> w;
        client()->read(
            {u"audit"_s, {0}, OffsetSpec::earliest(), 0, 10}, this,
            [&](const QList<Record> &batch) { records += batch; }, w.callback());
        GREGOR_AWAIT(w);
        if (cloud) {
            QCOMPARE(w.error().kind, ErrorKind::Unsupported);
            QVERIFY(w.error().userText.contains(u"reads records"_s));
            QVERIFY(records.isEmpty());
        } else {
            QVERIFY(w.result->has_value());
            QVERIFY(records.size() >= 2);
            QCOMPARE(records.first().value, "one"_ba);
        }
        QCOMPARE(w.calls, 1);
    }

    void cloudSessionsRefuseWithoutSending()
    {
        ConsumerConfig config;
        config.group = u"cloud-readers"_s;
        config.topics = {u"audit"_s};
        auto session = m_cloud->createConsumerSession(config);
        const qsizetype mark = m_journal.size();
        Waiter<QList<Record>> poll;
        session->poll(100, this, poll.callback());
        GREGOR_AWAIT(poll);
        QCOMPARE(poll.error().kind, ErrorKind::Unsupported);
        Waiter<Done> commit;
        m_cloud->commitOffsets(u"g"_s, {{{u"audit"_s, 0}, 1}}, this, commit.callback());
        GREGOR_AWAIT(commit);
        QCOMPARE(commit.error().kind, ErrorKind::Unsupported);
        Waiter<Done> drop;
        m_cloud->deleteConsumer(u"g"_s, u"i"_s, this, drop.callback());
        GREGOR_AWAIT(drop);
        QCOMPARE(drop.error().kind, ErrorKind::Unsupported);
        QCOMPARE(pathsSince(mark), QStringList());
    }

    // A group consumed and committed through v2 (on Platform): v3 lists it with its member and
    // client id, and computes its lag; Cloud sees the same group.
    void groupsAndServerLag()
    {
        ConsumerConfig config;
        config.group = u"billing"_s;
        config.topics = {u"audit"_s};
        config.autoOffsetReset = ConsumerConfig::Reset::Earliest;
        auto session = m_platform->createConsumerSession(config);
        QList<Record> got;
        for (int attempt = 0; attempt < 30 && got.isEmpty(); ++attempt) {
            Waiter<QList<Record>> w;
            session->poll(200, this, w.callback());
            GREGOR_AWAIT_OK(w);
            got = w.value();
        }
        QVERIFY(!got.isEmpty());
        Waiter<Done> commit;
        session->commit({{{u"audit"_s, 0}, 1}}, this, commit.callback());
        GREGOR_AWAIT_OK(commit);

        Waiter<QList<ConsumerGroupInfo>> groups;
        client()->listGroups(this, groups.callback());
        GREGOR_AWAIT_OK(groups);
        const auto billing = std::ranges::find(groups.value(), u"billing"_s, &ConsumerGroupInfo::name);
        QVERIFY(billing != groups.value().end());
        QCOMPARE(billing->instances.size(), 1);
        QVERIFY(!billing->instances.first().clientId.isEmpty());
        QCOMPARE(billing->instances.first().assignment, (QList<TopicPartition>{{u"audit"_s, 0}}));

        Waiter<ServerLag> lag;
        client()->serverLag(u"billing"_s, this, lag.callback());
        GREGOR_AWAIT_OK(lag);
        QCOMPARE(lag.value().committed, (QList<PartitionOffset>{{{u"audit"_s, 0}, 1}}));
        const qint64 end = endOffset(u"audit"_s, 0);
        QCOMPARE(lag.value().ends.value({u"audit"_s, 0}), end);
        QCOMPARE(lag.value().instances.size(), 1);

        Waiter<QList<PartitionOffset>> committed;
        client()->committedOffsets(u"billing"_s, {{u"audit"_s, 0}, {u"orders"_s, 0}}, this,
                                   committed.callback());
        GREGOR_AWAIT_OK(committed);
        QCOMPARE(committed.value(), (QList<PartitionOffset>{{{u"audit"_s, 0}, 1}, {{u"orders"_s, 0}, -1}}));

        // The lag view's refresh asks the server once per group, no offsets of its own.
        const qsizetype mark = m_journal.size();
        std::optional<Result<GroupSnapshot>> snapshot;
        bool finished = false;
        LagRefresh refresh(
            client(), {{u"billing"_s}, {}}, [] { return qint64(1000); },
            [&](const QString &group, Result<GroupSnapshot> s) {
                if (group == u"billing"_s)
                    snapshot = std::move(s);
            },
            [&](const auto &) { finished = true; });
        refresh.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
        QVERIFY(snapshot && snapshot->has_value());
        QCOMPARE((*snapshot)->totalLag(), end - 1);
        QCOMPARE((*snapshot)->instances.size(), 1);
        const QStringList paths = pathsSince(mark);
        QVERIFY2(std::ranges::none_of(paths, [](const QString &p) { return p.endsWith(u"/offset"_s); }),
                 qPrintable(paths.join(u", "_s)));
        QVERIFY(std::ranges::any_of(paths, [](const QString &p) { return p.endsWith(u"/billing/lags"_s); }));

        Waiter<Done> closed;
        session->close(this, closed.callback());
        GREGOR_AWAIT_OK(closed);
    }

    void lagOfAGroupWithNothingIsEmptyNotAnError()
    {
        Waiter<ServerLag> w;
        client()->serverLag(u"never-seen"_s, this, w.callback());
        GREGOR_AWAIT_OK(w);
        QCOMPARE(w.value(), ServerLag{});
    }

    void readOnlyRefusesProduceBeforeSending()
    {
        QFETCH_GLOBAL(bool, cloud);
        auto readOnly = clientFor(cloud ? DialectKind::ConfluentCloud : DialectKind::ConfluentV3, true);
        ProduceRecord r = record(u"orders"_s, "no");
        r.headers = {{u"h"_s, "v"}};
        const qint64 before =
            endOffset(u"orders"_s, 0) + endOffset(u"orders"_s, 1) + endOffset(u"orders"_s, 2);
        Waiter<QList<ProduceResult>> w;
        readOnly->produce({r, record(u"orders"_s, "plain")}, this, w.callback());
        GREGOR_AWAIT(w);
        QVERIFY(!w.result->has_value());
        QCOMPARE(w.error().kind, ErrorKind::Forbidden);
        QVERIFY(w.error().userText.contains(u"read-only"_s));
        const qint64 after =
            endOffset(u"orders"_s, 0) + endOffset(u"orders"_s, 1) + endOffset(u"orders"_s, 2);
        QCOMPARE(after, before);
    }

    // Create (a dry run first), configs, more partitions, config changes, delete: the topic
    // management the app offers, read back from the sandbox's store.
    void topicManagement()
    {
        QFETCH_GLOBAL(bool, cloud);
        const QString name = cloud ? u"managed-cloud"_s : u"managed-platform"_s;
        TopicAdmin *admin = client()->topicAdmin();
        QVERIFY(admin);
        const TopicSpec spec{name, 2, std::nullopt, {{u"retention.ms"_s, u"3600000"_s}}};

        Waiter<Done> dryRun;
        admin->createTopic(spec, true, this, dryRun.callback());
        GREGOR_AWAIT_OK(dryRun);
        QVERIFY(!m_server->store().topic(name));

        Waiter<Done> created;
        admin->createTopic(spec, false, this, created.callback());
        GREGOR_AWAIT_OK(created);
        QVERIFY(m_server->store().topic(name));
        QCOMPARE(m_server->store().partitionCount(name), 2);
        QCOMPARE(m_server->store().topic(name)->configs.value(u"retention.ms"_s), u"3600000"_s);

        Waiter<Done> again;
        admin->createTopic(spec, false, this, again.callback());
        GREGOR_AWAIT(again);
        QVERIFY(!again.result->has_value());
        QVERIFY2(again.error().userText.contains(u"already exists"_s), qPrintable(again.error().userText));

        Waiter<QList<TopicConfig>> configs;
        admin->topicConfigs(name, this, configs.callback());
        GREGOR_AWAIT_OK(configs);
        const auto retention = std::ranges::find(configs.value(), u"retention.ms"_s, &TopicConfig::name);
        QVERIFY(retention != configs.value().end());
        QCOMPARE(retention->value, u"3600000"_s);
        QCOMPARE(retention->source, ConfigSource::DynamicTopic);
        QVERIFY(std::ranges::is_sorted(configs.value(), {}, &TopicConfig::name));

        Waiter<Done> altered;
        admin->alterConfigs(name,
                            {{u"cleanup.policy"_s, u"compact"_s, ConfigChange::Operation::Set},
                             {u"retention.ms"_s, std::nullopt, ConfigChange::Operation::Reset}},
                            this, altered.callback());
        GREGOR_AWAIT_OK(altered);
        QCOMPARE(m_server->store().topic(name)->configs.value(u"cleanup.policy"_s), u"compact"_s);
        QVERIFY(!m_server->store().topic(name)->configs.contains(u"retention.ms"_s));

        Waiter<Done> more;
        admin->setPartitionCount(name, 5, this, more.callback());
        GREGOR_AWAIT_OK(more);
        QCOMPARE(m_server->store().partitionCount(name), 5);
        Waiter<Done> fewer;
        admin->setPartitionCount(name, 3, this, fewer.callback());
        GREGOR_AWAIT(fewer);
        QCOMPARE(fewer.error().kind, ErrorKind::BadRequest);
        QCOMPARE(m_server->store().partitionCount(name), 5);

        // Read-only: every change is refused before it is sent; the dry run and the configs read.
        auto readOnly = clientFor(cloud ? DialectKind::ConfluentCloud : DialectKind::ConfluentV3, true);
        const qsizetype mark = m_journal.size();
        Waiter<Done> refusedDelete, refusedAlter, refusedPartitions, refusedCreate;
        readOnly->topicAdmin()->deleteTopic(name, this, refusedDelete.callback());
        readOnly->topicAdmin()->alterConfigs(
            name, {{u"cleanup.policy"_s, u"delete"_s, ConfigChange::Operation::Set}}, this,
            refusedAlter.callback());
        readOnly->topicAdmin()->setPartitionCount(name, 6, this, refusedPartitions.callback());
        readOnly->topicAdmin()->createTopic({name + u"-2"_s, 1, {}, {}}, false, this,
                                            refusedCreate.callback());
        for (auto *w : {&refusedDelete, &refusedAlter, &refusedPartitions, &refusedCreate}) {
            GREGOR_AWAIT(*w);
            QCOMPARE(w->error().kind, ErrorKind::Forbidden);
        }
        // The request log may show the refused calls; none of them got an answer.
        for (int i = int(mark); i < m_journal.size(); ++i)
            if (m_journal.at(i).method != "GET")
                QCOMPARE(m_journal.at(i).status, 0);
        QCOMPARE(m_server->store().partitionCount(name), 5);

        // Copy as curl: the same request, no secret in it.
        const auto curl = admin->setPartitionCountRequest(name, 6);
        QVERIFY(curl);
        QCOMPARE(curl->method, "PATCH"_ba);
        QVERIFY(curl->path.endsWith(u"/topics/"_s + name));

        Waiter<Done> deleted;
        admin->deleteTopic(name, this, deleted.callback());
        GREGOR_AWAIT_OK(deleted);
        QVERIFY(!m_server->store().topic(name));
        Waiter<Done> deletedAgain;
        admin->deleteTopic(name, this, deletedAgain.callback());
        GREGOR_AWAIT(deletedAgain);
        QCOMPARE(deletedAgain.error().kind, ErrorKind::NotFound);
    }

    void otherDialectsHaveNoTopicAdmin()
    {
        QVERIFY(!m_upstash->topicAdmin());
        auto v2 = clientFor(DialectKind::ConfluentV2);
        QVERIFY(!v2->topicAdmin());
        QVERIFY(!v2->capabilities().testFlag(Capability::ManageTopics));
    }

    // Confluent's v3 rate limit is an HTML page: after the retries it reads as one sentence, and
    // the request log keeps the exchange with its copy as curl (the secret as a variable).
    void rateLimitedAsHtmlAndTheRequestLog()
    {
        QFETCH_GLOBAL(bool, cloud);
        const QString base = cloud ? u"/kafka/v3"_s : u"/v3"_s;
        auto fresh = clientFor(cloud ? DialectKind::ConfluentCloud : DialectKind::ConfluentV3);
        m_server->setFaults({*Sandbox::FaultSpec::parse(QString(u"status=429@"_s + base + u"/*"_s))});
        const qsizetype mark = m_journal.size();
        Waiter<QList<TopicInfo>> w;
        fresh->listTopics(this, w.callback());
        GREGOR_AWAIT(w);
        m_server->clearFaults();
        QCOMPARE(w.calls, 1);
        QCOMPARE(w.error().httpStatus, 429);
        QVERIFY2(w.error().userText.contains(u"rate-limiting"_s), qPrintable(w.error().userText));
        QVERIFY(m_journal.size() > mark);
        const JournalEntry &entry = m_journal.at(m_journal.size() - 1);
        QCOMPARE(entry.status, 429);
        QVERIFY(entry.responseBody.contains("HTTP ERROR 429"));
        QVERIFY(!entry.error.isEmpty());
        const QString curl = curlCommand(fresh->settings(), entry);
        QVERIFY2(curl.contains(base + u"/clusters"_s), qPrintable(curl));
        QVERIFY(curl.contains(u"$GREGOR_PASSWORD"_s));
        QVERIFY(!curl.contains(u"api secret"_s));

        // A produce through v3 in the log carries its body, so the curl sends the same records.
        ProduceRecord r = record(u"audit"_s, "logged");
        r.headers = {{u"trace"_s, "t-1"}};
        produce(fresh.get(), {r});
        const JournalEntry &produced = m_journal.at(m_journal.size() - 1);
        QVERIFY(produced.url.path().endsWith(u"/topics/audit/records"_s));
        const QString produceCurl = curlCommand(fresh->settings(), produced);
        QVERIFY2(produceCurl.contains(u"\"headers\""_s) && produceCurl.contains(u"application/json"_s),
                 qPrintable(produceCurl));
    }

    void wrongSecretIsAnAuthError()
    {
        QFETCH_GLOBAL(bool, cloud);
        ConnectionSettings settings =
            settingsFor(*m_server, cloud ? DialectKind::ConfluentCloud : DialectKind::ConfluentV3);
        settings.auth = ConnectionSettings::AuthKind::Basic;
        settings.user = u"API-KEY"_s;
        settings.secret = u"wrong"_s;
        auto wrong = createKafkaClient(settings, &m_journal);
        Waiter<QList<TopicInfo>> w;
        wrong->listTopics(this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Auth);
    }
};

QTEST_GUILESS_MAIN(TestConfluentV3Client)
#include "tst_confluentv3client.moc"
