// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolButton;

namespace Gregor {

class AppSettings;
class GroupDetails;
class GroupsFilterModel;
class GroupsModel;
class LagHistory;
class LagMonitor;
class LagNotifier;
class OpenConnection;
struct AlertEvent;
struct GroupSnapshot;

// The operator's view: every group with its lag, health and trend; per group its partitions,
// instances and lag chart; thresholds and notifications; offset reset and instance removal.
class GroupsPane : public QWidget
{
    Q_OBJECT
public:
    // history may be null (no chart, nothing recorded).
    GroupsPane(OpenConnection *connection, AppSettings *settings, LagHistory *history,
               QWidget *parent = nullptr);
    ~GroupsPane() override;

    LagMonitor *monitor() const { return m_monitor; }
    GroupsModel *model() const { return m_model; }
    GroupsFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    GroupDetails *details() const { return m_details; }
    LagNotifier *notifier() const { return m_notifier; }
    QSplitter *splitter() const { return m_splitter; }
    QString currentGroup() const;
    void selectGroup(const QString &group);

    void refresh(); // F5
    void addGroup(const QString &group);
    void removeSelectedGroup();
    void editAlerts();
    void focusFilter();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startMonitor();
    void restoreState();
    void saveState() const;
    void updateStatusLine();
    void updateDetails();
    void onSnapshot(const GroupSnapshot &snapshot);

    OpenConnection *m_connection;
    AppSettings *m_settings;
    LagHistory *m_history;
    LagMonitor *m_monitor = nullptr;
    GroupsModel *m_model;
    GroupsFilterModel *m_filter;
    LagNotifier *m_notifier;
    QLineEdit *m_addEdit;
    QPushButton *m_addButton;
    QToolButton *m_removeButton;
    QToolButton *m_refreshButton;
    QToolButton *m_pauseButton;
    QSpinBox *m_interval;
    QLineEdit *m_filterEdit;
    QCheckBox *m_aboveOnly;
    QToolButton *m_alertsButton;
    QLabel *m_status;
    QLabel *m_capabilityNote;
    QTableView *m_view;
    GroupDetails *m_details;
    QSplitter *m_splitter;
    bool m_restoring = false;
};

} // namespace Gregor
