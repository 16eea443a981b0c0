// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/capabilities.h"
#include "core/api/consumersession.h"
#include "operation.h"

namespace Gregor {

// A call the dialect cannot make: it fails on the next event-loop turn with the capability
// sheet's sentence, so callers see one kind of answer whatever the server lacks.
template<typename T>
Job *unsupportedCall(QObject *parent, DialectKind dialect, Capability capability, QObject *context,
                     typename ResultJob<T>::Callback done)
{
    auto *op = new Operation<T>(context, std::move(done), parent);
    op->failLater(ApiError::make(ErrorKind::Unsupported, capabilityMissingReason(dialect, capability)));
    return op;
}

// A consumer session on a server that cannot consume (Confluent Cloud): every call fails with
// the reason, and nothing is ever sent.
class UnsupportedSession : public ConsumerSession
{
public:
    UnsupportedSession(ConsumerConfig config, DialectKind dialect)
        : m_config(std::move(config))
        , m_dialect(dialect)
    {}
    const ConsumerConfig &config() const override { return m_config; }
    QString instanceName() const override { return {}; }
    Job *poll(int, QObject *context, ResultJob<QList<Record>>::Callback done) override
    {
        return unsupportedCall<QList<Record>>(this, m_dialect, Capability::Consume, context, std::move(done));
    }
    Job *commit(const QList<PartitionOffset> &, QObject *context, ResultJob<Done>::Callback done) override
    {
        return unsupportedCall<Done>(this, m_dialect, Capability::Consume, context, std::move(done));
    }
    Job *close(QObject *context, ResultJob<Done>::Callback done) override
    {
        auto *op = new Operation<Done>(context, std::move(done), this);
        QTimer::singleShot(0, op, [op] {
            if (op->active())
                op->finishWith(Done{});
        });
        return op;
    }

private:
    ConsumerConfig m_config;
    DialectKind m_dialect;
};

} // namespace Gregor
