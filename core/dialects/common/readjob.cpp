// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readjob.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace Gregor {

ReadJob::ReadJob(const ReadRequest &request, QObject *context, KafkaClient::BatchCallback batch,
                 Callback done, QObject *parent)
    : Operation<ReadSummary>(context, std::move(done), parent)
    , m_request(request)
    , m_batchContext(context)
    , m_hasBatchContext(context != nullptr)
    , m_batch(std::move(batch))
{}

Result<Done> ReadJob::setCursors(const TopicDetails &details, const QHash<int, qint64> &explicitStarts)
{
    QList<int> wanted = m_request.partitions;
    if (wanted.isEmpty()) {
        for (const PartitionInfo &partition : details.partitions)
            wanted.append(partition.partition);
    }
    m_cursors.clear();
    for (int p : std::as_const(wanted)) {
        const auto it = std::find_if(details.partitions.begin(), details.partitions.end(),
                                     [p](const PartitionInfo &info) { return info.partition == p; });
        if (it == details.partitions.end()) {
            ApiError error =
                ApiError::make(ErrorKind::NotFound,
                               QCoreApplication::translate(
                                   "Gregor::Dialects",
                                   "Topic \"%1\" has no partition %2: refresh the topic and pick another.")
                                   .arg(m_request.topic)
                                   .arg(p));
            return std::unexpected(error);
        }
        ReadCursor cursor;
        cursor.tp = {m_request.topic, p};
        const qint64 begin = it->beginningOffset.value_or(0);
        cursor.end = it->endOffset.value_or(-1);
        const qint64 end = cursor.end < 0 ? std::numeric_limits<qint64>::max() : cursor.end;
        switch (m_request.start.kind) {
        case OffsetSpec::Kind::Earliest:
        case OffsetSpec::Kind::Timestamp:
            cursor.next = begin;
            break;
        case OffsetSpec::Kind::Latest:
            cursor.next = end;
            break;
        case OffsetSpec::Kind::Offset:
            cursor.next = qBound(begin, m_request.start.value, end);
            break;
        }
        if (m_request.newestCount > 0 && cursor.end >= 0)
            cursor.next = qMax(begin, cursor.end - m_request.newestCount);
        if (explicitStarts.contains(p)) {
            const qint64 start = explicitStarts.value(p);
            cursor.next = start < 0 ? end : qMax(begin, start);
        }
        cursor.reachedEnd = cursor.end >= 0 && cursor.next >= cursor.end;
        m_cursors.append(cursor);
    }
    return Done{};
}

ReadCursor *ReadJob::cursor(int partition)
{
    for (ReadCursor &c : m_cursors) {
        if (c.tp.partition == partition)
            return &c;
    }
    return nullptr;
}

qint64 ReadJob::remaining() const
{
    if (m_request.maxRecords <= 0)
        return std::numeric_limits<qint64>::max();
    return qMax<qint64>(0, m_request.maxRecords - m_summary.records);
}

bool ReadJob::deliver(const QList<Record> &records)
{
    QList<Record> batch;
    batch.reserve(records.size());
    for (const Record &record : records) {
        if (remaining() - batch.size() <= 0) {
            m_summary.hitLimit = true;
            break;
        }
        ReadCursor *c = record.topic == m_request.topic ? cursor(record.partition) : nullptr;
        if (!c || c->done() || record.offset < c->next)
            continue; // another partition, or already delivered
        if (c->end >= 0 && record.offset >= c->end) {
            c->reachedEnd = true; // newer than the end seen at the start
            continue;
        }
        c->next = record.offset + 1;
        c->reachedEnd = c->end >= 0 && c->next >= c->end;
        batch.append(record);
    }
    m_summary.records += batch.size();
    if (remaining() == 0 && m_request.maxRecords > 0)
        m_summary.hitLimit = m_summary.hitLimit || !std::all_of(m_cursors.begin(), m_cursors.end(),
                                                                [](const ReadCursor &c) { return c.done(); });
    if (!batch.isEmpty() && m_batch && (!m_hasBatchContext || m_batchContext))
        m_batch(batch);
    return complete();
}

bool ReadJob::complete() const
{
    if (m_summary.hitLimit || (m_request.maxRecords > 0 && m_summary.records >= m_request.maxRecords))
        return true;
    return std::all_of(m_cursors.begin(), m_cursors.end(), [](const ReadCursor &c) { return c.done(); });
}

void ReadJob::finishRead()
{
    m_summary.reachedEnd =
        std::all_of(m_cursors.begin(), m_cursors.end(), [](const ReadCursor &c) { return c.reachedEnd; });
    finishWith(m_summary);
}

} // namespace Gregor
