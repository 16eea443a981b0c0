// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionopener.h"

#include "core/services/openconnection.h"
#include "core/services/secretstore.h"

#include <QInputDialog>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Gregor {

ConnectionOpener::ConnectionOpener(SecretStore *secrets, LocalServerStarter localServer, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_localServer(std::move(localServer))
{}

void ConnectionOpener::setKnownSecret(const QString &profileId, const QString &secret)
{
    m_knownSecrets.insert(profileId, secret);
}

void ConnectionOpener::open(OpenConnection *connection, QWidget *dialogParent)
{
    const ConnectionProfile &profile = connection->profile();
    QPointer<OpenConnection> guard(connection);
    if (profile.localSandbox) {
        if (!m_localServer) {
            Q_EMIT failed(connection, tr("This build has no local sandbox."));
            return;
        }
        m_localServer(connection, [this, guard](Result<QUrl> url) {
            if (!guard)
                return;
            if (!url)
                Q_EMIT failed(guard, url.error().userText);
            else
                guard->open(*url, {});
        });
        return;
    }
    QPointer<QWidget> parent(dialogParent);
    const auto withProxyPassword = [this, guard, parent](const QString &secret) {
        if (!guard)
            return;
        if (!guard->profile().needsProxyPassword())
            return guard->open({}, {secret, {}});
        fetch(guard, Which::ProxyPassword, parent, [guard, secret](const QString &proxyPassword) {
            if (guard)
                guard->open({}, {secret, proxyPassword});
        });
    };
    if (!profile.needsSecret())
        return withProxyPassword({});
    if (auto it = m_knownSecrets.constFind(profile.id); it != m_knownSecrets.cend())
        return withProxyPassword(*it);
    fetch(connection, Which::Secret, dialogParent, withProxyPassword);
}

void ConnectionOpener::fetch(OpenConnection *connection, Which which, QWidget *dialogParent, Got got)
{
    const ConnectionProfile &profile = connection->profile();
    if (profile.secretMode == ConnectionProfile::SecretMode::AskEveryTime || !SecretStore::isAvailable())
        return ask(connection, which, dialogParent, std::move(got));
    const QString key = which == Which::Secret ? profile.id : proxySecretKey(profile.id);
    QPointer<QWidget> parent(dialogParent);
    m_secrets->read(key, connection,
                    [this, connection, which, parent, got = std::move(got)](Result<QString> value) {
                        if (value && !value->isEmpty())
                            got(*value);
                        else
                            ask(connection, which, parent, got); // not stored yet, or the keychain refused
                    });
}

void ConnectionOpener::ask(OpenConnection *connection, Which which, QWidget *dialogParent, Got got)
{
    const ConnectionProfile &profile = connection->profile();
    auto *dialog = new QInputDialog(dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connect to %1").arg(profile.name));
    if (which == Which::ProxyPassword)
        dialog->setLabelText(
            tr("Password for %1 at the proxy %2:").arg(profile.proxyUrl.userName(), profile.proxyUrl.host()));
    else if (profile.auth == ConnectionSettings::AuthKind::Basic)
        dialog->setLabelText(tr("Password for %1 at %2:").arg(profile.user, profile.baseUrl.host()));
    else
        dialog->setLabelText(tr("Token for %1:").arg(profile.baseUrl.host()));
    dialog->setTextEchoMode(QLineEdit::Password);
    QPointer<OpenConnection> guard(connection);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [guard, got = std::move(got)](const QString &value) {
                if (guard)
                    got(value);
            });
    connect(dialog, &QInputDialog::rejected, this, [this, guard] {
        if (guard)
            Q_EMIT failed(guard, tr("No secret was given, so the connection was not opened."));
    });
    dialog->open();
}

} // namespace Gregor
