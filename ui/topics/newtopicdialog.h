// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/topicadmin.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Gregor {

class Job;
class OpenConnection;

// "New topic…": name, partitions, replication factor and starting configs (name=value lines,
// as kafka-topics --config takes them). Check asks the server without creating; Create asks
// for confirmation first. Esc or Cancel while it runs cancels the call.
class NewTopicDialog : public QDialog
{
    Q_OBJECT
public:
    NewTopicDialog(OpenConnection *connection, QStringList existingTopics, QWidget *parent = nullptr);
    ~NewTopicDialog() override;

    // What the form describes, or the sentence saying what is wrong with it.
    Result<TopicSpec> spec() const;
    QString copyAsCurl();
    // Cancels the call in flight, if any (the form comes back); else closes.
    void reject() override;

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *partitions() const { return m_partitions; }
    QSpinBox *replication() const { return m_replication; }
    QPlainTextEdit *configs() const { return m_configs; }
    QLabel *status() const { return m_status; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *checkButton() const { return m_check; }

Q_SIGNALS:
    void topicCreated(const QString &name);

private:
    void send(bool validateOnly);
    void setBusy(bool busy);

    OpenConnection *m_connection;
    QStringList m_existing;
    QLineEdit *m_name;
    QSpinBox *m_partitions;
    QSpinBox *m_replication;
    QPlainTextEdit *m_configs;
    QLabel *m_status;
    QPushButton *m_check;
    QPushButton *m_curl;
    QPushButton *m_create;
    QDialogButtonBox *m_buttons;
    QPointer<Job> m_job;
};

} // namespace Gregor
