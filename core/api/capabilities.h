// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFlags>
#include <QString>

namespace Gregor {

enum class DialectKind
{
    Upstash,
    ConfluentV2,
    ConfluentV1, // also IBM Message Hub
    // Confluent Platform's REST Proxy serving v2 and v3 side by side: v3 for metadata, groups,
    // lag and produce with headers, v2 for consuming.
    ConfluentV3,
    ConfluentCloud, // v3 only, under /kafka/v3: no consuming
};

QString dialectName(DialectKind kind);
// Every dialect, in the order the profile dialog offers them.
QList<DialectKind> allDialects();

// What a backend can do; the UI hides or explains what is missing instead of failing late.
enum class Capability : quint32
{
    RecordHeaders = 1u << 0,
    RecordTimestamps = 1u << 1,
    ListGroups = 1u << 2, // groups, instances and assignments
    OffsetsByTime = 1u << 3,
    PartitionLeaders = 1u << 4, // leader, replicas, in-sync
    ProduceHeaders = 1u << 5,
    ProduceTimestamps = 1u << 6,
    ProduceToPartition = 1u << 7,
    Brokers = 1u << 8,
    TopicConfigs = 1u << 9,
    CommittedOffsets = 1u << 10, // of a group, without joining it
    DeleteConsumer = 1u << 11,
    FetchWithoutGroup = 1u << 12, // read a partition from an offset without a consumer group
    JsonEmbeddedFormat = 1u << 13,
    ResetOffsets = 1u << 14,  // commit chosen offsets for a group (through an instance made for it)
    Consume = 1u << 15,       // read records at all (Confluent Cloud's REST API cannot)
    ServerSideLag = 1u << 16, // the server computes a group's lag (v3 lags), not the client
    ManageTopics = 1u << 17,  // create and delete topics, add partitions, edit configs
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// "Record headers" etc., for the capability sheet.
QString capabilityName(Capability capability);
// One sentence explaining why it is missing, e.g. "Confluent v2 records carry no headers or timestamps."
QString capabilityMissingReason(DialectKind kind, Capability capability);
Capabilities capabilitiesOf(DialectKind kind);
QList<Capability> allCapabilities();

} // namespace Gregor
