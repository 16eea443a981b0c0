#include "capabilitysheet.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace Gregor {

CapabilitySheet::CapabilitySheet(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"capabilitySheet"_s);
    setColumnCount(2);
    setHeaderLabels({tr("Capability"), tr("Notes")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setWordWrap(true);
}

void CapabilitySheet::showDialect(DialectKind kind)
{
    clear();
    const Capabilities capabilities = capabilitiesOf(kind);
    for (Capability capability : allCapabilities()) {
        const bool has = capabilities.testFlag(capability);
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, (has ? u"✔ "_s : u"✘ "_s) + capabilityName(capability));
        item->setText(1, has ? QString() : capabilityMissingReason(kind, capability));
        item->setToolTip(1, item->text(1));
        item->setForeground(0, has ? palette().text() : palette().placeholderText());
    }
}

} // namespace Gregor
