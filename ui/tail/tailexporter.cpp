// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailexporter.h"

#include "core/records/recordjson.h"
#include "core/tail/tailrecordsmodel.h"

#include <QPromise>
#include <QSaveFile>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {

constexpr qsizetype WriteChunkBytes = 1 << 20;
constexpr qsizetype ProgressEvery = 4096;

void writeChunks(QPromise<ExportResult> &promise, const std::shared_ptr<std::atomic<bool>> &cancel,
                 const QList<TailExporter::Chunk> &chunks, ExportFormat format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        promise.addResult(std::unexpected(QObject::tr("Cannot write %1: %2.").arg(path, file.errorString())));
        return;
    }
    qint64 total = 0;
    for (const TailExporter::Chunk &chunk : chunks)
        total += chunk.indexes.size();
    promise.setProgressRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    ExportSummary summary;
    QByteArray buffer;
    buffer.reserve(WriteChunkBytes + 4096);
    const auto writeOut = [&] {
        if (file.write(buffer) != buffer.size())
            return false;
        summary.bytes += buffer.size();
        buffer.clear();
        return true;
    };
    if (format == ExportFormat::Csv)
        buffer += csvHeaderLine();
    for (const TailExporter::Chunk &chunk : chunks) {
        for (qsizetype row : chunk.indexes) {
            if (format == ExportFormat::JsonLines) {
                buffer += recordToJsonLine(chunk.rows, row);
                buffer += '\n';
            } else {
                buffer += recordToCsvLine(chunk.rows, row);
            }
            ++summary.records;
            if (buffer.size() >= WriteChunkBytes && !writeOut())
                break;
            if (summary.records % ProgressEvery == 0) {
                if (cancel->load()) {
                    file.cancelWriting(); // the old file stays as it was
                    promise.addResult(
                        std::unexpected(QObject::tr("The export was cancelled; no file was written.")));
                    return;
                }
                promise.setProgressValue(
                    int(std::min<qint64>(summary.records, std::numeric_limits<int>::max())));
            }
        }
    }
    if (file.error() == QFileDevice::NoError)
        writeOut();
    if (cancel->load()) {
        file.cancelWriting();
        promise.addResult(std::unexpected(QObject::tr("The export was cancelled; no file was written.")));
        return;
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        promise.addResult(
            std::unexpected(QObject::tr("Writing %1 failed: %2.").arg(path, file.errorString())));
        return;
    }
    promise.addResult(summary);
}

} // namespace

TailExporter::TailExporter(QObject *parent)
    : QObject(parent)
{}

TailExporter::~TailExporter()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_cancel->store(true);
        m_watcher->waitForFinished(); // quick: the worker checks every few thousand rows
    }
}

QList<TailExporter::Chunk> TailExporter::chunksOf(const TailRecordsModel &model, bool shownOnly)
{
    QList<Chunk> chunks;
    const RecordRing &ring = model.ring();
    const RecordRows *current = nullptr;
    const auto add = [&](qsizetype ringRow) {
        const auto [segment, local] = ring.locate(ringRow);
        if (segment != current) {
            chunks.append({*segment, {}}); // a snapshot: shares the segment's memory
            current = segment;
        }
        chunks.last().indexes.append(local);
    };
    if (shownOnly && model.hasMatcher()) {
        for (int row = 0; row < model.rowCount(); ++row)
            add(model.ringRow(row));
    } else {
        for (qsizetype row = 0; row < ring.size(); ++row)
            add(row);
    }
    return chunks;
}

void TailExporter::start(QList<Chunk> chunks, ExportFormat format, const QString &path)
{
    if (isRunning())
        return;
    m_total = 0;
    for (const Chunk &chunk : std::as_const(chunks))
        m_total += chunk.indexes.size();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher = new QFutureWatcher<ExportResult>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_total); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        QFutureWatcher<ExportResult> *watcher = std::exchange(m_watcher, nullptr);
        watcher->deleteLater();
        const ExportResult result =
            watcher->future().resultCount() > 0
                ? watcher->future().result()
                : ExportResult(std::unexpected(tr("The export stopped before it finished.")));
        Q_EMIT finished(result);
    });
    m_watcher->setFuture(QtConcurrent::run(writeChunks, m_cancel, std::move(chunks), format, path));
}

void TailExporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool TailExporter::isRunning() const
{
    return m_watcher != nullptr;
}

} // namespace Gregor
