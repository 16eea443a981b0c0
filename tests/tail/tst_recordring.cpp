// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RecordRing: segment arithmetic, eviction in whole segments, oversized batches, seqs across
// eviction, changing the capacity, clear, and the memory a million records cost.
#include "core/tail/recordring.h"
#include "tests/records/recorddata.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

// Cheap records for tests that need many rows but not their contents.
static QList<Record> smallRecords(qsizetype count)
{
    QList<Record> records;
    records.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        records.append(Record{u"t"_s, 0, i, {}, {}, QByteArray("v"), {}});
    return records;
}

// Row r of the ring holds generated record firstSeq() + r (records appended from index 0).
static bool holdsGenerated(const RecordRing &ring, qsizetype row)
{
    return ring.record(row) == Test::generatedRecord(int(ring.firstSeq() + row));
}

class TestRecordRing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capacityAndSegments_data()
    {
        QTest::addColumn<qsizetype>("requested");
        QTest::addColumn<qsizetype>("capacity");
        QTest::addColumn<qsizetype>("segmentRows");
        QTest::newRow("below minimum") << qsizetype(5) << qsizetype(1000) << qsizetype(250);
        QTest::newRow("small: a quarter") << qsizetype(4000) << qsizetype(4000) << qsizetype(1000);
        QTest::newRow("floor 1024") << qsizetype(8000) << qsizetype(8000) << qsizetype(1024);
        QTest::newRow("default") << qsizetype(100000) << qsizetype(100000) << qsizetype(12500);
        QTest::newRow("an eighth") << qsizetype(400000) << qsizetype(400000) << qsizetype(50000);
        QTest::newRow("ceiling 65536") << qsizetype(1000000) << qsizetype(1000000) << qsizetype(65536);
        QTest::newRow("above maximum") << qsizetype(50000000) << qsizetype(10000000) << qsizetype(65536);
    }

    void capacityAndSegments()
    {
        QFETCH(qsizetype, requested);
        QFETCH(qsizetype, capacity);
        QFETCH(qsizetype, segmentRows);
        RecordRing ring(requested);
        QCOMPARE(ring.capacity(), capacity);
        QCOMPARE(ring.segmentRows(), segmentRows);
        QCOMPARE(RecordRing::segmentRowsFor(requested), segmentRows);
        QVERIFY(ring.isEmpty());
        QCOMPARE(ring.firstSeq(), 0);
        QCOMPARE(ring.segmentCount(), 0);
    }

    void evictsWholeSegments()
    {
        RecordRing ring(100000);
        const qsizetype segment = ring.segmentRows();
        int next = 0;
        auto append = [&](int count) {
            const auto result = ring.append(Test::generatedRecords(next, count));
            next += count;
            return result;
        };
        for (int i = 0; i < 10; ++i) {
            const auto result = append(10000);
            QCOMPARE(result.evicted, 0);
            QCOMPARE(result.appended, 10000);
        }
        QCOMPARE(ring.size(), 100000);
        QCOMPARE(ring.segmentCount(), 8);

        const auto one = append(1);
        QCOMPARE(one.evicted, segment);
        QCOMPARE(one.appended, 1);
        QCOMPARE(ring.size(), 100000 - segment + 1);
        QCOMPARE(ring.firstSeq(), segment);
        QCOMPARE(ring.endSeq(), next);
        QVERIFY(holdsGenerated(ring, 0));
        QVERIFY(holdsGenerated(ring, ring.size() - 1));

        // Irregular batches: every eviction is whole segments, the ring stays within one segment
        // of full, and rows keep their seqs.
        QRandomGenerator random(12);
        for (int i = 0; i < 60; ++i) {
            const qsizetype before = ring.size();
            const int count = random.bounded(1, 9000);
            const auto result = append(count);
            QCOMPARE(result.evicted % segment, 0);
            QCOMPARE(ring.size(), before - result.evicted + count);
            QVERIFY(ring.size() <= ring.capacity());
            QVERIFY(ring.size() > ring.capacity() - segment);
            QCOMPARE(ring.endSeq(), next);
            for (qsizetype row : {qsizetype(0), ring.size() / 2, ring.size() - 1})
                QVERIFY2(holdsGenerated(ring, row), qPrintable(u"row %1"_s.arg(row)));
        }
    }

    void batchLargerThanCapacity()
    {
        RecordRing ring(1000);
        ring.append(Test::generatedRecords(0, 300));
        const auto result = ring.append(Test::generatedRecords(300, 2500));
        QCOMPARE(result.evicted, 300);
        QCOMPARE(result.appended, 1000);
        QCOMPARE(ring.size(), 1000);
        // The 1,500 oldest records of the batch used up their seqs without being kept.
        QCOMPARE(ring.firstSeq(), 1800);
        QCOMPARE(ring.endSeq(), 2800);
        QCOMPARE(ring.record(0), Test::generatedRecord(1800));
        QCOMPARE(ring.record(999), Test::generatedRecord(2799));
        QCOMPARE(ring.segmentCount(), 4);

        // Exactly capacity: everything goes, everything is kept.
        const auto exact = ring.append(Test::generatedRecords(2800, 1000));
        QCOMPARE(exact.evicted, 1000);
        QCOMPARE(exact.appended, 1000);
        QCOMPARE(ring.firstSeq(), 2800);
        QVERIFY(holdsGenerated(ring, 0));
    }

    void shrinkingWithNewSegmentSizeKeepsNewestExactly()
    {
        RecordRing ring(100000);
        ring.append(Test::generatedRecords(0, 100000));
        QCOMPARE(ring.evictionForCapacity(20000), 80000);
        QCOMPARE(ring.setCapacity(20000), 80000);
        QCOMPARE(ring.capacity(), 20000);
        QCOMPARE(ring.segmentRows(), 2500);
        QCOMPARE(ring.size(), 20000);
        QCOMPARE(ring.segmentCount(), 8);
        QCOMPARE(ring.firstSeq(), 80000);
        QVERIFY(holdsGenerated(ring, 0));
        QVERIFY(holdsGenerated(ring, 12345));
        QVERIFY(holdsGenerated(ring, 19999));

        // Down to the minimum, then appending evicts by the new segments.
        QCOMPARE(ring.setCapacity(10), 19000);
        QCOMPARE(ring.capacity(), 1000);
        QCOMPARE(ring.segmentRows(), 250);
        QCOMPARE(ring.firstSeq(), 99000);
        QVERIFY(holdsGenerated(ring, 0));
        QCOMPARE(ring.append(Test::generatedRecords(100000, 10)).evicted, 250);
        QVERIFY(holdsGenerated(ring, 0));
        QVERIFY(holdsGenerated(ring, ring.size() - 1));
    }

    void shrinkingWithSameSegmentSizeDropsWholeSegments()
    {
        RecordRing ring(600000);
        ring.append(smallRecords(600000));
        QCOMPARE(ring.segmentRows(), 65536);
        QCOMPARE(RecordRing::segmentRowsFor(530000), 65536);
        // 70,000 too many: two whole segments go.
        QCOMPARE(ring.evictionForCapacity(530000), 2 * 65536);
        QCOMPARE(ring.setCapacity(530000), 2 * 65536);
        QCOMPARE(ring.size(), 600000 - 2 * 65536);
        QCOMPARE(ring.firstSeq(), 2 * 65536);
        QCOMPARE(ring.offset(0), 2 * 65536);
        QCOMPARE(ring.setCapacity(530000), 0);
    }

    void growingKeepsEverything()
    {
        RecordRing ring(100000);
        ring.append(Test::generatedRecords(0, 30000));
        QCOMPARE(ring.evictionForCapacity(400000), 0);
        QCOMPARE(ring.setCapacity(400000), 0);
        QCOMPARE(ring.segmentRows(), 50000);
        QCOMPARE(ring.segmentCount(), 1);
        QCOMPARE(ring.size(), 30000);
        QCOMPARE(ring.firstSeq(), 0);
        QVERIFY(holdsGenerated(ring, 0));
        QVERIFY(holdsGenerated(ring, 29999));
        QCOMPARE(ring.append(Test::generatedRecords(30000, 10)).evicted, 0);
        QVERIFY(holdsGenerated(ring, 30009));
    }

    void clearRestartsSeqs()
    {
        RecordRing ring(1000);
        ring.append(Test::generatedRecords(0, 2500));
        QVERIFY(ring.payloadBytes() > 0);
        ring.clear();
        QVERIFY(ring.isEmpty());
        QCOMPARE(ring.firstSeq(), 0);
        QCOMPARE(ring.endSeq(), 0);
        QCOMPARE(ring.segmentCount(), 0);
        QCOMPARE(ring.payloadBytes(), 0);
        QCOMPARE(ring.allocatedBytes(), 0);
        QCOMPARE(ring.capacity(), 1000);
        ring.append(Test::generatedRecords(0, 10));
        QCOMPARE(ring.firstSeq(), 0);
        QVERIFY(holdsGenerated(ring, 9));
        QCOMPARE(ring.append({}).appended, 0);
    }

    void locateAgreesWithRecord()
    {
        RecordRing ring(4000);
        ring.append(Test::generatedRecords(0, 5000)); // keeps the newest 4,000 in four segments
        QCOMPARE(ring.segmentCount(), 4);
        qint64 payload = 0;
        for (qsizetype row = 0; row < ring.size(); ++row) {
            const auto [rows, local] = ring.locate(row);
            QCOMPARE(local, row % ring.segmentRows());
            const Record record = ring.record(row);
            QCOMPARE(rows->record(local), record);
            QCOMPARE(record, Test::generatedRecord(int(ring.firstSeq() + row)));
            QCOMPARE(ring.topic(row), record.topic);
            QCOMPARE(ring.partition(row), record.partition);
            QCOMPARE(ring.offset(row), record.offset);
            QCOMPARE(ring.timestampMs(row), record.timestampMs);
            QCOMPARE(ring.hasKey(row), record.hasKey());
            QCOMPARE(ring.hasValue(row), !record.value.isNull());
            QCOMPARE(ring.key(row), QByteArrayView(record.key));
            QCOMPARE(ring.value(row), QByteArrayView(record.value));
            QCOMPARE(ring.headers(row), record.headers);
            QCOMPARE(ring.headerCount(row), record.headers.size());
            QCOMPARE(ring.recordBytes(row), rows->recordBytes(local));
            payload += ring.recordBytes(row);
        }
        QCOMPARE(ring.payloadBytes(), payload);
    }

    void millionRecordsMemory()
    {
        constexpr int total = 1000000;
        constexpr int batch = 10000;
        RecordRing ring(total);
        const QByteArray value(200, 'v');
        for (int from = 0; from < total; from += batch) {
            QList<Record> records;
            records.reserve(batch);
            for (int i = from; i < from + batch; ++i)
                records.append(Record{u"events"_s,
                                      i % 6,
                                      i,
                                      qint64(i),
                                      "key-" + QByteArray::number(i).rightJustified(8, '0'),
                                      value,
                                      {}});
            QCOMPARE(ring.append(records).evicted, 0);
        }
        QCOMPARE(ring.size(), total);
        QCOMPARE(ring.payloadBytes(), qint64(total) * 212);
        const double ratio = double(ring.allocatedBytes()) / double(ring.payloadBytes());
        qInfo("1,000,000 records of 212 B payload in %lld segments: %.1f MB allocated, %.3f x payload",
              qlonglong(ring.segmentCount()), double(ring.allocatedBytes()) / 1e6, ratio);
        QVERIFY2(ratio <= 1.5, qPrintable(u"allocated %1 x payload"_s.arg(ratio)));
        QCOMPARE(ring.key(total - 1), QByteArrayView("key-00999999"));

        // The estimate for the settings page is an upper bound close to what it costs.
        const qint64 estimate = RecordRing::estimatedBytes(total, 212);
        QVERIFY(estimate >= ring.allocatedBytes());
        QVERIFY(estimate <= ring.allocatedBytes() * 11 / 10);
    }

    void estimate()
    {
        QCOMPARE(RecordRing::estimatedBytes(100000, 0), 8 * 16384 * 24);
        // Never below index + payload, and not far above it for ordinary records.
        const qint64 estimate = RecordRing::estimatedBytes(1000000, 1000);
        QVERIFY(estimate >= 1000000LL * 1024);
        QVERIFY(estimate <= 1000000LL * 1024 * 13 / 10);
        QCOMPARE(RecordRing::estimatedBytes(1, 100), RecordRing::estimatedBytes(1000, 100));
    }
};

QTEST_GUILESS_MAIN(TestRecordRing)
#include "tst_recordring.moc"
