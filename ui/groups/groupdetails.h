// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Gregor {

struct ConsumerInstanceInfo;
struct GroupStatus;
class GroupTreeModel;
class InstancesModel;
class LagChartView;
class LagHistory;
class LagMonitor;
class OpenConnection;

// One group: its health and rates, the topic → partition tree, its instances and its chart;
// offset reset and instance removal start here.
class GroupDetails : public QWidget
{
    Q_OBJECT
public:
    GroupDetails(OpenConnection *connection, LagHistory *history, QWidget *parent = nullptr);

    void setMonitor(LagMonitor *monitor);
    void showGroup(const QString &group);
    void refreshFigures(); // the shown group's figures changed
    QString group() const { return m_group; }

    GroupTreeModel *treeModel() const { return m_tree; }
    InstancesModel *instancesModel() const { return m_instances; }
    QTreeView *treeView() const { return m_treeView; }
    QTableView *instancesView() const { return m_instancesView; }
    LagChartView *chart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *removeInstanceButton() const { return m_removeInstance; }
    QLabel *header() const { return m_header; }

    void resetOffsets();
    void removeInstance();

private:
    void updateButtons();
    QList<ConsumerInstanceInfo> shownInstances(const GroupStatus &status) const;

    OpenConnection *m_connection;
    LagMonitor *m_monitor = nullptr;
    QString m_group;
    QLabel *m_header;
    QPushButton *m_reset;
    QPushButton *m_removeInstance;
    QTabWidget *m_tabs;
    GroupTreeModel *m_tree;
    QTreeView *m_treeView;
    InstancesModel *m_instances;
    QTableView *m_instancesView;
    LagChartView *m_chart;
};

} // namespace Gregor
