// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The rule that makes the tail exact: a record is delivered only at or after its partition's
// position, which then moves past it. Repeated and overlapping answers deliver nothing twice.
#include "core/tail/tailpositions.h"

#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

namespace {

Record rec(int partition, qint64 offset, const QString &topic = u"t"_s)
{
    Record r;
    r.topic = topic;
    r.partition = partition;
    r.offset = offset;
    return r;
}

QList<qint64> offsetsOf(const QList<Record> &records)
{
    QList<qint64> offsets;
    for (const Record &r : records)
        offsets.append(r.offset);
    return offsets;
}

} // namespace

class TestTailPositions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatedAndOverlappingAnswersDeliverOnce()
    {
        TailPositions positions;
        positions.set({{{u"t"_s, 0}, 10, 20, 0}});
        QCOMPARE(offsetsOf(positions.accept({rec(0, 10), rec(0, 11)})), QList<qint64>({10, 11}));
        // The same answer again (a retry whose first answer did arrive), then an overlap.
        QVERIFY(positions.accept({rec(0, 10), rec(0, 11)}).isEmpty());
        QCOMPARE(offsetsOf(positions.accept({rec(0, 11), rec(0, 12), rec(0, 13)})), QList<qint64>({12, 13}));
        QCOMPARE(positions.positions(), QList<PartitionOffset>({{{u"t"_s, 0}, 14}}));
        QCOMPARE(positions.partitions().first().delivered, 4);
        QCOMPARE(positions.behind(), 6);
    }

    void gapsAreFollowedNotWaitedFor()
    {
        TailPositions positions;
        positions.set({{{u"t"_s, 0}, 0, -1, 0}});
        // Compacted or transactional logs skip offsets: the position follows the record.
        QCOMPARE(offsetsOf(positions.accept({rec(0, 0), rec(0, 5)})), QList<qint64>({0, 5}));
        QCOMPARE(positions.positions().first().offset, 6);
        QCOMPARE(positions.behind(), -1); // no end known yet
    }

    void otherPartitionsAreDroppedUnlessAdopted()
    {
        TailPositions positions;
        positions.set({{{u"t"_s, 0}, 0, -1, 0}});
        QVERIFY(positions.accept({rec(1, 0), rec(0, 0, u"other"_s)}).isEmpty());
        // Group mode: the server assigns; a new partition starts at its first record.
        QCOMPARE(offsetsOf(positions.accept({rec(1, 7), rec(1, 8)}, true)), QList<qint64>({7, 8}));
        QCOMPARE(positions.partitions().size(), 2);
        QCOMPARE(positions.nextOffsets().last(), PartitionOffset({{u"t"_s, 1}, 9}));
    }

    void endsGiveBehind()
    {
        TailPositions positions;
        positions.set({{{u"t"_s, 0}, 3, -1, 0}, {{u"t"_s, 1}, 0, -1, 0}});
        positions.setEnd({u"t"_s, 0}, 10);
        positions.setEnd({u"t"_s, 1}, 4);
        positions.setEnd({u"t"_s, 9}, 4); // not followed: ignored
        QCOMPARE(positions.behind(), 11);
        QCOMPARE(positions.partitions().first().behind(), 7);
    }
};

QTEST_GUILESS_MAIN(TestTailPositions)
#include "tst_tailpositions.moc"
