// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

class QWidget;

namespace Gregor {

class AppSettings;
class ConnectionOpener;
class SecretStore;
struct ConnectionProfile;
struct ProfileSecrets;

// Creating, editing, importing and exporting connection profiles: the dialogs, the keychain
// write, and the files (exports through QSaveFile, never with secrets).
class ProfileActions : public QObject
{
    Q_OBJECT
public:
    ProfileActions(AppSettings *settings, SecretStore *secrets, ConnectionOpener *opener, QWidget *window);

    void editProfile(const ConnectionProfile &profile, bool isNew);
    void importProfiles();
    void exportProfiles();
    // The file halves of import and export (also for tests, without a file dialog).
    void importFile(const QString &path);
    void exportFile(const QString &path);

Q_SIGNALS:
    void profileCreated(const Gregor::ConnectionProfile &profile); // to open it
    void message(const QString &sentence);                         // for the status bar

private:
    void warn(const QString &title, const QString &sentence);
    void storeSecrets(const ConnectionProfile &profile, const ProfileSecrets &secrets);

    AppSettings *m_settings;
    SecretStore *m_secrets;
    ConnectionOpener *m_opener;
    QWidget *m_window;
};

} // namespace Gregor
