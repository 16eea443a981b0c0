// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsmodel.h"

#include "valuepreview.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Gregor {

static const QString noneText = u"—"_s;

RecordsModel::RecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connectSorter();
}

RecordsModel::~RecordsModel() = default;

void RecordsModel::connectSorter()
{
    connect(&m_sorter, &RecordSorter::progress, this, &RecordsModel::sortProgress);
    connect(&m_sorter, &RecordSorter::finished, this,
            [this](const SortResult &result) { applySorted(result); });
    connect(&m_sorter, &RecordSorter::cancelled, this, &RecordsModel::sortCancelled);
}

void RecordsModel::setCapabilities(Capabilities capabilities)
{
    if (m_capabilities == capabilities)
        return;
    m_capabilities = capabilities;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, TimestampColumn), index(rowCount() - 1, TimestampColumn));
        Q_EMIT dataChanged(index(0, HeadersColumn), index(rowCount() - 1, HeadersColumn));
    }
}

void RecordsModel::appendRecords(const QList<Record> &records)
{
    if (records.isEmpty())
        return;
    const qsizetype first = m_store.size();
    beginInsertRows({}, int(first), int(first + records.size() - 1));
    m_store.append(records);
    if (m_sortColumn >= 0) {
        for (qsizetype row = first; row < m_store.size(); ++row)
            m_order.push_back(quint32(row));
    }
    endInsertRows();
    if (m_sortColumn >= 0) {
        // Merge the new rows into the sorted order: O(n + k log k) per batch.
        std::vector<quint32> order = m_order;
        const auto mid = order.begin() + first;
        const auto less = [this](quint32 a, quint32 b) { return lessThan(a, b); };
        std::sort(mid, order.end(), less);
        std::inplace_merge(order.begin(), mid, order.end(), less);
        applyPermutation(std::move(order));
    }
    Q_EMIT recordCountChanged(m_store.size());
}

void RecordsModel::clear()
{
    cancelSort();
    beginResetModel();
    m_store.clear();
    m_order.clear();
    endResetModel();
    Q_EMIT recordCountChanged(0);
}

qsizetype RecordsModel::storeRow(int modelRow) const
{
    return m_sortColumn < 0 ? qsizetype(modelRow) : qsizetype(m_order[size_t(modelRow)]);
}

int RecordsModel::modelRow(qsizetype storeRow) const
{
    if (storeRow < 0 || storeRow >= m_store.size())
        return -1;
    if (m_sortColumn < 0)
        return int(storeRow);
    const auto it = std::find(m_order.begin(), m_order.end(), quint32(storeRow));
    return int(it - m_order.begin());
}

QList<qsizetype> RecordsModel::storeRows(const QModelIndexList &indexes) const
{
    QList<int> rows;
    rows.reserve(indexes.size());
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qsizetype> result;
    result.reserve(rows.size());
    for (int row : std::as_const(rows))
        result.append(storeRow(row));
    return result;
}

Record RecordsModel::record(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_store.record(storeRow(index.row()));
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype row = storeRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == KeyColumn || index.column() == ValueColumn)
            return {};
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case RowRole:
        return QVariant::fromValue(row);
    case SortRole:
        return sortValue(row, index.column());
    case TopicRole:
        return m_store.topic(row);
    case HasKeyRole:
        return m_store.hasKey(row);
    case HasValueRole:
        return m_store.hasValue(row);
    default:
        return {};
    }
}

QVariant RecordsModel::display(qsizetype row, int column) const
{
    switch (column) {
    case PartitionColumn:
        return m_store.partition(row);
    case OffsetColumn:
        return m_store.offset(row);
    case TimestampColumn: {
        const auto ts = m_store.timestampMs(row);
        if (!ts || !m_capabilities.testFlag(Capability::RecordTimestamps))
            return noneText;
        return QDateTime::fromMSecsSinceEpoch(*ts).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    }
    case KeyColumn:
        return valuePreview(m_store.key(row), !m_store.hasKey(row), previewChars);
    case ValueColumn:
        return valuePreview(m_store.value(row), !m_store.hasValue(row), previewChars);
    case SizeColumn:
        return qint64(m_store.recordBytes(row));
    case HeadersColumn:
        if (!m_capabilities.testFlag(Capability::RecordHeaders))
            return noneText;
        return m_store.headerCount(row);
    }
    return {};
}

