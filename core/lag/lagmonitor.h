// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/kafkaclient.h"
#include "groupsnapshot.h"
#include "lagalerts.h"
#include "laghealth.h"
#include "lagrefresh.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Gregor {

// What the views show of one group: the last good figures and what follows from them.
struct GroupStatus
{
    QString name;
    GroupSnapshot snapshot;
    bool hasFigures = false;
    bool stale = false; // the last refresh failed: the figures are from snapshot.takenAtMs
    QString error;      // why, in one sentence
    qint64 lastAttemptMs = 0;
    HealthVerdict health;
    LagRates rates;
    Trend trend = Trend::Flat;
    bool aboveThreshold = false;
    bool listed = false;     // the server lists it (it has live instances)
    bool remembered = false; // the user added it by name
    bool hasLiveInstances() const { return snapshot.instancesKnown && !snapshot.instances.isEmpty(); }
    friend bool operator==(const GroupStatus &, const GroupStatus &) = default;
};

// The lag service of one connection: the groups watched, refreshed on an interval (or on
// demand), each answer tagged with its generation so a stale one never overwrites a newer one;
// health, rates and alerts from a sliding window of samples.
class LagMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 10000;
    // A group is asked about the topics it was seen on; to find topics it began to consume, a
    // few groups per refresh (those longest since) are asked about every partition of every
    // topic, as many as this many partition questions allow (at least one group per refresh).
    // A group never seen on a topic is always asked about all of them.
    static constexpr qint64 DiscoveryBudget = 20000;
    static constexpr int UpdateEveryMs = 100; // groupsUpdated while a refresh lands
    using Clock = std::function<qint64()>;

    explicit LagMonitor(KafkaClient *client, QObject *parent = nullptr);
    ~LagMonitor() override;

    KafkaClient *client() const { return m_client; }
    void setClock(Clock clock); // tests inject one; default: the wall clock

    // The watch list: groups added by name (remembered per profile by the caller) and groups
    // the server lists, minus those the user removed.
    void setRememberedGroups(const QStringList &groups);
    QStringList rememberedGroups() const;
    void setHiddenGroups(const QStringList &groups);
    QStringList hiddenGroups() const;
    void addGroup(const QString &group);
    void removeGroup(const QString &group);
    QStringList groupNames() const; // sorted
    const GroupStatus *status(const QString &group) const;
    QList<GroupStatus> statuses() const; // by name

    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int ms);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    int windowSize() const { return m_windowSize; }
    void setWindowSize(int samples);
    void setDiscoveryBudget(qint64 partitions) { m_discoveryBudget = partitions; }
    AlertTracker &alerts() { return m_alerts; }
    const LagWindow *window(const QString &group) const;

    // Starts the interval (the first refresh runs at once).
    void start();
    // Now, whatever runs: the running refresh is dropped.
    void refresh();
    bool isRefreshing() const { return m_refresh != nullptr; }
    quint64 generation() const { return m_generation; }
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    // Recomputes thresholds and marks after the alert rules changed.
    void reevaluateAlerts();

Q_SIGNALS:
    void refreshStarted(quint64 generation);
    void refreshFinished(quint64 generation);
    // Coalesced: every group whose status changed, at most every UpdateEveryMs while a refresh
    // lands and at its end (before refreshFinished).
    void groupsUpdated(const QStringList &groups);
    void groupAdded(const QString &group);
    void groupRemoved(const QString &group);
    void watchListChanged(); // remembered or hidden groups changed: save them
    void snapshotTaken(const Gregor::GroupSnapshot &snapshot);
    void alertRaised(const Gregor::AlertEvent &event);
    void settingsChanged();

private:
    void startRefresh();
    void dropGroup(const QString &group); // without hiding it
    void flushUpdates();
    QHash<QString, QSet<QString>> topicsToAsk(const QStringList &groups);
    void applyGroup(quint64 generation, const QString &group, Result<GroupSnapshot> snapshot);
    void applyListing(quint64 generation, const std::optional<QList<ConsumerGroupInfo>> &listed);
    void finishRefresh(quint64 generation);
    void scheduleNext();
    void markDirty(const QString &group);
    GroupStatus &ensure(const QString &group);
    qint64 windowSpanMs() const;
    void evaluate(GroupStatus &status, bool raiseAlerts);

    KafkaClient *m_client;
    Clock m_clock;
    QMap<QString, GroupStatus> m_groups;
    QMap<QString, LagWindow> m_windows;
    QHash<QString, QSet<QString>> m_knownTopics;
    QHash<QString, int> m_lastDiscovery; // the refresh that last asked the group about every topic
    qint64 m_clusterPartitions = 0;      // as the last refresh listed them
    qint64 m_discoveryBudget = DiscoveryBudget;
    QSet<QString> m_remembered, m_hidden;
    AlertTracker m_alerts;
    QPointer<LagRefresh> m_refresh;
    QTimer m_timer;
    QTimer m_flush;
    QStringList m_dirty;
    quint64 m_generation = 0;
    int m_refreshCount = 0;
    int m_intervalMs = DefaultIntervalMs;
    int m_windowSize = LagWindow::DefaultSize;
    bool m_paused = false;
    bool m_started = false;
    qint64 m_lastRefreshMs = 0;
};

} // namespace Gregor
