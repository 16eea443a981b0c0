// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailpositions.h"

namespace Gregor {

void TailPositions::set(const QList<TailPartition> &partitions)
{
    m_partitions = partitions;
    m_index.clear();
    for (qsizetype i = 0; i < m_partitions.size(); ++i)
        m_index.insert(m_partitions[i].tp, i);
}

QList<Record> TailPositions::accept(const QList<Record> &records, bool adoptUnknown)
{
    QList<Record> fresh;
    fresh.reserve(records.size());
    for (const Record &record : records) {
        const TopicPartition tp{record.topic, record.partition};
        auto it = m_index.constFind(tp);
        if (it == m_index.cend()) {
            if (!adoptUnknown)
                continue; // not followed (a server answering more than was asked)
            it = m_index.insert(tp, m_partitions.size());
            m_partitions.append({tp, record.offset, -1, 0});
        }
        TailPartition &partition = m_partitions[*it];
        if (partition.next < 0)
            partition.next = record.offset;
        if (record.offset < partition.next)
            continue; // delivered already
        partition.next = record.offset + 1;
        ++partition.delivered;
        partition.end = partition.end >= 0 ? std::max(partition.end, partition.next) : partition.end;
        fresh.append(record);
    }
    return fresh;
}

void TailPositions::setEnd(const TopicPartition &tp, qint64 end)
{
    if (const auto it = m_index.constFind(tp); it != m_index.cend())
        m_partitions[*it].end = end;
}

void TailPositions::adopt(const TopicPartition &tp)
{
    if (m_index.contains(tp))
        return;
    m_index.insert(tp, m_partitions.size());
    m_partitions.append({tp, -1, -1, 0});
}

QList<PartitionOffset> TailPositions::positions() const
{
    QList<PartitionOffset> result;
    for (const TailPartition &p : m_partitions)
        if (p.next >= 0)
            result.append({p.tp, p.next});
    return result;
}

qint64 TailPositions::behind() const
{
    qint64 total = -1;
    for (const TailPartition &p : m_partitions)
        if (const qint64 b = p.behind(); b >= 0)
            total = std::max<qint64>(total, 0) + b;
    return total;
}

} // namespace Gregor
