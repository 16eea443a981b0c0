// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "latestrun.h"
#include "recordstore.h"

#include <QFutureWatcher>
#include <QObject>

#include <vector>

namespace Gregor {

// The order of two store rows by a RecordsModel column (ties by store row, whatever the
// direction, so equal cells keep their arrival order). Reads only `rows`: safe on any thread.
bool recordRowLess(const RecordRows &rows, int column, Qt::SortOrder order, qsizetype a, qsizetype b);

struct SortResult
{
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::vector<quint32> rows; // the store rows [0, rows.size()) in sorted order
    qint64 elapsedMs = 0;
};

// Sorts a snapshot of the store on worker threads (sorted runs in parallel, then merge passes),
// with progress and cancel: a million rows stay off the GUI thread.
class RecordSorter : public QObject
{
    Q_OBJECT
public:
    explicit RecordSorter(QObject *parent = nullptr);
    ~RecordSorter() override; // cancels; the worker stops on its own, touching nothing of ours

    // Cancels a run in flight (without its finished()) and starts over.
    void start(const RecordRows &rows, int column, Qt::SortOrder order);
    void cancel(); // emits cancelled() when a run was in flight
    bool isRunning() const;

Q_SIGNALS:
    void progress(int percent);
    void finished(const Gregor::SortResult &result);
    void cancelled();

private:
    LatestRun<SortResult> m_run{this};
};

} // namespace Gregor
