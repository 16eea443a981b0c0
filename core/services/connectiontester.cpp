// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontester.h"

#include "core/api/kafkaclient.h"
#include "core/http/journal.h"
#include "core/http/transport.h"
#include "core/http/transporterror.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Gregor {

ConnectionTester::ConnectionTester(ConnectionProfile profile, ProfileSecrets secrets, QObject *context,
                                   Callback done, QObject *parent)
    : ResultJob<Done>(context, std::move(done), parent)
    , m_profile(std::move(profile))
    , m_secrets(std::move(secrets))
    , m_journal(std::make_unique<Journal>())
{
    m_deadline.setSingleShot(true);
}

ConnectionTester::~ConnectionTester()
{
    dropProbe();
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
    const QUrl url = m_profile.baseUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        // Finishing inside start() would call back before the caller holds the job.
        QTimer::singleShot(0, this, [this] {
            fail(Step::Reach, tr("The URL is not valid: enter it as https://host:port."));
        });
        return;
    }
    m_transport = std::make_unique<Transport>(m_profile.toSettings(m_secrets.secret, m_secrets.proxyPassword),
                                              m_journal.get());
    reachAndSecure();
}

void ConnectionTester::dropProbe()
{
    if (!m_probe)
        return;
    QNetworkReply *reply = m_probe;
    m_probe = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ConnectionTester::abortWork()
{
    m_stopping = true; // the listing's cancelled answer below must not count as a failed step
    m_deadline.stop();
    dropProbe();
    if (m_listing)
        m_listing->cancel();
    // Not deleted here: this may run inside one of the client's own callbacks.
    if (m_client)
        m_client.release()->deleteLater();
}

void ConnectionTester::reachAndSecure()
{
    const QUrl url = m_profile.baseUrl;
    const int port = url.port(url.scheme() == u"https"_s ? 443 : 80);
    const QString via = m_profile.proxy == ConnectionSettings::ProxyKind::Explicit
                            ? tr(" through the proxy %1").arg(m_profile.proxyUrl.host())
                            : QString();
    Q_EMIT stepChanged(Step::Reach, Outcome::Running,
                       tr("Connecting to %1:%2%3…").arg(url.host()).arg(port).arg(via));
    if (url.scheme() == u"https"_s && !m_transport->tlsConfig()) {
        const QString reason = m_transport->tlsConfig().error().userText;
        QTimer::singleShot(0, this, [this, reason] { fail(Step::Secure, reason); });
        return;
    }
    // One request to the base URL through the connection's own network stack: its status line
    // proves the host was reached (and, for https, the handshake passed); an error says which part failed.
    HttpRequest request;
    request.path = QString();
    QNetworkReply *reply = m_transport->network()->get(m_transport->networkRequest(request));
    m_probe = reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status > 0)
            onProbeAnswered(status);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status > 0)
            onProbeAnswered(status);
        else
            onProbeFailed(reply->error(), reply->errorString());
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        dropProbe();
        fail(Step::Reach, tr("No answer within %1 s: check the host, the port, the proxy and any firewall.")
                              .arg(m_profile.timeoutMs / 1000));
    });
    m_deadline.start(qMax(1000, m_profile.timeoutMs));
}

void ConnectionTester::onProbeAnswered(int status)
{
    if (!m_probe)
        return;
    const QSslConfiguration tls = m_probe->sslConfiguration();
    dropProbe(); // the status line is all we wanted; the body may be anything
    m_deadline.stop();
    pass(Step::Reach, tr("Connected; the server answered HTTP %1.").arg(status));
    passSecureStep(tls);
    listTopics();
}

void ConnectionTester::passSecureStep(const QSslConfiguration &tls)
{
    if (m_profile.baseUrl.scheme() != u"https"_s) {
        Q_EMIT stepChanged(Step::Secure, Outcome::Skipped,
                           m_profile.sendsCredentialsInClear()
                               ? tr("Plain HTTP: credentials would cross the network unencrypted. Use https.")
                               : tr("Plain HTTP: nothing to check."));
        return;
    }
    const QSslCertificate cert = tls.peerCertificate();
    pass(Step::Secure, tr("%1, certificate for %2 valid until %3.")
                           .arg(tls.sessionProtocol() == QSsl::TlsV1_3 ? u"TLS 1.3"_s : u"TLS"_s,
                                cert.subjectInfo(QSslCertificate::CommonName).value(0),
                                cert.expiryDate().date().toString(Qt::ISODate)));
}

void ConnectionTester::onProbeFailed(QNetworkReply::NetworkError error, const QString &errorString)
{
    dropProbe();
    m_deadline.stop();
    if (error == QNetworkReply::SslHandshakeFailedError) {
        pass(Step::Reach, tr("Connected to %1.").arg(m_profile.baseUrl.host()));
        const QString reason = m_sslErrors.isEmpty() ? errorString : m_sslErrors.first().errorString();
        const bool clientCert = !m_profile.clientCertFile.isEmpty();
        fail(Step::Secure, clientCert
                               ? tr("The handshake failed (%1): check the server's CA file, the client "
                                    "certificate and its key.")
                                     .arg(reason)
                               : tr("The certificate was not accepted (%1): add the server's CA file, or "
                                    "trust this certificate in the TLS settings.")
                                     .arg(reason));
        return;
    }
    const ApiError mapped = transportError(error, errorString);
    fail(Step::Reach, u"%1 (%2)"_s.arg(mapped.userText, errorString));
}

void ConnectionTester::listTopics()
{
    Q_EMIT stepChanged(Step::Topics, Outcome::Running, tr("Listing topics…"));
    m_client =
        createKafkaClient(m_profile.toSettings(m_secrets.secret, m_secrets.proxyPassword), m_journal.get());
    m_listing = m_client->listTopics(this, [this](Result<QList<TopicInfo>> result) {
        if (isFinished() || m_stopping)
            return;
        if (!result) {
            fail(Step::Topics, result.error().userText);
            return;
        }
        pass(Step::Topics, (result->size() == 1 ? tr("Signed in; 1 topic visible.")
                                                : tr("Signed in; %1 topics visible.").arg(result->size())));
        finish(Done{});
    });
}

void ConnectionTester::pass(Step step, const QString &detail)
{
    Q_EMIT stepChanged(step, Outcome::Passed, detail);
}

void ConnectionTester::fail(Step step, const QString &detail)
{
    if (isFinished() || m_stopping)
        return;
    Q_EMIT stepChanged(step, Outcome::Failed, detail);
    abortWork();
    finish(std::unexpected(ApiError::make(ErrorKind::Network, detail)));
}

} // namespace Gregor
