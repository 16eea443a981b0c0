// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "offsets.h"
#include "record.h"

namespace Gregor {

struct ConsumerInstanceInfo
{
    QString name;
    QList<TopicPartition> assignment;
    QString clientId; // client.id, where the server reports it (Confluent v3)
    friend bool operator==(const ConsumerInstanceInfo &, const ConsumerInstanceInfo &) = default;
};

struct ConsumerGroupInfo
{
    QString name;
    QList<ConsumerInstanceInfo> instances;
    friend bool operator==(const ConsumerGroupInfo &, const ConsumerGroupInfo &) = default;
};

struct ConsumerConfig
{
    QString group;
    QString instance; // empty: the client picks a unique name
    QStringList topics;
    enum class Reset
    {
        Latest,
        Earliest,
        None
    } autoOffsetReset = Reset::Latest;
    bool autoCommit = false;
    int autoCommitIntervalMs = 5000;
    int sessionTimeoutMs = 0; // 0 = server default
    friend bool operator==(const ConsumerConfig &, const ConsumerConfig &) = default;
};

} // namespace Gregor
