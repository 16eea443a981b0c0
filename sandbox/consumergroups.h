// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "persistence.h"

#include "core/api/record.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <expected>
#include <map>
#include <optional>
#include <vector>

namespace Gregor::Sandbox {

class Store;

enum class OffsetReset
{
    Earliest,
    Latest,
    None
};

enum class EmbeddedFormat
{
    Binary,
    Json
};

// Which API created an instance: it decides the expiry default and how records are rendered.
enum class InstanceApi
{
    Upstash,
    ConfluentV2,
    ConfluentV1
};

struct InstanceConfig
{
    bool autoCommit = true;
    qint64 autoCommitIntervalMs = 5000;
    OffsetReset reset = OffsetReset::Latest;
    qint64 idleExpiryMs = 120000;
    EmbeddedFormat format = EmbeddedFormat::Binary;
    qint64 requestTimeoutMs = -1; // Confluent consumer.request.timeout.ms; -1 = server default
    qint64 fetchMinBytes = -1;
};

using Clock = std::chrono::steady_clock;

struct ConsumerInstance
{
    QString name;
    InstanceApi api = InstanceApi::Upstash;
    InstanceConfig config;
    // Subscription: topics, or a pattern; or a manual assignment. Never more than one.
    QStringList topics;
    QString pattern;
    QRegularExpression patternRe;
    bool manual = false;
    QList<TopicPartition> assignment;        // what this instance reads now (group-assigned or manual)
    QHash<TopicPartition, qint64> positions; // next offset to read, per assigned partition
    Clock::time_point lastSeen;
    Clock::time_point lastAutoCommit;
    int rotation = 0;

    bool subscribed() const { return !manual && (!topics.isEmpty() || !pattern.isEmpty()); }
    bool subscribedTo(const QString &topic) const;
};

struct ConsumerGroup
{
    QString name;
    std::map<QString, ConsumerInstance> instances;
    QHash<TopicPartition, qint64> committed; // next offset to read
    quint64 generation = 0;
};

struct ReadItem
{
    TopicPartition tp;
    qint64 offset;
};

// Consumer groups: instances, subscriptions and range assignment with rebalances on join, leave
// and idle expiry; positions; committed offsets ("next offset to read"); auto-commit.
class GroupCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit GroupCoordinator(Store &store, QObject *parent = nullptr);

    void setPersistence(Persistence *persistence) { m_persistence = persistence; }
    void restoreCommits(const CommittedOffsets &commits);

    const ConsumerGroup *group(const QString &name) const;
    std::vector<const ConsumerGroup *> groups() const;
    ConsumerInstance *instance(const QString &group, const QString &name);
    // Looks the instance up and refreshes its idle deadline; nullptr when it does not exist.
    ConsumerInstance *touch(const QString &group, const QString &name);
    ConsumerInstance &createInstance(const QString &group, const QString &name, InstanceApi api,
                                     const InstanceConfig &config);
    bool removeInstance(const QString &group, const QString &name);

    void subscribe(const QString &group, const QString &name, const QStringList &topics);
    void subscribePattern(const QString &group, const QString &name, const QString &pattern);
    void unsubscribe(const QString &group, const QString &name);
    void assign(const QString &group, const QString &name, const QList<TopicPartition> &partitions);
    void seek(const QString &group, const QString &name, const TopicPartition &tp, qint64 offset);

    std::optional<qint64> committed(const QString &group, const TopicPartition &tp) const;
    bool commit(const QString &group, const TopicPartition &tp, qint64 nextOffset, QString *error = nullptr);
    bool commitPositions(const QString &group, ConsumerInstance &instance, QString *error = nullptr);

    // Reads for an instance from its assignment, advancing its positions. Fails only when a
    // partition has no position, no committed offset and auto.offset.reset is none.
    std::expected<std::vector<ReadItem>, QString> read(const QString &group, const QString &name,
                                                       int maxRecords, qint64 maxBytes);
    // The next offset the instance reads from tp (initialising it as Kafka would).
    std::expected<qint64, QString> position(const QString &group, ConsumerInstance &instance,
                                            const TopicPartition &tp);

    void setExpiryCheckInterval(int ms) { m_expiryTimer.setInterval(ms); }
    void expireIdle();

Q_SIGNALS:
    void changed(); // a rebalance, a seek or a subscription change: parked reads look again
    void instanceExpired(const QString &group, const QString &name);

private:
    ConsumerGroup *mutableGroup(const QString &name);
    void rebalance(ConsumerGroup &group);
    void rebalanceAll();

    Store &m_store;
    Persistence *m_persistence = nullptr;
    std::map<QString, ConsumerGroup> m_groups;
    QTimer m_expiryTimer;
};

} // namespace Gregor::Sandbox
