#include "connectiontester.h"

#include "core/api/kafkaclient.h"
#include "core/http/journal.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gregor {

ConnectionTester::ConnectionTester(ConnectionProfile profile, QString secret, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secret(std::move(secret))
    , m_journal(std::make_unique<Journal>())
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
}

ConnectionTester::~ConnectionTester()
{
    if (m_socket)
        m_socket->abort();
}

QString ConnectionTester::stepTitle(Step step)
{
    switch (step) {
    case Step::Reach:
        return tr("Reach the server");
    case Step::Secure:
        return tr("Secure connection (TLS)");
    case Step::Topics:
        return tr("Sign in and list topics");
    }
    return {};
}

void ConnectionTester::start()
{
    m_running = true;
    reach();
}

void ConnectionTester::cancel()
{
    if (!m_running)
        return;
    if (m_socket)
        m_socket->abort();
    m_client.reset(); // cancels its jobs' callbacks: they are bound to the client as context
    m_running = false;
    Q_EMIT finished(false);
}

static quint16 portOf(const QUrl &url)
{
    return quint16(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

void ConnectionTester::reach()
{
    const QUrl url = m_profile.baseUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        fail(Step::Reach, tr("The URL is not valid: enter it as https://host:port."));
        return;
    }
    Q_EMIT stepChanged(Step::Reach, Outcome::Running,
                       tr("Connecting to %1:%2…").arg(url.host()).arg(portOf(url)));
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        m_timeout->stop();
        pass(Step::Reach, tr("Connected to %1.").arg(socket->peerAddress().toString()));
        socket->abort();
        socket->deleteLater();
        secure();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        m_timeout->stop();
        fail(Step::Reach, tr("Could not connect (%1): check the host name, the port and your network.")
                              .arg(socket->errorString()));
        socket->deleteLater();
    });
    m_timeout->disconnect();
    connect(m_timeout, &QTimer::timeout, this, [this, socket] {
        socket->abort();
        fail(Step::Reach, tr("No answer within %1 s: check the host, the port and any firewall.")
                              .arg(m_profile.timeoutMs / 1000));
        socket->deleteLater();
    });
    m_timeout->start(qMin(m_profile.timeoutMs, 15000));
    socket->connectToHost(url.host(), portOf(url));
}

void ConnectionTester::secure()
{
    const QUrl url = m_profile.baseUrl;
    if (url.scheme() != u"https"_s) {
        const QString detail =
            m_profile.sendsCredentialsInClear()
                ? tr("Plain HTTP: credentials would cross the network unencrypted. Use https.")
                : tr("Plain HTTP: nothing to check.");
        Q_EMIT stepChanged(Step::Secure, Outcome::Skipped, detail);
        listTopics();
        return;
    }
    Q_EMIT stepChanged(Step::Secure, Outcome::Running, tr("TLS handshake…"));
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_profile.caFile.isEmpty()) {
        QList<QSslCertificate> cas = config.caCertificates();
        cas += QSslCertificate::fromPath(m_profile.caFile);
        config.setCaCertificates(cas);
    }
    socket->setSslConfiguration(config);
    const QByteArray pinned = QByteArray::fromHex(m_profile.pinnedSha256Hex.toLatin1());
    connect(socket, &QSslSocket::sslErrors, this, [socket, pinned](const QList<QSslError> &) {
        // "Trust this certificate" accepts exactly the pinned one, nothing else.
        if (!pinned.isEmpty() && socket->peerCertificate().digest(QCryptographicHash::Sha256) == pinned)
            socket->ignoreSslErrors();
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        m_timeout->stop();
        const QSslCertificate cert = socket->peerCertificate();
        pass(Step::Secure, tr("%1, certificate for %2 valid until %3.")
                               .arg(socket->sessionProtocol() == QSsl::TlsV1_3 ? u"TLS 1.3"_s : u"TLS"_s,
                                    cert.subjectInfo(QSslCertificate::CommonName).value(0),
                                    cert.expiryDate().date().toString(Qt::ISODate)));
        socket->abort();
        socket->deleteLater();
        listTopics();
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket] {
        m_timeout->stop();
        const QList<QSslError> errors = socket->sslHandshakeErrors();
        const QString reason = errors.isEmpty() ? socket->errorString() : errors.first().errorString();
        fail(Step::Secure,
             tr("The certificate was not accepted (%1): add the server's CA file, or trust this "
                "certificate in the TLS settings.")
                 .arg(reason));
        socket->deleteLater();
    });
    m_timeout->disconnect();
    connect(m_timeout, &QTimer::timeout, this, [this, socket] {
        socket->abort();
        fail(Step::Secure, tr("The TLS handshake did not finish in time: check that the port serves https."));
        socket->deleteLater();
    });
    m_timeout->start(qMin(m_profile.timeoutMs, 15000));
    socket->connectToHostEncrypted(url.host(), portOf(url));
}

void ConnectionTester::listTopics()
{
    Q_EMIT stepChanged(Step::Topics, Outcome::Running, tr("Listing topics…"));
    m_client = createKafkaClient(m_profile.toSettings(m_secret), m_journal.get());
    m_client->listTopics(m_client.get(), [this](Result<QList<TopicInfo>> result) {
        if (!result) {
            fail(Step::Topics, result.error().userText);
            return;
        }
        pass(Step::Topics, (result->size() == 1 ? tr("Signed in; 1 topic visible.")
                                                : tr("Signed in; %1 topics visible.").arg(result->size())));
        m_running = false;
        Q_EMIT finished(true);
    });
}

void ConnectionTester::pass(Step step, const QString &detail)
{
    Q_EMIT stepChanged(step, Outcome::Passed, detail);
}

void ConnectionTester::fail(Step step, const QString &detail)
{
    Q_EMIT stepChanged(step, Outcome::Failed, detail);
    m_running = false;
    Q_EMIT finished(false);
}

} // namespace Gregor
