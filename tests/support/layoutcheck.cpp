// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcheck.h"

#include "testsupport.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Gregor::Test {

namespace {

bool shown(const QWidget *widget, const QWidget *root)
{
    return widget->isVisibleTo(root) && widget->width() > 0 && widget->height() > 0;
}

// Whether the widget's text needs more room than it has. Word-wrapped labels flow instead,
// and text the code elides itself already fits its width.
QString clipped(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty() || label->wordWrap() || !label->pixmap().isNull())
            return {};
        if (label->width() < label->minimumSizeHint().width())
            return u"clipped: %1 \"%2\" is %3 px wide, its text needs %4"_s
                .arg(describe(label), label->text())
                .arg(label->width())
                .arg(label->minimumSizeHint().width());
        return {};
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        // A field squeezed to a few characters cannot show what is typed into it.
        const int least = edit->fontMetrics().averageCharWidth() * 8;
        if (edit->width() < least)
            return u"squeezed: %1 is %2 px wide, less than 8 characters"_s.arg(describe(edit))
                .arg(edit->width());
        return {};
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (button->text().isEmpty())
            return {};
        if (const auto *tool = qobject_cast<const QToolButton *>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return {};
        if (button->width() < button->sizeHint().width())
            return u"clipped: %1 \"%2\" is %3 px wide, its text needs %4"_s
                .arg(describe(button), button->text())
                .arg(button->width())
                .arg(button->sizeHint().width());
    }
    return {};
}

void collectOverlaps(const QLayout *layout, const QWidget *root, QStringList &problems)
{
    QList<const QWidget *> items;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (const QWidget *widget = item->widget(); widget && shown(widget, root))
            items.append(widget);
        else if (const QLayout *inner = item->layout())
            collectOverlaps(inner, root, problems);
    }
    for (qsizetype a = 0; a < items.size(); ++a) {
        for (qsizetype b = a + 1; b < items.size(); ++b) {
            if (items[a]->geometry().intersects(items[b]->geometry()))
                problems.append(u"overlapping: %1 and %2"_s.arg(describe(items[a]), describe(items[b])));
        }
    }
}

} // namespace

QStringList layoutProblems(QWidget *root)
{
    QStringList problems;
    if (root->width() < root->minimumSizeHint().width())
        problems.append(u"too narrow: %1 is %2 px wide, its layout needs %3"_s.arg(describe(root))
                            .arg(root->width())
                            .arg(root->minimumSizeHint().width()));
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!shown(widget, root))
            continue;
        if (const QString problem = clipped(widget); !problem.isEmpty())
            problems.append(problem);
        if (const QLayout *layout = widget->layout())
            collectOverlaps(layout, root, problems);
    }
    return problems;
}

} // namespace Gregor::Test
