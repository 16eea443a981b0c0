#pragma once
#include "recordstore.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <expected>

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
    void cancel(); // finished() follows with an error and wasCancelled() true
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(const Gregor::ExportResult &result);

private:
    void run(const RecordRows &rows, QList<qsizetype> storeRows, bool all, ExportFormat format,
             const QString &path);

    QFutureWatcher<ExportResult> *m_watcher = nullptr;
    bool m_cancelled = false;
};

} // namespace Gregor
