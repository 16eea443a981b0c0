// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileactions.h"

#include "connectionopener.h"
#include "core/services/appsettings.h"
#include "core/services/secretstore.h"
#include "ui/profiles/profiledialog.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Gregor {

ProfileActions::ProfileActions(AppSettings *settings, SecretStore *secrets, ConnectionOpener *opener,
                               QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_opener(opener)
    , m_window(window)
{}

void ProfileActions::warn(const QString &title, const QString &sentence)
{
    // Window-modal and non-blocking: callbacks (keychain, file dialogs) return at once.
    auto *box = new QMessageBox(QMessageBox::Warning, title, sentence, QMessageBox::Ok, m_window);
    box->setObjectName(u"profileWarning"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT message(sentence);
}

void ProfileActions::storeSecrets(const ConnectionProfile &profile, const ProfileSecrets &secrets)
{
    const auto store = [this, &profile](const QString &key, const QString &value) {
        if (value.isEmpty())
            return;
        if (profile.secretMode != ConnectionProfile::SecretMode::Keychain || !SecretStore::isAvailable()) {
            if (key == profile.id)
                m_opener->setKnownSecret(profile.id, value); // this session only
            return;
        }
        m_secrets->write(key, value, this, [this](Result<Done> result) {
            if (!result)
                warn(tr("Keychain"), result.error().userText);
        });
    };
    store(profile.id, secrets.secret);
    store(proxySecretKey(profile.id), secrets.proxyPassword);
}

void ProfileActions::editProfile(const ConnectionProfile &profile, bool isNew)
{
    auto *dialog = new ProfileDialog(profile, {}, SecretStore::isAvailable(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] {
        const ConnectionProfile edited = dialog->profile();
        m_settings->saveProfile(edited);
        storeSecrets(edited, dialog->secrets());
        if (dialog->movedUrlCredentials())
            Q_EMIT message(tr("The credentials typed into the URL of “%1” were moved out of it: the user "
                              "name to its fields, the password to the keychain.")
                               .arg(edited.name));
        if (isNew)
            Q_EMIT profileCreated(edited);
    });
    dialog->open();
}

void ProfileActions::importProfiles()
{
    auto *dialog =
        new QFileDialog(m_window, tr("Import connections"), QString(), tr("Gregor connections (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileActions::importFile);
    dialog->open();
}

void ProfileActions::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(tr("Import"), tr("Could not read %1: %2.").arg(path, file.errorString()));
        return;
    }
    auto profiles = Gregor::importProfiles(file.read(4 * 1024 * 1024));
    if (!profiles) {
        warn(tr("Import"), profiles.error().userText);
        return;
    }
    int moved = 0;
    for (const ImportedProfile &imported : std::as_const(*profiles)) {
        m_settings->saveProfile(imported.profile);
        if (!imported.fromUrls.isEmpty()) {
            ++moved;
            storeSecrets(imported.profile, imported.fromUrls);
        }
    }
    const QString count =
        profiles->size() == 1 ? tr("1 connection") : tr("%1 connections").arg(profiles->size());
    Q_EMIT message(
        moved > 0
            ? tr("Imported %1; the passwords found in their URLs were moved to the keychain.").arg(count)
            : tr("Imported %1; their secrets are asked when they open.").arg(count));
}

void ProfileActions::exportProfiles()
{
    auto *dialog = new QFileDialog(m_window, tr("Export connections (without secrets)"),
                                   u"gregor-connections.json"_s, tr("Gregor connections (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileActions::exportFile);
    dialog->open();
}

void ProfileActions::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Gregor::exportProfiles(m_settings->profiles())) < 0 ||
        !file.commit()) {
        warn(tr("Export"), tr("Could not write %1: %2.").arg(path, file.errorString()));
        return;
    }
    Q_EMIT message(tr("Exported the connections to %1 (no secrets included).").arg(path));
}

} // namespace Gregor
