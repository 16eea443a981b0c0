// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/topics.h"

#include <QAbstractListModel>
#include <QSet>

namespace Gregor {

// Topics with partition counts, sorted by name. Refreshes by diff (rows inserted, removed,
// changed), never by reset, so selection and scroll survive. Pinned topics sort first.
class TopicListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        PartitionCountRole,
        PinnedRole,
    };

    explicit TopicListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setTopics(QList<TopicInfo> topics);
    const QList<TopicInfo> &topics() const { return m_topics; }
    int rowOf(const QString &name) const;

    void setPinned(const QSet<QString> &names);
    QSet<QString> pinned() const { return m_pinned; }
    void togglePinned(const QString &name);

Q_SIGNALS:
    void pinnedChanged();

private:
    bool lessThan(const TopicInfo &a, const TopicInfo &b) const;

    QList<TopicInfo> m_topics;
    QSet<QString> m_pinned;
};

} // namespace Gregor
