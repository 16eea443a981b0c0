// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupsdelegate.h"

#include "core/lag/groupsmodel.h"

#include <QApplication>
#include <QStyle>

namespace Gregor {

QColor GroupsDelegate::alertColor(const QPalette &palette)
{
    // Readable on either theme: a light red on dark bases, a deep red on light ones.
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x7b, 0x72)
                                                           : QColor(0xc0, 0x1c, 0x28);
}

void GroupsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool above = index.data(GroupsModel::AboveThresholdRole).toBool();
    const auto health = Health(index.data(GroupsModel::HealthRole).toInt());
    const bool badHealth = health == Health::Stalled || health == Health::Stopped;
    if (above || (badHealth && index.column() == GroupsModel::HealthColumn)) {
        option->palette.setColor(QPalette::Text, alertColor(option->palette));
        option->font.setBold(true);
    }
    if (above && index.column() == GroupsModel::NameColumn) {
        const QWidget *widget = option->widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
    if (index.data(GroupsModel::StaleRole).toBool())
        option->font.setItalic(true);
}

} // namespace Gregor
