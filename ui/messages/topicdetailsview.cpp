// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicdetailsview.h"

#include "core/api/kafkaclient.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

TopicDetailsView::TopicDetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"topicDetails"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"topicSummary"_s);
    m_summary->setWordWrap(true);
    m_partitions = new QTreeWidget(this);
    m_partitions->setObjectName(u"partitions"_s);
    m_partitions->setRootIsDecorated(false);
    m_partitions->setUniformRowHeights(true);
    m_partitions->setHeaderLabels({tr("Partition"), tr("Beginning"), tr("End"), tr("Records"), tr("Leader"),
                                   tr("Replicas"), tr("In sync")});
    m_partitions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_partitions, 1);
}

void TopicDetailsView::load(KafkaClient *client, const QString &topic)
{
    const quint64 generation = ++m_generation;
    m_partitions->clear();
    m_summary->setText(tr("Loading the partitions of %1…").arg(topic));
    client->topicDetails(topic, this, [this, generation](Result<TopicDetails> result) {
        if (generation != m_generation)
            return;
        if (!result) {
            m_summary->setText(result.error().userText);
            return;
        }
        showDetails(*result);
    });
    if (client->capabilities().testFlag(Capability::Brokers)) {
        client->brokers(this, [this, generation](Result<QList<BrokerInfo>> result) {
            if (generation != m_generation || !result)
                return;
            QStringList ids;
            for (const BrokerInfo &broker : *result)
                ids << QString::number(broker.id);
            m_summary->setText(m_summary->text() + tr(" Brokers: %1.").arg(ids.join(u", "_s)));
        });
    }
}

void TopicDetailsView::showDetails(const TopicDetails &details)
{
    m_partitions->clear();
    const QLocale locale;
    qint64 total = 0;
    for (const PartitionInfo &partition : details.partitions) {
        QStringList replicas, inSync;
        for (const ReplicaInfo &replica : partition.replicas) {
            replicas << QString::number(replica.broker);
            if (replica.inSync)
                inSync << QString::number(replica.broker);
        }
        const auto offset = [&locale](const std::optional<qint64> &value) {
            return value ? locale.toString(*value) : u"—"_s;
        };
        auto *item = new QTreeWidgetItem(
            m_partitions, {QString::number(partition.partition), offset(partition.beginningOffset),
                           offset(partition.endOffset), locale.toString(partition.recordCount()),
                           partition.leader ? QString::number(*partition.leader) : u"—"_s,
                           replicas.isEmpty() ? u"—"_s : replicas.join(u", "_s),
                           inSync.isEmpty() ? u"—"_s : inSync.join(u", "_s)});
        for (int column = 1; column <= 3; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        total += partition.recordCount();
    }
    const qsizetype count = details.partitions.size();
    m_summary->setText(tr("%1: %2, %3 records.")
                           .arg(details.name, count == 1 ? tr("1 partition") : tr("%1 partitions").arg(count),
                                locale.toString(total)));
    Q_EMIT loaded(int(count));
}

} // namespace Gregor
