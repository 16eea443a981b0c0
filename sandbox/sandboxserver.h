#pragma once
#include "store.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

namespace Gregor::Sandbox {

struct SandboxOptions
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port
    // Which answer GET /topics gives to a client that names no vnd.kafka type.
    enum class TopicsDialect
    {
        Auto,
        Upstash,
        Confluent
    } topicsDialect = TopicsDialect::Auto;
};

// The sandbox server: one port, every dialect. Runs on the thread that owns it.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *errorMessage = nullptr);
    QUrl url() const;
    quint16 port() const;

    Store &store() { return m_store; }
    bool createTopic(const QString &name, int partitions) { return m_store.createTopic(name, partitions); }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);

    SandboxOptions m_options;
    Store m_store;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr; // owned by m_http once bound
};

} // namespace Gregor::Sandbox
