// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topiclistmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor {

TopicListModel::TopicListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int TopicListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicInfo &topic = m_topics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return topic.name;
    case PartitionCountRole:
        return topic.partitionCount;
    case PinnedRole:
        return m_pinned.contains(topic.name);
    case Qt::ToolTipRole:
        return topic.partitionCount > 0
                   ? (topic.partitionCount == 1
                          ? tr("%1 — 1 partition").arg(topic.name)
                          : tr("%1 — %2 partitions").arg(topic.name).arg(topic.partitionCount))
                   : topic.name;
    default:
        return {};
    }
}

QHash<int, QByteArray> TopicListModel::roleNames() const
{
    return {{NameRole, "name"}, {PartitionCountRole, "partitionCount"}, {PinnedRole, "pinned"}};
}

bool TopicListModel::lessThan(const TopicInfo &a, const TopicInfo &b) const
{
    const bool pinnedA = m_pinned.contains(a.name);
    const bool pinnedB = m_pinned.contains(b.name);
    if (pinnedA != pinnedB)
        return pinnedA;
    return a.name < b.name;
}

int TopicListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_topics.size(); ++row) {
        if (m_topics.at(row).name == name)
            return row;
    }
    return -1;
}

void TopicListModel::setTopics(QList<TopicInfo> topics)
{
    std::ranges::sort(topics, [this](const TopicInfo &a, const TopicInfo &b) { return lessThan(a, b); });
    topics.erase(std::unique(topics.begin(), topics.end(),
                             [](const TopicInfo &a, const TopicInfo &b) { return a.name == b.name; }),
                 topics.end());
    // Merge the two sorted lists: remove what is gone, insert what is new, update what changed.
    int row = 0;
    qsizetype next = 0;
    while (row < m_topics.size() || next < topics.size()) {
        if (next >= topics.size() || (row < m_topics.size() && lessThan(m_topics.at(row), topics.at(next)))) {
            // m_topics[row] is gone: remove the run of gone rows at once.
            int last = row;
            while (last + 1 < m_topics.size() &&
                   (next >= topics.size() || lessThan(m_topics.at(last + 1), topics.at(next))))
                ++last;
            beginRemoveRows({}, row, last);
            m_topics.remove(row, last - row + 1);
            endRemoveRows();
        } else if (row >= m_topics.size() || lessThan(topics.at(next), m_topics.at(row))) {
            qsizetype lastNew = next;
            while (lastNew + 1 < topics.size() &&
                   (row >= m_topics.size() || lessThan(topics.at(lastNew + 1), m_topics.at(row))))
                ++lastNew;
            const int count = int(lastNew - next + 1);
            beginInsertRows({}, row, row + count - 1);
            for (int i = 0; i < count; ++i)
                m_topics.insert(row + i, topics.at(next + i));
            endInsertRows();
            row += count;
            next = lastNew + 1;
        } else {
            if (m_topics.at(row) != topics.at(next)) {
                m_topics[row] = topics.at(next);
                Q_EMIT dataChanged(index(row), index(row));
            }
            ++row;
            ++next;
        }
    }
}

void TopicListModel::setPinned(const QSet<QString> &names)
{
    if (names == m_pinned)
        return;
    m_pinned = names;
    // Pinning changes the order: re-sort through the diff by removing and re-inserting moved rows.
    QList<TopicInfo> current = m_topics;
    beginResetModel(); // order changes wholesale; a rare, user-initiated action
    std::ranges::sort(current, [this](const TopicInfo &a, const TopicInfo &b) { return lessThan(a, b); });
    m_topics = current;
    endResetModel();
    Q_EMIT pinnedChanged();
}

void TopicListModel::togglePinned(const QString &name)
{
    const int from = rowOf(name);
    if (!m_pinned.remove(name))
        m_pinned.insert(name);
    if (from >= 0) {
        // Move just this row to its new place so selection and scroll survive.
        const TopicInfo topic = m_topics.takeAt(from);
        const auto it = std::ranges::lower_bound(
            m_topics, topic, [this](const TopicInfo &a, const TopicInfo &b) { return lessThan(a, b); });
        const int to = int(it - m_topics.begin());
        m_topics.insert(from, topic);
        if (to != from) {
            // beginMoveRows wants the destination as a row index before the move.
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            m_topics.move(from, to);
            endMoveRows();
        }
        Q_EMIT dataChanged(index(to), index(to), {PinnedRole});
    }
    Q_EMIT pinnedChanged();
}

} // namespace Gregor
