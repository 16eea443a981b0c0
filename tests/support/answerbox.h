// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For widget tests only: the rest of the support header stays free of QtWidgets.
#include <QMessageBox>
#include <QString>

namespace Gregor::Test {

// Clicks the first button with `role` of the visible message box named `name`, waiting up to
// 5 s for it to open; false when it never did or has no such button.
bool answerBox(const QString &name, QMessageBox::ButtonRole role);

} // namespace Gregor::Test
