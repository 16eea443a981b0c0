// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
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

// Starts the in-process sandbox for the "Local sandbox" profile and reports where it listens.
// The app provides it (the UI does not link the sandbox); it answers on a later turn.
using LocalServerStarter = std::function<void(QObject *context, std::function<void(Result<QUrl>)> done)>;

// Turns a profile into an open connection: the local sandbox's URL, or the secrets (the main
// one and an explicit proxy's password) from the keychain, the environment or a prompt. Never blocks.
class ConnectionOpener : public QObject
{
    Q_OBJECT
public:
    ConnectionOpener(SecretStore *secrets, LocalServerStarter localServer, QObject *parent = nullptr);

    // Secrets known without asking (from the environment), by profile id; never stored.
    void setKnownSecret(const QString &profileId, const QString &secret);

    // Calls open() on the connection once its URL and secrets are known; reports an error
    // sentence otherwise (the user cancelled the prompt, the sandbox did not start…).
    void open(OpenConnection *connection, QWidget *dialogParent);

Q_SIGNALS:
    void failed(Gregor::OpenConnection *connection, const QString &sentence);

private:
    enum class Which
    {
        Secret,
        ProxyPassword,
    };
    using Got = std::function<void(const QString &value)>;
    // The value from the keychain when the profile keeps it there, else from a prompt.
    void fetch(OpenConnection *connection, Which which, QWidget *dialogParent, Got got);
    void ask(OpenConnection *connection, Which which, QWidget *dialogParent, Got got);

    SecretStore *m_secrets;
    LocalServerStarter m_localServer;
    QHash<QString, QString> m_knownSecrets;
};

} // namespace Gregor
