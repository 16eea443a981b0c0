#include "sandboxserver.h"

#include "core/logging.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_http(std::make_unique<QHttpServer>())
{
    m_http->setMissingHandler(this, [this](const QHttpServerRequest &request,
                                           QHttpServerResponder &responder) { handle(request, responder); });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *errorMessage)
{
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(m_options.bindAddress, m_options.port)) {
        if (errorMessage)
            *errorMessage = tcp->errorString();
        return false;
    }
    if (!m_http->bind(tcp.get())) {
        if (errorMessage)
            *errorMessage = u"could not attach the HTTP server to the socket"_s;
        return false;
    }
    m_tcp = tcp.release(); // QHttpServer took ownership
    return true;
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.bindAddress.toString());
    url.setPort(port());
    return url;
}

static bool acceptsVndKafka(const QHttpServerRequest &request)
{
    return request.value("accept").contains("vnd.kafka");
}

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    qCDebug(lcSandbox) << request.method() << path;
    if (path == u"/" && request.method() == QHttpServerRequest::Method::Get) {
        responder.write(QJsonDocument(QJsonObject()).toJson(QJsonDocument::Compact),
                        "application/vnd.kafka.v2+json"_ba);
        return;
    }
    if ((path == u"/topics" || path == u"/topics/") && request.method() == QHttpServerRequest::Method::Get) {
        bool confluent = acceptsVndKafka(request);
        if (m_options.topicsDialect == SandboxOptions::TopicsDialect::Confluent && !confluent)
            confluent = !request.value("accept").contains("application/json"_ba);
        if (confluent) {
            responder.write(QJsonDocument(QJsonArray::fromStringList(m_store.topicNames()))
                                .toJson(QJsonDocument::Compact),
                            "application/vnd.kafka.v2+json"_ba);
        } else {
            QJsonObject map;
            for (const QString &name : m_store.topicNames())
                map.insert(name, int(m_store.topic(name)->partitions.size()));
            responder.write(QJsonDocument(map).toJson(QJsonDocument::Compact), "application/json"_ba);
        }
        return;
    }
    responder.write(
        QJsonDocument(QJsonObject{{u"error_code"_s, 404}, {u"message"_s, u"HTTP 404 Not Found"_s}})
            .toJson(QJsonDocument::Compact),
        "application/json"_ba, QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Gregor::Sandbox
