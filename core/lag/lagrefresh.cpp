// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagrefresh.h"

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace Gregor {

LagRefresh::LagRefresh(KafkaClient *client, Request request, Clock clock, GroupCallback onGroup,
                       DoneCallback onDone, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_clock(std::move(clock))
    , m_onGroup(std::move(onGroup))
    , m_onDone(std::move(onDone))
{}

LagRefresh::~LagRefresh()
{
    cancel();
}

void LagRefresh::track(Job *job)
{
    m_jobs.removeIf([](const QPointer<Job> &j) { return !j || j->isFinished(); });
    m_jobs.append(job);
}

void LagRefresh::cancel()
{
    m_finished = true;
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<Job> &job : jobs)
        if (job)
            job->cancel();
}

qint64 LagRefresh::clusterPartitions() const
{
    qint64 total = 0;
    for (const int count : m_partitionCounts)
        total += count;
    return total;
}

void LagRefresh::start()
{
    if (m_client->capabilities().testFlag(Capability::ListGroups)) {
        track(m_client->listGroups(this, [this](Result<QList<ConsumerGroupInfo>> groups) {
            // Without the listing the figures still come; only the live instances are unknown.
            if (groups)
                m_listed = *groups;
            else
                qCWarning(lcLag) << "listing groups failed:" << groups.error().userText;
            m_groupsDone = true;
            maybeAskGroups();
        }));
    } else {
        m_groupsDone = true;
    }
    track(m_client->listTopics(this, [this](Result<QList<TopicInfo>> topics) {
        if (!topics)
            return failAll(topics.error());
        QList<TopicPartition> all;
        QStringList unknownCounts;
        for (const TopicInfo &topic : *topics) {
            if (topic.partitionCount > 0) {
                m_partitionCounts.insert(topic.name, topic.partitionCount);
                for (int p = 0; p < topic.partitionCount; ++p)
                    all.append({topic.name, p});
            } else {
                unknownCounts.append(topic.name);
            }
        }
        // A server that computes lag gives each group's end offsets with it: none to ask here.
        if (serverLag())
            unknownCounts.clear();
        if (!all.isEmpty() && !serverLag()) {
            ++m_pendingTopics;
            track(m_client->offsets(all, OffsetSpec::latest(), this,
                                    [this](Result<QList<PartitionOffset>> ends) {
                                        if (!ends)
                                            return failAll(ends.error());
                                        for (const PartitionOffset &po : *ends)
                                            m_ends.insert(po.tp, po.offset);
                                        --m_pendingTopics;
                                        maybeAskGroups();
                                    }));
        }
        // Listings without partition counts (Confluent v2): each topic's partitions with their ends.
        for (const QString &name : std::as_const(unknownCounts)) {
            ++m_pendingTopics;
            track(m_client->topicDetails(name, this, [this, name](Result<TopicDetails> details) {
                if (!details) {
                    if (details.error().kind != ErrorKind::NotFound) // deleted meanwhile: skip it
                        return failAll(details.error());
                } else {
                    m_partitionCounts.insert(name, int(details->partitions.size()));
                    for (const PartitionInfo &p : details->partitions)
                        m_ends.insert({name, p.partition}, p.endOffset.value_or(-1));
                }
                --m_pendingTopics;
                maybeAskGroups();
            }));
        }
        m_topicsDone = true;
        maybeAskGroups();
    }));
}

bool LagRefresh::serverLag() const
{
    return m_client->capabilities().testFlag(Capability::ServerSideLag);
}

void LagRefresh::maybeAskGroups()
{
    if (m_finished || !m_topicsDone || !m_groupsDone || m_pendingTopics > 0 || !m_queue.isEmpty() ||
        m_running)
        return;
    m_queue = m_request.groups;
    if (m_listed)
        for (const ConsumerGroupInfo &group : std::as_const(*m_listed))
            if (!m_queue.contains(group.name))
                m_queue.append(group.name);
    if (m_queue.isEmpty()) {
        m_finished = true;
        if (m_onDone)
            m_onDone(m_listed);
        return;
    }
    askNextGroups();
}

std::optional<QList<ConsumerInstanceInfo>> LagRefresh::instancesOf(const QString &group) const
{
    if (!m_listed)
        return std::nullopt;
    for (const ConsumerGroupInfo &listed : std::as_const(*m_listed))
        if (listed.name == group)
            return listed.instances;
    return QList<ConsumerInstanceInfo>();
}

QList<TopicPartition>
LagRefresh::partitionsToAsk(const QString &group,
                            const std::optional<QList<ConsumerInstanceInfo>> &instances) const
{
    const QSet<QString> known = m_request.knownTopics.value(group);
    QList<TopicPartition> ask;
    for (auto it = m_partitionCounts.cbegin(); it != m_partitionCounts.cend(); ++it) {
        if (!known.isEmpty() && !known.contains(it.key()))
            continue;
        for (int p = 0; p < it.value(); ++p)
            ask.append({it.key(), p});
    }
    if (!instances || instances->isEmpty())
        return ask;
    QSet<TopicPartition> asked(ask.cbegin(), ask.cend());
    for (const ConsumerInstanceInfo &instance : std::as_const(*instances))
        for (const TopicPartition &tp : instance.assignment)
            if (!asked.contains(tp)) {
                ask.append(tp);
                asked.insert(tp);
            }
    return ask;
}

void LagRefresh::askNextGroups()
{
    while (!m_finished && m_running < ParallelGroups && !m_queue.isEmpty()) {
        const QString group = m_queue.first();
        const std::optional<QList<ConsumerInstanceInfo>> instances = instancesOf(group);
        // The head's question is kept while it waits for room, not built again at every answer.
        if (!m_headAsk || m_headAsk->first != group)
            m_headAsk.emplace(group, partitionsToAsk(group, instances));
        // Answers that land together are handled in one pass of the event loop: bounding what is
        // in flight bounds that pass.
        if (m_running > 0 && m_partitionsInFlight + m_headAsk->second.size() > MaxPartitionsInFlight)
            return;
        const QList<TopicPartition> ask = std::move(m_headAsk->second);
        m_headAsk.reset();
        m_queue.removeFirst();
        ++m_running;
        if (serverLag()) { // the server knows the group's partitions, even where we do not
            const qsizetype asked = ask.size();
            m_partitionsInFlight += asked;
            track(m_client->serverLag(group, this, [this, group, instances, asked](Result<ServerLag> lag) {
                if (!lag)
                    return finishGroup(group, std::unexpected(lag.error()), asked);
                // The listing's members carry their client ids; the lag rows only name members
                // that hold a partition.
                finishGroup(group,
                            makeSnapshot(group, m_clock(), lag->committed, lag->ends,
                                         instances && !instances->isEmpty() ? instances
                                                                            : std::optional(lag->instances)),
                            asked);
            }));
            continue;
        }
        if (ask.isEmpty()) {
            finishGroup(group, makeSnapshot(group, m_clock(), {}, m_ends, instances), 0);
            continue;
        }
        const qsizetype asked = ask.size();
        m_partitionsInFlight += asked;
        track(m_client->committedOffsets(
            group, ask, this, [this, group, instances, asked](Result<QList<PartitionOffset>> committed) {
                if (!committed)
                    return finishGroup(group, std::unexpected(committed.error()), asked);
                finishGroup(group, makeSnapshot(group, m_clock(), *committed, m_ends, instances), asked);
            }));
    }
}

void LagRefresh::finishGroup(const QString &group, Result<GroupSnapshot> snapshot, qsizetype asked)
{
    --m_running;
    m_partitionsInFlight -= asked;
    if (m_finished)
        return;
    if (m_onGroup)
        m_onGroup(group, std::move(snapshot));
    if (m_finished)
        return;
    if (m_queue.isEmpty() && m_running == 0) {
        m_finished = true;
        if (m_onDone)
            m_onDone(m_listed);
        return;
    }
    askNextGroups();
}

void LagRefresh::failAll(const ApiError &error)
{
    if (m_finished)
        return;
    QStringList groups = m_request.groups;
    if (m_listed)
        for (const ConsumerGroupInfo &group : std::as_const(*m_listed))
            if (!groups.contains(group.name))
                groups.append(group.name);
    cancel();
    for (const QString &group : std::as_const(groups))
        if (m_onGroup)
            m_onGroup(group, std::unexpected(error));
    if (m_onDone)
        m_onDone(m_listed);
}

} // namespace Gregor
