// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentsession.h"

#include "confluentparse.h"
#include "core/dialects/common/operation.h"
#include "core/dialects/upstash/upstashsession.h"
#include "core/logging.h"
#include "instancejanitor.h"

using namespace Qt::StringLiterals;

namespace Gregor {

using Confluent::Version;

ConfluentSession::ConfluentSession(Transport *transport, Version version, ConsumerConfig config,
                                   InstanceJanitor *janitor, QObject *parent)
    : ConsumerSession(parent)
    , m_transport(transport)
    , m_janitor(janitor)
    , m_version(version)
    , m_config(std::move(config))
    , m_instance(m_config.instance.isEmpty() ? generatedInstanceName() : m_config.instance)
{
    m_keepAlive.setInterval(DefaultKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &ConfluentSession::keepAlive);
    m_sinceLastCall.start();
}

ConfluentSession::~ConfluentSession()
{
    const auto jobs = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    for (Job *job : jobs)
        job->cancel();
}

void ConfluentSession::setKeepAliveInterval(int ms)
{
    m_keepAlive.setInterval(qMax(0, ms));
    if (ms <= 0)
        m_keepAlive.stop();
    else if (m_created)
        m_keepAlive.start();
}

bool ConfluentSession::instanceGone(const ApiError &error)
{
    return error.httpStatus == 404 && error.serverCode == 40403;
}

void ConfluentSession::ensureCreated(QObject *guard, Then then)
{
    if (m_created)
        return then(Done{});
    m_waitingForCreate.append([guard = QPointer<QObject>(guard), then](Result<Done> result) {
        if (guard)
            then(std::move(result));
    });
    if (m_creating || !m_transport)
        return;
    m_creating = true;
    const auto settle = [this](Result<Done> result) {
        m_creating = false;
        m_created = bool(result);
        if (m_created)
            ++m_generation;
        if (m_created && m_keepAlive.interval() > 0)
            m_keepAlive.start();
        for (const Then &waiting : std::exchange(m_waitingForCreate, {}))
            waiting(result);
    };
    // Tracked before the create is sent: a create whose answer is lost still made an instance.
    if (m_janitor)
        m_janitor->track(m_config.group, m_instance);
    m_transport->send(Confluent::createConsumer(m_version, m_config.group, m_instance,
                                                m_config.autoOffsetReset, m_config.autoCommit),
                      this, [this, settle](Result<HttpResponse> r) {
                          const auto instance = parseResponse<Confluent::ConsumerInstance>(
                              r, &Confluent::parseConsumerInstance);
                          if (!instance) {
                              if (m_janitor && !r && r.error().httpStatus != 0)
                                  m_janitor->forget(m_config.group, m_instance); // refused: none made
                              return settle(std::unexpected(instance.error()));
                          }
                          if (m_janitor && instance->instanceId != m_instance) {
                              m_janitor->forget(m_config.group, m_instance);
                              m_janitor->track(m_config.group, instance->instanceId);
                          }
                          m_instance = instance->instanceId;
                          if (m_version == Version::V1 || !m_transport)
                              return settle(Done{}); // v1 subscribes by reading a topic
                          m_transport->send(Confluent::subscribe(m_config.group, m_instance, m_config.topics),
                                            this, [settle](Result<HttpResponse> r) {
                                                if (!r)
                                                    return settle(std::unexpected(r.error()));
                                                settle(Done{});
                                            });
                      });
}

void ConfluentSession::sendToInstance(QObject *guard, std::function<void(Job *)> adopt,
                                      std::function<HttpRequest()> build,
                                      std::function<void(Result<HttpResponse>)> then, bool mayRecreate)
{
    ensureCreated(guard, [=, this](Result<Done> created) {
        if (!created)
            return then(std::unexpected(created.error()));
        if (!m_transport)
            return then(
                std::unexpected(ApiError::make(ErrorKind::Cancelled, tr("The connection was closed."))));
        m_sinceLastCall.restart();
        const quint64 generation = m_generation;
        Job *job = m_transport->send(build(), guard, [=, this](Result<HttpResponse> r) {
            if (!r && mayRecreate && instanceGone(r.error())) {
                // The proxy forgot the instance (idle expiry, restart): a new one, then once more.
                return recreateAfterGone(generation, guard, [=, this](Result<Done> again) {
                    if (!again)
                        return then(std::unexpected(again.error()));
                    sendToInstance(guard, adopt, build, then, false);
                });
            }
            then(std::move(r));
        });
        adopt(job);
    });
}

void ConfluentSession::recreateAfterGone(quint64 generation, QObject *guard, Then then)
{
    if (generation != m_generation || !m_created)
        return ensureCreated(guard, std::move(then)); // another answer already re-creates it
    qCDebug(lcHttp) << "consumer instance" << m_instance << "is gone; creating it again";
    m_created = false;
    m_keepAlive.stop();
    ensureCreated(guard, [this, then = std::move(then)](Result<Done> again) {
        if (again)
            Q_EMIT recreated();
        then(std::move(again));
    });
}

Job *ConfluentSession::poll(int timeoutMs, QObject *context, ResultJob<QList<Record>>::Callback done)
{
    auto *op = new Operation<QList<Record>>(context, std::move(done), this);
    if (m_closed) {
        op->failLater(ApiError::make(ErrorKind::Cancelled, tr("The consumer session was closed.")));
        return op;
    }
    const int wait = qMax(0, timeoutMs);
    const QString topic = m_config.topics.value(0);
    sendToInstance(
        op, [op](Job *job) { op->adopt(job); },
        [this, wait, topic] {
            return m_version == Version::V2 ? Confluent::records(m_config.group, m_instance, wait)
                                            : Confluent::topicRecords(m_config.group, m_instance, topic);
        },
        [op, topic](Result<HttpResponse> r) {
            if (!op->active())
                return;
            op->finishWith(parseResponse<QList<Record>>(
                r, [&topic](const QByteArray &body) { return Confluent::parseRecords(body, topic); }));
        });
    return op;
}

Job *ConfluentSession::commit(const QList<PartitionOffset> &nextOffsets, QObject *context,
                              ResultJob<Done>::Callback done)
{
    auto *op = new Operation<Done>(context, std::move(done), this);
    if (m_version == Version::V1 && !nextOffsets.isEmpty()) {
        op->failLater(ApiError::make(ErrorKind::Unsupported,
                                     tr("Confluent REST v1 can only commit what the consumer has read.")));
        return op;
    }
    sendToInstance(
        op, [op](Job *job) { op->adopt(job); },
        [this, nextOffsets] { return Confluent::commit(m_version, m_config.group, m_instance, nextOffsets); },
        [op](Result<HttpResponse> r) {
            if (!op->active())
                return;
            if (!r)
                return op->fail(r.error());
            op->finishWith(Done{});
        },
        !nextOffsets.isEmpty()); // a new instance has consumed nothing to commit
    return op;
}

Job *ConfluentSession::close(QObject *context, ResultJob<Done>::Callback done)
{
    auto *op = new Operation<Done>(context, std::move(done), this);
    m_closed = true;
    m_keepAlive.stop();
    if (!m_created || !m_transport) {
        QTimer::singleShot(0, op, [op] { op->finishWith(Done{}); });
        return op;
    }
    m_created = false;
    op->send(m_transport, Confluent::deleteConsumer(m_version, m_config.group, m_instance),
             [this, op](Result<HttpResponse> r) {
                 if (!r && !instanceGone(r.error()))
                     return op->fail(r.error());
                 if (m_janitor)
                     m_janitor->forget(m_config.group, m_instance);
                 op->finishWith(Done{}); // already gone is closed too
             });
    return op;
}

void ConfluentSession::keepAlive()
{
    if (!m_created || m_closed || !m_transport || m_version == Version::V1)
        return; // v1 has no side-effect-free call on an instance; a 40403 re-creates it instead
    if (m_sinceLastCall.elapsed() < m_keepAlive.interval() / 2)
        return;
    if (m_keepAliveInFlight)
        return; // a slow proxy gets one touch at a time, not a queue of them
    m_sinceLastCall.restart();
    m_keepAliveInFlight = true;
    const quint64 generation = m_generation;
    m_transport->send(Confluent::subscription(m_config.group, m_instance), this,
                      [this, generation](Result<HttpResponse> r) {
                          m_keepAliveInFlight = false;
                          if (r || !instanceGone(r.error()) || m_closed)
                              return;
                          recreateAfterGone(generation, this, [](Result<Done>) {});
                      });
}

} // namespace Gregor
