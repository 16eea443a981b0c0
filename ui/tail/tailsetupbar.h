// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/capabilities.h"
#include "core/tail/tailconfig.h"
#include "core/tail/tailsession.h"

#include <QWidget>

#include <expected>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Gregor {

class TopicListModel;

// What a tail follows and how, and the buttons that run it: topics (completed from the
// connection's list), partitions, mode, start, group and instance, buffer size with its memory
// figure, then Start/Stop, Pause, Clear, Commit shown, Copy as curl and Export. Widgets are made
// in visual order, so Tab walks them row by row, left to right.
class TailSetupBar : public QWidget
{
    Q_OBJECT
public:
    explicit TailSetupBar(TopicListModel *topics, QWidget *parent = nullptr);

    // The fields as a config, checked: errors are one sentence for the status line.
    std::expected<TailConfig, QString> config() const;
    // The fields as far as they make sense, for remembering what was typed.
    TailConfig draft() const;
    void setConfig(const TailConfig &config);

    void setCapabilities(Capabilities capabilities, DialectKind dialect);
    void setReadOnly(bool readOnly);
    // Idle/Stopped: every field editable, "Start"; otherwise the fields are locked, "Stop".
    void setState(TailSession::State state, bool hasGroupSession);
    void setAverageRecordBytes(qint64 bytes); // for the memory figure; 0: a typical size
    void focusTopics();

    QLineEdit *topics() const { return m_topics; }
    QLineEdit *partitions() const { return m_partitions; }
    QComboBox *mode() const { return m_mode; }
    QComboBox *start() const { return m_start; }
    QSpinBox *newest() const { return m_newest; }
    QDateTimeEdit *time() const { return m_time; }
    QLineEdit *group() const { return m_group; }
    QLineEdit *instance() const { return m_instance; }
    QCheckBox *autoCommit() const { return m_autoCommit; }
    QSpinBox *capacity() const { return m_capacity; }
    QLabel *memory() const { return m_memory; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *clearButton() const { return m_clearButton; }
    QPushButton *commitButton() const { return m_commitButton; }
    QPushButton *curlButton() const { return m_curlButton; }
    QPushButton *exportButton() const { return m_exportButton; }

Q_SIGNALS:
    void startStopRequested();
    void pauseResumeRequested();
    void clearRequested();
    void commitRequested();
    void curlRequested();
    void exportRequested();
    void capacityChanged(qsizetype capacity);
    void edited(); // any field changed by the user

private:
    void updateFields();
    void updateMemory();
    std::expected<QList<TopicPartition>, QString> parsePartitions(const QStringList &topics) const;

    TopicListModel *m_topicList;
    QLineEdit *m_topics;
    QLineEdit *m_partitions;
    QComboBox *m_mode;
    QComboBox *m_start;
    QSpinBox *m_newest;
    QDateTimeEdit *m_time;
    QWidget *m_groupRow;
    QLineEdit *m_group;
    QLineEdit *m_instance;
    QCheckBox *m_autoCommit;
    QSpinBox *m_capacity;
    QLabel *m_memory;
    QPushButton *m_startButton;
    QPushButton *m_pauseButton;
    QPushButton *m_clearButton;
    QPushButton *m_commitButton;
    QPushButton *m_curlButton;
    QPushButton *m_exportButton;
    qint64 m_averageBytes = 0;
    bool m_readOnly = false;
    bool m_locked = false;
};

} // namespace Gregor
