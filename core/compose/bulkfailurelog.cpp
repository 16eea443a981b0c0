// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkfailurelog.h"

#include "core/records/recordjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Gregor {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Gregor::BulkFailureLog", text);
}

BulkFailureLog::BulkFailureLog() = default;
BulkFailureLog::~BulkFailureLog() = default;

std::expected<void, QString> BulkFailureLog::reset()
{
    m_listed.clear();
    m_file = std::make_unique<QTemporaryFile>();
    if (!m_file->open())
        return std::unexpected(tr("Cannot create a temporary file for the failed records."));
    return {};
}

void BulkFailureLog::add(const ProduceRecord &r, qint64 line, const QString &sentence, bool unknown)
{
    if (m_listed.size() < MaxListed)
        m_listed.append({line, sentence, unknown});
    if (!m_file)
        return;
    // Partition -1 when none was chosen: a reader keeping partitions takes it as "none".
    const Record record{r.topic, r.partition.value_or(-1), -1, r.timestampMs, r.key, r.value, r.headers};
    m_file->write(recordToJsonLine(record) + '\n');
}

void BulkFailureLog::flush()
{
    if (m_file)
        m_file->flush();
}

std::expected<void, QString> BulkFailureLog::save(const QString &path) const
{
    if (!m_file)
        return std::unexpected(tr("There are no failed records to save."));
    m_file->flush();
    QFile in(m_file->fileName());
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Cannot read the failed records back: %1.").arg(in.errorString()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return std::unexpected(tr("Cannot write %1: %2.").arg(path, out.errorString()));
    while (!in.atEnd()) {
        const QByteArray block = in.read(1 << 20);
        if (out.write(block) != block.size())
            return std::unexpected(tr("Cannot write %1: %2.").arg(path, out.errorString()));
    }
    if (!out.commit())
        return std::unexpected(tr("Cannot write %1: %2.").arg(path, out.errorString()));
    return {};
}

} // namespace Gregor
