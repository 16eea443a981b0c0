// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/topicconfig.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Gregor {

// A topic's configs as the server describes them, with the user's edits kept beside them until
// they are sent: a changed value, or a reset to the inherited default. Updated by diff on
// reload, so the edits and the selection survive.
class TopicConfigsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn, // editable where the server allows it
        SourceColumn,
        ColumnCount
    };
    static constexpr int NameRole = Qt::UserRole + 1;
    static constexpr int ChangedRole = Qt::UserRole + 2; // bool: an edit is waiting (the view shows it bold)

    using QAbstractTableModel::QAbstractTableModel;

    void setConfigs(QList<TopicConfig> configs);
    const QList<TopicConfig> &configs() const { return m_configs; }
    void setEditable(bool editable) { m_editable = editable; } // false on read-only connections

    // Marks a config to go back to its inherited value; false when it has none of its own.
    bool resetToDefault(int row);
    void revertRow(int row);
    void revertAll();
    bool canReset(int row) const;
    // What would be sent, in name order; empty when nothing was edited.
    QList<ConfigChange> changes() const;
    bool hasChanges() const { return !m_changes.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void changesChanged();

private:
    void rowChanged(int row);

    QList<TopicConfig> m_configs; // by name
    QHash<QString, ConfigChange> m_changes;
    bool m_editable = true;
};

// "name: old → new" lines for a confirmation, one per change.
QStringList describeChanges(const QList<TopicConfig> &configs, const QList<ConfigChange> &changes);

} // namespace Gregor
