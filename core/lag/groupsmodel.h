// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "lagmonitor.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Gregor {

// The groups list: one row per group, sorted by name, updated by diff from the monitor so
// selection and scroll survive every refresh.
class GroupsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        InstancesColumn,
        TotalLagColumn,
        LargestLagColumn,
        TrendColumn,
        DrainColumn,
        HealthColumn,
        RefreshedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers as numbers; "no commit" sorts first
        AboveThresholdRole,
        HealthRole, // int(Health)
        StaleRole,
        NameRole,
    };

    struct Row
    {
        QString name;
        int liveInstances = -1; // -1: the dialect cannot tell
        bool hasFigures = false;
        bool hasCommits = false;
        qint64 totalLag = 0;
        qint64 largestLag = 0;
        Trend trend = Trend::Flat;
        LagRates rates;
        HealthVerdict health;
        qint64 refreshedMs = 0;
        bool stale = false;
        QString error;
        bool above = false;
        friend bool operator==(const Row &, const Row &) = default;
    };
    static Row rowOf(const GroupStatus &status);

    explicit GroupsModel(QObject *parent = nullptr);

    // Follows a monitor: its groups now and every update after.
    void setMonitor(LagMonitor *monitor);
    void setRows(QList<Row> rows);           // by diff; rows need not be sorted
    void updateRows(const QList<Row> &rows); // changed or new rows only
    void removeGroup(const QString &name);
    const QList<Row> &rows() const { return m_rows; }
    int rowOfGroup(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows; // by name
};

// Filters the groups list by name and, optionally, to the groups above their threshold.
class GroupsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit GroupsFilterModel(QObject *parent = nullptr);
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }
    void setOnlyAboveThreshold(bool only);
    bool onlyAboveThreshold() const { return m_onlyAbove; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_name;
    bool m_onlyAbove = false;
};

QString trendArrow(Trend trend);

} // namespace Gregor
