// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>
#include <QTest>

class QWidget;

namespace Gregor::Test {

// Where tests write artefacts for review (PNG snapshots): <build>/test-output/<subdir>.
QString outputDir(const QString &subdir);

// Renders the widget into <build>/test-output/snapshots/<name>.png and returns the path, or an
// empty string when the grab was empty or the file could not be written (use SAVE_SNAPSHOT).
QString saveSnapshot(QWidget *widget, const QString &name);

// Presses Tab from `first` until the focus comes back and returns the widgets it visited.
QList<QWidget *> tabChain(QWidget *first, int max = 200);
// Where the tab order leaves the visual order: each step must go to the same row or below, or
// to a column on the right. Returns one line per violation (empty when the order is right).
QStringList tabOrderViolations(const QList<QWidget *> &chain);
QString describe(const QWidget *widget);
// The violations with the whole chain after them, for a failure message; empty when the order is right.
QString tabOrderProblems(const QList<QWidget *> &chain);

// Under CI (CI=true) every tool a test needs is in the dev root, so a missing one is a failure.
inline bool underCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace Gregor::Test

// Skips the test when `condition` does not hold, saying why; under CI it fails instead.
#define GREGOR_REQUIRE(condition, reason)                                                                    \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            if (Gregor::Test::underCi())                                                                     \
                QFAIL(reason " (CI=true: the dev root provides it, so this is a failure)");                  \
            QSKIP(reason);                                                                                   \
        }                                                                                                    \
    } while (false)

// Saves a snapshot and fails the test when nothing was grabbed or written.
#define SAVE_SNAPSHOT(widget, name)                                                                          \
    QVERIFY2(!Gregor::Test::saveSnapshot((widget), (name)).isEmpty(),                                        \
             qPrintable(QStringLiteral("the snapshot %1 was empty or could not be written").arg(name)))
