// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "recordfilter.h"
#include "recordmatcher.h"

#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace Gregor {

class RecordsModel;

// The records table narrowed to a filter's matches, without copying a record: a match bitmap
// over store rows decides filterAcceptsRow(). The filter runs off the GUI thread; until it
// finishes the previous rows stay shown. Rows appended later are matched as they arrive.
// Sorting is forwarded to the RecordsModel (the proxy itself never sorts).
class FilteredRecordsModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FilteredRecordsModel(QObject *parent = nullptr);
    ~FilteredRecordsModel() override;

    void setRecordsModel(RecordsModel *model);
    RecordsModel *recordsModel() const { return m_records; }

    // Starts filtering everything loaded (cancels a run in flight). Without a filter every row shows.
    void setFilter(const RecordMatcher &matcher);
    void clearFilter();  // shows every row again (and cancels a run)
    void cancelFilter(); // keeps what is shown
    bool isFiltering() const { return m_filter.isRunning(); }
    bool hasFilter() const { return m_applied.has_value(); } // a finished filter decides the rows
    const RecordMatcher *matcher() const; // the applied filter, for highlighting; null without

    // Spans to highlight in a cell's DisplayRole text (key and value columns); empty without filter.
    QList<TextSpan> matchSpans(const QModelIndex &index) const;
    qsizetype storeRow(const QModelIndex &index) const;
    QList<qsizetype> storeRows() const; // every shown row, in view order ("export the filtered set")

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void filterStarted();
    void filterProgress(qint64 scanned, qint64 total);
    void filterFinished(qsizetype matches, qint64 elapsedMs);
    void filterCancelled();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void onFinished(const FilterResult &result);
    void onSourceReset();

    RecordsModel *m_records = nullptr;
    RecordFilter m_filter;
    std::optional<RecordMatcher> m_pending; // running
    std::optional<RecordMatcher> m_applied; // deciding the rows
    std::vector<bool> m_matches;            // by store row, for rows [0, m_matches.size())
};

} // namespace Gregor
