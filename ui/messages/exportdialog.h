// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/records/recordexporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Gregor {

// Export the selection, the filtered set or everything to JSON Lines (kcat -J envelope) or CSV,
// with progress and cancel; the file is replaced only when everything was written.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(RecordRows rows, QList<qsizetype> selection, QList<qsizetype> filtered, bool filterActive,
                 QWidget *parent = nullptr);

    void setPath(const QString &path);
    void setFormat(ExportFormat format);
    enum class Scope
    {
        Selection,
        Filtered,
        Everything
    };
    void setScope(Scope scope);
    void startExport();
    RecordExporter *exporter() const { return m_exporter; }

    void reject() override; // cancels an export in flight first

private:
    void updateButtons();

    RecordRows m_rows;
    QList<qsizetype> m_selection;
    QList<qsizetype> m_filtered;
    RecordExporter *m_exporter;
    QRadioButton *m_selectionButton;
    QRadioButton *m_filteredButton;
    QRadioButton *m_allButton;
    QComboBox *m_format;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_start;
};

} // namespace Gregor
