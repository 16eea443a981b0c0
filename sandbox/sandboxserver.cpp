// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "demodata.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

struct SandboxServer::Parked
{
    QHttpServerResponder *direct = nullptr; // the handler's own responder, while in handle()
    ResponderHolder responder;              // a responder moved out to answer later
    std::function<std::optional<HttpResponse>(bool)> poll;
    FaultDecision faults;
    QPointer<QTcpSocket> socket;
    QByteArray method, path;
    QElapsedTimer clock;
    QTimer *deadline = nullptr; // deleted later: it may be the one whose timeout finishes us

    ~Parked()
    {
        if (deadline) {
            deadline->stop();
            deadline->deleteLater();
        }
    }
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

std::optional<QSslConfiguration> tlsConfiguration(const SandboxOptions &options, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(options.tlsCertFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = u"no PEM certificate in %1"_s.arg(options.tlsCertFile);
        return std::nullopt;
    }
    QFile keyFile(options.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(options.tlsKeyFile, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = u"no PEM private key (RSA, EC or DSA) in %1"_s.arg(options.tlsKeyFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!options.tlsClientCaFile.isEmpty()) {
        const QList<QSslCertificate> clientCas =
            QSslCertificate::fromPath(options.tlsClientCaFile, QSsl::Pem);
        if (clientCas.isEmpty()) {
            *error = u"no PEM certificate in %1"_s.arg(options.tlsClientCaFile);
            return std::nullopt;
        }
        // Mutual TLS: a client without a certificate from these CAs fails the handshake.
        configuration.setCaCertificates(clientCas);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return configuration;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_groups(m_store)
    , m_router(m_store, m_groups, m_options)
{
    m_store.setPartitioner(m_options.partitioner, m_options.seed);
    m_store.setRetention(m_options.retention);
    m_faults.seed(m_options.seed);
    m_faults.setFaults(m_options.faults);
    const qint64 shortestExpiry = qMin(m_options.upstashExpiryMs, m_options.confluentExpiryMs);
    m_groups.setExpiryCheckInterval(int(qBound(qint64(10), shortestExpiry / 4, qint64(1000))));
    connect(&m_store, &Store::appended, this, &SandboxServer::scheduleWake);
    connect(&m_groups, &GroupCoordinator::changed, this, &SandboxServer::scheduleWake);
    m_http = std::make_unique<HttpFrontend>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            handle(request, responder);
        });
}

SandboxServer::~SandboxServer()
{
    stop();
    m_demoTraffic.reset();
}

bool SandboxServer::start(QString *errorMessage)
{
    QString error;
    auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (!m_options.dataDir.isEmpty() && !m_persistence) {
        m_persistence = std::make_unique<Persistence>(m_options.dataDir, m_options.fsync);
        CommittedOffsets commits;
        if (!m_persistence->recover(m_store, commits, &error))
            return fail(error);
        m_groups.restoreCommits(commits);
        m_store.setPersistence(m_persistence.get());
        m_groups.setPersistence(m_persistence.get());
        const auto report = m_persistence->report();
        qCInfo(lcSandbox) << "recovered" << report.topics << "topics," << report.records << "records,"
                          << report.commits << "commits; cut" << report.bytesCut << "torn bytes";
    }
    for (const auto &[name, partitions] : std::as_const(m_options.topics))
        if (!m_store.createTopic(name, partitions, &error))
            return fail(error);
    if (m_options.demo)
        DemoData::seed(m_store, m_groups, m_options.seed);
    if (m_options.demoTrafficRate > 0)
        m_demoTraffic =
            std::make_unique<DemoTraffic>(m_store, m_groups, m_options.demoTrafficRate, m_options.seed);

    std::unique_ptr<QTcpServer> listener;
    if (m_options.tls()) {
        auto configuration = tlsConfiguration(m_options, &error);
        if (!configuration)
            return fail(error);
        auto ssl = std::make_unique<TrackingSslServer>(m_sockets);
        ssl->setSslConfiguration(*configuration);
        listener = std::move(ssl);
    } else {
        listener = std::make_unique<TrackingTcpServer>(m_sockets);
    }
    if (!listener->listen(m_options.bindAddress, m_options.port))
        return fail(listener->errorString());
    if (!m_http->bind(listener.get()))
        return fail(u"could not attach the HTTP server to the socket"_s);
    m_listener = listener.release(); // QAbstractHttpServer took ownership
    m_router.setListenUrl(url().toString());
    return true;
}

void SandboxServer::stop()
{
    if (m_listener)
        m_listener->close();
    while (!m_parked.empty()) {
        Parked &parked = *m_parked.front();
        if (auto response = parked.poll(true))
            finish(parked, *response);
        else
            m_parked.pop_front();
    }
    sync();
}

bool SandboxServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 SandboxServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(m_options.tls() ? u"https"_s : u"http"_s);
    QHostAddress host = m_options.bindAddress;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

bool SandboxServer::createTopic(const QString &name, int partitions, QString *error)
{
    return m_store.createTopic(name, partitions, error);
}

void SandboxServer::sync()
{
    if (m_persistence)
        m_persistence->syncAll();
}

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    req.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    req.headers = request.headers();
    req.body = request.body();
    req.secure = m_options.tls();

    auto parked = std::make_unique<Parked>();
    parked->direct = &responder;
    parked->socket = m_sockets.find(request.remoteAddress(), request.remotePort());
    parked->method = req.method;
    parked->path = req.path;
    parked->clock.start();
    parked->faults = m_faults.decide(QString::fromUtf8(req.path));

    if (parked->faults.status) {
        const int status = *parked->faults.status;
        finish(*parked,
               m_router.errorFor(req, status,
                                 parked->faults.injectedError ? u"Injected fault: server error"_s
                                                              : u"Injected fault: status %1"_s.arg(status)));
        return;
    }
    Reply reply = m_router.dispatch(req);
    if (reply.now) {
        finish(*parked, *reply.now);
        return;
    }
    if (reply.waitMs <= 0) {
        finish(*parked, *reply.poll(true));
        return;
    }
    if (auto ready = reply.poll(false)) {
        finish(*parked, *ready);
        return;
    }
    // Park it: the responder moves out and is answered from a later event-loop turn.
    parked->direct = nullptr;
    parked->responder = std::make_shared<std::optional<QHttpServerResponder>>(std::move(responder));
    parked->poll = std::move(reply.poll);
    Parked *raw = parked.get();
    parked->deadline = new QTimer;
    parked->deadline->setSingleShot(true);
    parked->deadline->setInterval(int(qMin<qint64>(reply.waitMs, std::numeric_limits<int>::max())));
    connect(parked->deadline, &QTimer::timeout, this, [this, raw]() {
        if (auto response = raw->poll(true))
            finish(*raw, *response);
    });
    parked->deadline->start();
    m_parked.push_back(std::move(parked));
}

// Answers and, for a parked request, forgets it.
void SandboxServer::finish(Parked &parked, HttpResponse response)
{
    if (m_options.verbose) {
        std::fprintf(stderr, "%s %s -> %d (%lld bytes, %lld ms)%s\n", parked.method.constData(),
                     parked.path.constData(), response.status, qlonglong(response.body.size()),
                     qlonglong(parked.clock.elapsed()), parked.faults.any() ? " [fault]" : "");
    }
    Q_EMIT requestHandled(parked.method, parked.path, parked.faults.drop ? 0 : response.status);
    const FaultDecision &f = parked.faults;
    if (f.garble) // the request was executed; only what the client reads of it is broken
        response.body.truncate(response.body.size() / 2);
    if (parked.direct && !f.latencyMs && !f.truncate && !f.slowBytesPerSecond) {
        // Answered inside the handler call: write on the borrowed responder. Qt HTTP Server must
        // see it die after handleRequest() returns, or it wires readyRead up twice.
        deliverNow(*parked.direct, response, f, parked.socket);
    } else {
        if (parked.direct) {
            parked.responder =
                std::make_shared<std::optional<QHttpServerResponder>>(std::move(*parked.direct));
            parked.direct = nullptr;
        }
        deliverResponse(parked.responder, std::move(response), f, parked.socket, &m_deliveryContext);
    }
    m_parked.remove_if([&](const std::unique_ptr<Parked> &p) { return p.get() == &parked; });
}

void SandboxServer::scheduleWake()
{
    if (m_wakeScheduled || m_parked.empty())
        return;
    m_wakeScheduled = true;
    QMetaObject::invokeMethod(this, &SandboxServer::wakeParked, Qt::QueuedConnection);
}

void SandboxServer::wakeParked()
{
    m_wakeScheduled = false;
    std::vector<Parked *> ready;
    for (auto &p : m_parked)
        ready.push_back(p.get());
    for (Parked *p : ready) {
        if (auto response = p->poll(false))
            finish(*p, *response);
    }
}

} // namespace Gregor::Sandbox
