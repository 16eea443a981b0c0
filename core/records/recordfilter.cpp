// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
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

RecordFilter::~RecordFilter() = default;

void RecordFilter::start(const RecordRows &rows, const RecordMatcher &matcher)
{
    const qint64 total = rows.size();
    m_run.start(
        [rows, spec = matcher.spec()] {
            return QtConcurrent::run(coordinatorPool(), &runFilter, rows, spec);
        },
        [this, total](int value) { Q_EMIT progress(value, total); },
        [this](const FilterResult &result) { Q_EMIT finished(result); });
}

void RecordFilter::cancel()
{
    // The worker stops at its next check; its result, if any, is dropped with the watcher.
    if (m_run.cancel())
        Q_EMIT cancelled();
}

bool RecordFilter::isRunning() const
{
    return m_run.isRunning();
}

} // namespace Gregor
