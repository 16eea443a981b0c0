// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "answerbox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Gregor::Test {

QString outputDir(const QString &subdir)
{
    QString root = qEnvironmentVariable("GREGOR_TEST_OUTPUT");
    if (root.isEmpty())
        root = QDir::tempPath() + u"/gregor-test-output"_s;
    const QString dir = root + u'/' + subdir;
    QDir().mkpath(dir);
    return dir;
}

QString saveSnapshot(QWidget *widget, const QString &name)
{
    const QString path = outputDir(u"snapshots"_s) + u'/' + name + u".png"_s;
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || pixmap.width() < 2 || pixmap.height() < 2)
        return {};
    if (!pixmap.save(path))
        return {};
    return path;
}

QList<QWidget *> tabChain(QWidget *first, int max)
{
    QList<QWidget *> chain;
    first->setFocus(Qt::TabFocusReason);
    QWidget *current = QApplication::focusWidget();
    while (current && chain.size() < max && !chain.contains(current)) {
        chain.append(current);
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
    }
    return chain;
}

QString describe(const QWidget *widget)
{
    const QString name = widget->objectName();
    return name.isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : name;
}

QStringList tabOrderViolations(const QList<QWidget *> &chain)
{
    QStringList violations;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QWidget *window = chain[i]->window();
        const QRect prev(chain[i - 1]->mapTo(window, QPoint(0, 0)), chain[i - 1]->size());
        const QRect next(chain[i]->mapTo(window, QPoint(0, 0)), chain[i]->size());
        const bool sameRowOrBelow = next.top() >= prev.top() - 4;
        const bool columnToTheRight = next.left() >= prev.right();
        if (!sameRowOrBelow && !columnToTheRight)
            violations << u"%1 → %2 goes back up"_s.arg(describe(chain[i - 1]), describe(chain[i]));
        else if (sameRowOrBelow && qAbs(next.top() - prev.top()) <= 4 && next.left() < prev.left())
            violations << u"%1 → %2 goes left on the same row"_s.arg(describe(chain[i - 1]),
                                                                     describe(chain[i]));
    }
    return violations;
}

QString tabOrderProblems(const QList<QWidget *> &chain)
{
    const QStringList violations = tabOrderViolations(chain);
    if (violations.isEmpty())
        return {};
    QStringList names;
    for (const QWidget *w : chain)
        names << describe(w);
    return violations.join(QStringLiteral("; ")) + QStringLiteral("\nchain: ") +
           names.join(QStringLiteral(", "));
}

bool answerBox(const QString &name, QMessageBox::ButtonRole role)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (w->objectName() == name && w->isVisible())
                        box = qobject_cast<QMessageBox *>(w);
                return box != nullptr;
            },
            5000))
        return false;
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == role) {
            b->click();
            return true;
        }
    return false;
}

} // namespace Gregor::Test
