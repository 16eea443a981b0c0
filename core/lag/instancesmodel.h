// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/consumers.h"

#include <QAbstractTableModel>

namespace Gregor {

// A group's live instances and what each is assigned, by name, updated by diff.
class InstancesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ClientIdColumn, // empty where the server does not say (all but Confluent v3)
        TopicsColumn,
        PartitionsColumn,
        ColumnCount
    };
    static constexpr int NameRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setInstances(QList<ConsumerInstanceInfo> instances);
    const QList<ConsumerInstanceInfo> &instances() const { return m_instances; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ConsumerInstanceInfo> m_instances; // by name
};

// "orders: 0, 1, 2; cities: 3"
QString describeAssignment(const QList<TopicPartition> &assignment);

} // namespace Gregor
