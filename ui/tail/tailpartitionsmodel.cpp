// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailpartitionsmodel.h"

#include <QLocale>
#include <QSet>

namespace Gregor {

void TailPartitionsModel::setPartitions(const QList<TailPartition> &partitions)
{
    QHash<TopicPartition, qsizetype> wanted;
    for (qsizetype i = 0; i < partitions.size(); ++i)
        wanted.insert(partitions[i].tp, i);
    // Gone partitions leave (from the bottom, so the rows above keep their numbers).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows[row].tp))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // Known ones change in place; a run of changed rows is one dataChanged.
    QSet<TopicPartition> known;
    int firstChanged = -1;
    for (int row = 0; row <= int(m_rows.size()); ++row) {
        bool changed = false;
        if (row < int(m_rows.size())) {
            known.insert(m_rows[row].tp);
            const TailPartition &now = partitions[wanted.value(m_rows[row].tp)];
            changed = now != m_rows[row];
            if (changed)
                m_rows[row] = now;
        }
        if (changed && firstChanged < 0)
            firstChanged = row;
        if (!changed && firstChanged >= 0) {
            Q_EMIT dataChanged(index(firstChanged, 0), index(row - 1, ColumnCount - 1),
                               {Qt::DisplayRole, Qt::ToolTipRole});
            firstChanged = -1;
        }
    }
    // New ones join at the bottom, in the order given.
    QList<TailPartition> added;
    for (const TailPartition &p : partitions)
        if (!known.contains(p.tp))
            added.append(p);
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
    m_rows.append(added);
    endInsertRows();
}

int TailPartitionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TailPartitionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QVariant figure(qint64 value)
{
    return value >= 0 ? QVariant(QLocale().toString(value)) : QVariant(QStringLiteral("—"));
}

QVariant TailPartitionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TailPartition &p = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == TopicColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == PositionColumn)
        return p.next >= 0 ? tr("The next offset the tail reads") : tr("Known once the first record arrives");
    if (role == Qt::ToolTipRole && index.column() == BehindColumn)
        return tr("Records between the position and the end offset");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TopicColumn:
        return p.tp.topic;
    case PartitionColumn:
        return p.tp.partition;
    case PositionColumn:
        return figure(p.next);
    case EndColumn:
        return figure(p.end);
    case BehindColumn:
        return figure(p.behind());
    case ReceivedColumn:
        return QLocale().toString(p.delivered);
    default:
        return {};
    }
}

QVariant TailPartitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case PartitionColumn:
        return tr("Partition");
    case PositionColumn:
        return tr("Position");
    case EndColumn:
        return tr("End");
    case BehindColumn:
        return tr("Behind");
    case ReceivedColumn:
        return tr("Received");
    default:
        return {};
    }
}

} // namespace Gregor
