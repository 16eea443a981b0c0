// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/produce.h"

#include <QList>
#include <QString>

#include <expected>
#include <memory>

class QTemporaryFile;

namespace Gregor {

// A record that did not land (or may have), by its line in the file (0 for selected records).
struct BulkFailure
{
    qint64 line = 0;
    QString sentence;
    bool outcomeUnknown = false;
};

// The records of a bulk run that failed or whose outcome is unknown: every one in a temporary
// JSON Lines file (the envelope Export writes, so it can be produced again), the first
// MaxListed with their line and reason for the dialog.
class BulkFailureLog
{
public:
    static constexpr qsizetype MaxListed = 1000;
    BulkFailureLog();
    ~BulkFailureLog();

    std::expected<void, QString> reset(); // a new run: empty again
    void add(const ProduceRecord &record, qint64 line, const QString &sentence, bool unknown);
    void flush();
    const QList<BulkFailure> &listed() const { return m_listed; }
    std::expected<void, QString> save(const QString &path) const;

private:
    std::unique_ptr<QTemporaryFile> m_file;
    QList<BulkFailure> m_listed;
};

} // namespace Gregor
