// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkproducer.h"

#include "bulksource.h"
#include "core/api/kafkaclient.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gregor {

BulkProducer::BulkProducer(KafkaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rateTimer(new QTimer(this))
{
    m_rateTimer->setSingleShot(true);
    connect(m_rateTimer, &QTimer::timeout, this, &BulkProducer::pump);
}

BulkProducer::~BulkProducer()
{
    ++m_generation;
    if (m_job)
        m_job->cancel();
    // A read in flight keeps its source alive through its own shared_ptr and is not waited for.
}

static std::optional<QString> refusalOf(KafkaClient *client)
{
    if (!client)
        return BulkProducer::tr("The connection is not open.");
    if (client->settings().readOnly)
        return BulkProducer::tr("This connection is read-only: producing is turned off.");
    return std::nullopt;
}

void BulkProducer::start(const QString &path, const BulkProduceOptions &options)
{
    m_options = options;
    auto source = std::make_shared<BulkFileSource>(options.read);
    if (auto opened = source->open(path); !opened)
        return finish(State::Failed, opened.error());
    std::shared_ptr<Source> check;
    if (options.stopOnMalformed) {
        auto checker = std::make_shared<BulkFileSource>(options.read);
        if (auto opened = checker->open(path); !opened)
            return finish(State::Failed, opened.error());
        check = checker;
    }
    begin(source, check, options);
}

void BulkProducer::startRecords(const QList<ProduceRecord> &records, const BulkProduceOptions &options)
{
    QList<ProduceRecord> retargeted = records;
    if (!options.read.topic.isEmpty()) {
        for (ProduceRecord &r : retargeted)
            r.topic = options.read.topic;
    }
    begin(std::make_shared<BulkListSource>(std::move(retargeted)), nullptr, options);
}

void BulkProducer::begin(std::shared_ptr<Source> source, std::shared_ptr<Source> check,
                         const BulkProduceOptions &options)
{
    ++m_generation;
    m_options = options;
    if (m_options.recordsPerSecond > 0) {
        // Small batches at a rate, so records go out evenly instead of in one burst per second.
        m_options.maxRecordsPerBatch =
            std::clamp<qsizetype>(qsizetype(m_options.recordsPerSecond / 5), 1, m_options.maxRecordsPerBatch);
    }
    m_source = std::move(source);
    m_check = std::move(check);
    m_progress = {};
    m_progress.totalBytes = m_source->totalBytes();
    m_malformed.clear();
    m_ready.clear();
    m_held.clear();
    m_sourceDone = false;
    m_failedInARow = 0;
    m_error.clear();
    m_pausedMs = 0;
    if (auto opened = m_failureLog.reset(); !opened)
        return finish(State::Failed, opened.error());
    if (auto refusal = refusalOf(m_client))
        return finish(State::Failed, *refusal);
    m_buildRequest = m_client->produceRequestBuilder();
    m_clock.start();
    if (m_check)
        return checkStep();
    setState(State::Running);
    readAhead();
}

void BulkProducer::checkStep()
{
    if (m_state != State::Checking)
        setState(State::Checking);
    const quint64 generation = m_generation;
    runOnWorker(
        [check = m_check] {
            return PreparedBatch{check->next(20000, std::numeric_limits<qint64>::max()), {}};
        },
        [this, generation](const PreparedBatch &batch) {
            const BulkChunk &chunk = batch.chunk;
            if (generation != m_generation || m_state != State::Checking)
                return;
            takeMalformed(chunk.malformed);
            m_progress.bytesRead = chunk.bytesRead;
            Q_EMIT progressChanged();
            if (!chunk.atEnd)
                return checkStep();
            m_check.reset();
            if (m_progress.malformed > 0) {
                const BulkLineError &first = m_malformed.first();
                return finish(State::Failed,
                              tr("Line %1: %2 The file has %3 malformed line(s); nothing was sent.")
                                  .arg(first.line)
                                  .arg(first.sentence)
                                  .arg(m_progress.malformed));
            }
            m_progress.bytesRead = 0;
            m_clock.start();
            setState(State::Running);
            readAhead();
        });
}

// Reading ahead is background work: at the lowest priority it takes the cores the GUI, the
// network thread and a local sandbox leave idle instead of delaying the request in flight.
static QThreadPool *backgroundPool()
{
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        // SCHED_IDLE on Linux, where LowestPriority changes nothing.
        p->setThreadPriority(QThread::IdlePriority);
        return p;
    }();
    return pool;
}

