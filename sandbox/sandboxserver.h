// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "consumergroups.h"
#include "faultinjector.h"
#include "httpfrontend.h"
#include "requestrouter.h"
#include "responsedelivery.h"
#include "sandboxoptions.h"
#include "store.h"

#include <QObject>
#include <QUrl>

#include <list>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace Gregor::Sandbox {

class DemoTraffic;

// The sandbox: one port, every dialect (Upstash, Confluent v2, v1). Embeddable: construct with
// options, add topics, start(), read url(). Runs on the thread that owns it; never blocks it
// (long-polls are parked, fsync in interval mode runs on a timer).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Recovers the data directory, creates the option topics and demo data, then listens.
    bool start(QString *errorMessage = nullptr);
    void stop(); // stop listening, answer parked reads, fsync everything
    bool isListening() const;
    QUrl url() const; // e.g. http://127.0.0.1:43117
    quint16 port() const;

    // Run-time control (tests, the app's first-run connection).
    bool createTopic(const QString &name, int partitions, QString *error = nullptr);
    void setFaults(QList<FaultSpec> faults) { m_faults.setFaults(std::move(faults)); }
    void addFault(FaultSpec fault) { m_faults.addFault(std::move(fault)); }
    void clearFaults() { m_faults.clear(); }
    void setRetention(Retention retention) { m_store.setRetention(retention); }
    QList<FaultSpec> faults() const { return m_faults.faults(); }

    // Handles a request without a socket (no faults, long-polls answered at once when ready).
    Reply dispatch(const HttpRequest &request) { return m_router.dispatch(request); }

    Store &store() { return m_store; }
    GroupCoordinator &groups() { return m_groups; }
    const SandboxOptions &options() const { return m_options; }
    int parkedRequests() const { return int(m_parked.size()); }
    void sync(); // fsync the data directory now

Q_SIGNALS:
    // After each answer (or drop): for --verbose and for tests that watch the traffic.
    void requestHandled(const QByteArray &method, const QByteArray &path, int status);

private:
    struct Parked;
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void finish(Parked &parked, HttpResponse response);
    void scheduleWake();
    void wakeParked();

    SandboxOptions m_options;
    Store m_store;
    GroupCoordinator m_groups;
    std::unique_ptr<Persistence> m_persistence;
    RequestRouter m_router;
    FaultInjector m_faults;
    SocketRegistry m_sockets;
    std::unique_ptr<HttpFrontend> m_http;
    QTcpServer *m_listener = nullptr; // owned by m_http
    // Context of delayed deliveries (latency, slow bodies, truncation); declared after m_http so
    // the responders they hold go before Qt HTTP Server's connection handlers do.
    QObject m_deliveryContext;
    std::list<std::unique_ptr<Parked>> m_parked;
    bool m_wakeScheduled = false;
    std::unique_ptr<DemoTraffic> m_demoTraffic;
};

} // namespace Gregor::Sandbox
