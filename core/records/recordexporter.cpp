// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordexporter.h"

#include "recordjson.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gregor {

static constexpr qsizetype writeChunkBytes = 1 << 20;
static constexpr qsizetype progressEvery = 4096;

static void runExport(QPromise<ExportResult> &promise, const std::shared_ptr<std::atomic<int>> &state,
                      const RecordRows &rows, const QList<qsizetype> &storeRows, bool all,
                      ExportFormat format, const QString &path)
{
    const auto cancelled = [&] { return state->load() == RecordExporter::Cancelled; };
    const qsizetype total = all ? rows.size() : storeRows.size();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        promise.addResult(
            std::unexpected(QCoreApplication::translate("Gregor::RecordExporter", "Cannot write %1: %2.")
                                .arg(path, file.errorString())));
        return;
    }
    promise.setProgressRange(0, int(qMin<qsizetype>(total, std::numeric_limits<int>::max())));
    QByteArray buffer;
    buffer.reserve(writeChunkBytes + 4096);
    ExportSummary summary;
    auto writeOut = [&]() {
        if (file.write(buffer) != buffer.size())
            return false;
        summary.bytes += buffer.size();
        buffer.clear();
        return true;
    };
    if (format == ExportFormat::Csv)
        buffer += csvHeaderLine();
    for (qsizetype i = 0; i < total; ++i) {
        const qsizetype row = all ? i : storeRows.at(i);
        if (row < 0 || row >= rows.size())
            continue; // a row of an earlier read: nothing to write
        if (format == ExportFormat::JsonLines) {
            buffer += recordToJsonLine(rows, row);
            buffer += '\n';
        } else {
            buffer += recordToCsvLine(rows, row);
        }
        ++summary.records;
        if (buffer.size() >= writeChunkBytes && !writeOut())
            break;
        if ((i + 1) % progressEvery == 0) {
            // Cancelling drops the QSaveFile uncommitted: the old file stays as it was.
            if (cancelled()) {
                file.cancelWriting();
                return;
            }
            promise.setProgressValue(int(qMin<qsizetype>(i + 1, std::numeric_limits<int>::max())));
        }
    }
    if (file.error() == QFileDevice::NoError)
        writeOut();
    // Either cancel() wins and nothing is committed, or the commit wins and cancel() is too late.
    int running = RecordExporter::Running;
    if (!state->compare_exchange_strong(running, RecordExporter::Committing)) {
        file.cancelWriting();
        return;
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        promise.addResult(
            std::unexpected(QCoreApplication::translate("Gregor::RecordExporter", "Writing %1 failed: %2.")
                                .arg(path, file.errorString())));
        return;
    }
    promise.setProgressValue(int(qMin<qsizetype>(total, std::numeric_limits<int>::max())));
    promise.addResult(summary);
}

RecordExporter::RecordExporter(QObject *parent)
    : QObject(parent)
{}

RecordExporter::~RecordExporter()
{
    if (m_state) {
        int running = Running;
        m_state->compare_exchange_strong(running, Cancelled);
    }
}

void RecordExporter::start(const RecordRows &rows, const QList<qsizetype> &storeRows, ExportFormat format,
                           const QString &path)
{
    run(rows, storeRows, false, format, path);
}

void RecordExporter::startAll(const RecordRows &rows, ExportFormat format, const QString &path)
{
    run(rows, {}, true, format, path);
}

void RecordExporter::run(const RecordRows &rows, QList<qsizetype> storeRows, bool all, ExportFormat format,
                         const QString &path)
{
    if (m_watcher) {
        // One export at a time: the previous one is dropped without a word.
        int running = Running;
        m_state->compare_exchange_strong(running, Cancelled);
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_cancelled = false;
    m_state = std::make_shared<std::atomic<int>>(Running);
    const qint64 total = all ? rows.size() : storeRows.size();
    auto *watcher = new QFutureWatcher<ExportResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, total](int value) { Q_EMIT progress(value, total); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) {
            m_cancelled = true;
            Q_EMIT finished(std::unexpected(tr("The export was cancelled; the file was left as it was.")));
            return;
        }
        const ExportResult result = watcher->result();
        Q_EMIT finished(result);
    });
    watcher->setFuture(QtConcurrent::run(&runExport, m_state, rows, std::move(storeRows), all, format, path));
}

void RecordExporter::cancel()
{
    // finished() follows once the worker has stopped (and removed its temporary file).
    if (m_watcher && m_state) {
        int running = Running;
        m_state->compare_exchange_strong(running, Cancelled);
    }
}

bool RecordExporter::isRunning() const
{
    return m_watcher != nullptr;
}

} // namespace Gregor
