// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace Gregor {

class BulkProducer;
class OpenConnection;
struct BulkProduceOptions;

// Bulk produce: a JSON Lines file in the envelope Export writes, a file of plain lines, or the
// records selected in Messages, to a topic of this or another open connection; batched, at a
// rate if asked, with progress, pause, resume, cancel, a dry run, and the failures kept.
class BulkProduceDialog : public QDialog
{
    Q_OBJECT
public:
    // connections: every open connection, `current` first choice; records: the selection in
    // Messages (empty: produce from a file).
    BulkProduceDialog(const QList<OpenConnection *> &connections, OpenConnection *current,
                      const QList<Record> &records, const QString &topic, QWidget *parent = nullptr);
    ~BulkProduceDialog() override;

    void setFile(const QString &path);
    void start();
    void dryRun();
    BulkProducer *producer() const { return m_producer; }
    QLabel *status() const { return m_status; }
    QPlainTextEdit *log() const { return m_log; }
    QPushButton *startButton() const { return m_start; }
    QComboBox *topic() const { return m_topic; }
    QComboBox *format() const { return m_format; }
    QLineEdit *keySeparator() const { return m_separator; }
    QRadioButton *checkFirst() const { return m_checkFirst; }
    QSpinBox *rate() const { return m_rate; }

protected:
    void reject() override; // Esc / Close while running asks to cancel first

private:
    OpenConnection *target() const;
    BulkProduceOptions options() const;
    void updateFields();
    void showProgress();
    void showState();

    QList<QPointer<OpenConnection>> m_connections;
    QList<Record> m_records;
    BulkProducer *m_producer = nullptr;
    QRadioButton *m_fromFile;
    QRadioButton *m_fromSelection;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_format;
    QLineEdit *m_separator;
    QCheckBox *m_keepPartition;
    QCheckBox *m_keepTimestamp;
    QComboBox *m_connection;
    QComboBox *m_topic;
    QComboBox *m_embedded;
    QSpinBox *m_batchRecords;
    QSpinBox *m_batchKiB;
    QSpinBox *m_rate;
    QRadioButton *m_skipMalformed;
    QRadioButton *m_checkFirst;
    QProgressBar *m_progress;
    QLabel *m_status;
    QWidget *m_heldBox;
    QLabel *m_heldText;
    QPlainTextEdit *m_log;
    QPushButton *m_dryRun;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_saveFailures;
    QPushButton *m_close;
    QTimer *m_refresh;
};

} // namespace Gregor