QVariant RecordsModel::toolTip(qsizetype row, int column) const
{
    switch (column) {
    case TimestampColumn: {
        const auto ts = m_store.timestampMs(row);
        if (!m_capabilities.testFlag(Capability::RecordTimestamps))
            return tr("This connection's records carry no timestamps.");
        if (!ts)
            return tr("No timestamp");
        return u"%1 (%2 ms)"_s
            .arg(QDateTime::fromMSecsSinceEpoch(*ts, QTimeZone::UTC).toString(Qt::ISODateWithMs))
            .arg(*ts);
    }
    case KeyColumn:
        return valuePreview(m_store.key(row), !m_store.hasKey(row), 1000);
    case ValueColumn:
        return valuePreview(m_store.value(row), !m_store.hasValue(row), 1000);
    case SizeColumn:
        return tr("%1 bytes: key %2, value %3")
            .arg(m_store.recordBytes(row))
            .arg(m_store.key(row).size())
            .arg(m_store.value(row).size());
    case HeadersColumn: {
        if (!m_capabilities.testFlag(Capability::RecordHeaders))
            return tr("This connection's records carry no headers.");
        QStringList lines;
        const QList<RecordHeader> headers = m_store.headers(row);
        for (const RecordHeader &h : headers.first(qMin<qsizetype>(headers.size(), 20)))
            lines.append(h.key + u": "_s + valuePreview(h.value, h.value.isNull(), 100));
        if (headers.size() > 20)
            lines.append(u"…"_s);
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant RecordsModel::sortValue(qsizetype row, int column) const
{
    switch (column) {
    case PartitionColumn:
        return m_store.partition(row);
    case OffsetColumn:
        return m_store.offset(row);
    case TimestampColumn: {
        const auto ts = m_store.timestampMs(row);
        return ts ? QVariant(*ts) : QVariant();
    }
    case KeyColumn:
        return m_store.hasKey(row) ? QVariant(m_store.key(row).toByteArray()) : QVariant();
    case ValueColumn:
        return m_store.hasValue(row) ? QVariant(m_store.value(row).toByteArray()) : QVariant();
    case SizeColumn:
        return qint64(m_store.recordBytes(row));
    case HeadersColumn:
        return m_store.headerCount(row);
    }
    return {};
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
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
        case HeadersColumn:
            return tr("Headers");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == TimestampColumn && !m_capabilities.testFlag(Capability::RecordTimestamps))
            return tr("This connection's records carry no timestamps.");
        if (section == HeadersColumn && !m_capabilities.testFlag(Capability::RecordHeaders))
            return tr("This connection's records carry no headers.");
        if (section == SizeColumn)
            return tr("Bytes of key, value and headers");
    }
    return {};
}

bool RecordsModel::lessThan(qsizetype a, qsizetype b) const
{
    return recordRowLess(m_store, m_sortColumn, m_sortOrder, a, b);
}

void RecordsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        cancelSort();
        resetSort();
        return;
    }
    if (m_store.size() > SyncSortRows) {
        m_sorter.start(m_store.snapshot(), column, order);
        Q_EMIT sortStarted(column, order);
        return;
    }
    m_sorter.cancel();
    std::vector<quint32> rows(size_t(m_store.size()));
    std::iota(rows.begin(), rows.end(), 0u);
    std::sort(rows.begin(), rows.end(), [this, column, order](quint32 a, quint32 b) {
        return recordRowLess(m_store, column, order, a, b);
    });
    applySorted(SortResult{column, order, std::move(rows), 0});
}

void RecordsModel::applySorted(SortResult result)
{
    std::vector<quint32> &rows = result.rows;
    const qsizetype sorted = qsizetype(rows.size());
    if (sorted < m_store.size()) {
        // Rows that arrived while the worker sorted: few, so merged in here.
        for (qsizetype row = sorted; row < m_store.size(); ++row)
            rows.push_back(quint32(row));
        const auto less = [this, &result](quint32 a, quint32 b) {
            return recordRowLess(m_store, result.column, result.order, a, b);
        };
        const auto mid = rows.begin() + sorted;
        std::sort(mid, rows.end(), less);
        std::inplace_merge(rows.begin(), mid, rows.end(), less);
    }
    if (m_sortColumn < 0) {
        // data() runs during layoutAboutToBeChanged: it must still see the old (arrival) order.
        m_order.resize(size_t(m_store.size()));
        std::iota(m_order.begin(), m_order.end(), 0u);
    }
    m_sortColumn = result.column;
    m_sortOrder = result.order;
    applyPermutation(std::move(rows));
    Q_EMIT sortFinished(result.column, result.order, result.elapsedMs);
}

void RecordsModel::cancelSort()
{
    if (m_sorter.isRunning())
        m_sorter.cancel();
}

void RecordsModel::resetSort()
{
    if (m_sortColumn < 0)
        return;
    std::vector<quint32> identity(size_t(m_store.size()));
    std::iota(identity.begin(), identity.end(), 0u);
    applyPermutation(std::move(identity));
    m_sortColumn = -1;
    m_order.clear();
}

void RecordsModel::applyPermutation(std::vector<quint32> order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    if (!before.isEmpty()) {
        std::vector<quint32> inverse(order.size()); // store row -> new model row
        for (size_t i = 0; i < order.size(); ++i)
            inverse[order[i]] = quint32(i);
        for (const QModelIndex &index : before) {
            // m_order still holds the old permutation here.
            const quint32 store = quint32(storeRow(index.row()));
            after.append(this->index(int(inverse[store]), index.column()));
        }
    }
    m_order = std::move(order);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Gregor
