// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDebug>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Gregor {

struct TopicInfo
{
    QString name;
    int partitionCount = 0; // 0 when the dialect's listing does not give it (Confluent v2 names only)
    friend bool operator==(const TopicInfo &, const TopicInfo &) = default;
};

struct ReplicaInfo
{
    int broker = -1;
    bool leader = false;
    bool inSync = false;
    friend bool operator==(const ReplicaInfo &, const ReplicaInfo &) = default;
};

struct PartitionInfo
{
    int partition = -1;
    std::optional<int> leader;   // where the dialect has it
    QList<ReplicaInfo> replicas; // empty where the dialect has none
    std::optional<qint64> beginningOffset;
    std::optional<qint64> endOffset; // next offset to be written
    qint64 recordCount() const { return beginningOffset && endOffset ? *endOffset - *beginningOffset : 0; }
    friend bool operator==(const PartitionInfo &, const PartitionInfo &) = default;
};

struct TopicDetails
{
    QString name;
    QMap<QString, QString> configs; // where the dialect has them
    QList<PartitionInfo> partitions;
    friend bool operator==(const TopicDetails &, const TopicDetails &) = default;
};

struct BrokerInfo
{
    int id = -1;
    friend bool operator==(const BrokerInfo &, const BrokerInfo &) = default;
};

QDebug operator<<(QDebug debug, const TopicInfo &topic);
QDebug operator<<(QDebug debug, const PartitionInfo &partition);

} // namespace Gregor
