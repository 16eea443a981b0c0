// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

class QAction;
class QWidget;

namespace Gregor {

class OpenConnection;

// The topic management actions of one connection (Capability::ManageTopics): New topic,
// Configuration, Add partitions and Delete. Each is disabled with the reason as its tooltip
// where the dialect cannot or the connection is read-only (Configuration then only shows).
class TopicActions : public QObject
{
    Q_OBJECT
public:
    TopicActions(OpenConnection *connection, QWidget *dialogParent);

    QAction *newTopic() const { return m_new; }
    QAction *configure() const { return m_configure; }
    QAction *addPartitions() const { return m_partitions; }
    QAction *deleteTopic() const { return m_delete; }

    // The topic the per-topic actions act on (the sidebar's current one) and the existing names.
    void setTopic(const QString &topic, int partitions);
    void setExistingTopics(QStringList topics) { m_existing = std::move(topics); }
    void updateEnabled();

Q_SIGNALS:
    void topicCreated(const QString &topic);
    void topicDeleted(const QString &topic);
    void topicChanged(const QString &topic); // partitions or configs

private:
    void openNewTopic();
    void openConfiguration();
    void openPartitions();
    void openDelete();

    OpenConnection *m_connection;
    QWidget *m_dialogParent;
    QString m_topic;
    int m_partitionCount = 0;
    QStringList m_existing;
    QAction *m_new;
    QAction *m_configure;
    QAction *m_partitions;
    QAction *m_delete;
};

} // namespace Gregor