void BulkProducer::runOnWorker(std::function<PreparedBatch()> work,
                               std::function<void(const PreparedBatch &)> done)
{
    // A watcher per read: its finished() arrives on this thread, and a watcher deleted with the
    // producer simply never reports (the worker keeps its own share of the source).
    auto *watcher = new QFutureWatcher<PreparedBatch>(this);
    const quint64 generation = m_generation;
    m_readingFor = generation;
    connect(watcher, &QFutureWatcher<PreparedBatch>::finished, this,
            [this, watcher, generation, done = std::move(done)] {
                if (m_readingFor == generation)
                    m_readingFor = 0;
                const PreparedBatch batch = watcher->result();
                watcher->deleteLater();
                done(batch);
            });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), std::move(work)));
}

void BulkProducer::readAhead()
{
    if (m_readingFor == m_generation || qsizetype(m_ready.size()) >= ReadAheadBatches || m_sourceDone ||
        !m_source)
        return;
    const quint64 generation = m_generation;
    const qsizetype maxRecords = m_options.maxRecordsPerBatch;
    const qint64 maxBytes = m_options.maxBytesPerBatch;
    runOnWorker(
        [source = m_source, build = m_buildRequest, format = m_options.format, maxRecords, maxBytes] {
            PreparedBatch batch{source->next(maxRecords, maxBytes), {}};
            for (ProduceRecord &r : batch.chunk.records)
                r.format = format;
            if (!batch.chunk.records.isEmpty() && build)
                batch.request = build(batch.chunk.records);
            return batch;
        },
        [this, generation](const PreparedBatch &batch) {
            if (generation != m_generation)
                return;
            takeMalformed(batch.chunk.malformed);
            m_progress.bytesRead = batch.chunk.bytesRead;
            m_sourceDone = batch.chunk.atEnd;
            if (!batch.chunk.records.isEmpty())
                m_ready.push_back(batch);
            Q_EMIT progressChanged();
            pump();
            readAhead();
        });
}

qint64 BulkProducer::activeMs() const
{
    qint64 paused = m_pausedMs;
    if (m_state == State::Paused && m_pausedSince.isValid())
        paused += m_pausedSince.elapsed();
    return std::max<qint64>(0, m_clock.elapsed() - paused);
}

void BulkProducer::pump()
{
    if (m_state != State::Running || m_job)
        return;
    if (m_ready.empty()) {
        if (m_sourceDone && !m_beingRead)
            return finish(State::Finished);
        return readAhead();
    }
    if (m_options.recordsPerSecond > 0) {
        const qint64 done = m_progress.sent + m_progress.failed + m_progress.unknown;
        const qint64 dueMs = qint64(double(done) * 1000.0 / m_options.recordsPerSecond);
        if (const qint64 wait = dueMs - activeMs(); wait > 0) {
            m_rateTimer->start(int(std::min<qint64>(wait, 1000)));
            return;
        }
    }
    PreparedBatch batch = std::move(m_ready.front());
    m_ready.pop_front();
    readAhead();
    sendChunk(std::move(batch.chunk), std::move(batch.request));
}

