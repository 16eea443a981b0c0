// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilitysheet.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace Gregor {

CapabilitySheet::CapabilitySheet(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"capabilitySheet"_s);
    setColumnCount(1);
    setHeaderLabels({tr("Capability")});
    setRootIsDecorated(false);
    // The reason a capability is missing is a whole sentence: it goes on its own wrapped line
    // under the name, never hidden behind a horizontal scroll bar.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(true);
    setItemsExpandable(false);
    setSelectionMode(QAbstractItemView::NoSelection);
}

void CapabilitySheet::showDialect(DialectKind kind)
{
    clear();
    const Capabilities capabilities = capabilitiesOf(kind);
    for (Capability capability : allCapabilities()) {
        const bool has = capabilities.testFlag(capability);
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, (has ? u"✔ "_s : u"✘ "_s) + capabilityName(capability));
        item->setForeground(0, has ? palette().text() : palette().placeholderText());
        if (has)
            continue;
        const QString reason = capabilityMissingReason(kind, capability);
        item->setToolTip(0, reason);
        auto *why = new QTreeWidgetItem(item, {reason});
        why->setToolTip(0, reason);
        QFont font = why->font(0);
        font.setItalic(true);
        why->setFont(0, font);
        item->setExpanded(true);
    }
}

} // namespace Gregor
