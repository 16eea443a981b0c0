// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightdelegate.h"

#include "core/tail/tailrecordsmodel.h"

#include <QApplication>
#include <QPainter>

namespace Gregor {

HighlightDelegate::HighlightDelegate(const TailRecordsModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QColor HighlightDelegate::rowColor(const QString &colorName, const QPalette &palette)
{
    QColor color = QColor::fromString(colorName);
    if (!color.isValid())
        return {};
    // Stronger on a dark base, where a light wash would look grey.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    color.setAlpha(dark ? 110 : 90);
    return color;
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const int rule = index.data(TailRecordsModel::HighlightRole).toInt();
    if (rule >= 0 && rule < m_model->highlightRules().size() && !(option.state & QStyle::State_Selected)) {
        const QColor color = rowColor(m_model->highlightRules().at(rule).colorName, option.palette);
        if (color.isValid())
            painter->fillRect(option.rect, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
    const int column = index.column();
    if (!m_model->matcher() ||
        (column != TailRecordsModel::KeyColumn && column != TailRecordsModel::ValueColumn))
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<TextSpan> spans = m_model->matcher()->matchSpans(opt.text);
    if (spans.isEmpty())
        return;
    // Translucent marks where the matches are in the (left-aligned, elided) text.
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    const QFontMetrics metrics(opt.font);
    QColor mark = opt.palette.color(QPalette::Highlight);
    mark.setAlpha(90);
    painter->save();
    painter->setClipRect(textRect);
    for (const TextSpan &span : spans) {
        if (span.start >= opt.text.size())
            break;
        const int x = textRect.left() + margin + metrics.horizontalAdvance(opt.text.left(span.start));
        if (x > textRect.right())
            break;
        const int width = metrics.horizontalAdvance(opt.text.mid(span.start, span.length));
        painter->fillRect(QRect(x, textRect.top() + 1, width, textRect.height() - 2), mark);
    }
    painter->restore();
}

} // namespace Gregor
