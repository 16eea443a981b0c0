#include "partitionlog.h"

#include <algorithm>
#include <limits>

namespace Gregor::Sandbox {

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
    return true;
}

RecordView PartitionLog::at(qint64 offset) const
{
    const Entry &entry = m_index[size_t(offset)];
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
    auto it = std::ranges::lower_bound(m_index, ms, {}, &Entry::maxTimestampSoFar);
    return it == m_index.end() ? -1 : qint64(it - m_index.begin());
}

} // namespace Gregor::Sandbox
