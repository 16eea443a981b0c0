// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilities.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Gregor {

QString dialectName(DialectKind kind)
{
    switch (kind) {
    case DialectKind::Upstash:
        return u"Upstash Kafka REST"_s;
    case DialectKind::ConfluentV2:
        return u"Confluent REST Proxy v2"_s;
    case DialectKind::ConfluentV1:
        return u"Confluent REST v1 / IBM Message Hub"_s;
    case DialectKind::ConfluentV3:
        return u"Confluent REST Proxy v2 + v3"_s;
    case DialectKind::ConfluentCloud:
        return u"Confluent Cloud (REST v3)"_s;
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
        return u"Record headers"_s;
    case Capability::RecordTimestamps:
        return u"Record timestamps"_s;
    case Capability::ListGroups:
        return u"List consumer groups and assignments"_s;
    case Capability::OffsetsByTime:
        return u"Offsets by time"_s;
    case Capability::PartitionLeaders:
        return u"Partition leaders and replicas"_s;
    case Capability::ProduceHeaders:
        return u"Produce with headers"_s;
    case Capability::ProduceTimestamps:
        return u"Produce with timestamps"_s;
    case Capability::ProduceToPartition:
        return u"Produce to a chosen partition"_s;
    case Capability::Brokers:
        return u"Brokers"_s;
    case Capability::TopicConfigs:
        return u"Topic configuration"_s;
    case Capability::CommittedOffsets:
        return u"Committed offsets of a group"_s;
    case Capability::DeleteConsumer:
        return u"Remove a consumer instance"_s;
    case Capability::FetchWithoutGroup:
        return u"Read a partition without a consumer group"_s;
    case Capability::JsonEmbeddedFormat:
        return u"JSON embedded format"_s;
    case Capability::ResetOffsets:
        return u"Reset a group's committed offsets"_s;
    case Capability::Consume:
        return u"Read records"_s;
    case Capability::ServerSideLag:
        return u"Lag computed by the server"_s;
    case Capability::ManageTopics:
        return u"Create and delete topics, add partitions, edit configuration"_s;
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
        return u"%1 records carry no headers or timestamps."_s.arg(dialect);
    case Capability::ListGroups:
        return u"%1 has no call that lists consumer groups; enter a group name to inspect it."_s.arg(dialect);
    case Capability::OffsetsByTime:
        return u"%1 cannot look up offsets by time; read from an offset instead."_s.arg(dialect);
    case Capability::PartitionLeaders:
    case Capability::Brokers:
    case Capability::TopicConfigs:
        return u"%1 does not report brokers, partition leaders or topic configuration."_s.arg(dialect);
    case Capability::ProduceHeaders:
    case Capability::ProduceTimestamps:
        return u"%1 cannot produce records with headers or timestamps."_s.arg(dialect);
    case Capability::ProduceToPartition:
        return u"%1 cannot produce to a chosen partition."_s.arg(dialect);
    case Capability::CommittedOffsets:
        return u"%1 cannot report a group's committed offsets, so lag cannot be computed."_s.arg(dialect);
    case Capability::DeleteConsumer:
        return u"%1 cannot remove consumer instances."_s.arg(dialect);
    case Capability::FetchWithoutGroup:
        return u"%1 can only read through a consumer group."_s.arg(dialect);
    case Capability::JsonEmbeddedFormat:
        return u"%1 only carries binary (base64) keys and values."_s.arg(dialect);
    case Capability::ResetOffsets:
        if (kind == DialectKind::ConfluentCloud)
            return u"%1 has no call that commits offsets; reset them with the Confluent CLI or a Kafka client."_s
                .arg(dialect);
        return u"%1 can only commit what an instance consumed, not chosen offsets."_s.arg(dialect);
    case Capability::Consume:
        return u"%1 has no call that reads records; connect through a REST Proxy that serves v2, or use a Kafka client."_s
            .arg(dialect);
    case Capability::ServerSideLag:
        return u"%1 does not compute lag: Gregor computes it from committed and end offsets."_s.arg(dialect);
    case Capability::ManageTopics:
        return u"%1 cannot create or delete topics or change their configuration."_s.arg(dialect);
    }
    return {};
}

} // namespace Gregor
