// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailrecordsmodel.h"

#include "core/records/valuepreview.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor {

static const QString noneText = u"—"_s;
// Rows matched between two looks at the clock: a look is cheap, a huge value is not.
static constexpr qint64 rowsPerClockCheck = 32;

TailRecordsModel::TailRecordsModel(qsizetype capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ring(capacity)
{
    m_applyTimer.setSingleShot(true);
    connect(&m_applyTimer, &QTimer::timeout, this, &TailRecordsModel::apply);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &TailRecordsModel::scanSlice);
}

TailRecordsModel::~TailRecordsModel() = default;

void TailRecordsModel::setCapabilities(Capabilities capabilities)
{
    if (m_capabilities == capabilities)
        return;
    m_capabilities = capabilities;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TimestampColumn), index(rowCount() - 1, TimestampColumn));
}

// Announces the shown rows among the `ringRows` oldest as removed, around evict(), which
// drops them from the ring.
template<typename Evict>
void TailRecordsModel::removeFront(qsizetype ringRows, Evict evict)
{
    const qint64 newFirstSeq = m_ring.firstSeq() + ringRows;
    const qsizetype shownGone =
        m_matcher ? std::lower_bound(m_shown.begin(), m_shown.end(), newFirstSeq) - m_shown.begin()
                  : ringRows;
    if (shownGone > 0)
        beginRemoveRows({}, 0, int(shownGone - 1));
    evict();
    if (m_matcher) {
        m_shown.erase(m_shown.begin(), m_shown.begin() + shownGone);
        m_scanNext = qMax(m_scanNext, m_ring.firstSeq());
    }
    if (shownGone > 0)
        endRemoveRows();
}

qsizetype TailRecordsModel::setCapacity(qsizetype capacity)
{
    const qsizetype evicted = m_ring.evictionForCapacity(capacity);
    removeFront(evicted, [&] { m_ring.setCapacity(capacity); });
    if (evicted > 0)
        Q_EMIT countsChanged();
    return evicted;
}

void TailRecordsModel::enqueue(const QList<Record> &records)
{
    if (records.isEmpty())
        return;
    if (m_pending.isEmpty())
        m_pending = records;
    else
        m_pending.append(records);
    if (m_applyTimer.isActive())
        return;
    // The first records after a quiet spell show at once; a steady stream is applied at most
    // every MinApplyIntervalMs, so a fast topic costs a view repaint 25 times a second instead
    // of once per answer.
    const qint64 since = m_lastApply.isValid() ? m_lastApply.elapsed() : MinApplyIntervalMs;
    m_applyTimer.start(int(std::clamp<qint64>(MinApplyIntervalMs - since, 0, MinApplyIntervalMs)));
}

void TailRecordsModel::flushNow()
{
    apply();
}

void TailRecordsModel::apply()
{
    m_applyTimer.stop();
    if (m_pending.isEmpty())
        return;
    m_lastApply.start();
    const QList<Record> batch = std::exchange(m_pending, {});
    const qsizetype evicted = m_ring.evictionFor(batch.size());
    removeFront(evicted, [&] { m_ring.evictFor(batch.size()); });
    const qsizetype appended = qMin(batch.size(), m_ring.capacity());
    if (!m_matcher) {
        const int first = int(m_ring.size());
        beginInsertRows({}, first, first + int(appended) - 1);
        m_ring.append(batch);
        endInsertRows();
    } else {
        m_ring.append(batch);
        // Records of an oversized batch that the ring skipped were never there to match.
        m_scanNext = qMax(m_scanNext, m_ring.firstSeq());
        // While a re-filter scans, it reaches these rows in turn; matching them here would put
        // them before older rows the scan has yet to insert.
        if (!m_scanning)
            matchNewRows(-1);
    }
    Q_EMIT applied(appended, evicted);
    Q_EMIT countsChanged();
}

void TailRecordsModel::clear()
{
    m_applyTimer.stop();
    beginResetModel();
    m_pending.clear();
    m_ring.clear();
    m_shown.clear();
    m_scanNext = m_ring.endSeq();
    endResetModel();
    stopScan();
    Q_EMIT countsChanged();
}

void TailRecordsModel::setMatcher(std::optional<RecordMatcher> matcher)
{
    const bool wasScanning = m_scanning;
    m_sliceTimer.stop();
    beginResetModel();
    m_matcher = std::move(matcher);
    m_shown.clear();
    m_scanNext = m_ring.firstSeq();
    m_scanned = 0;
    m_scanning = m_matcher.has_value();
    endResetModel();
    if (wasScanning && !m_scanning)
        Q_EMIT filterFinished();
    Q_EMIT countsChanged();
    if (m_scanning)
        scanSlice();
}

void TailRecordsModel::stopScan()
{
    m_sliceTimer.stop();
    if (!m_scanning)
        return;
    m_scanning = false;
    Q_EMIT filterFinished();
}

qsizetype TailRecordsModel::matchNewRows(qint64 budgetNs)
{
    Q_ASSERT(m_matcher);
    QElapsedTimer clock;
    clock.start();
    const qint64 first = m_ring.firstSeq();
    const qint64 end = m_ring.endSeq();
    std::vector<qint64> found;
    qint64 seq = m_scanNext;
    while (seq < end) {
        const qint64 stop = budgetNs < 0 ? end : qMin(end, seq + rowsPerClockCheck);
        for (; seq < stop; ++seq) {
            const auto [rows, local] = m_ring.locate(seq - first);
            if (m_matcher->matches(*rows, local))
                found.push_back(seq);
        }
        if (budgetNs >= 0 && clock.nsecsElapsed() >= budgetNs)
            break;
    }
    const qsizetype scanned = seq - m_scanNext;
    m_scanNext = seq;
    if (!found.empty()) {
        const int firstRow = int(m_shown.size());
        beginInsertRows({}, firstRow, firstRow + int(found.size()) - 1);
        m_shown.insert(m_shown.end(), found.begin(), found.end());
        endInsertRows();
    }
    return scanned;
}

