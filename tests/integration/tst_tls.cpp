// TLS end to end against the sandbox serving https: the system CAs reject a self-signed
// certificate, an extra CA file or a pinned SHA-256 accepts it for that connection only, and an
// explicit proxy is really used. Certificates are made with openssl at test time.
#include "clientfixture.h"
#include "core/services/connectiontester.h"

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
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                       u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                       u"-keyout"_s, m_dir.filePath(u"key.pem"_s), u"-out"_s, m_dir.filePath(u"cert.pem"_s)});
        if (!openssl.waitForStarted())
            QSKIP("openssl is not installed: the TLS tests are skipped.");
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        const auto certs = QSslCertificate::fromPath(m_dir.filePath(u"cert.pem"_s));
        QCOMPARE(certs.size(), 1);
        m_fingerprint = certs.first().digest(QCryptographicHash::Sha256);
        Sandbox::SandboxOptions options;
        options.tlsCertFile = m_dir.filePath(u"cert.pem"_s);
        options.tlsKeyFile = m_dir.filePath(u"key.pem"_s);
        options.topics = {{u"secure"_s, 2}};
        m_server = startSandbox(options);
        QCOMPARE(m_server->url().scheme(), u"https"_s);
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
        ConnectionProfile profile = ConnectionProfile::create(u"tls"_s);
        profile.baseUrl = m_server->url();
        profile.proxy = ConnectionSettings::ProxyKind::None;
        {
            ConnectionTester tester(profile, {});
            QSignalSpy steps(&tester, &ConnectionTester::stepChanged);
            QSignalSpy finished(&tester, &ConnectionTester::finished);
            tester.start();
            QVERIFY(finished.wait(15000));
            QCOMPARE(finished.last().at(0).toBool(), false);
            const auto last = steps.last();
            QCOMPARE(last.at(0).value<ConnectionTester::Step>(), ConnectionTester::Step::Secure);
            QCOMPARE(last.at(1).value<ConnectionTester::Outcome>(), ConnectionTester::Outcome::Failed);
            QVERIFY(last.at(2).toString().contains(u"CA file"_s));
        }
        profile.pinnedSha256Hex = QString::fromLatin1(m_fingerprint.toHex());
        ConnectionTester tester(profile, {});
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(0).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
