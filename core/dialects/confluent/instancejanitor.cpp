// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancejanitor.h"

#include "core/http/httpjob.h"
#include "core/http/transport.h"
#include "core/logging.h"

namespace Gregor {

InstanceJanitor::InstanceJanitor(Transport *transport, Confluent::Version version, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_version(version)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const int left = int(m_instances.size());
        for (auto &[context, done] : std::exchange(m_waiting, {})) {
            if (context)
                done(left);
        }
    });
}

void InstanceJanitor::track(const QString &group, const QString &instance)
{
    m_instances.insert({group, instance});
}

QStringList InstanceJanitor::instancesOf(const QString &group) const
{
    QStringList names;
    for (const Key &key : m_instances)
        if (key.first == group && !m_deleting.contains(key))
            names.append(key.second);
    names.sort();
    return names;
}

void InstanceJanitor::forget(const QString &group, const QString &instance)
{
    m_instances.remove({group, instance});
    settleIfDrained();
}

void InstanceJanitor::remove(const QString &group, const QString &instance)
{
    const Key key{group, instance};
    if (!m_transport || !m_instances.contains(key) || m_deleting.contains(key))
        return;
    m_deleting.insert(key);
    ++m_deletesInFlight;
    m_transport->send(Confluent::deleteConsumer(m_version, group, instance), this,
                      [this, key](Result<HttpResponse> r) {
                          --m_deletesInFlight;
                          m_deleting.remove(key);
                          // Gone either way when the server no longer knows it.
                          if (r || r.error().httpStatus == 404)
                              m_instances.remove(key);
                          else
                              qCDebug(lcHttp) << "could not delete consumer instance" << key.first
                                              << key.second << r.error();
                          settleIfDrained();
                      });
}

void InstanceJanitor::removeAll(int timeoutMs, QObject *context, std::function<void(int)> done)
{
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    for (const Key &key : QSet<Key>(m_instances))
        remove(key.first, key.second);
    if (!m_deadline.isActive())
        m_deadline.start(qMax(0, timeoutMs));
    // Answering on the next turn keeps "never calls back before it returned".
    QTimer::singleShot(0, this, [this] { settleIfDrained(); });
}

void InstanceJanitor::settleIfDrained()
{
    if (m_waiting.isEmpty() || m_deletesInFlight > 0)
        return;
    m_deadline.stop();
    const int left = int(m_instances.size());
    for (auto &[context, done] : std::exchange(m_waiting, {})) {
        if (context)
            done(left);
    }
}

} // namespace Gregor
