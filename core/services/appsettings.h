// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "connectionprofile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSettings>
#include <QStringList>

namespace Gregor {

// The one typed class over QSettings. Profiles are stored without secrets (those live in the
// keychain); window layout and the set of open connections are remembered between runs.
class AppSettings
{
public:
    AppSettings(); // the application's QSettings (organisation/application names)
    explicit AppSettings(const QString &iniPath); // a given file, for tests

    QList<ConnectionProfile> profiles() const; // the built-in local sandbox first
    std::optional<ConnectionProfile> profile(const QString &id) const;
    void saveProfile(const ConnectionProfile &profile); // insert or replace by id
    void removeProfile(const QString &id);

    QStringList openConnections() const; // profile ids, in tab order
    void setOpenConnections(const QStringList &ids);
    QString currentConnection() const;
    void setCurrentConnection(const QString &id);
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
    QStringList pinnedTopics(const QString &profileId) const;
    void setPinnedTopics(const QString &profileId, const QStringList &topics);

    // The consumer-groups view of a profile: groups added by name, hidden groups, interval,
    // alert rules, history retention (the pane owns the shape).
    QJsonObject groupsState(const QString &profileId) const;
    void setGroupsState(const QString &profileId, const QJsonObject &state);
    // The live tails of a profile: their configs, filters and highlight rules (the Tail pane owns
    // the shape); never their records.
    QJsonObject tailsState(const QString &profileId) const;
    void setTailsState(const QString &profileId, const QJsonObject &state);
    // Where the composer's templates live (empty: the default folder under the app's data).
    QString composerTemplatesDir() const;
    void setComposerTemplatesDir(const QString &folder);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    void sync();
    void clearForFirstRun(); // forget everything (benchmarks, tests)

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Gregor
