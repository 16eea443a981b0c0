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
    if (profile.localSandbox) {
        const Result<QUrl> url =
            m_localServer
                ? m_localServer()
                : std::unexpected(ApiError::make(ErrorKind::Network, tr("This build has no local sandbox.")));
        if (!url) {
            Q_EMIT failed(connection, url.error().userText);
            return;
        }
        connection->open(*url, {});
        return;
    }
    if (!profile.needsSecret()) {
        connection->open({}, {});
        return;
    }
    if (auto it = m_knownSecrets.constFind(profile.id); it != m_knownSecrets.cend()) {
        connection->open({}, *it);
        return;
    }
    if (profile.secretMode == ConnectionProfile::SecretMode::AskEveryTime || !SecretStore::isAvailable()) {
        askForSecret(connection, dialogParent);
        return;
    }
    QPointer<QWidget> parent(dialogParent);
    m_secrets->read(profile.id, connection, [this, connection, parent](Result<QString> secret) {
        if (secret && !secret->isEmpty())
            connection->open({}, *secret);
        else
            askForSecret(connection, parent); // not stored yet, or the keychain refused
    });
}

void ConnectionOpener::askForSecret(OpenConnection *connection, QWidget *dialogParent)
{
    const ConnectionProfile &profile = connection->profile();
    auto *dialog = new QInputDialog(dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connect to %1").arg(profile.name));
    dialog->setLabelText(profile.auth == ConnectionSettings::AuthKind::Basic
                             ? tr("Password for %1 at %2:").arg(profile.user, profile.baseUrl.host())
                             : tr("Token for %1:").arg(profile.baseUrl.host()));
    dialog->setTextEchoMode(QLineEdit::Password);
    QPointer<OpenConnection> guard(connection);
    connect(dialog, &QInputDialog::textValueSelected, this, [guard](const QString &secret) {
        if (guard)
            guard->open({}, secret);
    });
    connect(dialog, &QInputDialog::rejected, this, [this, guard] {
        if (guard)
            Q_EMIT failed(guard, tr("No secret was given, so the connection was not opened."));
    });
    dialog->open();
}

} // namespace Gregor
