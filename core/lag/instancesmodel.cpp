// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancesmodel.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Gregor {

QString describeAssignment(const QList<TopicPartition> &assignment)
{
    QMap<QString, QList<int>> byTopic;
    for (const TopicPartition &tp : assignment)
        byTopic[tp.topic].append(tp.partition);
    QStringList parts;
    for (auto it = byTopic.begin(); it != byTopic.end(); ++it) {
        std::ranges::sort(*it);
        QStringList numbers;
        for (int p : std::as_const(*it))
            numbers.append(QString::number(p));
        parts.append(u"%1: %2"_s.arg(it.key(), numbers.join(u", "_s)));
    }
    return parts.join(u"; "_s);
}

void InstancesModel::setInstances(QList<ConsumerInstanceInfo> instances)
{
    std::ranges::sort(instances, {}, &ConsumerInstanceInfo::name);
    for (int i = int(m_instances.size()) - 1; i >= 0; --i) {
        if (std::ranges::binary_search(instances, m_instances[i].name, {}, &ConsumerInstanceInfo::name))
            continue;
        beginRemoveRows({}, i, i);
        m_instances.remove(i);
        endRemoveRows();
    }
    for (const ConsumerInstanceInfo &instance : std::as_const(instances)) {
        const auto it = std::ranges::lower_bound(m_instances, instance.name, {}, &ConsumerInstanceInfo::name);
        const int at = int(it - m_instances.begin());
        if (it == m_instances.end() || it->name != instance.name) {
            beginInsertRows({}, at, at);
            m_instances.insert(at, instance);
            endInsertRows();
        } else if (*it != instance) {
            *it = instance;
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
    }
}

int InstancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_instances.size());
}

int InstancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsumerInstanceInfo &instance = m_instances[index.row()];
    if (role == NameRole)
        return instance.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return instance.name;
    case ClientIdColumn:
        return instance.clientId;
    case TopicsColumn: {
        QStringList topics;
        for (const TopicPartition &tp : instance.assignment)
            if (!topics.contains(tp.topic))
                topics.append(tp.topic);
        return topics.join(u", "_s);
    }
    case PartitionsColumn:
        return instance.assignment.isEmpty() ? tr("nothing assigned (joining?)")
                                             : describeAssignment(instance.assignment);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Instance");
    case ClientIdColumn:
        return tr("Client id");
    case TopicsColumn:
        return tr("Topics");
    case PartitionsColumn:
        return tr("Assigned partitions");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Gregor
