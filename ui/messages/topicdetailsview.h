// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Gregor {

class KafkaClient;
struct TopicDetails;

// A topic's partitions: beginning and end offsets and record count; leader, replicas and
// in-sync replicas where the dialect gives them; the brokers where it lists them.
class TopicDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit TopicDetailsView(QWidget *parent = nullptr);

    void load(KafkaClient *client, const QString &topic);
    void showDetails(const TopicDetails &details);
    QTreeWidget *partitions() const { return m_partitions; }

Q_SIGNALS:
    void loaded(int partitionCount);

private:
    QLabel *m_summary;
    QTreeWidget *m_partitions;
    quint64 m_generation = 0; // drops answers for a topic no longer shown
};

} // namespace Gregor
