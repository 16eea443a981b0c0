// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "confluentrequests.h"
#include "core/api/consumersession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Gregor {

class Transport;
class InstanceJanitor;

// A Confluent consumer-group member: create → subscribe → records → commit → delete (v1: create
// → read a topic, which subscribes → commit consumed → delete). The instance is created on the
// first call, touched by a keep-alive well inside the proxy's 5-minute idle expiry, and created
// again after a 40403 (then recreated() is emitted and the call goes on once).
class ConfluentSession : public ConsumerSession
{
    Q_OBJECT
public:
    static constexpr int DefaultKeepAliveMs = 60 * 1000;

    // `janitor` (optional) is told of the instance while it exists, so closing the connection
    // removes it even when the session was never closed.
    ConfluentSession(Transport *transport, Confluent::Version version, ConsumerConfig config,
                     InstanceJanitor *janitor = nullptr, QObject *parent = nullptr);
    ~ConfluentSession() override;

    const ConsumerConfig &config() const override { return m_config; }
    QString instanceName() const override { return m_instance; }
    bool isCreated() const { return m_created; }
    // How often an idle instance is touched (v2: GET …/subscription); 0 disables it.
    void setKeepAliveInterval(int ms);

    Job *poll(int timeoutMs, QObject *context, ResultJob<QList<Record>>::Callback done) override;
    Job *commit(const QList<PartitionOffset> &nextOffsets, QObject *context,
                ResultJob<Done>::Callback done) override;
    Job *close(QObject *context, ResultJob<Done>::Callback done) override;

private:
    using Then = std::function<void(Result<Done>)>;
    // Runs `then` once the instance exists (creating and subscribing it when needed).
    void ensureCreated(QObject *guard, Then then);
    // Sends a request to the instance; on 40403 re-creates it and sends once more.
    // `adopt` hands each HttpJob to the calling operation, so cancelling it stops the exchange.
    void sendToInstance(QObject *guard, std::function<void(Job *)> adopt, std::function<HttpRequest()> build,
                        std::function<void(Result<HttpResponse>)> then, bool mayRecreate = true);
    // After a 40403 for a request sent while instance `generation` existed: re-creates it unless
    // another answer already did (or is doing so), so one lost instance means one recreated().
    void recreateAfterGone(quint64 generation, QObject *guard, Then then);
    void keepAlive();
    static bool instanceGone(const ApiError &error);

    QPointer<Transport> m_transport;
    QPointer<InstanceJanitor> m_janitor;
    Confluent::Version m_version;
    ConsumerConfig m_config;
    QString m_instance;
    bool m_created = false;
    bool m_closed = false;
    QList<Then> m_waitingForCreate;
    bool m_creating = false;
    quint64 m_generation = 0; // bumped by every successful create
    bool m_keepAliveInFlight = false;
    QTimer m_keepAlive;
    QElapsedTimer m_sinceLastCall;
};

} // namespace Gregor
