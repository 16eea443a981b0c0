// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/lag/groupsnapshot.h"
#include "core/lag/offsetreset.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace Gregor {

class Job;
class OpenConnection;

// Moves a group's committed offsets: scope (group, topic, partitions), target (earliest, latest,
// a date-time, an offset, ±N), a preview, and a confirmation that names group and connection —
// asked again when the group has live instances, which would overwrite the reset.
class ResetOffsetsDialog : public QDialog
{
    Q_OBJECT
public:
    ResetOffsetsDialog(OpenConnection *connection, GroupSnapshot snapshot, const QString &topic,
                       QWidget *parent = nullptr);

    ResetScope scope() const;
    ResetTarget target() const;
    const QList<ResetRow> &preview() const { return m_rows; }
    void setTarget(const ResetTarget &target);
    void setScope(const ResetScope &scope);
    void runPreview();
    void apply(); // asks for confirmation first
    QString curlSequence() const;
    QTableWidget *previewTable() const { return m_table; }

Q_SIGNALS:
    void previewReady();
    void resetDone();
    void resetFailed(const QString &sentence);

private:
    void commit();
    void updateInputs();
    void showRows();

    OpenConnection *m_connection;
    GroupSnapshot m_snapshot;
    QComboBox *m_topic;
    QLineEdit *m_partitions;
    QRadioButton *m_earliest, *m_latest, *m_dateTime, *m_offset, *m_shift;
    QDateTimeEdit *m_dateTimeEdit;
    QSpinBox *m_offsetSpin;
    QSpinBox *m_shiftSpin;
    QPushButton *m_previewButton;
    QPushButton *m_curlButton;
    QTableWidget *m_table;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_resetButton;
    QList<ResetRow> m_rows;
    QPointer<Job> m_job;
};

// "0, 2-4" → {0, 2, 3, 4}; nullopt when it does not parse.
std::optional<QList<int>> parsePartitionList(const QString &text);

} // namespace Gregor
