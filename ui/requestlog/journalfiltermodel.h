// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSortFilterProxyModel>

namespace Gregor {

class Journal;

// Filters the request log by text (method, URL, status, error) and by status class.
class JournalFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusClass
    {
        All,
        Success,     // 2xx
        ClientError, // 4xx
        ServerError, // 5xx
        Failed,      // no HTTP answer (network, timeout, cancelled)
        InFlight,
    };
    Q_ENUM(StatusClass)

    explicit JournalFilterModel(const Journal *journal, QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatusClass(StatusClass statusClass);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const Journal *m_journal;
    QString m_text;
    StatusClass m_statusClass = StatusClass::All;
};

} // namespace Gregor
