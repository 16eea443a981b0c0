// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfixture.h"
#include "core/http/httpjob.h"
#include "core/http/transport.h"

#include <QPointer>
#include <QSignalSpy>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

// Timeouts, retries, unknown outcomes and cancellation, driven by the sandbox's fault injection.
class TestTransportFaults : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;

    void fault(const QString &spec)
    {
        const auto parsed = Sandbox::FaultSpec::parse(spec);
        QVERIFY2(parsed, qPrintable(spec));
        m_server->addFault(*parsed);
    }
    std::unique_ptr<KafkaClient> client(Journal *journal, int maxRetries = 3, int timeoutMs = 10000)
    {
        ConnectionSettings settings = settingsFor(*m_server, DialectKind::Upstash);
        settings.maxRetries = maxRetries;
        settings.timeoutMs = timeoutMs;
        return createKafkaClient(settings, journal);
    }
    int handled(QSignalSpy &spy, const QByteArray &pathPrefix)
    {
        int count = 0;
        for (const QList<QVariant> &call : std::as_const(spy))
            count += call.at(1).toByteArray().startsWith(pathPrefix) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HttpJob::setJitterSource([] { return 0.5; });
        m_server = startSandbox();
        QVERIFY(m_server->createTopic(u"t"_s, 1));
    }
    void cleanup() { m_server->clearFaults(); }

    void timeoutIsTimeout()
    {
        fault(u"latency=3000@/topics"_s);
        Journal journal;
        auto c = client(&journal, 0, 150);
        Waiter<QList<TopicInfo>> w;
        c->listTopics(this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Timeout);
        QCOMPARE(w.error().journalId, journal.at(0).id);
        QVERIFY(!journal.at(0).inFlight());
        QCOMPARE(journal.at(0).error, w.error().userText);
        QCOMPARE(w.calls, 1);
    }

    void readsAreRetriedThenFail()
    {
        fault(u"status=503@/topics"_s);
        QSignalSpy spy(m_server.get(), &Sandbox::SandboxServer::requestHandled);
        Journal journal;
        auto c = client(&journal, 2);
        Waiter<QList<TopicInfo>> w;
        c->listTopics(this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Server);
        QCOMPARE(w.error().httpStatus, 503);
        QCOMPARE(handled(spy, "/topics"), 3);
        QCOMPARE(journal.size(), 1); // one exchange, retries counted in it
        QCOMPARE(journal.at(0).retries, 2);
    }

    void readsRecoverFromIntermittentErrors()
    {
        fault(u"error-rate=0.5@/topics"_s);
        auto c = client(nullptr, 8);
        for (int i = 0; i < 10; ++i) {
            Waiter<QList<TopicInfo>> w;
            c->listTopics(this, w.callback());
            GREGOR_AWAIT_OK(w);
        }
    }

    void droppedReadsAreRetried()
    {
        fault(u"drop-rate=1@/topics"_s);
        QSignalSpy spy(m_server.get(), &Sandbox::SandboxServer::requestHandled);
        auto c = client(nullptr, 2);
        Waiter<QList<TopicInfo>> w;
        c->listTopics(this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Network);
        QVERIFY(!w.error().outcomeUnknown);
        // Qt itself re-sends an idempotent request once on a closed connection; ours come on top.
        QTRY_VERIFY(handled(spy, "/topics") >= 3);
    }

    void droppedProduceIsNeverRetried()
    {
        fault(u"drop-rate=1@/produce*"_s);
        QSignalSpy spy(m_server.get(), &Sandbox::SandboxServer::requestHandled);
        auto c = client(nullptr, 3);
        Waiter<QList<ProduceResult>> w;
        c->produce({record(u"t"_s, "once"_ba)}, this, w.callback());
        GREGOR_AWAIT(w);
        QVERIFY(w.error().outcomeUnknown); // distinct from "failed"
        QVERIFY(w.error().userText.contains(u"may or may not"_s));
        QCOMPARE(handled(spy, "/produce"), 1);
        m_server->clearFaults();
        // The sandbox did write it: exactly one record, no duplicate.
        Waiter<QList<PartitionOffset>> end;
        c->offsets({{u"t"_s, 0}}, OffsetSpec::latest(), this, end.callback());
        GREGOR_AWAIT_OK(end);
        QCOMPARE(end.value().first().offset, 1);
    }

    // A read that moves the server's position (a v2 consumer's records) is as unsafe to send twice
    // as a produce, though it is a GET without a body, which Qt re-sends on its own.
    void droppedStatefulReadIsSentOnce()
    {
        fault(u"drop-rate=1@/topics"_s);
        QSignalSpy spy(m_server.get(), &Sandbox::SandboxServer::requestHandled);
        Transport transport(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        HttpRequest request;
        request.path = u"/topics"_s;
        request.idempotent = false;
        Waiter<HttpResponse> w;
        transport.send(request, this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Network);
        QVERIFY(!w.error().outcomeUnknown); // a read has no outcome to check; it is read again
        QVERIFY(w.error().userText.contains(u"closed the connection"_s));
        QCOMPARE(handled(spy, "/topics"), 1);
    }

    // TLS settings only matter to https: a plain-HTTP connection (the sandbox) never loads them,
    // as the system CA store alone costs about a tenth of a second of CPU.
    void plainHttpIgnoresTlsSettings()
    {
        ConnectionSettings settings = settingsFor(*m_server, DialectKind::Upstash);
        settings.caFile = u"/nonexistent/ca.pem"_s;
        Transport plain(settings, nullptr);
        QVERIFY(plain.tlsConfig().has_value());
        auto c = createKafkaClient(settings, nullptr);
        Waiter<QList<TopicInfo>> w;
        c->listTopics(this, w.callback());
        GREGOR_AWAIT_OK(w);
        QUrl secureUrl = settings.baseUrl;
        secureUrl.setScheme(u"https"_s);
        settings.baseUrl = secureUrl;
        Transport secure(settings, nullptr);
        QVERIFY(!secure.tlsConfig().has_value()); // the missing CA file is reported for https
    }

    void truncatedAnswers()
    {
        fault(u"truncate-rate=1@/produce*"_s);
        fault(u"truncate-rate=1@/topics"_s);
        QSignalSpy spy(m_server.get(), &Sandbox::SandboxServer::requestHandled);
        auto c = client(nullptr, 1);
        Waiter<QList<ProduceResult>> produced;
        c->produce({record(u"t"_s, "cut"_ba)}, this, produced.callback());
        GREGOR_AWAIT(produced);
        QVERIFY(produced.error().outcomeUnknown);
        QCOMPARE(handled(spy, "/produce"), 1);
        Waiter<QList<TopicInfo>> listed;
        c->listTopics(this, listed.callback());
        GREGOR_AWAIT(listed);
        QVERIFY(listed.error().kind == ErrorKind::Protocol || listed.error().kind == ErrorKind::Network);
        QCOMPARE(handled(spy, "/topics"), 2); // retried once
    }

    void rateLimitedProduceIsRetried()
    {
        // A 429 means the server did nothing, so even a produce may ask again.
        fault(u"status=429@/produce*"_s);
        QSignalSpy spy(m_server.get(), &Sandbox::SandboxServer::requestHandled);
        auto c = client(nullptr, 2);
        Waiter<QList<ProduceResult>> w;
        c->produce({record(u"t"_s, "x"_ba)}, this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().httpStatus, 429);
        QVERIFY(!w.error().outcomeUnknown);
        QCOMPARE(handled(spy, "/produce"), 3);
    }

    void cancelFinishesOnceWithCancelled()
    {
        fault(u"latency=2000@/topics"_s);
        Journal journal;
        auto c = client(&journal);
        Waiter<QList<TopicInfo>> w;
        QPointer<Job> job = c->listTopics(this, w.callback());
        QVERIFY(job);
        QSignalSpy finished(job.data(), &Job::finished);
        job->cancel();
        QCOMPARE(w.calls, 1);
        QCOMPARE(w.error().kind, ErrorKind::Cancelled);
        QCOMPARE(finished.count(), 1);
        job->cancel();     // harmless after it finished
        QTRY_VERIFY(!job); // deletes itself
        QCOMPARE(w.calls, 1);
        QTRY_VERIFY(!journal.at(0).inFlight());
        QCOMPARE(w.error().journalId, journal.at(0).id);
    }

    void deadContextGetsNoCallback()
    {
        fault(u"latency=50@/topics"_s);
        auto c = client(nullptr);
        auto context = std::make_unique<QObject>();
        Waiter<QList<TopicInfo>> w;
        QPointer<Job> job = c->listTopics(context.get(), w.callback());
        context.reset();
        QTRY_VERIFY(!job); // it still finishes and cleans up
        QCOMPARE(w.calls, 0);
    }

    void deletingTheClientCancels()
    {
        fault(u"latency=2000@/topics"_s);
        auto c = client(nullptr);
        Waiter<QList<TopicInfo>> w;
        c->listTopics(this, w.callback());
        c.reset();
        QCOMPARE(w.calls, 1);
        QCOMPARE(w.error().kind, ErrorKind::Cancelled);
    }

    void cancellingAReadStopsItsRequests()
    {
        fault(u"latency=2000@/fetch"_s);
        auto c = client(nullptr);
        Waiter<ReadSummary> w;
        QPointer<Job> job = c->read({u"t"_s, {}, OffsetSpec::earliest(), 0, 0}, this, {}, w.callback());
        QSignalSpy spy(m_server.get(), &Sandbox::SandboxServer::requestHandled);
        QTRY_VERIFY(m_server->parkedRequests() > 0 || handled(spy, "/offsets") >= 2);
        job->cancel();
        QCOMPARE(w.error().kind, ErrorKind::Cancelled);
        QTRY_VERIFY(!job);
    }

    void connectionRefused()
    {
        ConnectionSettings settings = settingsFor(*m_server, DialectKind::ConfluentV2);
        QUrl url = settings.baseUrl;
        url.setPort(1); // nothing listens there
        settings.baseUrl = url;
        settings.maxRetries = 1;
        auto c = createKafkaClient(settings, nullptr);
        Waiter<QList<TopicInfo>> w;
        c->listTopics(this, w.callback());
        GREGOR_AWAIT(w);
        QCOMPARE(w.error().kind, ErrorKind::Network);
        QVERIFY(w.error().userText.contains(u"refused"_s));
    }
};

QTEST_GUILESS_MAIN(TestTransportFaults)
#include "tst_transportfaults.moc"
