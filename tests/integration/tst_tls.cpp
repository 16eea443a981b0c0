// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TLS end to end against the sandbox serving https: the system CAs reject a self-signed
// certificate, an extra CA file or a pinned SHA-256 accepts it for that connection only, and an
// explicit proxy is really used. Certificates are made with openssl at test time.
#include "clientfixture.h"
#include "connectproxy.h"
#include "core/services/connectiontester.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Gregor;
using namespace Gregor::Test;

class TestTls : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QByteArray m_fingerprint;
    std::unique_ptr<Sandbox::SandboxServer> m_mtls; // requires a client certificate

    bool openssl(const QStringList &args)
    {
        QProcess process;
        process.start(u"openssl"_s, args);
        if (!process.waitForStarted() || !process.waitForFinished(60000))
            return false;
        return process.exitCode() == 0;
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    struct TestRun
    {
        std::optional<Result<Done>> result;
        int callbacks = 0;
        QList<std::tuple<ConnectionTester::Step, ConnectionTester::Outcome, QString>> steps;
        bool destroyed = false;
    };
    // Starts a tester and collects what it reports; the run ends when the job is destroyed.
    ConnectionTester *startTester(const ConnectionProfile &profile, TestRun &run,
                                  const ProfileSecrets &secrets = {})
    {
        auto *tester = new ConnectionTester(profile, secrets, this, [&run](Result<Done> r) {
            ++run.callbacks;
            run.result = r;
        });
        connect(tester, &ConnectionTester::stepChanged, this,
                [&run](ConnectionTester::Step step, ConnectionTester::Outcome outcome,
                       const QString &detail) { run.steps.append({step, outcome, detail}); });
        connect(tester, &QObject::destroyed, this, [&run] { run.destroyed = true; });
        tester->start();
        return tester;
    }
    ConnectionProfile testerProfile(const QUrl &url) const
    {
        ConnectionProfile profile = ConnectionProfile::create(u"tls"_s);
        profile.baseUrl = url;
        profile.proxy = ConnectionSettings::ProxyKind::None;
        profile.caFile = file(u"cert.pem"_s);
        profile.timeoutMs = 10000;
        return profile;
    }
    static QString failedStep(const TestRun &run)
    {
        for (const auto &[step, outcome, detail] : run.steps) {
            if (outcome == ConnectionTester::Outcome::Failed)
                return ConnectionTester::stepTitle(step) + u": "_s + detail;
        }
        return {};
    }

    Result<QList<TopicInfo>> listTopics(const ConnectionSettings &settings)
    {
        Journal journal;
        auto client = createKafkaClient(settings, &journal);
        Waiter<QList<TopicInfo>> waiter;
        client->listTopics(this, waiter.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(waiter.done(), 15000); }();
        return waiter.result.value_or(std::unexpected(ApiError::make(ErrorKind::Timeout, {})));
    }
    ConnectionSettings settings() const
    {
        ConnectionSettings s = settingsFor(*m_server, DialectKind::Upstash);
        s.maxRetries = 0;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GREGOR_REQUIRE(QProcess::execute(u"openssl"_s, {u"version"_s}) == 0,
                       "openssl is not installed: the TLS tests are skipped.");
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                         u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                         u"-keyout"_s, file(u"key.pem"_s), u"-out"_s, file(u"cert.pem"_s)}));
        // A client CA and a client certificate it signed, for mutual TLS.
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                         u"-subj"_s, u"/CN=gregor-client-ca"_s, u"-keyout"_s, file(u"clientca.key"_s),
                         u"-out"_s, file(u"clientca.pem"_s)}));
        QVERIFY(
            openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=gregor-client"_s,
                     u"-keyout"_s, file(u"client.key"_s), u"-out"_s, file(u"client.csr"_s)}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, file(u"client.csr"_s), u"-CA"_s,
                         file(u"clientca.pem"_s), u"-CAkey"_s, file(u"clientca.key"_s), u"-CAcreateserial"_s,
                         u"-days"_s, u"2"_s, u"-out"_s, file(u"client.pem"_s)}));
        const auto certs = QSslCertificate::fromPath(file(u"cert.pem"_s));
        QCOMPARE(certs.size(), 1);
        m_fingerprint = certs.first().digest(QCryptographicHash::Sha256);
        Sandbox::SandboxOptions options;
        options.tlsCertFile = file(u"cert.pem"_s);
        options.tlsKeyFile = file(u"key.pem"_s);
        options.topics = {{u"secure"_s, 2}};
        m_server = startSandbox(options);
        QCOMPARE(m_server->url().scheme(), u"https"_s);
        options.tlsClientCaFile = file(u"clientca.pem"_s);
        m_mtls = startSandbox(options);
    }

    void selfSignedIsRejectedByDefault()
    {
        const auto result = listTopics(settings());
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, ErrorKind::Tls);
        QVERIFY(!result.error().userText.isEmpty());
    }

    void extraCaFileIsTrusted()
    {
        ConnectionSettings s = settings();
        s.caFile = m_dir.filePath(u"cert.pem"_s);
        const auto result = listTopics(s);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().userText));
        QCOMPARE(result->size(), 1);
    }

    void pinnedCertificateIsTrustedForThatConnectionOnly()
    {
        ConnectionSettings pinned = settings();
        pinned.pinnedSha256 = m_fingerprint;
        const auto ok = listTopics(pinned);
        QVERIFY2(ok.has_value(), qPrintable(ok ? QString() : ok.error().userText));

        // Never a global ignore: a connection without the pin is still refused afterwards.
        const auto other = listTopics(settings());
        QVERIFY(!other.has_value());
        QCOMPARE(other.error().kind, ErrorKind::Tls);

        ConnectionSettings wrong = settings();
        wrong.pinnedSha256 = QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256);
        const auto refused = listTopics(wrong);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().kind, ErrorKind::Tls);
    }

    void explicitProxyIsUsed()
    {
        // A port that is closed again: going through it must fail, proving the proxy is used.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        ConnectionSettings s = settings();
        s.caFile = m_dir.filePath(u"cert.pem"_s);
        s.proxy = ConnectionSettings::ProxyKind::Explicit;
        s.proxyUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
        const auto result = listTopics(s);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, ErrorKind::Network);
    }

    void connectionTesterReportsTheTlsStep()
    {
        ConnectionProfile profile = testerProfile(m_server->url());
        profile.caFile.clear();
        {
            TestRun run;
            startTester(profile, run);
            QTRY_VERIFY_WITH_TIMEOUT(run.destroyed, 15000);
            QCOMPARE(run.callbacks, 1);
            QVERIFY(!run.result->has_value());
            const auto &[step, outcome, detail] = run.steps.last();
            QCOMPARE(step, ConnectionTester::Step::Secure);
            QCOMPARE(outcome, ConnectionTester::Outcome::Failed);
            QVERIFY2(detail.contains(u"CA file"_s), qPrintable(detail));
        }
        profile.pinnedSha256Hex = QString::fromLatin1(m_fingerprint.toHex());
        TestRun run;
        startTester(profile, run);
        QTRY_VERIFY_WITH_TIMEOUT(run.destroyed, 15000);
        QCOMPARE(run.callbacks, 1);
        QVERIFY2(run.result->has_value(), qPrintable(failedStep(run)));
    }

    void mutualTlsNeedsTheClientCertificateInEveryStep()
    {
        // Real traffic with the client certificate works…
        ConnectionSettings s = settings();
        s.baseUrl = m_mtls->url();
        s.caFile = file(u"cert.pem"_s);
        s.clientCertFile = file(u"client.pem"_s);
        s.clientKeyFile = file(u"client.key"_s);
        const auto listed = listTopics(s);
        QVERIFY2(listed.has_value(), qPrintable(listed ? QString() : listed.error().userText));
        // …and so does the test of the same profile: its handshake presents the certificate too.
        ConnectionProfile profile = testerProfile(m_mtls->url());
        profile.clientCertFile = file(u"client.pem"_s);
        profile.clientKeyFile = file(u"client.key"_s);
        TestRun run;
        startTester(profile, run);
        QTRY_VERIFY_WITH_TIMEOUT(run.destroyed, 15000);
        QVERIFY2(run.result->has_value(), qPrintable(failedStep(run)));
        QCOMPARE(std::get<1>(run.steps.at(1)), ConnectionTester::Outcome::Passed); // Reach
        QCOMPARE(std::get<0>(run.steps.at(2)), ConnectionTester::Step::Secure);

        // Without it the server ends the handshake, and the tester says so at the TLS step.
        profile.clientCertFile.clear();
        profile.clientKeyFile.clear();
        TestRun refused;
        startTester(profile, refused);
        QTRY_VERIFY_WITH_TIMEOUT(refused.destroyed, 15000);
        QVERIFY(!refused.result->has_value());
        QVERIFY2(!failedStep(refused).isEmpty(), "a step must fail without the client certificate");
    }

    void connectionTesterGoesThroughTheProfilesProxy()
    {
        ConnectProxy proxy;
        ConnectionProfile profile = testerProfile(m_server->url());
        profile.proxy = ConnectionSettings::ProxyKind::Explicit;
        profile.proxyUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
        TestRun run;
        startTester(profile, run);
        QTRY_VERIFY_WITH_TIMEOUT(run.destroyed, 15000);
        QVERIFY2(run.result->has_value(), qPrintable(failedStep(run)));
        QVERIFY2(proxy.tunnels() >= 2, "both the reach/TLS probe and the topic listing use the proxy");

        // A proxy that is not there fails the first step, though the server itself is reachable.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        profile.proxyUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        TestRun refused;
        startTester(profile, refused);
        QTRY_VERIFY_WITH_TIMEOUT(refused.destroyed, 15000);
        QCOMPARE(refused.callbacks, 1);
        QVERIFY(!refused.result->has_value());
        QCOMPARE(std::get<0>(refused.steps.last()), ConnectionTester::Step::Reach);
        QVERIFY2(std::get<2>(refused.steps.last()).contains(u"proxy"_s), qPrintable(failedStep(refused)));
    }

    void cancelFinishesTheTesterExactlyOnce()
    {
        // A server that accepts and never answers keeps the tester in its first step.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectionProfile profile = testerProfile(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        profile.timeoutMs = 1000; // its deadline falls inside this test: it must not fire after the cancel
        TestRun run;
        QPointer<ConnectionTester> tester = startTester(profile, run);
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() || !run.steps.isEmpty(), 5000);
        tester->cancel();
        QCOMPARE(run.callbacks, 1);
        QCOMPARE(run.result->error().kind, ErrorKind::Cancelled);
        tester->cancel(); // again: nothing more
        QTRY_VERIFY_WITH_TIMEOUT(run.destroyed, 5000);
        QCOMPARE(run.callbacks, 1);

        // Left alone, the same tester times out once and is gone.
        TestRun timedOut;
        startTester(profile, timedOut);
        QTRY_VERIFY_WITH_TIMEOUT(timedOut.destroyed, 15000);
        QCOMPARE(timedOut.callbacks, 1);
        QVERIFY(!timedOut.result->has_value());
        QCOMPARE(std::get<0>(timedOut.steps.last()), ConnectionTester::Step::Reach);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
