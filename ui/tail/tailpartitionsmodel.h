// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/tail/tailpositions.h"

#include <QAbstractTableModel>

namespace Gregor {

// The partitions a tail follows: where it reads next, the end last seen, how far behind it is
// and how many records it received. Refreshed by diff: changed rows get dataChanged, new
// partitions are inserted, gone ones removed; never a reset, so selection and scroll survive.
class TailPartitionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TopicColumn,
        PartitionColumn,
        PositionColumn,
        EndColumn,
        BehindColumn,
        ReceivedColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setPartitions(const QList<TailPartition> &partitions);
    const QList<TailPartition> &partitions() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TailPartition> m_rows;
};

} // namespace Gregor
