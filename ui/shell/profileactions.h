#pragma once
#include <QObject>

class QWidget;

namespace Gregor {

class AppSettings;
class ConnectionOpener;
class SecretStore;
struct ConnectionProfile;

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

Q_SIGNALS:
    void profileCreated(const Gregor::ConnectionProfile &profile); // to open it
    void message(const QString &sentence);                         // for the status bar

private:
    AppSettings *m_settings;
    SecretStore *m_secrets;
    ConnectionOpener *m_opener;
    QWidget *m_window;
};

} // namespace Gregor
