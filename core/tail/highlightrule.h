// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/records/recordmatcher.h"

#include <QString>

namespace Gregor {

// A tail row that matches `matcher` is drawn in `colorName` (a name QColor understands, e.g.
// "#ffcc00" or "tomato"; core has no Gui, the view makes the brush). Rules are tried in order.
struct HighlightRule
{
    RecordMatcher matcher;
    QString colorName;
    QString label; // shown in the legend and the row's tooltip
};

} // namespace Gregor
