// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partitionlog.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Gregor::Sandbox {

void PartitionLog::setRetention(Retention retention)
{
    m_retention = retention;
    applyRetention();
}

bool PartitionLog::appendEncoded(QByteArrayView encoded)
{
    auto layout = RecordCodec::decode(encoded);
    if (!layout)
        return false;
    if (m_arena.capacity() - m_arena.size() < encoded.size())
        m_arena.reserve(qMax<qsizetype>(m_arena.size() * 2, m_arena.size() + encoded.size() + 4096));
    const qint64 position = m_arena.size();
    m_arena.append(encoded);
    const qint64 previousMax =
        m_index.empty() ? std::numeric_limits<qint64>::min() : m_index.back().maxTimestampSoFar;
    m_index.push_back(
        Entry{position, qMax(previousMax, layout->timestampMs), *layout, qint32(encoded.size())});
    applyRetention();
    return true;
}

void PartitionLog::applyRetention()
{
    if (m_retention.unlimited())
        return;
    // The newest record always stays, as in Kafka, where the active segment is never deleted.
    const qint64 oldestKept = m_retention.maxAgeMs > 0
                                  ? QDateTime::currentMSecsSinceEpoch() - m_retention.maxAgeMs
                                  : std::numeric_limits<qint64>::min();
    while (m_index.size() - m_first > 1 &&
           ((m_retention.maxRecords > 0 && qint64(m_index.size() - m_first) > m_retention.maxRecords) ||
            (m_retention.maxBytes > 0 && arenaBytes() > m_retention.maxBytes) ||
            m_index[m_first].layout.timestampMs < oldestKept)) {
        m_arenaFirst += m_index[m_first].size;
        ++m_first;
        ++m_startOffset;
    }
    compact();
}

void PartitionLog::compact()
{
    if (m_first < 4096 || m_first < m_index.size() / 2)
        return;
    const qint64 shift = m_arenaFirst;
    m_arena.remove(0, m_arenaFirst);
    m_arenaFirst = 0;
    m_index.erase(m_index.begin(), m_index.begin() + qsizetype(m_first));
    m_first = 0;
    for (Entry &entry : m_index)
        entry.position -= shift;
}

RecordView PartitionLog::at(qint64 offset) const
{
    const Entry &entry = m_index[m_first + size_t(offset - m_startOffset)];
    RecordView view;
    view.offset = offset;
    view.encoded = QByteArrayView(m_arena.constData() + entry.position, entry.size);
    view.layout = entry.layout;
    view.timestampMs = entry.layout.timestampMs;
    view.hasKey = entry.layout.keyLength >= 0;
    view.hasValue = entry.layout.valueLength >= 0;
    if (view.hasKey)
        view.key = view.encoded.sliced(entry.layout.keyAt, entry.layout.keyLength);
    if (view.hasValue)
        view.value = view.encoded.sliced(entry.layout.valueAt, entry.layout.valueLength);
    return view;
}

qint64 PartitionLog::offsetForTime(qint64 ms) const
{
    const auto live = std::ranges::subrange(m_index.begin() + qsizetype(m_first), m_index.end());
    auto it = std::ranges::lower_bound(live, ms, {}, &Entry::maxTimestampSoFar);
    return it == m_index.end() ? -1 : m_startOffset + qint64(it - live.begin());
}

} // namespace Gregor::Sandbox
