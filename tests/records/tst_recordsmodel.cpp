// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RecordsModel under QAbstractItemModelTester: cells, capability-aware columns, batched inserts,
// sorting by permutation with persistent indexes, appends while sorted, 100k rows.
#include "core/records/latestrun.h"
#include "core/records/recordsmodel.h"
#include "recorddata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestRecordsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells()
    {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRecords(Test::generatedRecords(0, 30));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.columnCount(), int(RecordsModel::ColumnCount));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(4, RecordsModel::PartitionColumn).toInt(), 1);
        QCOMPARE(cell(4, RecordsModel::OffsetColumn).toLongLong(), 1);
        QCOMPARE(cell(0, RecordsModel::KeyColumn).toString(), u"‹null›"_s); // no key
        QCOMPARE(cell(1, RecordsModel::KeyColumn).toString(), QString());   // empty key
        QCOMPARE(cell(2, RecordsModel::KeyColumn).toString(), u"user-2"_s);
        QVERIFY(!cell(0, 0, RecordsModel::HasKeyRole).toBool());
        QVERIFY(cell(1, 0, RecordsModel::HasKeyRole).toBool());
        QCOMPARE(cell(22, RecordsModel::ValueColumn).toString(), u"‹binary, 3 bytes› 00 ff 16"_s);
        QCOMPARE(cell(26, RecordsModel::ValueColumn).toString(), u"‹null›"_s); // tombstone
        QVERIFY(!cell(26, 0, RecordsModel::HasValueRole).toBool());
        QVERIFY(cell(3, RecordsModel::ValueColumn).toString().startsWith(u"{\"user\":{\"id\":3,"_s));
        QCOMPARE(cell(7, RecordsModel::TimestampColumn).toString(), u"—"_s); // no timestamp
        QVERIFY(cell(8, RecordsModel::TimestampColumn).toString().startsWith(u"20"_s));
        QVERIFY(
            cell(8, RecordsModel::TimestampColumn, Qt::ToolTipRole).toString().contains(u"1700000008000"_s));
        QCOMPARE(cell(4, RecordsModel::HeadersColumn).toInt(), 2);
        QCOMPARE(cell(3, RecordsModel::HeadersColumn).toInt(), 0);
        QCOMPARE(cell(5, RecordsModel::SizeColumn).toLongLong(), qint64(model.store().recordBytes(5)));
        QCOMPARE(cell(5, 0, RecordsModel::RowRole).value<qsizetype>(), 5);
        QCOMPARE(cell(5, RecordsModel::OffsetColumn, RecordsModel::SortRole).toLongLong(), 1);
        QCOMPARE(cell(5, 0, RecordsModel::TopicRole).toString(), u"orders"_s);
        QCOMPARE(model.record(model.index(9, 3)), Test::generatedRecord(9));
    }

    void capabilityAwareColumns()
    {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapabilities(capabilitiesOf(DialectKind::ConfluentV2));
        Record r{u"t"_s, 0, 0, {}, "k", "v", {}};
        model.appendRecords({r});
        QCOMPARE(model.index(0, RecordsModel::TimestampColumn).data().toString(), u"—"_s);
        QCOMPARE(model.index(0, RecordsModel::HeadersColumn).data().toString(), u"—"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCapabilities(capabilitiesOf(DialectKind::Upstash));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.index(0, RecordsModel::HeadersColumn).data().toInt(), 0);
    }

    void batchesInsertOnce()
    {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy count(&model, &RecordsModel::recordCountChanged);
        model.appendRecords(Test::generatedRecords(0, 500));
        model.appendRecords({});
        model.appendRecords(Test::generatedRecords(500, 250));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 500);
        QCOMPARE(inserted.at(1).at(2).toInt(), 749);
        QCOMPARE(count.last().at(0).value<qsizetype>(), 750);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sortKeepsPersistentIndexes()
    {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRecords(Test::generatedRecords(0, 300));
        const QPersistentModelIndex tracked = model.index(42, RecordsModel::ValueColumn);
        const QString trackedValue = tracked.data().toString();

        model.sort(RecordsModel::OffsetColumn, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), int(RecordsModel::OffsetColumn));
        for (int row = 1; row < model.rowCount(); ++row) {
            const qint64 a = model.index(row - 1, RecordsModel::OffsetColumn).data().toLongLong();
            const qint64 b = model.index(row, RecordsModel::OffsetColumn).data().toLongLong();
            QVERIFY(a >= b);
        }
        QVERIFY(tracked.isValid());
        QCOMPARE(tracked.data().toString(), trackedValue);
        QCOMPARE(model.storeRow(tracked.row()), 42);
        QCOMPARE(model.modelRow(42), tracked.row());

        // Keys: null first, then empty, then bytes.
        model.sort(RecordsModel::KeyColumn, Qt::AscendingOrder);
        QVERIFY(!model.index(0, 0).data(RecordsModel::HasKeyRole).toBool());
        QCOMPARE(tracked.data().toString(), trackedValue);

        model.resetSort();
        QCOMPARE(model.sortColumn(), -1);
        QCOMPARE(tracked.row(), 42);
    }

    void appendsWhileSortedStaySorted()
    {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRecords(Test::generatedRecords(0, 100));
        model.sort(RecordsModel::TimestampColumn, Qt::DescendingOrder);
        const QPersistentModelIndex first = model.index(0, 0);
        const qsizetype firstStoreRow = model.storeRow(0);
        model.appendRecords(Test::generatedRecords(100, 50));
        QCOMPARE(model.rowCount(), 150);
        auto ts = [&](int row) { return model.store().timestampMs(model.storeRow(row)).value_or(-1); };
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(ts(row - 1) >= ts(row));
        QCOMPARE(model.storeRow(0), 149); // the newest is on top now
        QCOMPARE(model.storeRow(first.row()), firstStoreRow);
        // Sorting every column works (and stays a permutation).
        for (int column = 0; column < RecordsModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            QList<qsizetype> rows;
            for (int row = 0; row < model.rowCount(); ++row)
                rows.append(model.storeRow(row));
            std::sort(rows.begin(), rows.end());
            for (int row = 0; row < rows.size(); ++row)
                QCOMPARE(rows.at(row), row);
        }
    }

    void hundredThousandRowsSortOffTheGuiThread()
    {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int batch = 0; batch < 20; ++batch)
            model.appendRecords(Test::generatedRecords(batch * 5000, 5000));
        QCOMPARE(model.rowCount(), 100000);
        QSignalSpy started(&model, &RecordsModel::sortStarted);
        QSignalSpy finished(&model, &RecordsModel::sortFinished);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        const QPersistentModelIndex tracked = model.index(777, 0);
        model.sort(RecordsModel::ValueColumn, Qt::AscendingOrder);
        // Nothing changed yet: the worker sorts a snapshot.
        QCOMPARE(started.size(), 1);
        QVERIFY(model.isSorting());
        QCOMPARE(model.sortColumn(), -1);
        QCOMPARE(layout.size(), 0);
        // Rows that arrive meanwhile are merged into the result.
        model.appendRecords(Test::generatedRecords(100000, 500));
        QVERIFY(finished.wait(30000));
        QVERIFY(!model.isSorting());
        QCOMPARE(model.sortColumn(), int(RecordsModel::ValueColumn));
        QCOMPARE(model.rowCount(), 100500);
        QCOMPARE(model.storeRow(tracked.row()), 777);
        const RecordStore &store = model.store();
        std::vector<bool> seen(size_t(model.rowCount()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const qsizetype storeRow = model.storeRow(row);
            QVERIFY(!seen[size_t(storeRow)]);
            seen[size_t(storeRow)] = true;
            if (row == 0)
                continue;
            const qsizetype before = model.storeRow(row - 1);
            // Ascending by value: null first, then bytes; equal values in arrival order.
            if (store.hasValue(before) && store.hasValue(storeRow)) {
                const int c = store.value(before).compare(store.value(storeRow));
                QVERIFY2(c < 0 || (c == 0 && before < storeRow), qPrintable(QString::number(row)));
            } else {
                QVERIFY(!store.hasValue(before));
            }
        }
        model.sort(RecordsModel::PartitionColumn, Qt::AscendingOrder);
        QVERIFY(finished.wait(30000));
        QCOMPARE(model.index(0, RecordsModel::PartitionColumn).data().toInt(), 0);
        QCOMPARE(model.index(100499, RecordsModel::PartitionColumn).data().toInt(), 2);
        QCOMPARE(model.storeRows({model.index(5, 1), model.index(5, 2), model.index(1, 0)}).size(), 2);
    }

    void aCancelledSortKeepsTheOrderShown()
    {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRecords(Test::generatedRecords(0, 60000));
        QSignalSpy finished(&model, &RecordsModel::sortFinished);
        QSignalSpy cancelled(&model, &RecordsModel::sortCancelled);
        model.sort(RecordsModel::OffsetColumn, Qt::DescendingOrder);
        QVERIFY(finished.wait(30000));
        const qsizetype top = model.storeRow(0);
        model.sort(RecordsModel::ValueColumn, Qt::AscendingOrder);
        model.cancelSort();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!model.isSorting());
        // The worker runs out and posts nothing that could still reorder the rows.
        coordinatorPool()->waitForDone();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(model.sortColumn(), int(RecordsModel::OffsetColumn));
        QCOMPARE(model.storeRow(0), top);
        // A new sort replaces one in flight: only the last one lands.
        model.sort(RecordsModel::KeyColumn, Qt::AscendingOrder);
        model.sort(RecordsModel::SizeColumn, Qt::DescendingOrder);
        QVERIFY(finished.wait(30000));
        coordinatorPool()->waitForDone();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(model.sortColumn(), int(RecordsModel::SizeColumn));
        // clear() stops a sort, too.
        model.sort(RecordsModel::ValueColumn, Qt::AscendingOrder);
        model.clear();
        QVERIFY(!model.isSorting());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordsModel)
#include "tst_recordsmodel.moc"
