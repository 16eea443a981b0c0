// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchdelegate.h"

#include "core/records/filteredrecordsmodel.h"

#include <QApplication>
#include <QPainter>

namespace Gregor {

MatchDelegate::MatchDelegate(const FilteredRecordsModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

void MatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QList<TextSpan> spans = m_model->matchSpans(index);
    if (spans.isEmpty())
        return;
    // Overlay translucent marks where the matches are in the (left-aligned, elided) text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    const QFontMetrics metrics(opt.font);
    const QString &text = opt.text;
    QColor mark = opt.palette.color(QPalette::Highlight);
    mark.setAlpha(90);
    painter->save();
    painter->setClipRect(textRect);
    for (const TextSpan &span : spans) {
        if (span.start >= text.size())
            break;
        const int x = textRect.left() + margin + metrics.horizontalAdvance(text.left(span.start));
        const int width = metrics.horizontalAdvance(text.mid(span.start, span.length));
        if (x > textRect.right())
            break;
        painter->fillRect(QRect(x, textRect.top() + 1, width, textRect.height() - 2), mark);
    }
    painter->restore();
}

} // namespace Gregor
