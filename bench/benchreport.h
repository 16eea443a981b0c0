// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

// The table every benchmark prints: one row a figure, its target where it has one, "ok" or
// "MISSED" beside a target and "WRONG" beside a figure whose correctness check failed.
namespace Gregor::Bench {

struct Row
{
    QString name;
    QString value;
    QString target;
    bool met;
};

// Prints the title and the rows; the exit code: 0 when every row is met, 2 otherwise.
inline int printReport(const QString &title, const QList<Row> &rows)
{
    qsizetype nameWidth = 0, valueWidth = 0;
    for (const Row &row : rows) {
        nameWidth = std::max(nameWidth, row.name.size());
        valueWidth = std::max(valueWidth, row.value.size());
    }
    std::printf("%s\n", qPrintable(title));
    bool allMet = true;
    for (const Row &row : rows) {
        allMet = allMet && row.met;
        std::printf("  %-*s  %*s  %-9s %s\n", int(nameWidth), qPrintable(row.name), int(valueWidth),
                    qPrintable(row.value), qPrintable(row.target),
                    row.target.isEmpty() ? (row.met ? "" : "WRONG") : (row.met ? "ok" : "MISSED"));
    }
    return allMet ? 0 : 2;
}

} // namespace Gregor::Bench
