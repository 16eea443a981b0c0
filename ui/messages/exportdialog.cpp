// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

static QString countText(qsizetype n)
{
    return n == 1 ? QObject::tr("1 record") : QObject::tr("%1 records").arg(QLocale().toString(n));
}

ExportDialog::ExportDialog(RecordRows rows, QList<qsizetype> selection, QList<qsizetype> filtered,
                           bool filterActive, QWidget *parent)
    : QDialog(parent)
    , m_rows(std::move(rows))
    , m_selection(std::move(selection))
    , m_filtered(std::move(filtered))
    , m_exporter(new RecordExporter(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export records"));
    m_selectionButton = new QRadioButton(tr("The selection (%1)").arg(countText(m_selection.size())), this);
    m_filteredButton =
        new QRadioButton(tr("The search results (%1)").arg(countText(m_filtered.size())), this);
    m_allButton = new QRadioButton(tr("Everything loaded (%1)").arg(countText(m_rows.size())), this);
    m_selectionButton->setEnabled(!m_selection.isEmpty());
    m_filteredButton->setEnabled(filterActive);
    (m_selection.size() > 1 ? m_selectionButton
     : filterActive         ? m_filteredButton
                            : m_allButton)
        ->setChecked(true);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("JSON Lines (kcat -J envelope)"), QVariant::fromValue(ExportFormat::JsonLines));
    m_format->addItem(tr("CSV"), QVariant::fromValue(ExportFormat::Csv));
    m_path = new QLineEdit(QDir::home().filePath(u"records.jsonl"_s), this);
    m_path->setObjectName(u"exportPath"_s);
    auto *browse = new QToolButton(this);
    browse->setText(u"…"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(u"exportResult"_s);
    m_result->setWordWrap(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *what = new QVBoxLayout;
    what->addWidget(m_selectionButton);
    what->addWidget(m_filteredButton);
    what->addWidget(m_allButton);
    form->addRow(tr("Records:"), what);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"startExport"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const bool csv = m_format->currentData().value<ExportFormat>() == ExportFormat::Csv;
        QString path = m_path->text();
        const qsizetype dot = path.lastIndexOf(u'.');
        if (dot > path.lastIndexOf(u'/'))
            m_path->setText(path.left(dot) + (csv ? u".csv"_s : u".jsonl"_s));
    });
    connect(browse, &QToolButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export to"), m_path->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_exporter, &RecordExporter::progress, this, [this](qint64 written, qint64 total) {
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(written, INT_MAX)));
    });
    connect(m_exporter, &RecordExporter::finished, this, [this](const ExportResult &result) {
        m_progress->hide();
        m_start->setEnabled(true);
        if (result)
            m_result->setText(tr("Wrote %1 (%2) to %3.")
                                  .arg(countText(result->records), QLocale().formattedDataSize(result->bytes),
                                       m_path->text()));
        else
            m_result->setText(m_exporter->wasCancelled() ? tr("Cancelled; the file was not changed.")
                                                         : result.error());
    });
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(QVariant::fromValue(format)));
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Selection  ? m_selectionButton
     : scope == Scope::Filtered ? m_filteredButton
                                : m_allButton)
        ->setChecked(true);
}

void ExportDialog::startExport()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_result->setText(tr("Choose a file to export to."));
        return;
    }
    const auto format = m_format->currentData().value<ExportFormat>();
    m_result->setText(tr("Exporting…"));
    m_progress->setValue(0);
    m_progress->show();
    m_start->setEnabled(false);
    if (m_allButton->isChecked())
        m_exporter->startAll(m_rows, format, path);
    else
        m_exporter->start(m_rows, m_selectionButton->isChecked() ? m_selection : m_filtered, format, path);
}

void ExportDialog::reject()
{
    if (m_exporter->isRunning()) {
        m_exporter->cancel(); // the first Esc cancels the export, the second closes
        return;
    }
    QDialog::reject();
}

} // namespace Gregor
