// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "composedrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Gregor {

// One record the composer sent, as sent (variables expanded), with where it landed.
struct HistoryEntry
{
    qint64 sentAtMs = 0;
    ComposedRecord record; // expanded: sending it again sends the same bytes
    int partition = -1;
    qint64 offset = -1;
    std::optional<qint64> timestampMs;
    bool valueOmitted = false; // over MaxKeptValueBytes: listed, not re-sendable as it was
    QJsonObject toJson() const;
    static std::optional<HistoryEntry> fromJson(const QJsonObject &object);
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// The last 1,000 records sent from one connection's composer, newest first, kept in a JSON
// Lines file (appended to per send, rewritten when it grows to twice the limit). A table model
// with rows inserted at the top and dropped at the bottom, never reset.
class ComposerHistory : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SentAt,
        Topic,
        Partition,
        Offset,
        Key,
        Value,
        ColumnCount
    };
    static constexpr qsizetype Limit = 1000;
    static constexpr qsizetype MaxKeptValueBytes = 64 * 1024;

    explicit ComposerHistory(QString path, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const HistoryEntry &entry(int row) const { return m_entries.at(row); }
    qsizetype size() const { return m_entries.size(); }
    void add(HistoryEntry entry);
    void clear();
    QString lastError() const { return m_error; }

private:
    void load();
    void rewrite();

    QString m_path;
    QList<HistoryEntry> m_entries; // newest first
    qsizetype m_linesInFile = 0;
    QString m_error;
};

} // namespace Gregor
