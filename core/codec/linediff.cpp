// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <vector>

namespace Gregor {

// Turns runs of Removed followed by Added into Changed pairs, leaving the excess as it is.
static QList<DiffRow> pairChanges(const QList<DiffRow> &rows)
{
    QList<DiffRow> result;
    for (qsizetype i = 0; i < rows.size();) {
        if (rows[i].kind != DiffRow::Kind::Removed) {
            result.append(rows[i++]);
            continue;
        }
        qsizetype removedEnd = i;
        while (removedEnd < rows.size() && rows[removedEnd].kind == DiffRow::Kind::Removed)
            ++removedEnd;
        qsizetype addedEnd = removedEnd;
        while (addedEnd < rows.size() && rows[addedEnd].kind == DiffRow::Kind::Added)
            ++addedEnd;
        const qsizetype removed = removedEnd - i, added = addedEnd - removedEnd;
        for (qsizetype k = 0; k < qMax(removed, added); ++k) {
            if (k < removed && k < added)
                result.append({DiffRow::Kind::Changed, rows[i + k].leftLine, rows[removedEnd + k].rightLine});
            else if (k < removed)
                result.append(rows[i + k]);
            else
                result.append(rows[removedEnd + k]);
        }
        i = addedEnd;
    }
    return result;
}

QList<DiffRow> diffLines(const QStringList &left, const QStringList &right, qsizetype maxCells)
{
    QList<DiffRow> rows;
    qsizetype prefix = 0;
    while (prefix < left.size() && prefix < right.size() && left[prefix] == right[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < left.size() - prefix && suffix < right.size() - prefix &&
           left[left.size() - 1 - suffix] == right[right.size() - 1 - suffix])
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        rows.append({DiffRow::Kind::Same, int(i), int(i)});

    const qsizetype n = left.size() - prefix - suffix;
    const qsizetype m = right.size() - prefix - suffix;
    QList<DiffRow> middle;
    if (n * m > maxCells) {
        for (qsizetype i = 0; i < n; ++i)
            middle.append({DiffRow::Kind::Removed, int(prefix + i), -1});
        for (qsizetype j = 0; j < m; ++j)
            middle.append({DiffRow::Kind::Added, -1, int(prefix + j)});
    } else {
        // lcs[i][j] = length of the LCS of left[i..] and right[j..], flattened.
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = left[prefix + i] == right[prefix + j]
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : qMax(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && left[prefix + i] == right[prefix + j]) {
                middle.append({DiffRow::Kind::Same, int(prefix + i), int(prefix + j)});
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
                middle.append({DiffRow::Kind::Added, -1, int(prefix + j)});
                ++j;
            } else {
                middle.append({DiffRow::Kind::Removed, int(prefix + i), -1});
                ++i;
            }
        }
        // Within each changed block, removed lines first (in order), then added: pairing lines them up.
        QList<DiffRow> ordered;
        for (qsizetype k = 0; k < middle.size();) {
            if (middle[k].kind == DiffRow::Kind::Same) {
                ordered.append(middle[k++]);
                continue;
            }
            qsizetype end = k;
            while (end < middle.size() && middle[end].kind != DiffRow::Kind::Same)
                ++end;
            for (qsizetype r = k; r < end; ++r) {
                if (middle[r].kind == DiffRow::Kind::Removed)
                    ordered.append(middle[r]);
            }
            for (qsizetype r = k; r < end; ++r) {
                if (middle[r].kind == DiffRow::Kind::Added)
                    ordered.append(middle[r]);
            }
            k = end;
        }
        middle = ordered;
    }
    rows += pairChanges(middle);
    for (qsizetype s = 0; s < suffix; ++s)
        rows.append({DiffRow::Kind::Same, int(left.size() - suffix + s), int(right.size() - suffix + s)});
    return rows;
}

} // namespace Gregor
