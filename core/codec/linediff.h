// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QStringList>

namespace Gregor {

// One row of a side-by-side diff: a line on the left, on the right, or both.
struct DiffRow
{
    enum class Kind
    {
        Same,
        Changed, // both sides present but different
        Removed, // only on the left
        Added,   // only on the right
    };
    Kind kind = Kind::Same;
    int leftLine = -1; // index into the left lines, -1 when absent
    int rightLine = -1;
    friend bool operator==(const DiffRow &, const DiffRow &) = default;
};

// Line diff by longest common subsequence (common prefix and suffix trimmed first). Adjacent
// removed/added runs are paired into Changed rows so a side-by-side view lines them up. Inputs
// whose middle part is larger than maxCells line pairs fall back to "all changed".
QList<DiffRow> diffLines(const QStringList &left, const QStringList &right, qsizetype maxCells = 4'000'000);

} // namespace Gregor
