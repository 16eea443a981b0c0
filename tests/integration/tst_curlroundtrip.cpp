// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfixture.h"
#include "core/dialects/confluent/confluentrequests.h"
#include "core/http/curl.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

// "Copy as curl" commands, run by a real shell and curl against the sandbox, give the answer the
// client got. The secret comes from $GREGOR_PASSWORD / $GREGOR_TOKEN as the command expects.
class TestCurlRoundTrip : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    const QString m_password = u"curl-pass-word"_s;
    const QString m_token = u"curl-token"_s;

    // Runs the command without blocking the event loop the in-process sandbox answers on.
    QByteArray run(const QString &command, const ConnectionSettings &settings)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GREGOR_PASSWORD"_s,
                   settings.auth == ConnectionSettings::AuthKind::Basic ? settings.secret : QString());
        env.insert(u"GREGOR_TOKEN"_s,
                   settings.auth == ConnectionSettings::AuthKind::Basic ? QString() : settings.secret);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(u"sh"_s, {u"-c"_s, command});
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000); }();
        const QByteArray err = process.readAllStandardError();
        if (!err.isEmpty())
            qWarning() << "curl:" << err;
        return process.readAllStandardOutput();
    }
    static QJsonDocument json(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes); }
    ConnectionSettings settings(DialectKind dialect)
    {
        ConnectionSettings s = settingsFor(*m_server, dialect);
        if (dialect == DialectKind::Upstash) {
            s.auth = ConnectionSettings::AuthKind::Basic;
            s.user = u"bob"_s;
            s.secret = m_password;
        } else {
            s.auth = dialect == DialectKind::ConfluentV1 ? ConnectionSettings::AuthKind::AuthToken
                                                         : ConnectionSettings::AuthKind::Bearer;
            s.secret = m_token;
        }
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GREGOR_REQUIRE(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is not installed");
        Sandbox::SandboxOptions options;
        options.basicUser = u"bob"_s;
        options.basicPassword = m_password;
        options.token = m_token;
        m_server = startSandbox(options);
        QVERIFY(m_server->createTopic(u"events"_s, 2));
        auto client = createKafkaClient(settings(DialectKind::Upstash), nullptr);
        Waiter<QList<ProduceResult>> w;
        client->produce({record(u"events"_s, "it's \"quoted\" $HOME `x`"_ba, "k y"_ba, 0)}, this,
                        w.callback());
        GREGOR_AWAIT_OK(w);
    }

    void listTopicsFromTheJournal_data()
    {
        QTest::addColumn<DialectKind>("dialect");
        QTest::newRow("upstash") << DialectKind::Upstash;
        QTest::newRow("confluent v2") << DialectKind::ConfluentV2;
        QTest::newRow("confluent v1") << DialectKind::ConfluentV1;
    }
    void listTopicsFromTheJournal()
    {
        QFETCH(DialectKind, dialect);
        const ConnectionSettings s = settings(dialect);
        Journal journal;
        auto client = createKafkaClient(s, &journal);
        Waiter<QList<TopicInfo>> w;
        client->listTopics(this, w.callback());
        GREGOR_AWAIT_OK(w);
        const QByteArray clientGot = journal.at(0).responseBody;
        QCOMPARE(json(run(curlCommand(s, journal.at(0)), s)), json(clientGot));
        QCOMPARE(json(run(curlCommand(s, client->listTopicsRequest()), s)), json(clientGot));
        QCOMPARE(json(run(curlCommand(s, journal.at(0), {true, false}), {})), json(clientGot)); // clear text
    }

    void readRequestsWithBodiesAndQueries_data()
    {
        QTest::addColumn<DialectKind>("dialect");
        QTest::newRow("upstash POST /fetch") << DialectKind::Upstash;
        QTest::newRow("v1 GET /messages?offset&count") << DialectKind::ConfluentV1;
    }
    void readRequestsWithBodiesAndQueries()
    {
        QFETCH(DialectKind, dialect);
        const ConnectionSettings s = settings(dialect);
        Journal journal;
        auto client = createKafkaClient(s, &journal);
        QList<Record> records;
        Waiter<ReadSummary> w;
        client->read(
            {u"events"_s, {0}, OffsetSpec::earliest(), 0, 10}, this,
            [&](const QList<Record> &b) { records += b; }, w.callback());
        GREGOR_AWAIT_OK(w);
        QCOMPARE(records.size(), 1);
        int row = journal.size() - 1;
        while (row > 0 && !journal.at(row).url.path().contains(
                              dialect == DialectKind::Upstash ? u"/fetch"_s : u"/messages"_s))
            --row;
        const JournalEntry &fetch = journal.at(row);
        QCOMPARE(json(run(curlCommand(s, fetch), s)), json(fetch.responseBody));
        const QByteArray viaBuilder =
            run(curlCommand(s, client->readRequest({u"events"_s, {0}, OffsetSpec::atOffset(0), 0, 10})), s);
        const QByteArray value = "it's \"quoted\" $HOME `x`"_ba;
        QVERIFY2(viaBuilder.contains("\\\"quoted\\\"") || viaBuilder.contains(value.toBase64()),
                 viaBuilder.constData());
    }

    void getWithABody()
    {
        // Confluent's GET …/offsets carries a body: the command needs -X GET with --data-binary.
        const ConnectionSettings s = settings(DialectKind::ConfluentV2);
        auto client = createKafkaClient(s, nullptr);
        auto session = client->createConsumerSession(
            {u"curlers"_s, u"c1"_s, {u"events"_s}, ConsumerConfig::Reset::Earliest, false, 5000, 0});
        Waiter<QList<Record>> polled;
        session->poll(100, this, polled.callback());
        GREGOR_AWAIT_OK(polled);
        Waiter<Done> committed;
        session->commit({{{u"events"_s, 0}, 1}}, this, committed.callback());
        GREGOR_AWAIT_OK(committed);
        const QString command =
            curlCommand(s, Confluent::committed(u"curlers"_s, u"c1"_s, {{u"events"_s, 0}}));
        QVERIFY(command.contains(u"-X GET"_s));
        QVERIFY(command.contains(u"--data-binary"_s));
        const QJsonDocument answer = json(run(command, s));
        QCOMPARE(answer.object().value(u"offsets"_s).toArray().at(0).toObject().value(u"offset"_s).toInt(),
                 1);
        Waiter<Done> closed;
        session->close(this, closed.callback());
        GREGOR_AWAIT_OK(closed);
    }
};

QTEST_GUILESS_MAIN(TestCurlRoundTrip)
#include "tst_curlroundtrip.moc"