void BulkProducer::sendChunk(BulkChunk chunk, std::optional<Result<HttpRequest>> request)
{
    if (!m_client)
        return finish(State::Failed, tr("The connection was closed during the run."));
    for (ProduceRecord &r : chunk.records)
        r.format = m_options.format;
    if (!request)
        request = m_buildRequest(chunk.records);
    if (!*request) // a record the dialect cannot carry: the batch fails, nothing was sent
        return batchDone(chunk, std::unexpected(request->error()));
    m_inFlight = std::move(chunk);
    const quint64 generation = m_generation;
    const quint64 sending = ++m_sendCount;
    const QString topic = m_inFlight.records.first().topic;
    auto done = [this, generation, sending](Result<QList<ProduceResult>> result) {
        if (generation != m_generation)
            return;
        BulkChunk chunk;
        if (m_beingRead && m_beingReadSending == sending) {
            chunk = std::move(*m_beingRead);
            m_beingRead.reset();
        } else {
            m_job = nullptr;
            chunk = std::exchange(m_inFlight, {});
        }
        batchDone(chunk, result);
        // Freeing five hundred records takes the GUI thread as long as reading their answer.
        backgroundPool()->start([chunk = std::move(chunk)]() mutable { chunk = {}; });
    };
    // A complete 2xx means the server is free: the next batch goes out before this answer is
    // parsed, so the server stores it meanwhile. Still one request on the wire at a time; a paced
    // run keeps its plain order, its clock counts only what was answered.
    auto answered = [this, generation, sending] {
        if (generation != m_generation || m_options.recordsPerSecond > 0)
            return;
        m_beingRead = std::exchange(m_inFlight, {});
        m_beingReadSending = sending;
        m_job = nullptr;
        pump();
    };
    m_job = m_client->sendProduceRequest(**request, topic, m_inFlight.records.size(), this, std::move(done),
                                         std::move(answered));
}

void BulkProducer::batchDone(const BulkChunk &chunk, const Result<QList<ProduceResult>> &result)
{
    if (!result) {
        const ApiError &error = result.error();
        if (error.outcomeUnknown) {
            // The next batch may already have gone out: its answer joins here, and resending
            // waits for it.
            m_held.append(chunk);
            Q_EMIT progressChanged();
            return setState(State::Held);
        }
        for (qsizetype i = 0; i < chunk.records.size(); ++i)
            recordFailure(chunk, i, error.userText, false);
        Q_EMIT progressChanged();
        if (++m_failedInARow >= m_options.maxFailedRequestsInARow)
            return finish(
                State::Failed,
                tr("Stopped after %1 failed requests in a row: %2").arg(m_failedInARow).arg(error.userText));
        return pump();
    }
    m_failedInARow = 0;
    const QList<ProduceResult> &results = *result;
    for (qsizetype i = 0; i < chunk.records.size(); ++i) {
        if (i < results.size() && results[i].ok())
            ++m_progress.sent;
        else
            recordFailure(chunk, i,
                          i < results.size() ? results[i].error->userText
                                             : tr("The server's answer had no result for this record."),
                          false);
    }
    Q_EMIT progressChanged();
    pump();
}

void BulkProducer::recordFailure(const BulkChunk &chunk, qsizetype index, const QString &sentence,
                                 bool unknown)
{
    ++(unknown ? m_progress.unknown : m_progress.failed);
    m_failureLog.add(chunk.records.at(index), chunk.lines.value(index), sentence, unknown);
}

void BulkProducer::takeMalformed(const QList<BulkLineError> &lines)
{
    m_progress.malformed += lines.size();
    for (const BulkLineError &line : lines) {
        if (m_malformed.size() >= MaxListedMalformed)
            break;
        m_malformed.append(line);
    }
}

void BulkProducer::pause()
{
    if (m_state != State::Running)
        return;
    m_rateTimer->stop();
    m_pausedSince.start();
    setState(State::Paused);
}

void BulkProducer::resume()
{
    if (m_state != State::Paused)
        return;
    m_pausedMs += m_pausedSince.elapsed();
    m_pausedSince.invalidate();
    setState(State::Running);
    pump();
}

void BulkProducer::resendHeld()
{
    if (m_state != State::Held)
        return;
    const QList<BulkChunk> held = std::exchange(m_held, {});
    for (auto chunk = held.crbegin(); chunk != held.crend(); ++chunk)
        m_ready.push_front({*chunk, std::nullopt}); // built again by sendChunk()
    setState(State::Running);
    pump();
}

void BulkProducer::skipHeld()
{
    if (m_state != State::Held)
        return;
    giveUpHeld();
    setState(State::Running);
    Q_EMIT progressChanged();
    pump();
}

void BulkProducer::giveUpHeld()
{
    for (const BulkChunk &chunk : std::as_const(m_held))
        for (qsizetype i = 0; i < chunk.records.size(); ++i)
            recordFailure(chunk, i, tr("Outcome unknown: the answer was lost; it may have landed."), true);
    m_held.clear();
}

