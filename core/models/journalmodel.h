// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QAbstractTableModel>
#include <QPointer>

namespace Gregor {

class Journal;
struct JournalEntry;

// The request log as a table: one row per exchange, oldest first. Follows the journal
// incrementally (rows appended, dropped from the front, updated when an answer arrives) and
// resets only when the journal is cleared, so selection and scroll position survive.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        BytesColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // quint64 correlation id (for curl and the detail pane)
        InFlightRole,              // bool
        FailedRole,                // bool: an error or a non-2xx status
        ErrorTextRole,             // QString
    };

    explicit JournalModel(Journal *journal, QObject *parent = nullptr);

    Journal *journal() const { return m_journal.data(); }
    const JournalEntry *entry(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QPointer<Journal> m_journal;
};

// "1.2 KiB" style sizes for the log.
QString formatBytes(qint64 bytes);

} // namespace Gregor
