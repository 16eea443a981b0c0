// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesmenu.h"

#include "core/compose/composer.h"
#include "core/services/appsettings.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gregor {

TemplatesMenu::TemplatesMenu(Composer *composer, AppSettings *settings, QWidget *parent)
    : QMenu(parent)
    , m_composer(composer)
    , m_settings(settings)
{
    connect(this, &QMenu::aboutToShow, this, &TemplatesMenu::rebuild);
}

void TemplatesMenu::saveAs(const QString &name)
{
    const auto saved = m_composer->saveTemplate(name);
    Q_EMIT message(saved
                       ? tr("Saved the template “%1” in %2.")
                             .arg(name.trimmed(), QDir::toNativeSeparators(m_composer->templates().folder()))
                       : saved.error());
}

void TemplatesMenu::rebuild()
{
    QMenu *menu = this;
    menu->clear();
    const QStringList names = m_composer->templates().names();
    for (const QString &name : names) {
        menu->addAction(name, this, [this, name] {
            const auto loaded = m_composer->loadTemplate(name);
            Q_EMIT message(loaded ? tr("Template “%1” loaded; {{seq}} is at %2.")
                                        .arg(name)
                                        .arg(m_composer->seqCounters().peek(name))
                                  : loaded.error());
        });
    }
    if (names.isEmpty())
        menu->addAction(tr("No templates yet"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Save as template…"), this, [this] {
        auto *dialog = new QInputDialog(parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Save as template"));
        dialog->setLabelText(tr("Template name:"));
        dialog->setTextValue(m_composer->draft().templateName);
        connect(dialog, &QInputDialog::textValueSelected, this, &TemplatesMenu::saveAs);
        dialog->open();
    });
    menu->addAction(tr("Open the templates folder"), this, [this] {
        QDir().mkpath(m_composer->templates().folder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_composer->templates().folder()));
    });
    menu->addAction(tr("Choose the templates folder…"), this, [this] {
        auto *dialog =
            new QFileDialog(parentWidget(), tr("Templates folder"), m_composer->templates().folder());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
            m_composer->setTemplatesFolder(folder);
            if (m_settings)
                m_settings->setComposerTemplatesDir(folder);
        });
        dialog->open();
    });
}

} // namespace Gregor
