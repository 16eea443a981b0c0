// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/offsets.h"
#include "operation.h"

#include <QList>

#include <memory>

namespace Gregor {

// Qt's HTTP/1 sockets keep Nagle's algorithm on and write a request body in 16 KiB pieces, so a
// longer body ends with a small piece that waits for the server's delayed ACK (40 ms on Linux)
// before it leaves. Questions about many partitions are therefore asked in batches whose bodies
// fit in one piece, sent side by side; a group over 1,000 partitions still costs a handful.
constexpr qsizetype MaxPartitionBodyBytes = 15 * 1024;

// `partitions` in order, cut where a JSON list of {topic, partition} would pass `maxBodyBytes`.
// An empty list gives one empty batch, so the question is still asked once.
QList<QList<TopicPartition>> partitionBatches(const QList<TopicPartition> &partitions,
                                              qsizetype maxBodyBytes = MaxPartitionBodyBytes);

// [{"topic":…,"partition":…},…] written directly: a refresh writes one for every partition of
// every group it asks about, and building QJsonObjects for them cost more than the answer's parse.
QByteArray partitionListJson(const QList<TopicPartition> &partitions);

// Sends one request per batch on `op` and finishes it with the answers joined in batch order;
// the first failure fails the whole question.
template<typename MakeRequest, typename ParseBatch>
void askInBatches(Operation<QList<PartitionOffset>> *op, Transport *transport,
                  const QList<QList<TopicPartition>> &batches, MakeRequest makeRequest, ParseBatch parseBatch)
{
    struct Answers
    {
        QList<QList<PartitionOffset>> parts;
        qsizetype pending = 0;
    };
    auto answers = std::make_shared<Answers>();
    answers->parts.resize(batches.size());
    answers->pending = batches.size();
    for (qsizetype i = 0; i < batches.size(); ++i) {
        op->send(transport, makeRequest(batches[i]),
                 [op, answers, i, batch = batches[i], parseBatch](Result<HttpResponse> response) {
                     Result<QList<PartitionOffset>> parsed = parseBatch(response, batch);
                     if (!parsed)
                         return op->fail(parsed.error());
                     answers->parts[i] = std::move(*parsed);
                     if (--answers->pending > 0)
                         return;
                     QList<PartitionOffset> all;
                     for (QList<PartitionOffset> &part : answers->parts)
                         all.append(std::move(part));
                     op->finishWith(std::move(all));
                 });
    }
}

} // namespace Gregor
