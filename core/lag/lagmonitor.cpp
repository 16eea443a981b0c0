// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagmonitor.h"

#include "lagrefresh.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Gregor {

LagMonitor::LagMonitor(KafkaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { startRefresh(); });
    // Groups the app itself made members of appear like added ones, unless the user removed them.
    connect(client, &KafkaClient::groupCreated, this, [this](const QString &group) {
        if (!m_hidden.contains(group) && !m_groups.contains(group))
            addGroup(group);
    });
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &LagMonitor::flushUpdates);
}

void LagMonitor::flushUpdates()
{
    m_flush.stop();
    const QStringList dirty = std::exchange(m_dirty, {});
    if (!dirty.isEmpty())
        Q_EMIT groupsUpdated(dirty);
}

LagMonitor::~LagMonitor()
{
    if (m_refresh)
        delete m_refresh.data();
}

void LagMonitor::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void LagMonitor::setRememberedGroups(const QStringList &groups)
{
    for (const QString &group : groups)
        if (!group.trimmed().isEmpty()) {
            m_remembered.insert(group.trimmed());
            ensure(group.trimmed()).remembered = true;
        }
}

QStringList LagMonitor::rememberedGroups() const
{
    QStringList groups(m_remembered.cbegin(), m_remembered.cend());
    groups.sort();
    return groups;
}

void LagMonitor::setHiddenGroups(const QStringList &groups)
{
    m_hidden = QSet<QString>(groups.cbegin(), groups.cend());
}

QStringList LagMonitor::hiddenGroups() const
{
    QStringList groups(m_hidden.cbegin(), m_hidden.cend());
    groups.sort();
    return groups;
}

void LagMonitor::addGroup(const QString &name)
{
    const QString group = name.trimmed();
    if (group.isEmpty())
        return;
    m_hidden.remove(group);
    m_remembered.insert(group);
    ensure(group).remembered = true;
    markDirty(group);
    Q_EMIT watchListChanged();
    if (m_started)
        refresh();
}

void LagMonitor::removeGroup(const QString &group)
{
    // Hidden, so neither the server's listing nor the app's own use brings it back.
    if (m_groups.contains(group))
        m_hidden.insert(group);
    dropGroup(group);
}

void LagMonitor::dropGroup(const QString &group)
{
    const auto it = m_groups.find(group);
    if (it == m_groups.end())
        return;
    m_remembered.remove(group);
    m_groups.erase(it);
    m_windows.remove(group);
    m_knownTopics.remove(group);
    m_lastDiscovery.remove(group);
    m_alerts.forget(group);
    m_dirty.removeAll(group);
    Q_EMIT groupRemoved(group);
    Q_EMIT watchListChanged();
}

QStringList LagMonitor::groupNames() const
{
    return m_groups.keys();
}

const GroupStatus *LagMonitor::status(const QString &group) const
{
    const auto it = m_groups.constFind(group);
    return it == m_groups.cend() ? nullptr : &*it;
}

QList<GroupStatus> LagMonitor::statuses() const
{
    return m_groups.values();
}

const LagWindow *LagMonitor::window(const QString &group) const
{
    const auto it = m_windows.constFind(group);
    return it == m_windows.cend() ? nullptr : &*it;
}

void LagMonitor::setIntervalMs(int ms)
{
    m_intervalMs = std::clamp(ms, 1000, 3600 * 1000);
    if (m_timer.isActive())
        m_timer.start(m_intervalMs);
    Q_EMIT settingsChanged();
}

void LagMonitor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else if (m_started && !m_refresh)
        startRefresh();
    Q_EMIT settingsChanged();
}

void LagMonitor::setWindowSize(int samples)
{
    m_windowSize = std::clamp(samples, 2, 100);
    for (LagWindow &window : m_windows)
        window.setSize(m_windowSize);
    Q_EMIT settingsChanged();
}

void LagMonitor::start()
{
    m_started = true;
    if (!m_paused && !m_refresh)
        startRefresh();
}

void LagMonitor::refresh()
{
    m_started = true;
    startRefresh();
}

GroupStatus &LagMonitor::ensure(const QString &group)
{
    auto it = m_groups.find(group);
    if (it == m_groups.end()) {
        it = m_groups.insert(group, GroupStatus{});
        it->name = group;
        it->snapshot.group = group;
        m_windows.insert(group, LagWindow(m_windowSize));
        Q_EMIT groupAdded(group);
    }
    return *it;
}

void LagMonitor::markDirty(const QString &group)
{
    if (!m_dirty.contains(group))
        m_dirty.append(group);
    // While a refresh lands, the views hear of it a few times a second, not once per answer:
    // each update costs them a pass over the rows and a repaint. Otherwise at once.
    if (!m_flush.isActive())
        m_flush.start(m_refresh ? UpdateEveryMs : 0);
}

qint64 LagMonitor::windowSpanMs() const
{
    return qint64(m_windowSize) * m_intervalMs;
}

