#pragma once
#include "core/api/result.h"
#include "core/services/connectionprofile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QWidget;

namespace Gregor {

class OpenConnection;
class SecretStore;

// Starts the in-process sandbox for the "Local sandbox" profile and returns where it listens.
// The app provides it (the UI does not link the sandbox).
using LocalServerStarter = std::function<Result<QUrl>()>;

// Turns a profile into an open connection: the local sandbox's URL, or the secret from the
// keychain, the environment or a password prompt. Never blocks.
class ConnectionOpener : public QObject
{
    Q_OBJECT
public:
    ConnectionOpener(SecretStore *secrets, LocalServerStarter localServer, QObject *parent = nullptr);

    // Secrets known without asking (from the environment), by profile id; never stored.
    void setKnownSecret(const QString &profileId, const QString &secret);

    // Calls open() on the connection once its URL and secret are known; reports an error
    // sentence otherwise (the user cancelled the prompt, the sandbox did not start…).
    void open(OpenConnection *connection, QWidget *dialogParent);

Q_SIGNALS:
    void failed(Gregor::OpenConnection *connection, const QString &sentence);

private:
    void askForSecret(OpenConnection *connection, QWidget *dialogParent);

    SecretStore *m_secrets;
    LocalServerStarter m_localServer;
    QHash<QString, QString> m_knownSecrets;
};

} // namespace Gregor
