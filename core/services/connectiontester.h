// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "connectionprofile.h"
#include "core/http/job.h"

#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace Gregor {

class Journal;
class KafkaClient;
class Transport;

// Tests a profile step by step — reach the host, secure the connection, authenticate and list
// topics — and says for each step what passed or failed with one sentence of advice. Every step
// goes through the connection's own transport (its proxy, CA file, client certificate and
// pinned certificate), so the test agrees with real traffic. A job: it finishes exactly once
// (passed, failed or cancelled) and then deletes itself.
class ConnectionTester : public ResultJob<Done>
{
    Q_OBJECT
public:
    enum class Step
    {
        Reach,  // a connection to host:port (through the proxy, if any)
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

    // `done` gets Done when every step passed, else the failed step's error (or Cancelled).
    ConnectionTester(ConnectionProfile profile, ProfileSecrets secrets, QObject *context, Callback done,
                     QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start();
    Journal *journal() const { return m_journal.get(); }

    static QString stepTitle(Step step);

Q_SIGNALS:
    void stepChanged(Gregor::ConnectionTester::Step step, Gregor::ConnectionTester::Outcome outcome,
                     const QString &detail);

protected:
    void abortWork() override;

private:
    void reachAndSecure();
    void onProbeAnswered(int status);
    void onProbeFailed(QNetworkReply::NetworkError error, const QString &errorString);
    void passSecureStep(const QSslConfiguration &tls);
    void listTopics();
    void fail(Step step, const QString &detail);
    void pass(Step step, const QString &detail);
    void dropProbe();

    ConnectionProfile m_profile;
    ProfileSecrets m_secrets;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<KafkaClient> m_client;
    QPointer<QNetworkReply> m_probe;
    QPointer<Job> m_listing;
    QList<QSslError> m_sslErrors;
    QTimer m_deadline;
    bool m_stopping = false;
};

} // namespace Gregor
