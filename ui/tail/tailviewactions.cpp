// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TailView's actions on what it holds: commit, copy as curl, export.
#include "core/http/curl.h"
#include "core/services/openconnection.h"
#include "core/tail/tailrecordsmodel.h"
#include "core/tail/tailsession.h"
#include "tailexporter.h"
#include "tailview.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Gregor {

void TailView::commitShown()
{
    if (!m_session || m_session->config().mode != TailConfig::Mode::Group || !isActive()) {
        note(tr("Only a running tail in a consumer group has positions to commit."));
        return;
    }
    if (m_connection->isReadOnly()) {
        note(tr("This connection is read-only: nothing is committed."));
        return;
    }
    const qsizetype partitions = m_session->positions().nextOffsets().size();
    if (partitions == 0) {
        note(tr("Nothing to commit yet: no record has been shown."));
        return;
    }
    const QString group = m_session->config().group;
    note(tr("Committing…"));
    Job *job = m_session->commitShown(this, [this, partitions, group](Result<Done> result) {
        note(result
                 ? tr("Committed the position after the last record shown of %n partition(s) for group %1.",
                      nullptr, int(partitions))
                       .arg(group)
                 : tr("The commit failed: %1").arg(result.error().userText));
        if (!result)
            m_connection->reportError(result.error());
    });
    if (!job)
        note(tr("The group member is not there any more: start the tail again to commit."));
}

QString TailView::copyAsCurl()
{
    KafkaClient *client = m_connection->client();
    if (!client) {
        note(tr("The connection is not open yet."));
        return {};
    }
    const HttpRequest request = m_session && isActive() ? m_session->fetchRequest() : HttpRequest{};
    if (request.path.isEmpty()) {
        note(tr("Start a tail that follows partitions first: the command is its next fetch."));
        return {};
    }
    const QString command = curlCommand(client->settings(), request);
    QApplication::clipboard()->setText(command);
    note(tr("Copied the next fetch as a curl command; set $GREGOR_PASSWORD or $GREGOR_TOKEN to run it."));
    return command;
}

void TailView::exportRecords(bool shownOnly)
{
    if (m_model->totalCount() == 0) {
        note(tr("The buffer is empty: nothing to export."));
        return;
    }
    if (m_exporter->isRunning()) {
        note(tr("An export is still running."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        u"%1-%2.jsonl"_s.arg(title(), QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    auto *dialog = new QFileDialog(this, shownOnly ? tr("Export the records shown") : tr("Export the buffer"),
                                   folder + u'/' + name);
    dialog->setObjectName(u"tailExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    dialog->setNameFilters({jsonl, tr("CSV (*.csv)")});
    dialog->setDefaultSuffix(u"jsonl"_s);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, jsonl](const QString &filter) {
        dialog->setDefaultSuffix(filter == jsonl ? u"jsonl"_s : u"csv"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, jsonl, shownOnly](const QString &path) {
        const bool csv =
            dialog->selectedNameFilter() != jsonl || path.endsWith(u".csv"_s, Qt::CaseInsensitive);
        exportTo(path, csv ? ExportFormat::Csv : ExportFormat::JsonLines, shownOnly);
    });
    dialog->open();
}

void TailView::exportTo(const QString &path, ExportFormat format, bool shownOnly)
{
    if (m_exporter->isRunning())
        return;
    m_model->flushNow();
    const QString file = QFileInfo(path).fileName();
    note(tr("Exporting to %1…").arg(file));
    disconnect(m_exporter, nullptr, this, nullptr);
    connect(m_exporter, &TailExporter::progress, this, [this, file](qint64 written, qint64 total) {
        note(tr("Exporting to %1… %2%").arg(file).arg(total > 0 ? written * 100 / total : 0));
    });
    connect(m_exporter, &TailExporter::finished, this, [this, file](const ExportResult &result) {
        note(result ? tr("Exported %1 records to %2.").arg(QLocale().toString(result->records), file)
                    : result.error());
    });
    m_exporter->start(TailExporter::chunksOf(*m_model, shownOnly), format, path);
}

} // namespace Gregor
