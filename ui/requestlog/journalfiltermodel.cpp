// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalfiltermodel.h"

#include "core/http/journal.h"

namespace Gregor {

JournalFilterModel::JournalFilterModel(const Journal *journal, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_journal(journal)
{}

void JournalFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void JournalFilterModel::setStatusClass(StatusClass statusClass)
{
    m_statusClass = statusClass;
    invalidateRowsFilter();
}

bool JournalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_journal->size())
        return false;
    const JournalEntry &entry = m_journal->at(sourceRow);
    switch (m_statusClass) {
    case StatusClass::All:
        break;
    case StatusClass::Success:
        if (entry.status < 200 || entry.status >= 300)
            return false;
        break;
    case StatusClass::ClientError:
        if (entry.status < 400 || entry.status >= 500)
            return false;
        break;
    case StatusClass::ServerError:
        if (entry.status < 500)
            return false;
        break;
    case StatusClass::Failed:
        if (entry.inFlight() || entry.status != 0)
            return false;
        break;
    case StatusClass::InFlight:
        if (!entry.inFlight())
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    const auto contains = [this](const QString &haystack) {
        return haystack.contains(m_text, Qt::CaseInsensitive);
    };
    return contains(QString::fromLatin1(entry.method)) || contains(entry.url.toString()) ||
           contains(QString::number(entry.status)) || contains(entry.error);
}

} // namespace Gregor
