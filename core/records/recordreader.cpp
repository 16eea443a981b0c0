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
    if (m_job)
        m_job->cancel(); // its callbacks are bound to us and will not run
}

void RecordReader::start(KafkaClient *client, const ReadRequest &request)
{
    cancel();
    ++m_generation;
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
    Q_EMIT started();
    const quint64 generation = m_generation;
    m_job = client->read(
        request, this,
        [this, generation](const QList<Record> &batch) {
            if (generation == m_generation)
                onBatch(batch);
        },
        [this, generation](Result<ReadSummary> result) {
            if (generation == m_generation)
                onDone(std::move(result));
        });
}

void RecordReader::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // the job's late callbacks and queued flushes are ignored from here on
    const QPointer<Job> job = m_job;
    m_job = nullptr;
    if (job)
        job->cancel();
    // What arrived stays: the user cancelled the rest, not what is already on screen.
    if (m_model && !m_pending.isEmpty())
        m_model->appendRecords(m_pending);
    m_records += m_pending.size();
    m_pending.clear();
    finish(std::unexpected(ApiError::make(ErrorKind::Cancelled, u"The read was cancelled."_s)));
}

double RecordReader::recordsPerSecond() const
{
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    return ms > 0 ? double(m_records) * 1000.0 / double(ms) : 0.0;
}

void RecordReader::onBatch(const QList<Record> &batch)
{
    // Answers can arrive several per tick; they are appended together on the next one.
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
    m_job = nullptr;
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
    m_job = nullptr;
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
