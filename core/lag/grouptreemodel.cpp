// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouptreemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gregor {

GroupTreeModel::GroupTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

GroupTreeModel::~GroupTreeModel() = default;

int GroupTreeModel::rowOfNode(const TopicNode *node) const
{
    for (size_t i = 0; i < m_topics.size(); ++i)
        if (m_topics[i].get() == node)
            return int(i);
    return -1;
}

void GroupTreeModel::setSnapshot(const GroupSnapshot &snapshot)
{
    if (snapshot.group != m_snapshot.group && !m_topics.empty()) {
        // Another group: nothing of the old tree carries over.
        beginRemoveRows({}, 0, int(m_topics.size()) - 1);
        m_topics.clear();
        endRemoveRows();
    }
    m_snapshot = snapshot;
    const QList<TopicLag> topics = snapshot.topics();
    QHash<QString, QList<PartitionLag>> byTopic;
    for (const PartitionLag &p : snapshot.partitions)
        byTopic[p.tp.topic].append(p);

    // Remove topics that are gone.
    for (int i = int(m_topics.size()) - 1; i >= 0; --i) {
        if (byTopic.contains(m_topics[size_t(i)]->totals.topic))
            continue;
        beginRemoveRows({}, i, i);
        m_topics.erase(m_topics.begin() + i);
        endRemoveRows();
    }
    // Insert new topics in name order, update the others.
    for (const TopicLag &totals : topics) {
        const auto it = std::ranges::lower_bound(m_topics, totals.topic, {},
                                                 [](const auto &node) { return node->totals.topic; });
        const int row = int(it - m_topics.begin());
        if (it == m_topics.end() || (*it)->totals.topic != totals.topic) {
            beginInsertRows({}, row, row);
            auto node = std::make_unique<TopicNode>();
            node->totals = totals;
            m_topics.insert(m_topics.begin() + row, std::move(node));
            endInsertRows();
        }
        applyTopic(row, totals, byTopic.value(totals.topic));
    }
}

void GroupTreeModel::applyTopic(int row, const TopicLag &totals, const QList<PartitionLag> &partitions)
{
    TopicNode &node = *m_topics[size_t(row)];
    if (node.totals != totals) {
        node.totals = totals;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    const QModelIndex parent = index(row, 0);
    for (int i = int(node.partitions.size()) - 1; i >= 0; --i) {
        const int number = node.partitions[i].tp.partition;
        if (std::ranges::any_of(partitions, [&](const PartitionLag &p) { return p.tp.partition == number; }))
            continue;
        beginRemoveRows(parent, i, i);
        node.partitions.remove(i);
        endRemoveRows();
    }
    int firstChanged = -1, lastChanged = -1;
    for (const PartitionLag &p : partitions) {
        const auto it = std::ranges::lower_bound(node.partitions, p.tp.partition, {},
                                                 [](const PartitionLag &q) { return q.tp.partition; });
        const int at = int(it - node.partitions.begin());
        if (it == node.partitions.end() || it->tp.partition != p.tp.partition) {
            beginInsertRows(parent, at, at);
            node.partitions.insert(at, p);
            endInsertRows();
        } else if (*it != p) {
            *it = p;
            firstChanged = firstChanged < 0 ? at : std::min(firstChanged, at);
            lastChanged = std::max(lastChanged, at);
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0, parent), index(lastChanged, ColumnCount - 1, parent));
}

QModelIndex GroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_topics.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_topics.size()))
        return {};
    TopicNode *node = m_topics[size_t(parent.row())].get();
    return row < node->partitions.size() ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex GroupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOfNode(static_cast<const TopicNode *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int GroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topics.size());
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_topics.size()))
        return 0;
    return int(m_topics[size_t(parent.row())]->partitions.size());
}

int GroupTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QLocale locale;
    if (!index.internalPointer()) {
        const TopicNode &node = *m_topics[size_t(index.row())];
        const TopicLag &t = node.totals;
        const bool anyCommit = t.withoutCommit < t.partitions;
        switch (role) {
        case TopicRole:
            return t.topic;
        case PartitionRole:
            return -1;
        case SortRole:
            return index.column() == LagColumn ? QVariant(anyCommit ? t.lag : -1) : QVariant(t.topic);
        case Qt::DisplayRole:
            switch (Column(index.column())) {
            case NameColumn:
                return t.withoutCommit ? tr("%1 (%2 partitions, %3 without a commit)")
                                             .arg(t.topic)
                                             .arg(t.partitions)
                                             .arg(t.withoutCommit)
                                       : tr("%1 (%2 partitions)").arg(t.topic).arg(t.partitions);
            case LagColumn:
                return anyCommit ? locale.toString(t.lag) : tr("no commit");
            default:
                return {};
            }
        case Qt::TextAlignmentRole:
            return index.column() == LagColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default:
            return {};
        }
    }
    const auto *node = static_cast<const TopicNode *>(index.internalPointer());
    if (index.row() >= node->partitions.size())
        return {};
    const PartitionLag &p = node->partitions[index.row()];
    switch (role) {
    case TopicRole:
        return p.tp.topic;
    case PartitionRole:
        return p.tp.partition;
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return p.tp.partition;
        case CommittedColumn:
            return p.committed;
        case EndColumn:
            return p.end;
        case LagColumn:
            return p.lag().value_or(-1);
        case InstanceColumn:
            return p.instance;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= CommittedColumn && index.column() <= LagColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return tr("partition %1").arg(p.tp.partition);
        case CommittedColumn:
            return p.hasCommit() ? locale.toString(p.committed) : tr("no commit");
        case EndColumn:
            return p.end >= 0 ? locale.toString(p.end) : tr("unknown");
        case LagColumn:
            return p.lag() ? locale.toString(*p.lag()) : tr("no commit");
        case InstanceColumn:
            return p.instance;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant GroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Topic / partition");
    case CommittedColumn:
        return tr("Committed (next to read)");
    case EndColumn:
        return tr("End offset");
    case LagColumn:
        return tr("Lag");
    case InstanceColumn:
        return tr("Assigned to");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Gregor
