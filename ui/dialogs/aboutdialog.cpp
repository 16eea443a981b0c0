// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "ui/versioninfo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Gregor"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<h2>Gregor</h2>"_s, this);
    auto *text =
        new QLabel(tr("A desktop console for Apache Kafka over REST: Upstash, Confluent REST Proxy v2 "
                      "and v3, Confluent Cloud, and v1 / IBM Message Hub."),
                   this);
    text->setWordWrap(true);
    auto *licence = new QLabel(tr("Copyright 2026 The Gregor developers. Gregor is free software under the "
                                  "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public "
                                  "License, version 3 or later</a>; it comes with no warranty."),
                               this);
    licence->setObjectName(u"licence"_s);
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    auto *versions = new QLabel(versionLine(), this);
    versions->setObjectName(u"versions"_s);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(licence);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

} // namespace Gregor
