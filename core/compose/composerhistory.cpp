// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerhistory.h"

#include "composerstorage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Gregor {

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject o{{u"sentAt"_s, sentAtMs},
                  {u"record"_s, record.toJson()},
                  {u"partition"_s, partition},
                  {u"offset"_s, offset}};
    if (timestampMs)
        o.insert(u"timestamp"_s, *timestampMs);
    if (valueOmitted)
        o.insert(u"valueOmitted"_s, true);
    return o;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &o)
{
    if (!o.value("record"_L1).isObject())
        return std::nullopt;
    HistoryEntry e;
    e.sentAtMs = qint64(o.value("sentAt"_L1).toDouble());
    e.record = ComposedRecord::fromJson(o.value("record"_L1).toObject());
    e.partition = o.value("partition"_L1).toInt(-1);
    e.offset = qint64(o.value("offset"_L1).toDouble(-1));
    if (o.value("timestamp"_L1).isDouble())
        e.timestampMs = qint64(o.value("timestamp"_L1).toDouble());
    e.valueOmitted = o.value("valueOmitted"_L1).toBool();
    return e;
}

ComposerHistory::ComposerHistory(QString path, QObject *parent)
    : QAbstractTableModel(parent)
    , m_path(std::move(path))
{
    load();
}

void ComposerHistory::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QList<HistoryEntry> oldestFirst;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++m_linesInFile;
        // A line cut by a crash mid-append is skipped; the rest of the history stays.
        if (auto entry = HistoryEntry::fromJson(QJsonDocument::fromJson(line).object()))
            oldestFirst.append(std::move(*entry));
    }
    if (oldestFirst.size() > Limit)
        oldestFirst.remove(0, oldestFirst.size() - Limit);
    m_entries.reserve(oldestFirst.size());
    for (auto it = oldestFirst.rbegin(); it != oldestFirst.rend(); ++it)
        m_entries.append(std::move(*it));
}

void ComposerHistory::rewrite()
{
    QByteArray bytes;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
        bytes += QJsonDocument(it->toJson()).toJson(QJsonDocument::Compact) + '\n';
    const auto written = writeFileSafely(m_path, bytes);
    m_error = written ? QString() : written.error();
    m_linesInFile = m_entries.size();
}

void ComposerHistory::add(HistoryEntry entry)
{
    if (entry.record.value.size() > MaxKeptValueBytes) {
        entry.record.value.clear();
        entry.valueOmitted = true;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > Limit) {
        beginRemoveRows({}, int(Limit), int(m_entries.size() - 1));
        m_entries.resize(Limit);
        endRemoveRows();
    }
    if (m_linesInFile >= 2 * Limit)
        return rewrite();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Appending one line: a crash can cut only this line, which load() then skips.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error =
            tr("Cannot write the history %1: %2.").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return;
    }
    file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
    ++m_linesInFile;
}

void ComposerHistory::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size() - 1));
    m_entries.clear();
    endRemoveRows();
    rewrite();
}

int ComposerHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ComposerHistory::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString oneLine(const QString &text)
{
    QString line = text.left(200);
    line.replace(u'\n', u' ');
    return line;
}

QVariant ComposerHistory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == SentAt)
        return QDateTime::fromMSecsSinceEpoch(e.sentAtMs).toString(Qt::ISODateWithMs);
    if (role == Qt::ToolTipRole && index.column() == Value)
        return e.valueOmitted ? tr("The value was larger than 64 KiB and was not kept.")
                              : e.record.value.left(2000);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SentAt: {
        // Today's sends by their time; older ones with the date.
        const QDateTime sent = QDateTime::fromMSecsSinceEpoch(e.sentAtMs);
        return sent.date() == QDate::currentDate() ? sent.toString(u"HH:mm:ss"_s)
                                                   : sent.toString(u"yyyy-MM-dd HH:mm"_s);
    }
    case Topic:
        return e.record.topic;
    case Partition:
        return e.partition;
    case Offset:
        return e.offset;
    case Key:
        return e.record.keyEncoding == FieldEncoding::None ? tr("(no key)") : oneLine(e.record.key);
    case Value:
        if (e.valueOmitted)
            return tr("(not kept: over 64 KiB)");
        return e.record.valueEncoding == FieldEncoding::None ? tr("(tombstone)") : oneLine(e.record.value);
    }
    return {};
}

QVariant ComposerHistory::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SentAt:
        return tr("Sent");
    case Topic:
        return tr("Topic");
    case Partition:
        return tr("Partition");
    case Offset:
        return tr("Offset");
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    }
    return {};
}

} // namespace Gregor
