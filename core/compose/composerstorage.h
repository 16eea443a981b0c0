// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "composedrecord.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace Gregor {

// Where the composer of one connection keeps its files.
struct ComposerPaths
{
    QString draftFile;    // the autosaved form
    QString historyFile;  // JSON Lines, newest last
    QString templatesDir; // one plain JSON file per template, shared by every connection
    QString seqFile;      // the {{seq}} counters of every template

    // Under the application's data folder; the templates folder can be moved in the settings.
    static ComposerPaths forProfile(const QString &profileId, const QString &templatesDir = {});
    static QString defaultTemplatesDir();
};

// Writes a file through QSaveFile (the old file stays whole when anything fails), creating its
// folder. Error: one sentence.
std::expected<void, QString> writeFileSafely(const QString &path, const QByteArray &bytes);

// The form as it was: written every few seconds while it changes and on quit, read at start, so
// a crash or a restart loses at most the last seconds of typing.
class DraftStore
{
public:
    explicit DraftStore(QString path)
        : m_path(std::move(path))
    {}
    std::optional<ComposedRecord> load() const;
    std::expected<void, QString> save(const ComposedRecord &draft) const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

// {{seq}} per template (the key "" is the composer without a template), persisted: the next
// send of a template continues where the last one stopped, across restarts.
class SeqCounters
{
public:
    explicit SeqCounters(QString path);
    qint64 peek(const QString &templateName) const; // the value the next send uses (starts at 1)
    qint64 take(const QString &templateName);       // returns peek() and advances, saved at once
    QString lastError() const { return m_error; }

private:
    QString m_path;
    QHash<QString, qint64> m_next;
    QString m_error;
};

// Named templates as plain JSON files (<name>.json, pretty, keys sorted) in one folder the user
// can put under version control.
class TemplateLibrary
{
public:
    explicit TemplateLibrary(QString folder)
        : m_folder(std::move(folder))
    {}
    QString folder() const { return m_folder; }
    QStringList names() const; // sorted, without ".json"
    std::expected<ComposedRecord, QString> load(const QString &name) const;
    std::expected<void, QString> save(const QString &name, const ComposedRecord &record) const;
    std::expected<void, QString> remove(const QString &name) const;
    // A name that makes a safe file name: no slashes, no leading dot, not empty.
    static std::optional<QString> refusal(const QString &name);

private:
    QString fileOf(const QString &name) const;
    QString m_folder;
};

} // namespace Gregor
