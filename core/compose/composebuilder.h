// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "composedrecord.h"
#include "core/api/capabilities.h"
#include "templatevariables.h"

#include <expected>
#include <optional>

namespace Gregor {

// The part of the form a problem is about, so the composer can mark it.
enum class ComposeField
{
    Topic,
    Partition,
    Key,
    Headers,
    Timestamp,
    Value,
    Format,
};

struct ComposeProblem
{
    ComposeField field = ComposeField::Value;
    QString sentence; // what is wrong and what to do
    friend bool operator==(const ComposeProblem &, const ComposeProblem &) = default;
};

// Where the record goes: what the dialect can carry.
struct ComposeTarget
{
    DialectKind dialect = DialectKind::Upstash;
    Capabilities capabilities;
    static ComposeTarget of(DialectKind dialect) { return {dialect, capabilitiesOf(dialect)}; }
};

// Why a part of the form is switched off for this target (the capability sheet's sentence), or
// nullopt when it can be used. The composer disables the field and shows the sentence beside it.
std::optional<QString> disabledReason(const ComposeTarget &target, ComposeField field);
// Why an encoding is not offered here (Upstash carries text only, so no base64 values).
std::optional<QString> encodingRefusal(const ComposeTarget &target, FieldEncoding encoding);

// The record exactly as it will be sent: variables expanded with the context, base64 decoded,
// the timestamp resolved. Refuses (never drops) what the target cannot carry.
std::expected<ProduceRecord, ComposeProblem>
buildRecord(const ComposedRecord &composed, const ComposeTarget &target, TemplateContext &context);

// The partition Kafka's default partitioner picks for this key among partitionCount partitions
// (api-spec §5.1): murmur2 of the key as the server serialises it (the JSON text for the json
// embedded format). nullopt for a record without a key or an explicit partition.
std::optional<int> defaultPartition(const ProduceRecord &record, int partitionCount);

} // namespace Gregor
