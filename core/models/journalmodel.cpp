// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalmodel.h"

#include "core/http/journal.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gregor {

JournalModel::JournalModel(Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    if (!journal)
        return;
    connect(journal, &Journal::aboutToAppend, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(journal, &Journal::appended, this, [this](int) { endInsertRows(); });
    connect(journal, &Journal::aboutToRemoveFront, this,
            [this](int count) { beginRemoveRows({}, 0, count - 1); });
    connect(journal, &Journal::removedFront, this, [this](int) { endRemoveRows(); });
    connect(journal, &Journal::updated, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(journal, &Journal::aboutToClear, this, [this] { beginResetModel(); });
    connect(journal, &Journal::cleared, this, [this] { endResetModel(); });
    connect(journal, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

const JournalEntry *JournalModel::entry(const QModelIndex &index) const
{
    if (!m_journal || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_journal->at(index.row());
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_journal ? 0 : m_journal->size();
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

static QString pathOf(const JournalEntry &entry)
{
    QString path = entry.url.path(QUrl::FullyEncoded);
    if (entry.url.hasQuery())
        path += u'?' + entry.url.query(QUrl::FullyEncoded);
    return path;
}

static QVariant displayData(const JournalEntry &entry, int column)
{
    switch (column) {
    case JournalModel::TimeColumn:
        return entry.started.toString(u"HH:mm:ss.zzz"_s);
    case JournalModel::MethodColumn:
        return QString::fromLatin1(entry.method);
    case JournalModel::PathColumn:
        return pathOf(entry);
    case JournalModel::StatusColumn:
        if (entry.inFlight())
            return u"…"_s;
        return entry.status > 0 ? QString::number(entry.status)
                                : QCoreApplication::translate("Gregor::JournalModel", "failed");
    case JournalModel::DurationColumn:
        return entry.inFlight()
                   ? QString()
                   : QCoreApplication::translate("Gregor::JournalModel", "%1 ms").arg(entry.durationMs);
    case JournalModel::BytesColumn:
        return u"%1 / %2"_s.arg(formatBytes(entry.requestBytes), formatBytes(entry.responseBytes));
    }
    return {};
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    const JournalEntry *e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*e, index.column());
    case Qt::ToolTipRole:
        return e->error.isEmpty() ? e->url.toString() : e->error;
    case Qt::TextAlignmentRole:
        return index.column() >= StatusColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return QVariant::fromValue(e->id);
    case InFlightRole:
        return e->inFlight();
    case FailedRole:
        return !e->inFlight() && (!e->error.isEmpty() || e->status < 200 || e->status >= 300);
    case ErrorTextRole:
        return e->error;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case BytesColumn:
        return tr("Sent / received");
    }
    return {};
}

QHash<int, QByteArray> JournalModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "journalId");
    names.insert(InFlightRole, "inFlight");
    names.insert(FailedRole, "failed");
    names.insert(ErrorTextRole, "errorText");
    return names;
}

} // namespace Gregor
