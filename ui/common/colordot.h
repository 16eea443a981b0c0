// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QColor>
#include <QIcon>

namespace Gregor {

// A filled circle drawn at whatever size and scale it is asked for: crisp on any screen.
QIcon colorDotIcon(const QColor &color);

} // namespace Gregor