QHash<QString, QSet<QString>> LagMonitor::topicsToAsk(const QStringList &groups)
{
    QStringList seen; // groups known on some topic, longest since their last full question first
    for (const QString &group : groups)
        if (!m_knownTopics.value(group).isEmpty())
            seen.append(group);
    std::ranges::stable_sort(seen, {},
                             [this](const QString &group) { return m_lastDiscovery.value(group, -1); });
    const qint64 perGroup = std::max<qint64>(1, m_clusterPartitions);
    const qsizetype discovering = std::max<qint64>(1, m_discoveryBudget / perGroup);
    QHash<QString, QSet<QString>> known;
    for (qsizetype i = 0; i < seen.size(); ++i) {
        if (i < discovering)
            m_lastDiscovery.insert(seen[i], m_refreshCount);
        else
            known.insert(seen[i], m_knownTopics.value(seen[i]));
    }
    for (const QString &group : groups)
        if (!known.contains(group))
            m_lastDiscovery.insert(group, m_refreshCount);
    return known;
}

void LagMonitor::startRefresh()
{
    m_timer.stop();
    if (m_refresh) {
        m_refresh->cancel();
        m_refresh->deleteLater();
    }
    const quint64 generation = ++m_generation;
    ++m_refreshCount;
    LagRefresh::Request request;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        if (!m_hidden.contains(it.key()))
            request.groups.append(it.key());
    request.knownTopics = topicsToAsk(request.groups);
    m_refresh = new LagRefresh(
        m_client, request, m_clock,
        [this, generation](const QString &group, Result<GroupSnapshot> snapshot) {
            applyGroup(generation, group, std::move(snapshot));
        },
        [this, generation](const std::optional<QList<ConsumerGroupInfo>> &listed) {
            applyListing(generation, listed);
            finishRefresh(generation);
        },
        this);
    Q_EMIT refreshStarted(generation);
    m_refresh->start();
}

void LagMonitor::applyGroup(quint64 generation, const QString &group, Result<GroupSnapshot> snapshot)
{
    if (generation != m_generation || m_hidden.contains(group))
        return;
    GroupStatus &status = ensure(group);
    status.lastAttemptMs = m_clock();
    if (!snapshot) {
        if (snapshot.error().kind == ErrorKind::Cancelled)
            return;
        status.stale = status.hasFigures;
        status.error = snapshot.error().userText;
        evaluate(status, true);
        markDirty(group);
        return;
    }
    QSet<QString> &topics = m_knownTopics[group];
    for (qsizetype i = 0; i < snapshot->partitions.size(); ++i)
        if (i == 0 || snapshot->partitions[i].tp.topic != snapshot->partitions[i - 1].tp.topic)
            topics.insert(snapshot->partitions[i].tp.topic); // in partition order: once per topic
    status.snapshot = *snapshot;
    if (snapshot->instancesKnown)
        status.listed = !snapshot->instances.isEmpty();
    status.hasFigures = true;
    status.stale = false;
    status.error.clear();
    m_windows[group].add(*snapshot);
    evaluate(status, true);
    markDirty(group);
    Q_EMIT snapshotTaken(*snapshot);
}

void LagMonitor::evaluate(GroupStatus &status, bool raiseAlerts)
{
    const LagWindow &window = m_windows[status.name];
    status.health = window.isEmpty()
                        ? HealthVerdict{Health::Unknown,
                                        status.error.isEmpty()
                                            ? QCoreApplication::translate("Gregor::Lag", "no figures yet")
                                            : status.error}
                        : window.groupHealth(m_clock(), windowSpanMs());
    status.rates = window.rates();
    status.trend = window.trend();
    if (status.hasFigures && status.snapshot.hasCommits()) {
        const QList<AlertEvent> events =
            m_alerts.update(status.name, status.snapshot.totalLag(), status.rates, status.health);
        if (raiseAlerts)
            for (const AlertEvent &event : events)
                Q_EMIT alertRaised(event);
    }
    status.aboveThreshold = m_alerts.isAbove(status.name);
}

void LagMonitor::reevaluateAlerts()
{
    for (GroupStatus &status : m_groups) {
        const bool before = status.aboveThreshold;
        evaluate(status, false);
        if (before != status.aboveThreshold)
            markDirty(status.name);
    }
}

void LagMonitor::applyListing(quint64 generation, const std::optional<QList<ConsumerGroupInfo>> &listed)
{
    if (generation != m_generation || !listed)
        return;
    QSet<QString> names;
    for (const ConsumerGroupInfo &group : *listed)
        names.insert(group.name);
    for (GroupStatus &status : m_groups) {
        const bool isListed = names.contains(status.name);
        if (status.listed != isListed) {
            status.listed = isListed;
            markDirty(status.name);
        }
    }
    // A listed group that went away and that nobody added by name leaves the list with its instances.
    const QStringList names_ = m_groups.keys();
    for (const QString &name : names_) {
        const GroupStatus &status = m_groups[name];
        if (!status.listed && !status.remembered && !status.snapshot.hasCommits())
            dropGroup(name);
    }
}

void LagMonitor::finishRefresh(quint64 generation)
{
    if (generation != m_generation)
        return;
    m_lastRefreshMs = m_clock();
    if (m_refresh) {
        if (const qint64 partitions = m_refresh->clusterPartitions(); partitions > 0)
            m_clusterPartitions = partitions;
        m_refresh->deleteLater();
        m_refresh = nullptr;
    }
    flushUpdates(); // the views are complete when refreshFinished is heard
    Q_EMIT refreshFinished(generation);
    scheduleNext();
}

void LagMonitor::scheduleNext()
{
    if (!m_paused && m_started)
        m_timer.start(m_intervalMs);
}

} // namespace Gregor
