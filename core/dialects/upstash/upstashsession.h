// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/consumersession.h"

#include <QPointer>

namespace Gregor {

class Transport;

// A member of an Upstash consumer group: every consume call names the instance, the first one
// creates it on the server with the Kafka-* headers of the config.
class UpstashSession : public ConsumerSession
{
    Q_OBJECT
public:
    UpstashSession(Transport *transport, ConsumerConfig config, QObject *parent = nullptr);
    ~UpstashSession() override;

    const ConsumerConfig &config() const override { return m_config; }
    QString instanceName() const override { return m_instance; }

    Job *poll(int timeoutMs, QObject *context, ResultJob<QList<Record>>::Callback done) override;
    Job *commit(const QList<PartitionOffset> &nextOffsets, QObject *context,
                ResultJob<Done>::Callback done) override;
    Job *close(QObject *context, ResultJob<Done>::Callback done) override;

private:
    QPointer<Transport> m_transport;
    ConsumerConfig m_config;
    QString m_instance;
};

// "gregor-" and a random suffix: a fresh instance name.
QString generatedInstanceName();

} // namespace Gregor
