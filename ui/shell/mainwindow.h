// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "connectionopener.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QTabWidget;

namespace Gregor {

class AppSettings;
class LagHistory;
class CommandPalette;
class ConnectionView;
class OpenConnection;
class ProfileActions;
class SecretStore;
struct ConnectionProfile;

// Assembles the connection tabs, menus, command palette and status bar; owns no business logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppSettings *settings, SecretStore *secrets, LocalServerStarter localServer,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the connections of the last session (or the local sandbox on the first run).
    void restoreSession();
    ConnectionView *openProfile(const ConnectionProfile &profile);
    ConnectionView *currentView() const;
    QList<ConnectionView *> views() const;
    QTabWidget *tabs() const { return m_tabs; }
    ConnectionOpener *opener() const { return m_opener; }
    ProfileActions *profileActions() const { return m_profiles; }

    void showAbout();
    void showCommandPalette();
    CommandPalette *commandPalette() const;
    void newConnection();
    void editCurrentConnection();
    void closeCurrentConnection();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void fillOpenMenu();
    void saveSession();
    void rememberOpenConnections();
    void updateStatusBar();
    void updateActions();
    void addAreaAction(QMenu *menu, const QString &text, int area, const QKeySequence &shortcut);
    // Closes a connection whose tab is gone: removes its instances on the server, then deletes it.
    void retire(OpenConnection *connection, std::function<void()> then);

    AppSettings *m_settings;
    LagHistory *m_lagHistory = nullptr;
    SecretStore *m_secrets;
    ConnectionOpener *m_opener;
    ProfileActions *m_profiles;
    QTabWidget *m_tabs;
    QLabel *m_emptyState;
    QLabel *m_stateLabel;
    QLabel *m_inFlightLabel;
    QLabel *m_errorLabel;
    QMenu *m_openMenu = nullptr;
    QList<QAction *> m_connectionActions; // enabled only with a connection open
    QPointer<CommandPalette> m_palette;
    std::optional<ConnectionProfile> m_environmentProfile;
    bool m_closing = false;      // quitting: waiting for the connections to clean up
    bool m_readyToClose = false; // they have
};

} // namespace Gregor
