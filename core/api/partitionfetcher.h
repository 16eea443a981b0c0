// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/apierror.h"
#include "core/api/offsets.h"
#include "core/api/record.h"
#include "core/http/httprequest.h"
#include "core/http/job.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Gregor {

// What one round of fetching brought: the records of the partitions that answered, and the
// first error of those that did not (their positions simply stay where they were).
struct FetchRound
{
    QList<Record> records;
    std::optional<ApiError> error;
};

// Follows partitions without a consumer group, for the live tail: each fetch() asks for the
// records at or after the given positions. A server may answer with fewer partitions, or with
// records before a position (a re-delivery); the caller keeps its own positions and drops what
// it already has, so a lost or repeated answer can never lose or duplicate a record.
class PartitionFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(FetchRound round)>;

    using QObject::QObject;
    ~PartitionFetcher() override = default;

    // Reports exactly once, unless `context` died first; the job can be cancelled.
    virtual Job *fetch(const QList<PartitionOffset> &positions, int waitMs, QObject *context,
                       Callback done) = 0;
    // Whether an empty answer already waited on the server (long poll): without it the caller
    // pauses before asking again instead of spinning.
    virtual bool waitsOnServer() const = 0;
    // Whether each partition is a request of its own: then the caller follows partitions apart,
    // one fetch in flight each, instead of waiting for every partition of a round.
    virtual bool fetchesPartitionsApart() const { return false; }
    // The first request fetch() would send for these positions, for "Copy as curl".
    virtual HttpRequest fetchRequest(const QList<PartitionOffset> &positions, int waitMs) const = 0;
    // Removes what the fetcher made on the server (a Confluent v2 instance); never blocks.
    virtual void close() {}
};

} // namespace Gregor
