// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstashsession.h"

#include "core/dialects/common/operation.h"
#include "upstashparse.h"
#include "upstashrequests.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Gregor {

QString generatedInstanceName()
{
    return u"gregor-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

UpstashSession::UpstashSession(Transport *transport, ConsumerConfig config, QObject *parent)
    : ConsumerSession(parent)
    , m_transport(transport)
    , m_config(std::move(config))
    , m_instance(m_config.instance.isEmpty() ? generatedInstanceName() : m_config.instance)
{}

UpstashSession::~UpstashSession()
{
    const auto jobs = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    for (Job *job : jobs)
        job->cancel();
}

template<typename T, typename Parse>
static Job *sessionCall(Transport *transport, QObject *parent, const HttpRequest &request, QObject *context,
                        typename ResultJob<T>::Callback done, Parse parse)
{
    auto *op = new Operation<T>(context, std::move(done), parent);
    if (!transport) {
        op->failLater(
            ApiError::make(ErrorKind::Cancelled,
                           QCoreApplication::translate("Gregor::Upstash", "The connection was closed.")));
        return op;
    }
    op->send(transport, request, [op, parse](Result<HttpResponse> response) {
        op->finishWith(parseResponse<T>(response, parse));
    });
    return op;
}

Job *UpstashSession::poll(int timeoutMs, QObject *context, ResultJob<QList<Record>>::Callback done)
{
    return sessionCall<QList<Record>>(m_transport, this,
                                      Upstash::consume(m_config, m_instance, qMax(0, timeoutMs)), context,
                                      std::move(done), &Upstash::parseMessages);
}

Job *UpstashSession::commit(const QList<PartitionOffset> &nextOffsets, QObject *context,
                            ResultJob<Done>::Callback done)
{
    return sessionCall<Done>(m_transport, this, Upstash::commit(m_config.group, m_instance, nextOffsets),
                             context, std::move(done), &Upstash::parseSuccess);
}

Job *UpstashSession::close(QObject *context, ResultJob<Done>::Callback done)
{
    return sessionCall<Done>(m_transport, this, Upstash::deleteConsumer(m_config.group, m_instance), context,
                             std::move(done), &Upstash::parseSuccess);
}

} // namespace Gregor
