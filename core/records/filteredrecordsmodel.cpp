// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteredrecordsmodel.h"

#include "recordsmodel.h"

namespace Gregor {

FilteredRecordsModel::FilteredRecordsModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(&m_filter, &RecordFilter::progress, this, &FilteredRecordsModel::filterProgress);
    connect(&m_filter, &RecordFilter::finished, this, &FilteredRecordsModel::onFinished);
}

FilteredRecordsModel::~FilteredRecordsModel() = default;

void FilteredRecordsModel::setRecordsModel(RecordsModel *model)
{
    if (m_records)
        disconnect(m_records, nullptr, this, nullptr);
    m_filter.cancel();
    m_pending.reset();
    m_matches.clear();
    m_records = model;
    setSourceModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &FilteredRecordsModel::onSourceReset);
}

void FilteredRecordsModel::setFilter(const RecordMatcher &matcher)
{
    if (!m_records)
        return;
    m_pending = matcher;
    Q_EMIT filterStarted();
    m_filter.start(m_records->store().snapshot(), matcher);
}

void FilteredRecordsModel::clearFilter()
{
    if (m_filter.isRunning())
        cancelFilter();
    if (!m_applied)
        return;
    m_applied.reset();
    m_matches.clear();
    m_matches.shrink_to_fit();
    invalidateRowsFilter();
}

void FilteredRecordsModel::cancelFilter()
{
    if (!m_filter.isRunning())
        return;
    m_pending.reset();
    m_filter.cancel();
    Q_EMIT filterCancelled();
}

const RecordMatcher *FilteredRecordsModel::matcher() const
{
    return m_applied ? &*m_applied : nullptr;
}

void FilteredRecordsModel::onFinished(const FilterResult &result)
{
    if (!m_pending)
        return;
    m_applied = std::move(m_pending);
    m_pending.reset();
    m_matches.assign(size_t(result.scanned), false);
    for (qsizetype row : result.rows)
        m_matches[size_t(row)] = true;
    invalidateRowsFilter();
    Q_EMIT filterFinished(rowCount(), result.elapsedMs);
}

void FilteredRecordsModel::onSourceReset()
{
    // New rows will be matched as they arrive; a run over the old rows is worthless now.
    m_matches.clear();
    if (m_filter.isRunning()) {
        m_filter.cancel();
        m_applied = std::move(m_pending);
        m_pending.reset();
        invalidateRowsFilter();
    }
}

bool FilteredRecordsModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_applied || sourceParent.isValid() || !m_records)
        return true;
    const qsizetype row = m_records->storeRow(sourceRow);
    if (size_t(row) < m_matches.size())
        return m_matches[size_t(row)];
    // Appended after the filter ran: match it now (a tick's worth of rows at a time).
    return m_applied->matches(m_records->store(), row);
}

QList<TextSpan> FilteredRecordsModel::matchSpans(const QModelIndex &index) const
{
    if (!m_applied || !index.isValid() ||
        (index.column() != RecordsModel::KeyColumn && index.column() != RecordsModel::ValueColumn))
        return {};
    return m_applied->matchSpans(index.data(Qt::DisplayRole).toString());
}

qsizetype FilteredRecordsModel::storeRow(const QModelIndex &index) const
{
    if (!m_records || !index.isValid())
        return -1;
    return m_records->storeRow(mapToSource(index).row());
}

QList<qsizetype> FilteredRecordsModel::storeRows() const
{
    QList<qsizetype> rows;
    if (!m_records)
        return rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int r = 0; r < n; ++r)
        rows.append(m_records->storeRow(mapToSource(index(r, 0)).row()));
    return rows;
}

void FilteredRecordsModel::sort(int column, Qt::SortOrder order)
{
    // The records model sorts a million rows by permutation; the proxy follows its layout.
    if (m_records)
        m_records->sort(column, order);
}

} // namespace Gregor
