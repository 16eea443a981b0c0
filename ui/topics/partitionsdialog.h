// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Gregor {

class Job;
class OpenConnection;

// "Add partitions…": the new count, above the current one (Kafka never removes partitions),
// with what it means for keyed records said before the confirmation.
class PartitionsDialog : public QDialog
{
    Q_OBJECT
public:
    PartitionsDialog(OpenConnection *connection, const QString &topic, int currentPartitions,
                     QWidget *parent = nullptr);
    ~PartitionsDialog() override;

    QSpinBox *count() const { return m_count; }
    QLabel *status() const { return m_status; }
    QPushButton *addButton() const { return m_add; }
    QString copyAsCurl();
    // Cancels the call in flight, if any (the form comes back); else closes.
    void reject() override;

Q_SIGNALS:
    void partitionsAdded(const QString &topic, int partitions);

private:
    void send();

    OpenConnection *m_connection;
    QString m_topic;
    int m_current;
    QSpinBox *m_count;
    QLabel *m_status;
    QPushButton *m_curl;
    QPushButton *m_add;
    QPointer<Job> m_job;
};

} // namespace Gregor
