// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the scalable icon to a square PNG of one size for the hicolor theme, so
// the sizes are never drawn by hand nor go stale.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: gregor-render-icon ICON.svg SIZE OUT.png\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    const int size = args.at(2).toInt();
    if (!svg.isValid() || size < 8 || size > 1024) {
        std::fprintf(stderr, "gregor-render-icon: cannot render %s at %s px\n", qPrintable(args.at(1)),
                     qPrintable(args.at(2)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "gregor-render-icon: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