qint64 BulkProducer::heldRecords() const
{
    qint64 records = 0;
    for (const BulkChunk &chunk : m_held)
        records += chunk.records.size();
    return records;
}

void BulkProducer::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished || m_state == State::Cancelled ||
        m_state == State::Failed)
        return;
    ++m_generation; // nothing in flight may land after this
    m_rateTimer->stop();
    if (m_job) {
        // It left: whether it landed cannot be known any more.
        for (qsizetype i = 0; i < m_inFlight.records.size(); ++i)
            recordFailure(m_inFlight, i, tr("Outcome unknown: the run was cancelled while this was sent."),
                          true);
        QPointer<Job> job = m_job;
        m_job = nullptr;
        job->cancel();
        m_inFlight = {};
    }
    if (m_beingRead) {
        for (qsizetype i = 0; i < m_beingRead->records.size(); ++i)
            recordFailure(*m_beingRead, i,
                          tr("Outcome unknown: the run was cancelled before its answer was read."), true);
        m_beingRead.reset();
    }
    giveUpHeld();
    finish(State::Cancelled);
}

void BulkProducer::finish(State state, const QString &error)
{
    m_error = error;
    m_failureLog.flush();
    m_source.reset();
    m_check.reset();
    m_ready.clear();
    setState(state);
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

void BulkProducer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

BulkProgress BulkProducer::progress() const
{
    BulkProgress p = m_progress;
    const double seconds = double(activeMs()) / 1000.0;
    const qint64 done = p.sent + p.failed + p.unknown;
    if (seconds > 0.05)
        p.recordsPerSecond = double(done) / seconds;
    if (p.totalBytes > 0 && p.bytesRead > 0 && m_state == State::Running)
        p.secondsLeft = seconds * double(p.totalBytes - p.bytesRead) / double(p.bytesRead);
    return p;
}

QString BulkProducer::summary() const
{
    const QLocale locale;
    const BulkProgress p = progress();
    QString text;
    switch (m_state) {
    case State::Cancelled:
        text = tr("Cancelled. ");
        break;
    case State::Failed:
        text = m_error + u' ';
        break;
    default:
        break;
    }
    text += tr("Sent %1 record(s) in %2 s (%3 records/s).")
                .arg(locale.toString(p.sent))
                .arg(locale.toString(double(activeMs()) / 1000.0, 'f', 1))
                .arg(locale.toString(qint64(p.recordsPerSecond)));
    if (p.failed)
        text += u' ' + tr("%1 failed.").arg(locale.toString(p.failed));
    if (p.unknown)
        text += u' ' + tr("%1 with unknown outcome (look at the topic before sending them again).")
                           .arg(locale.toString(p.unknown));
    if (p.malformed)
        text += u' ' + tr("%1 malformed line(s) skipped.").arg(locale.toString(p.malformed));
    return text;
}

std::expected<void, QString> BulkProducer::saveFailures(const QString &path) const
{
    return m_failureLog.save(path);
}

std::expected<HttpRequest, QString> BulkProducer::dryRun(KafkaClient *client, const QString &path,
                                                         const BulkProduceOptions &options)
{
    if (!client)
        return std::unexpected(tr("The connection is not open."));
    BulkReader reader(options.read);
    if (auto opened = reader.open(path); !opened)
        return std::unexpected(opened.error());
    qsizetype maxRecords = options.maxRecordsPerBatch;
    if (options.recordsPerSecond > 0)
        maxRecords = std::clamp<qsizetype>(qsizetype(options.recordsPerSecond / 5), 1, maxRecords);
    BulkChunk chunk;
    QList<BulkLineError> malformed;
    do {
        chunk = reader.next(maxRecords, options.maxBytesPerBatch);
        malformed.append(chunk.malformed);
    } while (chunk.records.isEmpty() && !chunk.atEnd);
    if (chunk.records.isEmpty())
        return std::unexpected(malformed.isEmpty() ? tr("The file holds no records.")
                                                   : tr("The file holds no records; line %1: %2")
                                                         .arg(malformed.first().line)
                                                         .arg(malformed.first().sentence));
    for (ProduceRecord &r : chunk.records)
        r.format = options.format;
    return client->produceRequest(chunk.records);
}

} // namespace Gregor
