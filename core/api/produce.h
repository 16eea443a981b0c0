// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "apierror.h"
#include "record.h"

#include <optional>

namespace Gregor {

// How Confluent v1/v2 carry key and value inside the request (api-spec §2.2): base64 bytes, or
// the JSON text itself (a JSON string key is hashed with its quotes). Upstash carries text and
// ignores it.
enum class EmbeddedFormat
{
    Binary,
    Json, // Capability::JsonEmbeddedFormat; key (when present) and value must each be JSON
};

struct ProduceRecord
{
    QString topic;
    std::optional<int> partition; // absent: the server's partitioner decides
    QByteArray key;               // null: no key
    QByteArray value;
    QList<RecordHeader> headers;       // only where Capability::ProduceHeaders
    std::optional<qint64> timestampMs; // only where Capability::ProduceTimestamps
    EmbeddedFormat format = EmbeddedFormat::Binary;
    friend bool operator==(const ProduceRecord &, const ProduceRecord &) = default;
};

// One result per produced record, in request order.
struct ProduceResult
{
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    std::optional<qint64> timestampMs;
    std::optional<ApiError> error; // set when this record failed inside a successful answer
    bool ok() const { return !error.has_value(); }
    friend bool operator==(const ProduceResult &, const ProduceResult &) = default;
};

} // namespace Gregor
