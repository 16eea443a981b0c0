// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/capabilities.h"
#include "recordsorter.h"
#include "recordstore.h"

#include <QAbstractTableModel>

#include <vector>

namespace Gregor {

// The records table over a RecordStore. Cells are computed when asked (value previews decoded
// lazily, nothing cached per cell). Sorting keeps a row permutation; rows appended while sorted
// are merged into place (rowsInserted at the end, then one layoutChanged), so a sorted view
// stays sorted while a read streams in. Sorting more than SyncSortRows rows runs off the GUI
// thread (sortStarted, sortProgress, then the new order at once, or sortCancelled).
class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PartitionColumn,
        OffsetColumn,
        TimestampColumn,
        KeyColumn,
        ValueColumn,
        SizeColumn,    // key + value + headers, bytes
        HeadersColumn, // header count
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RowRole = Qt::UserRole + 1, // qsizetype: the store row behind a model row
        SortRole,                   // raw value of the cell: int, qint64, QByteArray (key/value)
        TopicRole,                  // QString
        HasKeyRole,                 // bool: false for a null key
        HasValueRole,               // bool: false for a tombstone
    };
    Q_ENUM(Role)

    // Longest preview in the key and value columns, in characters.
    static constexpr int previewChars = 200;
    // Up to this many rows a sort is quick enough for the GUI thread (well under a frame).
    static constexpr qsizetype SyncSortRows = 20000;

    explicit RecordsModel(QObject *parent = nullptr);
    ~RecordsModel() override;

    // What the dialect can deliver: without RecordTimestamps / RecordHeaders the timestamp and
    // header columns show "—" instead of a misleading value.
    void setCapabilities(Capabilities capabilities);
    Capabilities capabilities() const { return m_capabilities; }

    const RecordStore &store() const { return m_store; }
    qsizetype recordCount() const { return m_store.size(); }

    // One beginInsertRows/endInsertRows per call: call it with whole batches.
    void appendRecords(const QList<Record> &records);
    void clear(); // model reset; sort column and capabilities stay

    qsizetype storeRow(int modelRow) const;
    int modelRow(qsizetype storeRow) const; // -1 when out of range; O(n) while sorted
    QList<qsizetype> storeRows(const QModelIndexList &indexes) const; // unique, in model order
    Record record(const QModelIndex &index) const;

    int sortColumn() const { return m_sortColumn; } // -1: arrival order
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Restores the arrival order (sort(-1) does the same).
    void resetSort();
    bool isSorting() const { return m_sorter.isRunning(); }
    void cancelSort(); // keeps the order shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void recordCountChanged(qsizetype count);
    void sortStarted(int column, Qt::SortOrder order);
    void sortProgress(int percent);
    void sortFinished(int column, Qt::SortOrder order, qint64 elapsedMs);
    void sortCancelled(); // the order shown stays (sortColumn() says which it is)

private:
    bool lessThan(qsizetype a, qsizetype b) const; // by the sort column, ties by store row
    void applySorted(SortResult result);
    void connectSorter();
    void applyPermutation(std::vector<quint32> order);
    QVariant display(qsizetype row, int column) const;
    QVariant toolTip(qsizetype row, int column) const;
    QVariant sortValue(qsizetype row, int column) const;

    RecordStore m_store;
    Capabilities m_capabilities = capabilitiesOf(DialectKind::Upstash);
    std::vector<quint32> m_order; // model row -> store row while sorted; empty: identity
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    RecordSorter m_sorter;
};

} // namespace Gregor
