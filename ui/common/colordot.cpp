// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colordot.h"

#include <QIconEngine>
#include <QPainter>

namespace Gregor {

namespace {
class ColorDotEngine : public QIconEngine
{
public:
    explicit ColorDotEngine(QColor color)
        : m_color(color)
    {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = m_color;
        if (mode == QIcon::Disabled)
            fill.setAlpha(90);
        painter->setPen(QPen(fill.darker(130), qMax(1.0, rect.width() / 16.0)));
        painter->setBrush(fill);
        const qreal margin = rect.width() * 0.2;
        painter->drawEllipse(QRectF(rect).adjusted(margin, margin, -margin, -margin));
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }
    QIconEngine *clone() const override { return new ColorDotEngine(m_color); }

private:
    QColor m_color;
};
} // namespace

QIcon colorDotIcon(const QColor &color)
{
    return QIcon(new ColorDotEngine(color));
}

} // namespace Gregor
