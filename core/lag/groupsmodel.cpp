// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupsmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gregor {

QString trendArrow(Trend trend)
{
    switch (trend) {
    case Trend::Rising:
        return u"↑"_s;
    case Trend::Falling:
        return u"↓"_s;
    case Trend::Flat:
        return u"→"_s;
    }
    return {};
}

GroupsModel::Row GroupsModel::rowOf(const GroupStatus &status)
{
    Row row;
    row.name = status.name;
    row.liveInstances = status.snapshot.instancesKnown ? int(status.snapshot.instances.size()) : -1;
    row.hasFigures = status.hasFigures;
    row.hasCommits = status.snapshot.hasCommits();
    row.totalLag = status.snapshot.totalLag();
    row.largestLag = status.snapshot.largestPartitionLag();
    row.trend = status.trend;
    row.rates = status.rates;
    row.health = status.health;
    row.refreshedMs = status.hasFigures ? status.snapshot.takenAtMs : 0;
    row.stale = status.stale || (!status.hasFigures && !status.error.isEmpty());
    row.error = status.error;
    row.above = status.aboveThreshold;
    return row;
}

GroupsModel::GroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void GroupsModel::setMonitor(LagMonitor *monitor)
{
    QList<Row> rows;
    for (const GroupStatus &status : monitor->statuses())
        rows.append(rowOf(status));
    setRows(rows);
    connect(monitor, &LagMonitor::groupsUpdated, this, [this, monitor](const QStringList &names) {
        QList<Row> changed;
        changed.reserve(names.size());
        for (const QString &name : names)
            if (const GroupStatus *status = monitor->status(name))
                changed.append(rowOf(*status));
        updateRows(changed);
    });
    connect(monitor, &LagMonitor::groupAdded, this, [this, monitor](const QString &name) {
        if (const GroupStatus *status = monitor->status(name))
            updateRows({rowOf(*status)});
    });
    connect(monitor, &LagMonitor::groupRemoved, this, &GroupsModel::removeGroup);
}

static bool byName(const GroupsModel::Row &a, const GroupsModel::Row &b)
{
    return a.name < b.name;
}

int GroupsModel::rowOfGroup(const QString &name) const
{
    const auto it = std::ranges::lower_bound(m_rows, name, {}, &Row::name);
    return it != m_rows.end() && it->name == name ? int(it - m_rows.begin()) : -1;
}

void GroupsModel::setRows(QList<Row> rows)
{
    std::ranges::sort(rows, byName);
    // Drop what is gone, back to front so indexes stay valid, then update and insert.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const bool kept = std::ranges::binary_search(rows, m_rows[i], byName);
        if (!kept) {
            int first = i;
            while (first > 0 && !std::ranges::binary_search(rows, m_rows[first - 1], byName))
                --first;
            beginRemoveRows({}, first, i);
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first;
        }
    }
    updateRows(rows);
}

void GroupsModel::updateRows(const QList<Row> &rows)
{
    int firstChanged = -1, lastChanged = -1;
    QList<Row> fresh;
    for (const Row &row : rows) {
        const int at = rowOfGroup(row.name);
        if (at < 0) {
            fresh.append(row);
            continue;
        }
        if (m_rows[at] == row)
            continue;
        m_rows[at] = row;
        firstChanged = firstChanged < 0 ? at : std::min(firstChanged, at);
        lastChanged = std::max(lastChanged, at);
    }
    // One signal for the span of changed rows: 2,000 groups refreshed cost one proxy pass.
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    std::ranges::sort(fresh, byName);
    fresh.erase(
        std::unique(fresh.begin(), fresh.end(), [](const Row &a, const Row &b) { return a.name == b.name; }),
        fresh.end());
    // New rows that fall between the same two existing rows go in as one block.
    for (qsizetype i = 0; i < fresh.size();) {
        const auto it = std::ranges::lower_bound(m_rows, fresh[i].name, {}, &Row::name);
        const int at = int(it - m_rows.begin());
        qsizetype j = i + 1;
        while (j < fresh.size() && (it == m_rows.end() || fresh[j].name < it->name))
            ++j;
        beginInsertRows({}, at, at + int(j - i) - 1);
        for (qsizetype k = i; k < j; ++k)
            m_rows.insert(at + (k - i), fresh[k]);
        endInsertRows();
        i = j;
    }
}

