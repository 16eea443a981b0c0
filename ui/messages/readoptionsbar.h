// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/kafkaclient.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Gregor {

// What to read: partitions (all or a list), where to start (beginning, newest N, an offset, a
// date-time) and how many (default 1,000; "no limit" warns). Builds a ReadRequest.
class ReadOptionsBar : public QWidget
{
    Q_OBJECT
public:
    enum class Start
    {
        Beginning,
        Newest,
        Offset,
        Time,
    };
    Q_ENUM(Start)

    explicit ReadOptionsBar(QWidget *parent = nullptr);

    void setTopic(const QString &topic, int partitionCount);
    QString topic() const { return m_topic; }
    // The request, or a sentence saying what to fix.
    std::expected<ReadRequest, QString> request() const;

    void setStart(Start start);
    void setStartValue(qint64 value); // N, offset or ms since the epoch, by start
    void setPartitions(const QString &list);
    void setLimit(qint64 limit); // 0: no limit
    void setTimeAvailable(bool available, const QString &whyNot);
    // Reading at all (Capability::Consume): without it Read and Copy as curl are disabled and
    // the reason stays in the status line.
    void setReadAvailable(bool available, const QString &whyNot);

    void setRunning(bool running);
    void setStatus(const QString &text);

Q_SIGNALS:
    void readRequested();
    void cancelRequested();
    void copyCurlRequested();

private:
    void updateFields();

    QString m_topic;
    QString m_cannotRead; // why this connection cannot read; empty when it can
    int m_partitionCount = 0;
    QLabel *m_topicLabel;
    QLineEdit *m_partitions;
    QComboBox *m_start;
    QSpinBox *m_newest;
    QLineEdit *m_offset;
    QDateTimeEdit *m_time;
    QSpinBox *m_limit;
    QCheckBox *m_noLimit;
    QPushButton *m_read;
    QPushButton *m_cancel;
    QPushButton *m_curl;
    QLabel *m_status;
};

} // namespace Gregor
