// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/linediff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;
using Kind = DiffRow::Kind;

// Rebuilds both sides from the rows: every line of each side exactly once, in order.
static void checkCoversBothSides(const QList<DiffRow> &rows, const QStringList &left,
                                 const QStringList &right)
{
    QStringList l, r;
    for (const DiffRow &row : rows) {
        if (row.leftLine >= 0)
            l << left.at(row.leftLine);
        if (row.rightLine >= 0)
            r << right.at(row.rightLine);
        if (row.kind == Kind::Same)
            QCOMPARE(left.at(row.leftLine), right.at(row.rightLine));
    }
    QCOMPARE(l, left);
    QCOMPARE(r, right);
}

class TestLineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identical()
    {
        const QStringList lines{u"a"_s, u"b"_s};
        const auto rows = diffLines(lines, lines);
        QCOMPARE(rows.size(), 2);
        QVERIFY(std::ranges::all_of(rows, [](const DiffRow &r) { return r.kind == Kind::Same; }));
    }

    void changedLineIsPaired()
    {
        const QStringList left{u"{"_s, u"  \"id\": 1,"_s, u"  \"name\": \"a\""_s, u"}"_s};
        const QStringList right{u"{"_s, u"  \"id\": 2,"_s, u"  \"name\": \"a\""_s, u"}"_s};
        const auto rows = diffLines(left, right);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1], (DiffRow{Kind::Changed, 1, 1}));
        checkCoversBothSides(rows, left, right);
    }

    void insertionsAndDeletions()
    {
        const QStringList left{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        const QStringList right{u"a"_s, u"c"_s, u"x"_s, u"y"_s, u"d"_s};
        const auto rows = diffLines(left, right);
        checkCoversBothSides(rows, left, right);
        QCOMPARE(std::ranges::count_if(rows, [](const DiffRow &r) { return r.kind == Kind::Same; }), 3);
    }

    void randomInputsAlwaysCoverBothSides()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 300; ++round) {
            QStringList left, right;
            for (int i = int(rng.bounded(12)); i > 0; --i)
                left << QString::number(rng.bounded(5));
            for (int i = int(rng.bounded(12)); i > 0; --i)
                right << QString::number(rng.bounded(5));
            checkCoversBothSides(diffLines(left, right), left, right);
            checkCoversBothSides(diffLines(left, right, 4), left, right); // the "too large" fallback
        }
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
