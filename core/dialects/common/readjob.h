// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/kafkaclient.h"
#include "operation.h"

namespace Gregor {

// Where one partition's read stands: the next offset wanted and the end offset seen when the
// read started (-1 when the dialect cannot tell; the read then stops at an empty answer).
struct ReadCursor
{
    TopicPartition tp;
    qint64 next = 0;
    qint64 end = -1;
    bool reachedEnd = false;
    bool gaveUp = false; // stopped without reaching the end (empty answer)
    bool done() const { return reachedEnd || gaveUp; }
};

// The dialect-independent half of KafkaClient::read(): the start offset of each partition,
// filtering answers to the window [start, end), the maxRecords limit, and streaming batches to
// the caller. Dialects subclass it with the exchanges that fetch records.
class ReadJob : public Operation<ReadSummary>
{
public:
    ReadJob(const ReadRequest &request, QObject *context, KafkaClient::BatchCallback batch, Callback done,
            QObject *parent);

    // Sets one cursor per requested partition from the topic's details. explicitStarts (by
    // partition) replaces the computed start, e.g. offsets looked up by time; -1 = nothing to read.
    Result<Done> setCursors(const TopicDetails &details, const QHash<int, qint64> &explicitStarts = {});
    // Hands the part of `records` inside the window to the caller; true when the read is complete.
    bool deliver(const QList<Record> &records);
    bool complete() const;
    void finishRead();

    const ReadRequest &request() const { return m_request; }
    QList<ReadCursor> &cursors() { return m_cursors; }
    ReadCursor *cursor(int partition);
    qint64 remaining() const; // records still wanted (maxRecords), or a large number without a limit

private:
    ReadRequest m_request;
    QPointer<QObject> m_batchContext;
    bool m_hasBatchContext;
    KafkaClient::BatchCallback m_batch;
    QList<ReadCursor> m_cursors;
    ReadSummary m_summary;
};

} // namespace Gregor
