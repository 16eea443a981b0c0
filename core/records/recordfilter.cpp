#include "recordfilter.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrentRun>

namespace Gregor {

static constexpr qsizetype progressStep = 1 << 16;

static void runFilter(QPromise<FilterResult> &promise, const RecordRows &rows, const FilterSpec &spec)
{
    QElapsedTimer clock;
    clock.start();
    // A matcher of this thread's own: nothing compiled is shared with the GUI thread's copy.
    const auto matcher = RecordMatcher::create(spec);
    FilterResult result;
    result.spec = spec;
    result.scanned = rows.size();
    if (!matcher) {
        promise.addResult(std::move(result));
        return;
    }
    const qsizetype n = rows.size();
    promise.setProgressRange(0, int(qMin<qsizetype>(n, std::numeric_limits<int>::max())));
    for (qsizetype begin = 0; begin < n; begin += progressStep) {
        if (promise.isCanceled())
            return;
        const qsizetype end = qMin(n, begin + progressStep);
        for (qsizetype row = begin; row < end; ++row) {
            if (matcher->matches(rows, row))
                result.rows.append(row);
        }
        promise.setProgressValue(int(qMin<qsizetype>(end, std::numeric_limits<int>::max())));
    }
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
