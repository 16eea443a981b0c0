// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "latestrun.h"
#include "recordmatcher.h"
#include "recordstore.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace Gregor {

struct FilterResult
{
    FilterSpec spec;
    QList<qsizetype> rows; // matching store rows, ascending
    qsizetype scanned = 0; // rows [0, scanned) were examined (the snapshot's size)
    qint64 elapsedMs = 0;
};

// Runs a filter over a snapshot of the store on a worker thread (QtConcurrent), with progress
// and cancel. Rows appended to the store after start() are not examined (see scanned).
class RecordFilter : public QObject
{
    Q_OBJECT
public:
    explicit RecordFilter(QObject *parent = nullptr);
    ~RecordFilter() override; // cancels; the worker finishes on its own, touching nothing of ours

    // Cancels a run in flight (without its finished()) and starts over.
    void start(const RecordRows &rows, const RecordMatcher &matcher);
    void cancel(); // emits cancelled() when a run was in flight
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 scanned, qint64 total); // a few times per second at most
    void finished(const Gregor::FilterResult &result);
    void cancelled();

private:
    LatestRun<FilterResult> m_run{this};
};

} // namespace Gregor
