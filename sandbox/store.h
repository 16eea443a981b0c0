// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "partitionlog.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <expected>
#include <random>
#include <vector>

namespace Gregor::Sandbox {

class Persistence;

// How unkeyed records pick a partition (api-spec §10); keyed records always use murmur2 (§5.1).
struct PartitionerMode
{
    enum class Kind
    {
        RoundRobin,
        Sticky, // stay on one partition for ~16 KiB, then move on (Kafka >= 3.3 style)
        Fixed
    } kind = Kind::RoundRobin;
    int fixedPartition = 0;
    friend bool operator==(const PartitionerMode &, const PartitionerMode &) = default;
};

struct Topic
{
    QString name;
    std::vector<PartitionLog> partitions;
    quint64 roundRobin = 0;
    int stickyPartition = -1;
    qint64 stickyBytes = 0;
    // Dynamic topic configs set through Confluent v3 (name → value), in memory only: a restart
    // with --data-dir brings the topic back with its defaults. retention.bytes and retention.ms
    // act on the logs.
    QMap<QString, QString> configs;
    int partitionCount() const { return int(partitions.size()); }
};

// One record of a validated produce request, with its partition already resolved.
struct PendingAppend
{
    QString topic;
    int partition = 0;
    NewRecord record;
};

struct AppendResult
{
    QString topic;
    int partition = 0;
    qint64 offset = 0;
    qint64 timestampMs = 0;
};

// Topics → partitions → records. Appends are all-or-nothing per request and, with persistence,
// acknowledged only once written and flushed.
class Store : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxPartitions = 10000;
    // In all topics together: what v3 topic creation and partition increase may reach.
    static constexpr qint64 maxTotalPartitions = 100000;

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    void setPartitioner(PartitionerMode mode, quint64 seed);
    // Applies to every partition, existing and future.
    void setRetention(Retention retention);
    Retention retention() const { return m_retention; }
    void setPersistence(Persistence *persistence) { m_persistence = persistence; }

    // Creates a topic (idempotent for the same partition count). Fails for invalid names,
    // counts outside 1..maxPartitions, or an existing topic with another count.
    bool createTopic(const QString &name, int partitions, QString *error = nullptr);
    // Deletes a topic and its records (and its files with persistence).
    bool deleteTopic(const QString &name, QString *error = nullptr);
    // Raises a topic's partition count (never lowers it); the new partitions start empty.
    bool addPartitions(const QString &name, int partitions, QString *error = nullptr);
    // Replaces a topic's dynamic configs; retention.bytes (-1 = none) overrides the byte limit of
    // setRetention() for its partitions and retention.ms (-1 = none) drops records by age. The
    // caller validated names and values.
    void setTopicConfigs(const QString &name, QMap<QString, QString> configs);
    const Topic *topic(QStringView name) const;
    int partitionCount(QStringView name) const; // -1 when unknown
    bool hasPartition(QStringView name, qint64 partition) const;
    QStringList topicNames() const; // sorted
    qint64 totalPartitions() const { return m_totalPartitions; }

    // The partition an unkeyed/keyed record without an explicit partition goes to (0 for a topic
    // that does not exist).
    int choosePartition(const QString &topic, const QByteArray &key, qsizetype recordBytes);

    // Writes (and flushes) before it appends in memory; on a write error, or when a topic or
    // partition does not exist, nothing is appended and the error is returned.
    std::expected<std::vector<AppendResult>, QString> append(std::vector<PendingAppend> records);

    // Used by recovery: appends already-encoded records without writing them again.
    bool restoreTopic(const QString &name, int partitions);
    bool restoreRecord(const QString &topic, int partition, QByteArrayView encoded);

Q_SIGNALS:
    void appended();
    // A topic was created, gained partitions or was deleted: what consumer groups rebalance on.
    void topicCreated(const QString &name);

private:
    Topic *mutableTopic(QStringView name);
    Retention retentionOf(const Topic &topic) const;

    QHash<QString, Topic> m_topics;
    mutable Topic *m_lastTopic = nullptr; // the last one topic() found
    PartitionerMode m_partitioner;
    std::mt19937_64 m_rng{0x5eed};
    Persistence *m_persistence = nullptr;
    Retention m_retention;
    qint64 m_totalPartitions = 0;
};

} // namespace Gregor::Sandbox
