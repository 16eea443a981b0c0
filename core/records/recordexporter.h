// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "recordstore.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <atomic>
#include <expected>
#include <memory>

namespace Gregor {

enum class ExportFormat
{
    JsonLines, // kcat -J envelope, see recordjson.h
    Csv,
};

struct ExportSummary
{
    qint64 records = 0;
    qint64 bytes = 0;
    friend bool operator==(const ExportSummary &, const ExportSummary &) = default;
};
using ExportResult = std::expected<ExportSummary, QString>; // error: one sentence

// Writes records to a file on a worker thread through QSaveFile: the file appears (or is
// replaced) only when everything was written; cancel or an error leaves the old file untouched.
class RecordExporter : public QObject
{
    Q_OBJECT
public:
    explicit RecordExporter(QObject *parent = nullptr);
    ~RecordExporter() override; // cancels a run in flight; nothing is committed

    // storeRows: the rows to write, in that order (the selection, the filtered set).
    void start(const RecordRows &rows, const QList<qsizetype> &storeRows, ExportFormat format,
               const QString &path);
    void startAll(const RecordRows &rows, ExportFormat format, const QString &path);
    // Stops the export: finished() follows once the worker has stopped, with an error and
    // wasCancelled() true, or with success when the file was already being committed.
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(const Gregor::ExportResult &result);

private:
    void run(const RecordRows &rows, QList<qsizetype> storeRows, bool all, ExportFormat format,
             const QString &path);

public:
    enum State
    {
        Running,
        Cancelled,
        Committing,
    };

private:
    QFutureWatcher<ExportResult> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<int>> m_state; // shared with the worker: cancel vs commit
    bool m_cancelled = false;
};

} // namespace Gregor
