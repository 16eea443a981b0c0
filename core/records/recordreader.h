// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/kafkaclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Gregor {

class RecordsModel;

// Reads records into a RecordsModel: starts KafkaClient::read(), coalesces the streamed batches
// and appends them once per event-loop tick (at most appendChunk records per tick, so one append
// never stalls the GUI), reports throttled progress and finishes exactly once per start().
// A read without a count limit over several partitions of a dialect that fetches without a
// consumer group (Upstash, v1) runs one read per partition at once, so the server prepares the
// next answer while this thread parses the last one; the records are the same.
class RecordReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int progressIntervalMs = 100; // at most 10 progress signals per second
    static constexpr int appendChunk = 20000;      // records appended per event-loop tick at most

    explicit RecordReader(RecordsModel *model, QObject *parent = nullptr);
    ~RecordReader() override;

    // Clears the model and starts reading (request.maxRecords = 0: no limit). A read in flight
    // is cancelled first (its finished() is emitted with ErrorKind::Cancelled). The client must
    // outlive the read.
    void start(KafkaClient *client, const ReadRequest &request);
    // Stops the read: records already received stay in the model; finished() follows with
    // ErrorKind::Cancelled. Does nothing when idle.
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 recordsRead() const { return m_records; } // appended to the model so far
    double recordsPerSecond() const;
    const ReadRequest &request() const { return m_request; }

Q_SIGNALS:
    void started();
    void progress(qint64 records, double recordsPerSecond);
    // Once per start(): the summary, or the error that stopped the read (Cancelled after cancel()).
    void finished(const Gregor::Result<Gregor::ReadSummary> &result);

private:
    void launch(KafkaClient *client, const QList<int> &partitions);
    void onPartDone(Result<ReadSummary> result);
    void abortJobs();
    void onBatch(const QList<Record> &batch);
    void onDone(Result<ReadSummary> result);
    void flush();
    void finish(Result<ReadSummary> result);
    void emitProgress(bool force);

    QPointer<RecordsModel> m_model;
    QList<QPointer<Job>> m_jobs; // the reads (one per partition when parallel), or the topic lookup
    int m_openReads = 0;
    ReadSummary m_summary; // of the reads finished so far
    ReadRequest m_request;
    QList<Record> m_pending;
    std::optional<Result<ReadSummary>> m_outcome; // arrived while records were still pending
    bool m_running = false;
    bool m_flushScheduled = false;
    quint64 m_generation = 0;     // drops queued flushes of an earlier read
    quint64 m_readGeneration = 0; // drops callbacks of jobs that were given up
    qint64 m_records = 0;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
};

} // namespace Gregor
