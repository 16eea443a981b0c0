// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Gregor {

class Job;
class OpenConnection;

// "Delete topic…": the topic and every record in it go, so its name must be typed first.
class DeleteTopicDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteTopicDialog(OpenConnection *connection, const QString &topic, QWidget *parent = nullptr);
    ~DeleteTopicDialog() override;

    QLineEdit *confirmation() const { return m_typed; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *status() const { return m_status; }
    QString copyAsCurl();
    // Cancels the call in flight, if any (the form comes back); else closes.
    void reject() override;

Q_SIGNALS:
    void topicDeleted(const QString &topic);

private:
    void send();

    OpenConnection *m_connection;
    QString m_topic;
    QLineEdit *m_typed;
    QLabel *m_status;
    QPushButton *m_curl;
    QPushButton *m_delete;
    QPointer<Job> m_job;
};

} // namespace Gregor
