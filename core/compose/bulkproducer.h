// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "bulkfailurelog.h"
#include "bulkreader.h"
#include "core/api/apierror.h"
#include "core/api/result.h"
#include "core/http/httprequest.h"

#include <deque>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <functional>

#include <memory>

class QTimer;

namespace Gregor {

class Job;
class KafkaClient;

struct BulkProduceOptions
{
    BulkReadOptions read;
    qsizetype maxRecordsPerBatch = 500;
    qint64 maxBytesPerBatch = 1 << 20; // estimated request body; the sandbox takes 16 MiB (§10)
    double recordsPerSecond = 0;       // 0: as fast as the server takes them
    bool stopOnMalformed = false;      // true: check the whole file first, send nothing if a line is bad
    EmbeddedFormat format = EmbeddedFormat::Binary;
    int maxFailedRequestsInARow = 5; // then stop: the server is down or refuses everything
};

struct BulkProgress
{
    qint64 sent = 0;      // acknowledged by the server
    qint64 failed = 0;    // refused by the server (per record or whole request)
    qint64 unknown = 0;   // sent, answer lost, not re-sent
    qint64 malformed = 0; // lines that are not records (skipped)
    qint64 bytesRead = 0;
    qint64 totalBytes = -1; // -1: unknown
    qint64 linesRead = 0;
    double recordsPerSecond = 0;
    std::optional<double> secondsLeft;
    double fraction() const { return totalBytes > 0 ? double(bytesRead) / double(totalBytes) : 0; }
};

// Produces a JSON Lines or plain-lines file (streamed on a worker thread, never loaded whole), or
// a list of records, in batches of count and bytes, one request in flight, optionally at a
// rate. Pause, resume, cancel. Nothing is ever re-sent on its own: a batch whose answer was
// lost holds the run until the user says resendHeld() or skipHeld().
class BulkProducer : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Checking, // stopOnMalformed: reading the whole file once before sending anything
        Running,
        Paused,
        Held, // a batch's outcome is unknown: resend or skip it
        Finished,
        Cancelled,
        Failed, // could not start, a malformed file, or too many failed requests in a row
    };
    Q_ENUM(State)
    static constexpr qsizetype MaxListedMalformed = 1000;

    class Source; // where the records come from (a file, a list)

    explicit BulkProducer(KafkaClient *client, QObject *parent = nullptr);
    ~BulkProducer() override;

    void start(const QString &path, const BulkProduceOptions &options);
    void startRecords(const QList<ProduceRecord> &records, const BulkProduceOptions &options);
    void pause();
    void resume();
    void cancel();
    void resendHeld(); // may duplicate the held batch's records: only on the user's word
    void skipHeld();   // counts them as unknown and goes on

    // The first request of the run exactly as it would be sent, without sending anything.
    static std::expected<HttpRequest, QString> dryRun(KafkaClient *client, const QString &path,
                                                      const BulkProduceOptions &options);

    State state() const { return m_state; }
    BulkProgress progress() const;
    const QList<BulkFailure> &failures() const { return m_failureLog.listed(); } // the first ones
    const QList<BulkLineError> &malformed() const { return m_malformed; }
    qint64 heldRecords() const;
    QString errorSentence() const { return m_error; }
    QString summary() const; // one paragraph for the end of the run
    // Every failed or unknown record, in the JSON Lines envelope, producible again.
    std::expected<void, QString> saveFailures(const QString &path) const;
    qint64 failureCount() const { return m_progress.failed + m_progress.unknown; }

Q_SIGNALS:
    void stateChanged(Gregor::BulkProducer::State state);
    void progressChanged();
    void finished();

private:
    void begin(std::shared_ptr<Source> source, std::shared_ptr<Source> check,
               const BulkProduceOptions &options);
    void checkStep();
    qint64 activeMs() const;
    void readAhead();
    // A chunk read on the worker, with its request built there too: the GUI thread only sends.
    struct PreparedBatch
    {
        BulkChunk chunk;
        std::optional<Result<HttpRequest>> request;
    };
    void runOnWorker(std::function<PreparedBatch()> work, std::function<void(const PreparedBatch &)> done);
    void pump();
    void sendChunk(BulkChunk chunk, std::optional<Result<HttpRequest>> request = std::nullopt);
    void batchDone(const BulkChunk &chunk, const Result<QList<ProduceResult>> &result);
    void recordFailure(const BulkChunk &chunk, qsizetype index, const QString &sentence, bool unknown);
    void giveUpHeld(); // counts the held records as outcome unknown
    void takeMalformed(const QList<BulkLineError> &lines);
    void finish(State state, const QString &error = {});
    void setState(State state);

    QPointer<KafkaClient> m_client;
    std::function<Result<HttpRequest>(const QList<ProduceRecord> &)> m_buildRequest; // any thread
    BulkProduceOptions m_options;
    std::shared_ptr<Source> m_source;
    std::shared_ptr<Source> m_check; // stopOnMalformed: the reading of the whole file first
    quint64 m_readingFor = 0;        // the run (generation) whose read is on the worker, 0: none
    // Read ahead, waiting to be sent. Two, so a request that answers while the (low-priority)
    // worker is still building the next body does not wait for it on a busy machine.
    static constexpr qsizetype ReadAheadBatches = 2;
    std::deque<PreparedBatch> m_ready;
    bool m_sourceDone = false;
    QPointer<Job> m_job;
    BulkChunk m_inFlight;
    std::optional<BulkChunk> m_beingRead; // answered with a 2xx, its answer not yet parsed
    quint64 m_beingReadSending = 0;       // which sending (counted in m_sendCount) it was
    quint64 m_sendCount = 0;
    QList<BulkChunk> m_held; // each as it was sent, so a resend keeps within the batch limits
    State m_state = State::Idle;
    BulkProgress m_progress;
    QList<BulkLineError> m_malformed;
    BulkFailureLog m_failureLog;
    int m_failedInARow = 0;
    QString m_error;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0;
    QElapsedTimer m_pausedSince;
    QTimer *m_rateTimer;
    quint64 m_generation = 0;
};

} // namespace Gregor
