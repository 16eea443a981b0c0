// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "groupsnapshot.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Gregor {

// One group's figures as a tree: topic (totals) → partition (committed, end, lag, instance).
// A new snapshot of the same group is applied by diff, so expansion and selection survive.
class GroupTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CommittedColumn,
        EndColumn,
        LagColumn,
        InstanceColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        TopicRole,
        PartitionRole, // -1 on topic rows
    };

    explicit GroupTreeModel(QObject *parent = nullptr);
    ~GroupTreeModel() override;

    void setSnapshot(const GroupSnapshot &snapshot);
    const GroupSnapshot &snapshot() const { return m_snapshot; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct TopicNode
    {
        TopicLag totals;
        QList<PartitionLag> partitions; // by partition
    };
    int rowOfNode(const TopicNode *node) const;
    void applyTopic(int row, const TopicLag &totals, const QList<PartitionLag> &partitions);

    GroupSnapshot m_snapshot;
    std::vector<std::unique_ptr<TopicNode>> m_topics; // by name; addresses stay put
};

} // namespace Gregor
