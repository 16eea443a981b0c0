#pragma once
#include "connectionprofile.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAbstractSocket;
class QTimer;

namespace Gregor {

class Journal;
class KafkaClient;

// Tests a profile step by step — reach the host, secure the connection, authenticate and list
// topics — and says for each step what passed or failed with one sentence of advice.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Reach,  // TCP connection to host:port
        Secure, // TLS handshake and certificate (skipped for http)
        Topics, // credentials accepted and topics listed
    };
    Q_ENUM(Step)
    enum class Outcome
    {
        Running,
        Passed,
        Failed,
        Skipped,
    };
    Q_ENUM(Outcome)

    ConnectionTester(ConnectionProfile profile, QString secret, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    Journal *journal() const { return m_journal.get(); }

    static QString stepTitle(Step step);

Q_SIGNALS:
    void stepChanged(Gregor::ConnectionTester::Step step, Gregor::ConnectionTester::Outcome outcome,
                     const QString &detail);
    void finished(bool ok);

private:
    void reach();
    void secure();
    void listTopics();
    void fail(Step step, const QString &detail);
    void pass(Step step, const QString &detail);

    ConnectionProfile m_profile;
    QString m_secret;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<KafkaClient> m_client;
    QPointer<QAbstractSocket> m_socket;
    QTimer *m_timeout = nullptr;
    bool m_running = false;
};

} // namespace Gregor
