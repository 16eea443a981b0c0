// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordreader.h"

#include "recordsmodel.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gregor {

RecordReader::RecordReader(RecordsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

RecordReader::~RecordReader()
{
    ++m_generation;
    ++m_readGeneration;
    abortJobs();
}

void RecordReader::abortJobs()
{
    const QList<QPointer<Job>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<Job> &job : jobs) {
        if (job)
            job->cancel(); // callbacks of an older generation do nothing
    }
}

void RecordReader::start(KafkaClient *client, const ReadRequest &request)
{
    cancel();
    ++m_generation;
    ++m_readGeneration;
    m_request = request;
    m_pending.clear();
    m_outcome.reset();
    m_records = 0;
    m_lastProgressMs = -1;
    m_running = true;
    m_clock.start();
    if (m_model) {
        m_model->clear();
        m_model->setCapabilities(client->capabilities());
    }
    m_summary = ReadSummary{0, true, false};
    m_openReads = 0;
    Q_EMIT started();
    const bool parallel = request.maxRecords == 0 && request.partitions.size() != 1 &&
                          client->capabilities().testFlag(Capability::FetchWithoutGroup);
    if (!parallel)
        return launch(client, {});
    if (!request.partitions.isEmpty())
        return launch(client, request.partitions);
    const quint64 generation = m_readGeneration;
    QPointer<KafkaClient> guard(client);
    m_jobs.append(
        client->topicDetails(request.topic, this, [this, generation, guard](Result<TopicDetails> details) {
            if (generation != m_readGeneration)
                return;
            m_jobs.clear();
            if (!details || !guard)
                return onDone(
                    std::unexpected(details ? ApiError::make(ErrorKind::Cancelled, {}) : details.error()));
            QList<int> partitions;
            for (const PartitionInfo &partition : std::as_const(details->partitions))
                partitions.append(partition.partition);
            if (partitions.isEmpty())
                return onDone(m_summary);
            launch(guard, partitions);
        }));
}

// partitions empty: one read of the whole request.
void RecordReader::launch(KafkaClient *client, const QList<int> &partitions)
{
    const quint64 generation = m_readGeneration;
    const qsizetype reads = qMax<qsizetype>(1, partitions.size());
    for (qsizetype i = 0; i < reads; ++i) {
        ReadRequest request = m_request;
        if (!partitions.isEmpty())
            request.partitions = {partitions.at(i)};
        ++m_openReads;
        m_jobs.append(client->read(
            request, this,
            [this, generation](const QList<Record> &batch) {
                if (generation == m_readGeneration)
                    onBatch(batch);
            },
            [this, generation](Result<ReadSummary> result) {
                if (generation == m_readGeneration)
                    onPartDone(std::move(result));
            }));
    }
}

void RecordReader::onPartDone(Result<ReadSummary> result)
{
    if (!result) {
        // The first error ends the whole read; the other partitions' reads are dropped (what
        // they delivered already is still appended before finished()).
        ++m_readGeneration;
        abortJobs();
        return onDone(std::move(result));
    }
    m_summary.records += result->records;
    m_summary.reachedEnd = m_summary.reachedEnd && result->reachedEnd;
    m_summary.hitLimit = m_summary.hitLimit || result->hitLimit;
    if (--m_openReads == 0) {
        m_jobs.clear();
        onDone(m_summary);
    }
}

void RecordReader::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // the jobs' late callbacks and queued flushes are ignored from here on
    ++m_readGeneration;
    abortJobs();
    // What arrived stays: the user cancelled the rest, not what is already on screen.
    if (m_model && !m_pending.isEmpty())
        m_model->appendRecords(m_pending);
    m_records += m_pending.size();
    m_pending.clear();
    finish(std::unexpected(ApiError::make(ErrorKind::Cancelled, tr("The read was cancelled."))));
}

double RecordReader::recordsPerSecond() const
{
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    return ms > 0 ? double(m_records) * 1000.0 / double(ms) : 0.0;
}

void RecordReader::onBatch(const QList<Record> &batch)
{
    // Answers can arrive several per tick; they are appended together on the next one.
    if (m_pending.isEmpty())
        m_pending = batch; // shares, no copy of the records
    else
        m_pending.append(batch);
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        m_flushScheduled = false;
        if (generation == m_generation)
            flush();
    });
}

void RecordReader::onDone(Result<ReadSummary> result)
{
    if (m_pending.isEmpty() && !m_flushScheduled)
        return finish(std::move(result));
    m_outcome = std::move(result); // after the last records are in the model
}

void RecordReader::flush()
{
    if (!m_pending.isEmpty()) {
        QList<Record> chunk;
        if (m_pending.size() <= appendChunk) {
            chunk.swap(m_pending);
        } else {
            chunk = m_pending.first(appendChunk);
            m_pending.remove(0, appendChunk);
        }
        if (m_model)
            m_model->appendRecords(chunk);
        m_records += chunk.size();
        emitProgress(false);
    }
    if (!m_pending.isEmpty()) {
        onBatch({}); // the rest on the next tick, so the loop breathes in between
        return;
    }
    if (m_outcome) {
        auto outcome = std::move(*m_outcome);
        m_outcome.reset();
        finish(std::move(outcome));
    }
}

void RecordReader::finish(Result<ReadSummary> result)
{
    m_running = false;
    emitProgress(true);
    Q_EMIT finished(result);
}

void RecordReader::emitProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < progressIntervalMs)
        return;
    m_lastProgressMs = now;
    Q_EMIT progress(m_records, recordsPerSecond());
}

} // namespace Gregor
