// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTimer;

namespace Gregor {

class AppSettings;
class OpenConnection;
class TopicActions;
class TopicListModel;

// The topics of one connection: filter as you type, pinned favourites first, refreshed on
// demand and every 30 s by diff so selection and scroll survive.
class TopicsSidebar : public QWidget
{
    Q_OBJECT
public:
    TopicsSidebar(OpenConnection *connection, AppSettings *settings, QWidget *parent = nullptr);

    void refresh();
    void focusFilter();
    QString currentTopic() const;
    TopicListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    TopicActions *actions() const { return m_actions; }

Q_SIGNALS:
    // The current topic changed (a click, the arrow keys): show it, ready to read.
    void topicSelected(const QString &topic);
    // Enter or a double-click on a topic: read it.
    void topicActivated(const QString &topic);
    // Its partitions or configs were changed from here: views showing it reload.
    void topicChanged(const QString &topic);

private:
    void showContextMenu(const QPoint &pos);

    OpenConnection *m_connection;
    AppSettings *m_settings;
    TopicListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QListView *m_view;
    QLabel *m_status;
    QTimer *m_refreshTimer;
    TopicActions *m_actions;
    QString m_selectAfterRefresh;   // a topic just created
    QString m_changedBeforeRefresh; // announced once the list shows its new partition count
    bool m_loading = false;
};

} // namespace Gregor
