// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/kafkaclient.h"
#include "groupsnapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Gregor {

// One refresh of many groups' figures, made of as few calls as the dialect allows: the topic
// listing and the group listing once, the end offsets of every partition once (one call on
// Upstash, in batches of bounded size), then one committed-offsets question per group with
// every partition in its bodies (on Confluent v2 a short-lived instance, never subscribed,
// asked once and deleted). Groups run a
// few at a time. A dialect that answers lag itself (Confluent v3's lag-summary) would replace
// this class, not the monitor.
class LagRefresh : public QObject
{
    Q_OBJECT
public:
    static constexpr int ParallelGroups = 6;
    static constexpr qsizetype MaxPartitionsInFlight = 2500; // one group may exceed it alone

    struct Request
    {
        QStringList groups;
        // The topics to ask each group about (those it was seen on); a group without an entry
        // is asked about every partition of every topic.
        QHash<QString, QSet<QString>> knownTopics;
    };
    using GroupCallback = std::function<void(const QString &group, Result<GroupSnapshot> snapshot)>;
    // listed: the groups the server lists (with their instances) when the dialect can list them.
    using DoneCallback = std::function<void(const std::optional<QList<ConsumerGroupInfo>> &listed)>;
    using Clock = std::function<qint64()>;

    LagRefresh(KafkaClient *client, Request request, Clock clock, GroupCallback onGroup, DoneCallback onDone,
               QObject *parent = nullptr);
    ~LagRefresh() override;

    void start();
    void cancel(); // no callback runs afterwards
    // The partitions of every topic listed, once the listing came (0 before).
    qint64 clusterPartitions() const;

private:
    bool serverLag() const; // Capability::ServerSideLag: one call per group gives all its figures
    void maybeAskGroups();
    void askNextGroups();
    std::optional<QList<ConsumerInstanceInfo>> instancesOf(const QString &group) const;
    QList<TopicPartition> partitionsToAsk(const QString &group,
                                          const std::optional<QList<ConsumerInstanceInfo>> &instances) const;
    void finishGroup(const QString &group, Result<GroupSnapshot> snapshot, qsizetype asked);
    void failAll(const ApiError &error);
    void track(Job *job);

    KafkaClient *m_client;
    Request m_request;
    Clock m_clock;
    GroupCallback m_onGroup;
    DoneCallback m_onDone;

    bool m_topicsDone = false, m_groupsDone = false;
    QMap<QString, int> m_partitionCounts;
    QHash<TopicPartition, qint64> m_ends;
    std::optional<QList<ConsumerGroupInfo>> m_listed;
    QStringList m_queue;
    int m_running = 0;
    qsizetype m_partitionsInFlight = 0;
    std::optional<std::pair<QString, QList<TopicPartition>>> m_headAsk; // the queue head's question
    int m_pendingTopics = 0;
    bool m_finished = false;
    QList<QPointer<Job>> m_jobs;
};

} // namespace Gregor
