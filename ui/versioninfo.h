// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace Gregor {

// "Gregor 0.1.0 (Qt 6.8.2, KF6 SyntaxHighlighting 6.13.0)": shown by --version and About.
QString versionLine();

} // namespace Gregor