void TailRecordsModel::scanSlice()
{
    if (!m_scanning)
        return;
    m_scanned += matchNewRows(qint64(filterSliceMs) * 1'000'000);
    const qint64 remaining = m_ring.endSeq() - m_scanNext;
    Q_EMIT filterProgress(m_scanned, m_scanned + remaining);
    Q_EMIT countsChanged();
    if (remaining > 0)
        m_sliceTimer.start();
    else
        stopScan();
}

void TailRecordsModel::setHighlightRules(QList<HighlightRule> rules)
{
    m_rules = std::move(rules);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {HighlightRole, Qt::ToolTipRole});
}

int TailRecordsModel::highlightRuleFor(qsizetype ringRow) const
{
    const auto [rows, local] = m_ring.locate(ringRow);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).matcher.matches(*rows, local))
            return int(i);
    }
    return -1;
}

qint64 TailRecordsModel::seqOf(int modelRow) const
{
    Q_ASSERT(modelRow >= 0 && modelRow < rowCount());
    return m_matcher ? m_shown[size_t(modelRow)] : m_ring.firstSeq() + modelRow;
}

qsizetype TailRecordsModel::ringRow(int modelRow) const
{
    return qsizetype(seqOf(modelRow) - m_ring.firstSeq());
}

int TailRecordsModel::modelRow(qint64 seq) const
{
    if (seq < m_ring.firstSeq() || seq >= m_ring.endSeq())
        return -1;
    if (!m_matcher)
        return int(seq - m_ring.firstSeq());
    const auto it = std::lower_bound(m_shown.begin(), m_shown.end(), seq);
    return it != m_shown.end() && *it == seq ? int(it - m_shown.begin()) : -1;
}

Record TailRecordsModel::record(int modelRow) const
{
    if (modelRow < 0 || modelRow >= rowCount())
        return {};
    return m_ring.record(ringRow(modelRow));
}

int TailRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shownCount());
}

int TailRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TailRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype row = ringRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == TopicColumn || index.column() == KeyColumn || index.column() == ValueColumn)
            return {};
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case RowRole:
        return QVariant::fromValue(row);
    case SeqRole:
        return m_ring.firstSeq() + row;
    case TopicRole:
        return m_ring.topic(row);
    case HasKeyRole:
        return m_ring.hasKey(row);
    case HasValueRole:
        return m_ring.hasValue(row);
    case HighlightRole:
        return highlightRuleFor(row);
    default:
        return {};
    }
}

QVariant TailRecordsModel::display(qsizetype row, int column) const
{
    switch (column) {
    case TopicColumn:
        return m_ring.topic(row);
    case PartitionColumn:
        return m_ring.partition(row);
    case OffsetColumn:
        return m_ring.offset(row);
    case TimestampColumn: {
        const auto ts = m_ring.timestampMs(row);
        if (!ts || !m_capabilities.testFlag(Capability::RecordTimestamps))
            return noneText;
        return QDateTime::fromMSecsSinceEpoch(*ts).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    }
    case KeyColumn:
        return valuePreview(m_ring.key(row), !m_ring.hasKey(row), previewChars);
    case ValueColumn:
        return valuePreview(m_ring.value(row), !m_ring.hasValue(row), previewChars);
    case SizeColumn:
        return qint64(m_ring.recordBytes(row));
    }
    return {};
}

QVariant TailRecordsModel::toolTip(qsizetype row, int column) const
{
    switch (column) {
    case TimestampColumn: {
        if (!m_capabilities.testFlag(Capability::RecordTimestamps))
            return tr("This connection's records carry no timestamps.");
        const auto ts = m_ring.timestampMs(row);
        if (!ts)
            return tr("No timestamp");
        return u"%1 (%2 ms)"_s
            .arg(QDateTime::fromMSecsSinceEpoch(*ts, QTimeZone::UTC).toString(Qt::ISODateWithMs))
            .arg(*ts);
    }
    case KeyColumn:
        return valuePreview(m_ring.key(row), !m_ring.hasKey(row), 1000);
    case ValueColumn:
        return valuePreview(m_ring.value(row), !m_ring.hasValue(row), 1000);
    case SizeColumn:
        return tr("%1 bytes: key %2, value %3")
            .arg(m_ring.recordBytes(row))
            .arg(m_ring.key(row).size())
            .arg(m_ring.value(row).size());
    default: {
        const int rule = highlightRuleFor(row);
        return rule >= 0 ? QVariant(m_rules.at(rule).label) : QVariant();
    }
    }
}

QVariant TailRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TopicColumn:
            return tr("Topic");
        case PartitionColumn:
            return tr("Partition");
        case OffsetColumn:
            return tr("Offset");
        case TimestampColumn:
            return tr("Timestamp");
        case KeyColumn:
            return tr("Key");
        case ValueColumn:
            return tr("Value");
        case SizeColumn:
            return tr("Size");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == TimestampColumn && !m_capabilities.testFlag(Capability::RecordTimestamps))
            return tr("This connection's records carry no timestamps.");
        if (section == SizeColumn)
            return tr("Bytes of key, value and headers");
    }
    return {};
}

} // namespace Gregor
