// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/capabilities.h"
#include "highlightrule.h"
#include "recordring.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <deque>
#include <optional>

namespace Gregor {

// The live tail's table over a RecordRing it owns. Records arrive through enqueue() and are
// applied at most once per event-loop tick, however many batches came in: one rowsRemoved at
// the front for what the ring evicted, then one rowsInserted at the back.
//
// With a matcher only matching rows are shown, in arrival order (rows are keyed by their ring
// seq). Setting a matcher resets the model and re-filters the buffer in slices of about
// filterSliceMs per tick, oldest rows first; records applied meanwhile join the ring and are
// reached by the scan, so the shown rows stay in seq order without re-sorting.
class TailRecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TopicColumn,
        PartitionColumn,
        OffsetColumn,
        TimestampColumn,
        KeyColumn,
        ValueColumn,
        SizeColumn, // key + value + headers, bytes
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RowRole = Qt::UserRole + 1, // qsizetype: the ring row behind a model row
        SeqRole,                    // qint64: the row's sequence number
        TopicRole,                  // QString
        HasKeyRole,                 // bool: false for a null key
        HasValueRole,               // bool: false for a tombstone
        HighlightRole,              // int: index of the first matching highlight rule, -1 none
    };
    Q_ENUM(Role)

    static constexpr int previewChars = 200;
    static constexpr int filterSliceMs = 6; // well under a 16 ms frame
    static constexpr int MinApplyIntervalMs = 40;

    explicit TailRecordsModel(qsizetype capacity = RecordRing::DefaultCapacity, QObject *parent = nullptr);
    ~TailRecordsModel() override;

    // Without RecordTimestamps the timestamp column shows "—".
    void setCapabilities(Capabilities capabilities);
    Capabilities capabilities() const { return m_capabilities; }

    const RecordRing &ring() const { return m_ring; }
    qsizetype capacity() const { return m_ring.capacity(); }
    // Evicts at once what no longer fits (rowsRemoved at the front) and returns the ring rows
    // evicted.
    qsizetype setCapacity(qsizetype capacity);

    void enqueue(const QList<Record> &records);
    qsizetype pendingCount() const { return m_pending.size(); }
    void flushNow(); // applies what is pending now instead of on the next tick
    // Drops the buffer and what is pending (a model reset); capacity, matcher and rules stay.
    void clear();

    void setMatcher(std::optional<RecordMatcher> matcher);
    const std::optional<RecordMatcher> &matcher() const { return m_matcher; }
    bool hasMatcher() const { return m_matcher.has_value(); }
    // True while a re-filter is still scanning the buffer. The first slice runs inside
    // setMatcher(), so a small buffer is filtered before it returns.
    bool isFiltering() const { return m_scanning; }
    qsizetype shownCount() const { return m_matcher ? qsizetype(m_shown.size()) : m_ring.size(); }
    qsizetype totalCount() const { return m_ring.size(); }

    void setHighlightRules(QList<HighlightRule> rules);
    const QList<HighlightRule> &highlightRules() const { return m_rules; }
    int highlightRuleFor(qsizetype ringRow) const; // -1: no rule matches

    qsizetype ringRow(int modelRow) const;
    qint64 seqOf(int modelRow) const;
    int modelRow(qint64 seq) const; // -1 when the row is not shown (filtered out or evicted)
    Record record(int modelRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void applied(qsizetype appended, qsizetype evicted); // ring rows, shown or not
    void countsChanged();                                // shownCount() or totalCount()
    void filterProgress(qint64 scanned, qint64 total);
    void filterFinished(); // the scan reached the newest row, or stopped (clear(), matcher removed)

private:
    void apply();
    template<typename Evict>
    void removeFront(qsizetype ringRows, Evict evict);
    qsizetype matchNewRows(qint64 budgetNs); // from m_scanNext on; budget < 0: to the end
    void scanSlice();
    void stopScan();
    QVariant display(qsizetype row, int column) const;
    QVariant toolTip(qsizetype row, int column) const;

    RecordRing m_ring;
    QList<Record> m_pending;
    QTimer m_applyTimer;
    QElapsedTimer m_lastApply;
    Capabilities m_capabilities = capabilitiesOf(DialectKind::Upstash);
    QList<HighlightRule> m_rules;

    std::optional<RecordMatcher> m_matcher;
    // Seqs of the shown rows, ascending; a deque because eviction erases at the front.
    std::deque<qint64> m_shown;
    qint64 m_scanNext = 0; // rows below this seq have been matched
    qint64 m_scanned = 0;  // rows matched by the current re-filter, for its progress
    bool m_scanning = false;
    QTimer m_sliceTimer;
};

} // namespace Gregor
