#include "recordfilter.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <atomic>
#include <numeric>

namespace Gregor {

static constexpr qsizetype blockRows = 1 << 15;

static void runFilter(QPromise<FilterResult> &promise, const RecordRows &rows, const FilterSpec &spec)
{
    QElapsedTimer clock;
    clock.start();
    FilterResult result;
    result.spec = spec;
    result.scanned = rows.size();
    const qsizetype n = rows.size();
    const qsizetype blocks = (n + blockRows - 1) / blockRows;
    promise.setProgressRange(0, int(qMin<qsizetype>(n, std::numeric_limits<int>::max())));
    std::atomic<qsizetype> done = 0;
    QList<qsizetype> blockIndexes(blocks);
    std::iota(blockIndexes.begin(), blockIndexes.end(), 0);
    // Blocks run on the pool's threads and on this one (blockingMapped takes part in the work,
    // so it cannot starve the pool). Each block gets a matcher of its own: nothing compiled is
    // shared between threads.
    const QList<QList<qsizetype>> matches = QtConcurrent::blockingMapped(blockIndexes, [&](qsizetype block) {
        QList<qsizetype> found;
        if (promise.isCanceled())
            return found;
        const auto matcher = RecordMatcher::create(spec);
        if (!matcher)
            return found;
        const qsizetype begin = block * blockRows;
        const qsizetype end = qMin(n, begin + blockRows);
        for (qsizetype row = begin; row < end; ++row) {
            if (matcher->matches(rows, row))
                found.append(row);
        }
        const qsizetype total = done.fetch_add(end - begin) + (end - begin);
        promise.setProgressValue(int(qMin<qsizetype>(total, std::numeric_limits<int>::max())));
        return found;
    });
    if (promise.isCanceled())
        return;
    for (const QList<qsizetype> &block : matches)
        result.rows.append(block);
    result.elapsedMs = clock.elapsed();
    promise.addResult(std::move(result));
}

RecordFilter::RecordFilter(QObject *parent)
    : QObject(parent)
{}

RecordFilter::~RecordFilter()
{
    if (m_watcher)
        m_watcher->cancel();
}

void RecordFilter::start(const RecordRows &rows, const RecordMatcher &matcher)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    const qint64 total = rows.size();
    auto *watcher = new QFutureWatcher<FilterResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, total](int value) { Q_EMIT progress(value, total); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&runFilter, rows, matcher.spec()));
}

void RecordFilter::cancel()
{
    if (!m_watcher)
        return;
    // The worker stops at its next check; its result, if any, is dropped with the watcher.
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    Q_EMIT cancelled();
}

bool RecordFilter::isRunning() const
{
    return m_watcher != nullptr;
}

} // namespace Gregor
