// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TailRecordsModel under QAbstractItemModelTester: one apply per tick, eviction at the front,
// filtering while tailing, re-filtering a large buffer in slices while records keep coming,
// highlight rules, clear and capacity changes.
#include "core/tail/tailrecordsmodel.h"
#include "tests/records/recorddata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

// Record i: an error every 100th (i % 100 == 7), info otherwise; key "k<i % 10>".
static Record logRecord(int i)
{
    const QByteArray level = i % 100 == 7 ? "ERROR" : "INFO";
    return Record{u"logs"_s,
                  i % 2,
                  i / 2,
                  qint64(1700000000000) + i,
                  "k" + QByteArray::number(i % 10),
                  "{\"level\":\"" + level + "\",\"n\":" + QByteArray::number(i) + "}",
                  {}};
}

static QList<Record> logRecords(int from, int count)
{
    QList<Record> records;
    records.reserve(count);
    for (int i = from; i < from + count; ++i)
        records.append(logRecord(i));
    return records;
}

static RecordMatcher matcher(const QString &query, FilterSpec::Mode mode = FilterSpec::Mode::Text,
                             FilterSpec::Scope scope = FilterSpec::Scope::Any)
{
    return *RecordMatcher::create(*FilterSpec::parse(query, mode, scope));
}

static QList<qint64> shownSeqs(const TailRecordsModel &model)
{
    QList<qint64> seqs;
    for (int row = 0; row < model.rowCount(); ++row)
        seqs.append(model.seqOf(row));
    return seqs;
}

// The shown rows are exactly the ring's rows that match, in seq order.
static bool showsExactlyMatches(const TailRecordsModel &model, const RecordMatcher &m)
{
    const RecordRing &ring = model.ring();
    int modelRow = 0;
    for (qsizetype row = 0; row < ring.size(); ++row) {
        const auto [rows, local] = ring.locate(row);
        if (!m.matches(*rows, local))
            continue;
        if (modelRow >= model.rowCount() || model.seqOf(modelRow) != ring.firstSeq() + row) {
            qWarning("ring row %lld (seq %lld) should be model row %d", qlonglong(row),
                     qlonglong(ring.firstSeq() + row), modelRow);
            return false;
        }
        ++modelRow;
    }
    return modelRow == model.rowCount();
}

class TestTailRecordsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells()
    {
        TailRecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.enqueue(Test::generatedRecords(0, 30));
        model.flushNow();
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.columnCount(), int(TailRecordsModel::ColumnCount));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(4, TailRecordsModel::TopicColumn).toString(), u"orders"_s);
        QCOMPARE(cell(4, TailRecordsModel::PartitionColumn).toInt(), 1);
        QCOMPARE(cell(4, TailRecordsModel::OffsetColumn).toLongLong(), 1);
        QCOMPARE(cell(0, TailRecordsModel::KeyColumn).toString(), u"‹null›"_s);
        QCOMPARE(cell(2, TailRecordsModel::KeyColumn).toString(), u"user-2"_s);
        QCOMPARE(cell(22, TailRecordsModel::ValueColumn).toString(), u"‹binary, 3 bytes› 00 ff 16"_s);
        QCOMPARE(cell(26, TailRecordsModel::ValueColumn).toString(), u"‹null›"_s);
        QCOMPARE(cell(7, TailRecordsModel::TimestampColumn).toString(), u"—"_s);
        QVERIFY(cell(8, TailRecordsModel::TimestampColumn).toString().startsWith(u"20"_s));
        QCOMPARE(cell(5, TailRecordsModel::SizeColumn).toLongLong(), qint64(model.ring().recordBytes(5)));
        QCOMPARE(cell(5, 0, TailRecordsModel::RowRole).value<qsizetype>(), 5);
        QCOMPARE(cell(5, 0, TailRecordsModel::SeqRole).toLongLong(), 5);
        QCOMPARE(cell(5, 0, TailRecordsModel::TopicRole).toString(), u"orders"_s);
        QVERIFY(!cell(0, 0, TailRecordsModel::HasKeyRole).toBool());
        QVERIFY(!cell(26, 0, TailRecordsModel::HasValueRole).toBool());
        QCOMPARE(cell(5, 0, TailRecordsModel::HighlightRole).toInt(), -1);
        QCOMPARE(model.record(9), Test::generatedRecord(9));
        QCOMPARE(model.headerData(TailRecordsModel::TopicColumn, Qt::Horizontal).toString(), u"Topic"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCapabilities(capabilitiesOf(DialectKind::ConfluentV2));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(8, TailRecordsModel::TimestampColumn).toString(), u"—"_s);
    }

    void enqueuesInOneTickApplyOnce()
    {
        TailRecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy applied(&model, &TailRecordsModel::applied);
        QSignalSpy counts(&model, &TailRecordsModel::countsChanged);
        for (int i = 0; i < 50; ++i)
            model.enqueue(logRecords(i * 20, 20));
        model.enqueue({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 1000);
        QTRY_COMPARE(applied.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 999);
        QCOMPARE(applied.at(0).at(0).value<qsizetype>(), 1000);
        QCOMPARE(applied.at(0).at(1).value<qsizetype>(), 0);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.pendingCount(), 0);

        // The next tick's batches are applied in one go too, after the first.
        model.enqueue(logRecords(1000, 5));
        model.enqueue(logRecords(1005, 5));
        QTRY_COMPARE(applied.size(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1000);
        QCOMPARE(inserted.at(1).at(2).toInt(), 1009);
        QCOMPARE(model.record(1009), logRecord(1009));
    }

    void evictionRemovesAtTheFrontThenInserts()
    {
        TailRecordsModel model(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.ring().segmentRows(), 250);
        model.enqueue(logRecords(0, 1000));
        model.flushNow();
        QCOMPARE(model.rowCount(), 1000);

        QStringList events;
        connect(&model, &QAbstractItemModel::rowsRemoved, this,
                [&](const QModelIndex &, int first, int last) {
                    events.append(u"removed %1-%2"_s.arg(first).arg(last));
                });
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    events.append(u"inserted %1-%2"_s.arg(first).arg(last));
                });
        QSignalSpy applied(&model, &TailRecordsModel::applied);
        model.enqueue(logRecords(1000, 60));
        model.enqueue(logRecords(1060, 40));
        QTRY_COMPARE(applied.size(), 1);
        QCOMPARE(events, (QStringList{u"removed 0-249"_s, u"inserted 750-849"_s}));
        QCOMPARE(applied.at(0).at(1).value<qsizetype>(), 250);
        QCOMPARE(model.rowCount(), 850);
        QCOMPARE(model.seqOf(0), 250);
        QCOMPARE(model.record(0), logRecord(250));
        QCOMPARE(model.record(849), logRecord(1099));
        QCOMPARE(model.modelRow(249), -1);
        QCOMPARE(model.modelRow(250), 0);
        QCOMPARE(model.modelRow(1099), 849);
        QCOMPARE(model.modelRow(1100), -1);
    }

    void filterWhileTailing()
    {
        TailRecordsModel model(2000); // segments of 500 rows
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.enqueue(logRecords(0, 1200));
        model.flushNow();
        QSignalSpy finished(&model, &TailRecordsModel::filterFinished);
        model.setMatcher(matcher(u"error"_s));
        QTRY_VERIFY(!model.isFiltering());
        QCOMPARE(finished.size(), 1);
        // "12 of 1,200"
        QCOMPARE(model.shownCount(), 12);
        QCOMPARE(model.totalCount(), 1200);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.seqOf(0), 7);
        QCOMPARE(model.seqOf(11), 1107);
        QCOMPARE(model.ringRow(1), 107);
        QCOMPARE(model.modelRow(107), 1);
        QCOMPARE(model.modelRow(108), -1);
        QCOMPARE(model.record(2), logRecord(207));

        // New rows are matched as they are applied.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.enqueue(logRecords(1200, 800));
        QTRY_COMPARE(model.totalCount(), 2000);
        QCOMPARE(model.shownCount(), 20);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 12);
        QCOMPARE(inserted.at(0).at(2).toInt(), 19);

        // Evicting the oldest segment (seqs 0-499) removes the five shown rows among them.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.enqueue(logRecords(2000, 300));
        QTRY_COMPARE(model.totalCount(), 1800);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 4);
        QCOMPARE(model.shownCount(), 18);
        QCOMPARE(model.seqOf(0), 507);
        QCOMPARE(model.seqOf(17), 2207);
        QVERIFY(showsExactlyMatches(model, *model.matcher()));

        // An eviction that takes no shown row removes no model row.
        model.setMatcher(matcher(u"\"n\":2299}"_s));
        QTRY_VERIFY(!model.isFiltering()); // a slow build needs more than the first slice
        QCOMPARE(model.shownCount(), 1);
        removed.clear();
        model.enqueue(logRecords(2300, 400));
        QTRY_COMPARE(model.totalCount(), 1700);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.seqOf(0), 2299);

        model.setMatcher(std::nullopt);
        QVERIFY(!model.hasMatcher());
        QCOMPARE(model.rowCount(), 1700);
        QCOMPARE(model.seqOf(0), 1000);
    }

    void refilterInSlicesWhileRecordsArrive()
    {
        TailRecordsModel model(250000); // segments of 31,250 rows
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int next = 0;
        for (; next < 200000; next += 20000)
            model.enqueue(Test::generatedRecords(next, 20000));
        model.flushNow();
        QCOMPARE(model.rowCount(), 200000);

        // Batches keep arriving during the scan: large ones first (evicting rows the scan has
        // not reached), then a bounded run of small ones. Unbounded arrivals at every slice
        // would make the scan's finish depend on the machine's speed: under ASan on a slow
        // machine one slice scans barely more than one small batch.
        QSignalSpy progress(&model, &TailRecordsModel::filterProgress);
        QSignalSpy finished(&model, &TailRecordsModel::filterFinished);
        int arrivals = 0;
        connect(&model, &TailRecordsModel::filterProgress, this, [&] {
            if (arrivals >= 4 + 40)
                return;
            const int count = arrivals < 4 ? 20000 : 200;
            model.enqueue(Test::generatedRecords(next, count));
            next += count;
            ++arrivals;
        });
        const RecordMatcher idIs42 = matcher(u"$.user.id == 42"_s, FilterSpec::Mode::JsonField);
        model.setMatcher(idIs42);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        disconnect(&model, &TailRecordsModel::filterProgress, this, nullptr);
        QVERIFY(!model.isFiltering());
        qInfo("re-filter of 200,000 rows took %lld slices; %d batches arrived meanwhile",
              qlonglong(progress.size()), arrivals);
        QVERIFY(progress.size() > 1);
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong());

        model.flushNow();
        QCOMPARE(model.ring().endSeq(), next); // nothing lost on the way into the ring
        QVERIFY(model.ring().firstSeq() > 0);  // and eviction happened during the scan
        const QList<qint64> seqs = shownSeqs(model);
        for (qsizetype i = 1; i < seqs.size(); ++i)
            QVERIFY2(seqs.at(i - 1) < seqs.at(i), qPrintable(u"model rows %1, %2"_s.arg(i - 1).arg(i)));
        QVERIFY(showsExactlyMatches(model, idIs42));
        QVERIFY(model.shownCount() > 1000);
        for (int row : {0, int(model.shownCount() / 2), int(model.shownCount() - 1)})
            QVERIFY(model.index(row, TailRecordsModel::ValueColumn)
                        .data()
                        .toString()
                        .startsWith(u"{\"user\":{\"id\":42,"_s));

        // After the scan, new rows are matched as they arrive again.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.enqueue(Test::generatedRecords(next, 100));
        model.flushNow();
        int jsonId42 = 0; // one id 42 among 100, unless that record is binary or a tombstone
        for (int i = next; i < next + 100; ++i)
            jsonId42 += i % 100 == 42 && i % 11 != 0 && i % 13 != 0;
        QCOMPARE(inserted.size(), jsonId42);
        QVERIFY(showsExactlyMatches(model, idIs42));
    }

    void highlightRules()
    {
        TailRecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.enqueue(logRecords(0, 200));
        model.flushNow();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setHighlightRules({
            {matcher(u"error"_s), u"tomato"_s, u"Errors"_s},
            {matcher(u"k7"_s, FilterSpec::Mode::Text, FilterSpec::Scope::Key), u"#3366ff"_s, u"Key k7"_s},
        });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(199, TailRecordsModel::ColumnCount - 1));
        auto highlight = [&](int row) {
            return model.index(row, TailRecordsModel::ValueColumn)
                .data(TailRecordsModel::HighlightRole)
                .toInt();
        };
        QCOMPARE(highlight(0), -1);
        QCOMPARE(highlight(7), 0);  // an error with key k7: the first rule wins
        QCOMPARE(highlight(17), 1); // key k7
        QCOMPARE(highlight(107), 0);
        QCOMPARE(model.index(17, TailRecordsModel::TopicColumn).data(Qt::ToolTipRole).toString(),
                 u"Key k7"_s);

        // Rules follow the shown rows through a filter.
        model.setMatcher(matcher(u"\"n\":1"_s));
        QTRY_VERIFY(!model.isFiltering()); // a slow build needs more than the first slice
        QCOMPARE(model.seqOf(8), 17);      // 1, 10, 11, …
        QCOMPARE(highlight(8), 1);

        model.setHighlightRules({});
        QCOMPARE(highlight(8), -1);
        QCOMPARE(model.highlightRules().size(), 0);
    }

    void clearKeepsSettings()
    {
        TailRecordsModel model(5000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatcher(matcher(u"error"_s));
        model.setHighlightRules({{matcher(u"k1"_s), u"gold"_s, u"k1"_s}});
        model.enqueue(logRecords(0, 300));
        model.flushNow();
        QCOMPARE(model.shownCount(), 3);
        model.enqueue(logRecords(300, 100)); // still pending when cleared

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.capacity(), 5000);
        QVERIFY(model.hasMatcher());
        QCOMPARE(model.highlightRules().size(), 1);

        QSignalSpy applied(&model, &TailRecordsModel::applied);
        model.enqueue(logRecords(1000, 100));
        QTRY_COMPARE(applied.size(), 1);
        QCOMPARE(model.totalCount(), 100);
        QCOMPARE(model.shownCount(), 1);
        QCOMPARE(model.seqOf(0), 7); // seqs restart after clear
        QCOMPARE(model.record(0), logRecord(1007));
    }

    void setCapacity()
    {
        TailRecordsModel model(100000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.enqueue(logRecords(0, 100000));
        model.flushNow();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QCOMPARE(model.setCapacity(20000), 80000);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 79999);
        QCOMPARE(model.capacity(), 20000);
        QCOMPARE(model.rowCount(), 20000);
        QCOMPARE(model.seqOf(0), 80000);
        QCOMPARE(model.record(0), logRecord(80000));

        // Filtered: only the shown rows among the evicted ones are removed.
        model.setMatcher(matcher(u"error"_s));
        QTRY_VERIFY(!model.isFiltering()); // a slow build needs more than the first slice
        QCOMPARE(model.shownCount(), 200);
        removed.clear();
        QCOMPARE(model.setCapacity(5000), 15000);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 149);
        QCOMPARE(model.shownCount(), 50);
        QCOMPARE(model.seqOf(0), 95007);
        QVERIFY(showsExactlyMatches(model, *model.matcher()));

        // Growing evicts nothing and keeps every row.
        removed.clear();
        QCOMPARE(model.setCapacity(50000), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.shownCount(), 50);
        QCOMPARE(model.totalCount(), 5000);
        QCOMPARE(model.record(49), logRecord(99907));
    }
};

QTEST_GUILESS_MAIN(TestTailRecordsModel)
#include "tst_tailrecordsmodel.moc"
