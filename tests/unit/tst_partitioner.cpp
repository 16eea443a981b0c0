// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/partitioner.h"

#include <QTest>

using namespace Gregor;

class TestPartitioner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void murmur2_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<qint32>("hash");
        QTest::addColumn<int>("p3");
        QTest::addColumn<int>("p6");
        QTest::addColumn<int>("p10");
        QTest::addColumn<int>("p12");
        // Kafka's own vectors (UtilsTest.testMurmur2) and the partitions of api-spec §5.1.
        QTest::newRow("21") << QByteArray("21") << -973932308 << 0 << 0 << 0 << 0;
        QTest::newRow("foobar") << QByteArray("foobar") << -790332482 << 0 << 0 << 6 << 6;
        QTest::newRow("long") << QByteArray("a-little-bit-long-string") << -985981536 << 2 << 2 << 2 << 8;
        QTest::newRow("longer") << QByteArray("a-little-bit-longer-string") << -1486304829 << 2 << 5 << 9
                                << 11;
        QTest::newRow("random") << QByteArray("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8") << -58897971
                                << 2 << 5 << 7 << 5;
        QTest::newRow("abc") << QByteArray("abc") << 479470107 << 0 << 3 << 7 << 3;
        QTest::newRow("empty") << QByteArray("") << 275646681 << 0 << 3 << 1 << 9;
    }
    void murmur2()
    {
        QFETCH(QByteArray, key);
        QFETCH(qint32, hash);
        QCOMPARE(kafkaMurmur2(key), hash);
        QTEST(partitionForKey(key, 3), "p3");
        QTEST(partitionForKey(key, 6), "p6");
        QTEST(partitionForKey(key, 10), "p10");
        QTEST(partitionForKey(key, 12), "p12");
    }
    void degeneratePartitionCount() { QCOMPARE(partitionForKey("abc", 0), 0); }
};

QTEST_GUILESS_MAIN(TestPartitioner)
#include "tst_partitioner.moc"
