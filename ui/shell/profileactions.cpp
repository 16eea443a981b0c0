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

void ProfileActions::editProfile(const ConnectionProfile &profile, bool isNew)
{
    auto *dialog = new ProfileDialog(profile, QString(), SecretStore::isAvailable(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] {
        const ConnectionProfile edited = dialog->profile();
        m_settings->saveProfile(edited);
        if (edited.secretMode == ConnectionProfile::SecretMode::Keychain && !dialog->secret().isEmpty()) {
            m_secrets->write(edited.id, dialog->secret(), this, [this](Result<Done> result) {
                if (!result)
                    QMessageBox::warning(m_window, tr("Keychain"), result.error().userText);
            });
        } else if (!dialog->secret().isEmpty()) {
            m_opener->setKnownSecret(edited.id, dialog->secret()); // this session only
        }
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
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(m_window, tr("Import"),
                                 tr("Could not read %1: %2.").arg(path, file.errorString()));
            return;
        }
        auto profiles = Gregor::importProfiles(file.read(4 * 1024 * 1024));
        if (!profiles) {
            QMessageBox::warning(m_window, tr("Import"), profiles.error().userText);
            return;
        }
        for (const ConnectionProfile &profile : *profiles)
            m_settings->saveProfile(profile);
        Q_EMIT message(tr("Imported %1; their secrets are asked when they open.")
                           .arg(profiles->size() == 1 ? tr("1 connection")
                                                      : tr("%1 connections").arg(profiles->size())));
    });
    dialog->open();
}

void ProfileActions::exportProfiles()
{
    auto *dialog = new QFileDialog(m_window, tr("Export connections (without secrets)"),
                                   u"gregor-connections.json"_s, tr("Gregor connections (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(Gregor::exportProfiles(m_settings->profiles())) < 0 || !file.commit()) {
            QMessageBox::warning(m_window, tr("Export"),
                                 tr("Could not write %1: %2.").arg(path, file.errorString()));
            return;
        }
        Q_EMIT message(tr("Exported the connections to %1 (no secrets included).").arg(path));
    });
    dialog->open();
}

} // namespace Gregor
