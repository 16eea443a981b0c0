// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RecordStore: every field back as appended (null vs empty key, tombstones, binary, headers),
// snapshots unchanged while the store grows or is cleared, big values, and the value preview.
#include "core/records/recordstore.h"
#include "core/records/valuepreview.h"
#include "recorddata.h"

#include <QTest>
#include <QtConcurrentRun>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestRecordStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFieldRoundTrips()
    {
        RecordStore store;
        const QList<Record> records = Test::generatedRecords(0, 2000);
        store.append(records);
        QCOMPARE(store.size(), qsizetype(2000));
        qint64 payload = 0;
        for (int i = 0; i < records.size(); ++i) {
            const Record &r = records.at(i);
            QCOMPARE(store.record(i), r);
            QCOMPARE(store.hasKey(i), !r.key.isNull());
            QCOMPARE(store.hasValue(i), !r.value.isNull());
            QCOMPARE(store.key(i).toByteArray(), r.key);
            QCOMPARE(store.value(i).toByteArray(), r.value);
            QCOMPARE(store.timestampMs(i), r.timestampMs);
            QCOMPARE(qsizetype(store.headerCount(i)), r.headers.size());
            qsizetype bytes = r.key.size() + r.value.size();
            for (const RecordHeader &h : r.headers)
                bytes += h.key.toUtf8().size() + h.value.size();
            QCOMPARE(store.recordBytes(i), bytes);
            payload += bytes;
        }
        QCOMPARE(store.payloadBytes(), payload);
    }

    void nullAndEmptyKeysDiffer()
    {
        RecordStore store;
        Record noKey{u"t"_s, 0, 0, {}, {}, "v", {}};
        Record emptyKey{u"t"_s, 0, 1, {}, QByteArray("", 0), QByteArray("", 0), {}};
        store.append(QList<Record>{noKey, emptyKey});
        QVERIFY(!store.hasKey(0));
        QVERIFY(store.hasKey(1));
        QVERIFY(store.record(0).key.isNull());
        QVERIFY(!store.record(1).key.isNull());
        QVERIFY(store.record(1).key.isEmpty());
        QVERIFY(!store.record(1).value.isNull());
        QCOMPARE(store.record(0), noKey);
        QCOMPARE(store.record(1), emptyKey);
    }

    void headersByName()
    {
        RecordStore store;
        store.append(Record{u"t"_s, 0, 0, 5, {}, "v", {{u"a"_s, "1"}, {u"ä"_s, {}}, {u"a"_s, "2"}}});
        QCOMPARE(store.headerValue(0, u"a")->toByteArray(), "1"_ba);
        QVERIFY(store.headerValue(0, u"ä").has_value());
        QVERIFY(!store.headerValue(0, u"b").has_value());
        QVERIFY(store.headers(0).at(1).value.isNull());
    }

    void bigValuesAndManyTopics()
    {
        RecordStore store;
        const QByteArray big(3 << 20, 'x'); // larger than an arena block
        for (int i = 0; i < 5; ++i)
            store.append(Record{u"topic-%1"_s.arg(i % 2), i, i, {}, "k", i == 2 ? big : "small", {}});
        QCOMPARE(store.value(2).size(), big.size());
        QCOMPARE(store.value(3).toByteArray(), "small"_ba);
        QCOMPARE(store.topic(0), u"topic-0"_s);
        QCOMPARE(store.topic(1), u"topic-1"_s);
    }

    // Rows whose fields do not fit the packed entry (see recordstore.cpp) read back the same,
    // beside packed ones in the same chunk, in any order.
    void wideRowsRoundTrip_data()
    {
        QTest::addColumn<Record>("unusual");
        const qint64 now = 1'700'000'000'000;
        QTest::newRow("offset 2^33 past the first")
            << Record{u"t"_s, 1, (qint64(1) << 33) + 10, now, "k", "v", {}};
        QTest::newRow("offset far before the first")
            << Record{u"t"_s, 1, -(qint64(1) << 40), now, "k", "v", {}};
        QTest::newRow("timestamp 30 days later")
            << Record{u"t"_s, 1, 5, now + 30LL * 24 * 3600 * 1000, "k", "v", {}};
        QTest::newRow("timestamp at the epoch") << Record{u"t"_s, 1, 5, 0, "k", "v", {}};
        QTest::newRow("timestamp at the delta's sentinel")
            << Record{u"t"_s, 1, 5, now + std::numeric_limits<qint32>::min(), "k", "v", {}};
        QTest::newRow("no timestamp") << Record{u"t"_s, 1, 5, std::nullopt, "k", "v", {}};
        QTest::newRow("partition 65535") << Record{u"t"_s, 65535, 5, now, "k", "v", {}};
        QTest::newRow("partition 70000") << Record{u"t"_s, 70000, 5, now, {}, "v", {}};
        QTest::newRow("negative partition") << Record{u"t"_s, -1, 5, now, "k", {}, {}};
        QList<RecordHeader> many;
        for (int i = 0; i < 300; ++i)
            many.append({u"h%1"_s.arg(i), QByteArray::number(i)});
        QTest::newRow("300 headers") << Record{u"t"_s, 1, 5, now, "k", "v", many};
        QTest::newRow("no bytes at all") << Record{u"t"_s, 1, 5, now, {}, {}, {}};
    }
    void wideRowsRoundTrip()
    {
        QFETCH(Record, unusual);
        const qint64 now = 1'700'000'000'000;
        for (const int position : {0, 1, 16383, 16384, 20000}) {
            RecordStore store;
            QList<Record> records;
            for (int i = 0; i < 20001; ++i)
                records.append(
                    i == position
                        ? unusual
                        : Record{
                              u"t"_s, i % 3, 100 + i, now + i, "key", "value-" + QByteArray::number(i), {}});
            store.append(records);
            for (int i = 0; i < records.size(); ++i)
                QCOMPARE(store.record(i), records.at(i));
            const RecordRows snapshot = store.snapshot();
            QCOMPARE(snapshot.record(position), unusual);
        }
    }

    void manyTopicsInOneChunk()
    {
        RecordStore store;
        QList<Record> records;
        for (int i = 0; i < 600; ++i)
            records.append(Record{u"topic-%1"_s.arg(i), i % 4, i, i, "k", QByteArray(i % 7, 'v'), {}});
        store.append(records);
        for (int i = 0; i < records.size(); ++i)
            QCOMPARE(store.record(i), records.at(i));
    }

    void bigValuesAmongSmallOnes()
    {
        // Big values take blocks of their own; the small rows around them keep their places.
        RecordStore store;
        QList<Record> records;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray value =
                i % 500 == 7 ? QByteArray(2 << 20, char('a' + i % 26)) : QByteArray::number(i);
            records.append(Record{u"t"_s, 0, i, i, {}, value, {}});
        }
        store.append(records);
        for (int i = 0; i < records.size(); ++i)
            QCOMPARE(store.value(i).toByteArray(), records.at(i).value);
    }

    void snapshotsStayPutWhileTheStoreGrowsAndClears()
    {
        RecordStore store;
        store.append(Test::generatedRecords(0, 100));
        const RecordRows snapshot = store.snapshot();
        // Grow across several index chunks and arena blocks, read the snapshot on another thread.
        auto reader = QtConcurrent::run([snapshot] {
            qint64 sum = 0;
            for (int round = 0; round < 200; ++round) {
                for (qsizetype i = 0; i < snapshot.size(); ++i)
                    sum += snapshot.offset(i) + snapshot.value(i).size();
            }
            return sum;
        });
        store.append(Test::generatedRecords(100, 60000));
        reader.waitForFinished();
        QCOMPARE(snapshot.size(), qsizetype(100));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(snapshot.record(i), Test::generatedRecord(i));
        store.clear();
        QCOMPARE(store.size(), qsizetype(0));
        QCOMPARE(snapshot.record(99), Test::generatedRecord(99));
        store.append(Test::generatedRecord(7));
        QCOMPARE(store.record(0), Test::generatedRecord(7));
    }

    void compact()
    {
        RecordStore store;
        QList<Record> batch;
        for (int i = 0; i < 100000; ++i)
            batch.append(Record{u"t"_s, 0, i, i, {}, QByteArray(200, 'v'), {}});
        store.append(batch);
        // 200 B payload + a 24 B entry; arena blocks are filled before a new one is taken.
        QVERIFY2(store.allocatedBytes() < qint64(1.3 * double(store.payloadBytes())),
                 qPrintable(u"%1 bytes for %2"_s.arg(store.allocatedBytes()).arg(store.payloadBytes())));
    }

    void preview_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("isNull");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << QByteArray() << true << u"‹null›"_s;
        QTest::newRow("empty") << QByteArray("", 0) << false << QString();
        QTest::newRow("text") << "hello"_ba << false << u"hello"_s;
        QTest::newRow("lines join") << "{\n  \"a\": 1,\n  \"b\": 2\n}"_ba << false
                                    << u"{ \"a\": 1, \"b\": 2 }"_s;
        QTest::newRow("utf8") << u"grüße"_s.toUtf8() << false << u"grüße"_s;
        QTest::newRow("binary") << QByteArray("\x00\x01\xff", 3) << false << u"‹binary, 3 bytes› 00 01 ff"_s;
        QTest::newRow("long") << QByteArray(300, 'a') << false << QString(200, u'a') + u'…';
    }
    void preview()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, isNull);
        QFETCH(QString, expected);
        QCOMPARE(valuePreview(bytes, isNull, 200), expected);
    }

    void binaryPreviewOfLongValues()
    {
        QByteArray bytes(5000, '\x01');
        QCOMPARE(valuePreview(bytes, false).left(24), u"‹binary, 5000 bytes› 01 "_s);
        QVERIFY(valuePreview(bytes, false).endsWith(u'…'));
        QVERIFY(looksLikeText(u"tab\tand\nnewline é"_s.toUtf8()));
        QVERIFY(!looksLikeText("\xc3\x28"_ba));     // invalid sequence
        QVERIFY(!looksLikeText("\xed\xa0\x80"_ba)); // surrogate
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
