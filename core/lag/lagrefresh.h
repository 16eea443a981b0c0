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
// Upstash), then one committed-offsets call per group with every partition in its body (on
// Confluent v2 a short-lived instance, never subscribed, asked once and deleted). Groups run a
// few at a time. A dialect that answers lag itself (Confluent v3's lag-summary) would replace
// this class, not the monitor.
class LagRefresh : public QObject
{
    Q_OBJECT
public:
    static constexpr int ParallelGroups = 6;

    struct Request
    {
        QStringList groups;
        // Topics each group was seen on (commits or assignment); a group without any, or a
        // full refresh, is asked about every partition of every topic.
        QHash<QString, QSet<QString>> knownTopics;
        bool full = true;
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

private:
    void maybeAskGroups();
    void askNextGroups();
    void finishGroup(const QString &group, Result<GroupSnapshot> snapshot);
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
    int m_pendingTopics = 0;
    bool m_finished = false;
    QList<QPointer<Job>> m_jobs;
};

} // namespace Gregor
