// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

class QWidget;

namespace Gregor::Test {

// What a longer language breaks in a laid-out window: a label or button narrower than its text
// (clipped), a text field squeezed below 8 characters, and two visible widgets of one layout on
// top of each other (overlapping). One line per problem, naming the widget and its text; empty
// when everything fits.
QStringList layoutProblems(QWidget *root);

} // namespace Gregor::Test
