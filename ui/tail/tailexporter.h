// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/records/recordexporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Gregor {

class TailRecordsModel;

// Writes the tail's buffer, or the rows a filter shows, to JSON Lines or CSV on a worker thread
// through QSaveFile. The ring's segments are snapshots (RecordRows) that stay valid while the
// tail goes on appending and evicting, so the file holds exactly the rows there were at the start.
class TailExporter : public QObject
{
    Q_OBJECT
public:
    // Rows of one segment: `rows` is the snapshot, `indexes` the rows of it to write, in order.
    struct Chunk
    {
        RecordRows rows;
        QList<qsizetype> indexes;
    };

    explicit TailExporter(QObject *parent = nullptr);
    ~TailExporter() override; // cancels a run; nothing is committed

    // shownOnly: the rows the model shows (its filter's matches); else the whole buffer.
    static QList<Chunk> chunksOf(const TailRecordsModel &model, bool shownOnly);
    void start(QList<Chunk> chunks, ExportFormat format, const QString &path);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(const Gregor::ExportResult &result); // an error, "cancelled" included, is one sentence

private:
    QFutureWatcher<ExportResult> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    qint64 m_total = 0;
};

} // namespace Gregor
