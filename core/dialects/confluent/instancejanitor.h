// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "confluentrequests.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Gregor {

class Transport;

// Remembers every consumer instance a Confluent client created on the server (reads and
// committed-offset lookups) until it is deleted, so that closing the connection can remove the
// ones still there instead of leaving them to the proxy's idle expiry.
class InstanceJanitor : public QObject
{
    Q_OBJECT
public:
    InstanceJanitor(Transport *transport, Confluent::Version version, QObject *parent = nullptr);

    // Called before the create is sent: Confluent names the instance as asked, so a create whose
    // answer was lost still leaves an instance to remove.
    void track(const QString &group, const QString &instance);
    // The create was refused: nothing to remove.
    void forget(const QString &group, const QString &instance);
    // Deletes the instance now, without anyone waiting for it.
    void remove(const QString &group, const QString &instance);

    int tracked() const { return int(m_instances.size()); }
    // The instances of `group` that exist and are not being deleted, by name.
    QStringList instancesOf(const QString &group) const;
    int deletesInFlight() const { return m_deletesInFlight; }

    // Deletes every instance still tracked; `done` runs once they are all gone or after
    // timeoutMs, with the number left behind.
    void removeAll(int timeoutMs, QObject *context, std::function<void(int)> done);

private:
    using Key = std::pair<QString, QString>;
    void settleIfDrained();

    QPointer<Transport> m_transport;
    Confluent::Version m_version;
    QSet<Key> m_instances;
    QSet<Key> m_deleting;
    int m_deletesInFlight = 0;
    QTimer m_deadline;
    QList<std::pair<QPointer<QObject>, std::function<void(int)>>> m_waiting;
};

} // namespace Gregor
