// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "consumers.h"
#include "offsets.h"
#include "record.h"

#include <QDebug>
#include <QHash>
#include <QString>

#include <optional>

// What a server with an admin view of consumer groups (Confluent REST v3) says about them:
// state, members and the lag it computed itself. Dialects without it never fill these.
namespace Gregor {

// Kafka's group states; Unknown also covers states a newer server may add.
enum class GroupState
{
    Unknown,
    PreparingRebalance,
    CompletingRebalance,
    Assigning,
    Reconciling,
    Stable,
    Dead,
    Empty,
};

// The group protocol (KIP-848 added Consumer; KIP-932 Share).
enum class GroupType
{
    Unknown,
    Classic,
    Consumer,
    Share,
};

struct GroupDescription
{
    QString group;
    GroupState state = GroupState::Unknown;
    GroupType type = GroupType::Unknown; // Unknown where the server predates the field
    bool isSimple = false;               // no members ever joined: offsets committed by a tool
    bool isMixed = false;                // classic and consumer-protocol members together
    QString partitionAssignor;           // "range", "cooperative-sticky"…; empty when none
    std::optional<int> coordinator;      // broker id, where the server links it
    friend bool operator==(const GroupDescription &, const GroupDescription &) = default;
};

// One live member of a group.
struct GroupMember
{
    QString consumerId; // the member id the coordinator gave it
    QString instanceId; // group.instance.id (static membership); empty when none
    QString clientId;
    friend bool operator==(const GroupMember &, const GroupMember &) = default;
};

// One partition's lag as the server computed it: lag = max(0, logEndOffset - currentOffset).
struct ConsumerLag
{
    QString group;
    TopicPartition tp;
    qint64 currentOffset = -1; // the committed offset, "next offset to read"; -1: none
    qint64 logEndOffset = -1;  // next offset to be written
    qint64 lag = 0;
    QString consumerId; // the member it is assigned to; empty when unassigned
    QString instanceId;
    QString clientId;
    friend bool operator==(const ConsumerLag &, const ConsumerLag &) = default;
};

// A group's total lag and where its largest partition lag is.
struct ConsumerLagSummary
{
    QString group;
    qint64 totalLag = 0;
    qint64 maxLag = 0;
    TopicPartition maxLagPartition;
    QString maxLagConsumerId;
    QString maxLagInstanceId;
    QString maxLagClientId;
    friend bool operator==(const ConsumerLagSummary &, const ConsumerLagSummary &) = default;
};

// A group's lag as the server computed it (Capability::ServerSideLag), as the lag view's
// makeSnapshot() takes it: committed offsets (-1 where none), log end offsets, and the members
// that hold partitions.
struct ServerLag
{
    QList<PartitionOffset> committed;
    QHash<TopicPartition, qint64> ends;
    QList<ConsumerInstanceInfo> instances;
    friend bool operator==(const ServerLag &, const ServerLag &) = default;
};

QString groupStateName(GroupState state); // "Stable", "Preparing rebalance"…
QString groupTypeName(GroupType type);
QDebug operator<<(QDebug debug, const GroupDescription &group);
QDebug operator<<(QDebug debug, const ConsumerLag &lag);

} // namespace Gregor
