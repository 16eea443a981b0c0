// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilities.h"

#include <QCoreApplication>
#include <QList>

using namespace Qt::StringLiterals;

namespace Gregor {

QString dialectName(DialectKind kind)
{
    switch (kind) {
    case DialectKind::Upstash:
        return QCoreApplication::translate("Gregor::Capabilities", "Upstash Kafka REST");
    case DialectKind::ConfluentV2:
        return QCoreApplication::translate("Gregor::Capabilities", "Confluent REST Proxy v2");
    case DialectKind::ConfluentV1:
        return QCoreApplication::translate("Gregor::Capabilities", "Confluent REST v1 / IBM Message Hub");
    case DialectKind::ConfluentV3:
        return QCoreApplication::translate("Gregor::Capabilities", "Confluent REST Proxy v2 + v3");
    case DialectKind::ConfluentCloud:
        return QCoreApplication::translate("Gregor::Capabilities", "Confluent Cloud (REST v3)");
    }
    return {};
}

QList<DialectKind> allDialects()
{
    return {DialectKind::Upstash, DialectKind::ConfluentV3, DialectKind::ConfluentV2,
            DialectKind::ConfluentCloud, DialectKind::ConfluentV1};
}

QList<Capability> allCapabilities()
{
    return {Capability::RecordHeaders,     Capability::RecordTimestamps,   Capability::ListGroups,
            Capability::OffsetsByTime,     Capability::PartitionLeaders,   Capability::ProduceHeaders,
            Capability::ProduceTimestamps, Capability::ProduceToPartition, Capability::Brokers,
            Capability::TopicConfigs,      Capability::CommittedOffsets,   Capability::DeleteConsumer,
            Capability::FetchWithoutGroup, Capability::JsonEmbeddedFormat, Capability::ResetOffsets,
            Capability::Consume,           Capability::ServerSideLag,      Capability::ManageTopics};
}

Capabilities capabilitiesOf(DialectKind kind)
{
    // What the v3 API adds to whatever consumes: groups with members and server-side lag,
    // produce with headers and timestamps, topic management.
    const Capabilities v3 = Capability::ListGroups | Capability::PartitionLeaders |
                            Capability::ProduceHeaders | Capability::ProduceTimestamps |
                            Capability::ProduceToPartition | Capability::Brokers | Capability::TopicConfigs |
                            Capability::CommittedOffsets | Capability::ServerSideLag |
                            Capability::ManageTopics | Capability::JsonEmbeddedFormat;
    switch (kind) {
    case DialectKind::Upstash:
        return Capability::RecordHeaders | Capability::RecordTimestamps | Capability::ListGroups |
               Capability::OffsetsByTime | Capability::ProduceHeaders | Capability::ProduceTimestamps |
               Capability::ProduceToPartition | Capability::CommittedOffsets | Capability::DeleteConsumer |
               Capability::FetchWithoutGroup | Capability::ResetOffsets | Capability::Consume;
    case DialectKind::ConfluentV2:
        return Capability::PartitionLeaders | Capability::ProduceToPartition | Capability::Brokers |
               Capability::TopicConfigs | Capability::CommittedOffsets | Capability::DeleteConsumer |
               Capability::JsonEmbeddedFormat | Capability::ResetOffsets | Capability::Consume;
    case DialectKind::ConfluentV1:
        return Capability::PartitionLeaders | Capability::ProduceToPartition | Capability::Brokers |
               Capability::TopicConfigs | Capability::DeleteConsumer | Capability::FetchWithoutGroup |
               Capability::Consume;
    case DialectKind::ConfluentV3:
        return v3 | Capability::DeleteConsumer | Capability::ResetOffsets | Capability::Consume;
    case DialectKind::ConfluentCloud:
        return v3;
    }
    return {};
}

QString capabilityName(Capability capability)
{
    switch (capability) {
    case Capability::RecordHeaders:
        return QCoreApplication::translate("Gregor::Capabilities", "Record headers");
    case Capability::RecordTimestamps:
        return QCoreApplication::translate("Gregor::Capabilities", "Record timestamps");
    case Capability::ListGroups:
        return QCoreApplication::translate("Gregor::Capabilities", "List consumer groups and assignments");
    case Capability::OffsetsByTime:
        return QCoreApplication::translate("Gregor::Capabilities", "Offsets by time");
    case Capability::PartitionLeaders:
        return QCoreApplication::translate("Gregor::Capabilities", "Partition leaders and replicas");
    case Capability::ProduceHeaders:
        return QCoreApplication::translate("Gregor::Capabilities", "Produce with headers");
    case Capability::ProduceTimestamps:
        return QCoreApplication::translate("Gregor::Capabilities", "Produce with timestamps");
    case Capability::ProduceToPartition:
        return QCoreApplication::translate("Gregor::Capabilities", "Produce to a chosen partition");
    case Capability::Brokers:
        return QCoreApplication::translate("Gregor::Capabilities", "Brokers");
    case Capability::TopicConfigs:
        return QCoreApplication::translate("Gregor::Capabilities", "Topic configuration");
    case Capability::CommittedOffsets:
        return QCoreApplication::translate("Gregor::Capabilities", "Committed offsets of a group");
    case Capability::DeleteConsumer:
        return QCoreApplication::translate("Gregor::Capabilities", "Remove a consumer instance");
    case Capability::FetchWithoutGroup:
        return QCoreApplication::translate("Gregor::Capabilities",
                                           "Read a partition without a consumer group");
    case Capability::JsonEmbeddedFormat:
        return QCoreApplication::translate("Gregor::Capabilities", "JSON embedded format");
    case Capability::ResetOffsets:
        return QCoreApplication::translate("Gregor::Capabilities", "Reset a group's committed offsets");
    case Capability::Consume:
        return QCoreApplication::translate("Gregor::Capabilities", "Read records");
    case Capability::ServerSideLag:
        return QCoreApplication::translate("Gregor::Capabilities", "Lag computed by the server");
    case Capability::ManageTopics:
        return QCoreApplication::translate("Gregor::Capabilities",
                                           "Create and delete topics, add partitions, edit configuration");
    }
    return {};
}

QString capabilityMissingReason(DialectKind kind, Capability capability)
{
    if (capabilitiesOf(kind).testFlag(capability))
        return {};
    const QString dialect = dialectName(kind);
    switch (capability) {
    case Capability::RecordHeaders:
    case Capability::RecordTimestamps:
        return QCoreApplication::translate("Gregor::Capabilities",
                                           "%1 records carry no headers or timestamps.")
            .arg(dialect);
    case Capability::ListGroups:
        return QCoreApplication::translate(
                   "Gregor::Capabilities",
                   "%1 has no call that lists consumer groups; enter a group name to inspect it.")
            .arg(dialect);
    case Capability::OffsetsByTime:
        return QCoreApplication::translate("Gregor::Capabilities",
                                           "%1 cannot look up offsets by time; read from an offset instead.")
            .arg(dialect);
    case Capability::PartitionLeaders:
    case Capability::Brokers:
    case Capability::TopicConfigs:
        return QCoreApplication::translate(
                   "Gregor::Capabilities",
                   "%1 does not report brokers, partition leaders or topic configuration.")
            .arg(dialect);
    case Capability::ProduceHeaders:
    case Capability::ProduceTimestamps:
        return QCoreApplication::translate("Gregor::Capabilities",
                                           "%1 cannot produce records with headers or timestamps.")
            .arg(dialect);
    case Capability::ProduceToPartition:
        return QCoreApplication::translate("Gregor::Capabilities", "%1 cannot produce to a chosen partition.")
            .arg(dialect);
    case Capability::CommittedOffsets:
        return QCoreApplication::translate(
                   "Gregor::Capabilities",
                   "%1 cannot report a group's committed offsets, so lag cannot be computed.")
            .arg(dialect);
    case Capability::DeleteConsumer:
        return QCoreApplication::translate("Gregor::Capabilities", "%1 cannot remove consumer instances.")
            .arg(dialect);
    case Capability::FetchWithoutGroup:
        return QCoreApplication::translate("Gregor::Capabilities",
                                           "%1 can only read through a consumer group.")
            .arg(dialect);
    case Capability::JsonEmbeddedFormat:
        return QCoreApplication::translate("Gregor::Capabilities",
                                           "%1 only carries binary (base64) keys and values.")
            .arg(dialect);
    case Capability::ResetOffsets:
        if (kind == DialectKind::ConfluentCloud)
            return QCoreApplication::translate("Gregor::Capabilities",
                                               "%1 has no call that commits offsets; reset them with the "
                                               "Confluent CLI or a Kafka client.")
                .arg(dialect);
        return QCoreApplication::translate(
                   "Gregor::Capabilities",
                   "%1 can only commit what an instance consumed, not chosen offsets.")
            .arg(dialect);
    case Capability::Consume:
        return QCoreApplication::translate("Gregor::Capabilities",
                                           "%1 has no call that reads records; connect through a REST Proxy "
                                           "that serves v2, or use a Kafka client.")
            .arg(dialect);
    case Capability::ServerSideLag:
        return QCoreApplication::translate(
                   "Gregor::Capabilities",
                   "%1 does not compute lag: Gregor computes it from committed and end offsets.")
            .arg(dialect);
    case Capability::ManageTopics:
        return QCoreApplication::translate("Gregor::Capabilities",
                                           "%1 cannot create or delete topics or change their configuration.")
            .arg(dialect);
    }
    return {};
}

} // namespace Gregor