void GroupsModel::removeGroup(const QString &name)
{
    const int at = rowOfGroup(name);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.remove(at);
    endRemoveRows();
}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString drainText(const GroupsModel::Row &row)
{
    if (!row.hasCommits)
        return {};
    if (row.totalLag == 0)
        return QObject::tr("caught up");
    if (!row.rates.secondsToDrain)
        return row.rates.consumedPerSecond ? QObject::tr("not draining") : QString();
    return formatDuration(*row.rates.secondsToDrain);
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const QLocale locale;
    switch (role) {
    case NameRole:
        return row.name;
    case AboveThresholdRole:
        return row.above;
    case HealthRole:
        return int(row.health.health);
    case StaleRole:
        return row.stale;
    case Qt::ToolTipRole:
        if (row.stale)
            return tr("Figures from %1; the last refresh failed: %2")
                .arg(row.refreshedMs ? QDateTime::fromMSecsSinceEpoch(row.refreshedMs).toString(u"HH:mm:ss"_s)
                                     : tr("never"),
                     row.error);
        if (index.column() == HealthColumn)
            return row.health.reason;
        if (row.above)
            return tr("Above its alert threshold");
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.name;
        case InstancesColumn:
            return row.liveInstances;
        case TotalLagColumn:
            return row.hasCommits ? row.totalLag : -1;
        case LargestLagColumn:
            return row.hasCommits ? row.largestLag : -1;
        case TrendColumn:
            return int(row.trend);
        case DrainColumn:
            return row.totalLag == 0 ? 0.0 : row.rates.secondsToDrain.value_or(1e300);
        case HealthColumn:
            return int(row.health.health);
        case RefreshedColumn:
            return row.refreshedMs;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TotalLagColumn || index.column() == LargestLagColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.name;
        case InstancesColumn:
            if (row.liveInstances < 0)
                return tr("not listed");
            return row.liveInstances == 0 ? tr("offsets only") : tr("%n live", nullptr, row.liveInstances);
        case TotalLagColumn:
            if (!row.hasFigures)
                return row.error.isEmpty() ? tr("…") : tr("failed");
            return row.hasCommits ? locale.toString(row.totalLag) : tr("nothing committed");
        case LargestLagColumn:
            return row.hasCommits ? locale.toString(row.largestLag) : QString();
        case TrendColumn:
            return row.hasCommits ? trendArrow(row.trend) : QString();
        case DrainColumn:
            return drainText(row);
        case HealthColumn:
            return row.hasFigures || !row.error.isEmpty() ? healthName(row.health.health) : QString();
        case RefreshedColumn:
            if (!row.refreshedMs)
                return {};
            return QString(QDateTime::fromMSecsSinceEpoch(row.refreshedMs).toString(u"HH:mm:ss"_s) +
                           (row.stale ? tr(" (stale)") : QString()));
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Group");
    case InstancesColumn:
        return tr("Instances");
    case TotalLagColumn:
        return tr("Lag");
    case LargestLagColumn:
        return tr("Largest partition lag");
    case TrendColumn:
        return tr("Trend");
    case DrainColumn:
        return tr("Time to drain");
    case HealthColumn:
        return tr("Health");
    case RefreshedColumn:
        return tr("Refreshed");
    case ColumnCount:
        break;
    }
    return {};
}

GroupsFilterModel::GroupsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(GroupsModel::SortRole);
    setDynamicSortFilter(true);
}

void GroupsFilterModel::setNameFilter(const QString &text)
{
    m_name = text.trimmed();
    invalidateRowsFilter();
}

void GroupsFilterModel::setOnlyAboveThreshold(bool only)
{
    m_onlyAbove = only;
    invalidateRowsFilter();
}

bool GroupsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyAbove && !index.data(GroupsModel::AboveThresholdRole).toBool())
        return false;
    return m_name.isEmpty() ||
           index.data(GroupsModel::NameRole).toString().contains(m_name, Qt::CaseInsensitive);
}

} // namespace Gregor
