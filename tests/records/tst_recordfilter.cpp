// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering: spec parsing with its error sentences, every mode and scope against known answers on
// generated records, match spans, the worker with progress and cancel, and the proxy model.
#include "core/records/filteredrecordsmodel.h"
#include "core/records/latestrun.h"
#include "core/records/recordfilter.h"
#include "core/records/recordsmodel.h"
#include "recorddata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Gregor;

using Mode = FilterSpec::Mode;
using Scope = FilterSpec::Scope;
using Oracle = std::function<bool(int)>;
Q_DECLARE_METATYPE(Oracle)

static constexpr int recordCount = 3000;

static bool isJson(int i)
{
    return i % 11 != 0 && i % 13 != 0;
}

class TestRecordFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_store.append(Test::generatedRecords(0, recordCount)); }

    void badSpecs_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << Mode::Text << Scope::Any << u"Type something"_s;
        QTest::newRow("header without name") << u"x"_s << Mode::Text << Scope::Header << u"Name the header"_s;
        QTest::newRow("bad regex") << u"(abc"_s << Mode::Regex << Scope::Any
                                   << u"regular expression is invalid at character 4"_s;
        QTest::newRow("path without $")
            << u"user.id == 4"_s << Mode::JsonField << Scope::Value << u"must start with $"_s;
        QTest::newRow("empty name") << u"$.user..id == 4"_s << Mode::JsonField << Scope::Value
                                    << u"field name is missing"_s;
        QTest::newRow("bad index") << u"$.items[x] == 4"_s << Mode::JsonField << Scope::Value
                                   << u"Expected an index"_s;
        QTest::newRow("no test") << u"$.user.id"_s << Mode::JsonField << Scope::Value << u"Add a test"_s;
        QTest::newRow("unknown test")
            << u"$.user.id >= 4"_s << Mode::JsonField << Scope::Value << u"Unknown test \">=\""_s;
        QTest::newRow("no operand") << u"$.user.id =="_s << Mode::JsonField << Scope::Value
                                    << u"Say what to compare"_s;
    }
    void badSpecs()
    {
        QFETCH(QString, query);
        QFETCH(Mode, mode);
        QFETCH(Scope, scope);
        QFETCH(QString, error);
        const auto spec = FilterSpec::parse(query, mode, scope);
        QVERIFY(!spec);
        QVERIFY2(spec.error().contains(error), qPrintable(spec.error()));
        QVERIFY(spec.error().endsWith(u'.'));
    }

    void knownAnswers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QString>("header");
        QTest::addColumn<Oracle>("expected");
        auto row = [](const char *name, const QString &query, Mode mode, Scope scope, Oracle oracle,
                      const QString &header = {}) {
            QTest::newRow(name) << query << mode << scope << header << oracle;
        };
        row("text value any case", u"nAmE1234"_s, Mode::Text, Scope::Value,
            [](int i) { return isJson(i) && QByteArray::number(i).startsWith("1234"); });
        row("text key", u"USER-3"_s, Mode::Text, Scope::Key, [](int i) { return i % 5 >= 2 && i % 10 == 3; });
        row(
            "text header", u"ABC12"_s, Mode::Text, Scope::Header,
            [](int i) { return i % 4 == 0 && QByteArray::number(i).startsWith("12"); }, u"trace"_s);
        row("text any", u"xyz9"_s, Mode::Text, Scope::Any,
            [](int i) { return i % 4 == 1 && QByteArray::number(i).startsWith("9"); });
        row("text any hits key", u"user-7"_s, Mode::Text, Scope::Any,
            [](int i) { return i % 5 >= 2 && i % 10 == 7; });
        row("text non-ascii", u"ü"_s, Mode::Text, Scope::Value, [](int) { return false; });
        row("regex value", u"\"sku\":\"A-[35]\""_s, Mode::Regex, Scope::Value,
            [](int i) { return isJson(i) && (i % 7 == 3 || i % 7 == 5); });
        row("regex anchored key", u"^user-[12]$"_s, Mode::Regex, Scope::Key,
            [](int i) { return i % 5 >= 2 && (i % 10 == 1 || i % 10 == 2); });
        row(
            "regex header", u"^xyz\\d*7$"_s, Mode::Regex, Scope::Header,
            [](int i) { return i % 4 == 1 && i % 10 == 7; }, u"trace"_s);
        row("json equals number", u"$.user.id == 42"_s, Mode::JsonField, Scope::Value,
            [](int i) { return isJson(i) && i % 100 == 42; });
        row("json equals float", u"$.user.id == 42.0"_s, Mode::JsonField, Scope::Value,
            [](int i) { return isJson(i) && i % 100 == 42; });
        row("json not equals", u"$.user.id != 42"_s, Mode::JsonField, Scope::Value,
            [](int i) { return isJson(i) && i % 100 != 42; });
        row("json string", u"$.items[0].sku == \"A-4\""_s, Mode::JsonField, Scope::Value,
            [](int i) { return isJson(i) && i % 7 == 4; });
        row("json bare word", u"$.items[0].sku == A-4"_s, Mode::JsonField, Scope::Value,
            [](int i) { return isJson(i) && i % 7 == 4; });
        row("json number is not a string", u"$.user.id == \"42\""_s, Mode::JsonField, Scope::Value,
            [](int) { return false; });
        row("json contains array", u"$.tags contains \"t2\""_s, Mode::JsonField, Scope::Value,
            [](int i) { return isJson(i) && i % 3 == 2; });
        row("json contains string", u"$.note contains 77 ok"_s, Mode::JsonField, Scope::Value,
            [](int i) { return isJson(i) && QByteArray::number(i).endsWith("77"); });
        row("json contains key", u"$.user contains name"_s, Mode::JsonField, Scope::Value, &isJson);
        row("json missing field", u"$.nothing != 1"_s, Mode::JsonField, Scope::Value,
            [](int) { return false; });
        row("json out of range", u"$.items[3].sku == A-1"_s, Mode::JsonField, Scope::Value,
            [](int) { return false; });
        row("json any scope", u"$.user.id == 7"_s, Mode::JsonField, Scope::Any,
            [](int i) { return isJson(i) && i % 100 == 7; });
    }
    void knownAnswers()
    {
        QFETCH(QString, query);
        QFETCH(Mode, mode);
        QFETCH(Scope, scope);
        QFETCH(QString, header);
        QFETCH(Oracle, expected);
        const auto spec = FilterSpec::parse(query, mode, scope, header);
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error()));
        const auto matcher = RecordMatcher::create(*spec);
        QVERIFY(matcher);
        int matches = 0;
        for (int i = 0; i < recordCount; ++i) {
            QVERIFY2(matcher->matches(m_store, i) == expected(i), qPrintable(u"record %1"_s.arg(i)));
            matches += expected(i);
        }
        // Through the worker: the same rows, ascending.
        RecordFilter filter;
        QSignalSpy finished(&filter, &RecordFilter::finished);
        filter.start(m_store.snapshot(), *matcher);
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.at(0).at(0).value<FilterResult>();
        QCOMPARE(result.rows.size(), matches);
        QCOMPARE(result.scanned, recordCount);
        QVERIFY(std::is_sorted(result.rows.begin(), result.rows.end()));
        for (qsizetype row : result.rows)
            QVERIFY(expected(int(row)));
    }

    void matchSpans()
    {
        auto spans = [](const QString &query, Mode mode, const QString &text) {
            return RecordMatcher::create(*FilterSpec::parse(query, mode))->matchSpans(text);
        };
        QCOMPARE(spans(u"ab"_s, Mode::Text, u"xABxab"_s), (QList<TextSpan>{{1, 2}, {4, 2}}));
        QCOMPARE(spans(u"a+"_s, Mode::Regex, u"baaxa"_s), (QList<TextSpan>{{1, 2}, {4, 1}}));
        QCOMPARE(spans(u"$.a == \"hi\""_s, Mode::JsonField, u"{\"a\":\"hi\"}"_s), (QList<TextSpan>{{6, 2}}));
    }

    void cancelAndRestart()
    {
        RecordStore big;
        for (int i = 0; i < 20; ++i)
            big.append(Test::generatedRecords(i * 10000, 10000));
        RecordFilter filter;
        QSignalSpy finished(&filter, &RecordFilter::finished);
        QSignalSpy cancelled(&filter, &RecordFilter::cancelled);
        QSignalSpy progress(&filter, &RecordFilter::progress);
        const auto slow = RecordMatcher::create(*FilterSpec::parse(u"$.user.id == 1"_s, Mode::JsonField));
        filter.start(big.snapshot(), *slow);
        QVERIFY(filter.isRunning());
        filter.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!filter.isRunning());
        // A second run replaces a first one silently; only the last reports.
        filter.start(big.snapshot(), *slow);
        const auto text = RecordMatcher::create(*FilterSpec::parse(u"name1999"_s, Mode::Text));
        filter.start(big.snapshot(), *text);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<FilterResult>().spec, text->spec());
        QVERIFY(progress.size() >= 1);
        QCOMPARE(progress.last().at(1).toLongLong(), 200000);
    }

    void proxyShowsMatches()
    {
        RecordsModel records;
        FilteredRecordsModel filtered;
        QAbstractItemModelTester tester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filtered.setRecordsModel(&records);
        records.appendRecords(Test::generatedRecords(0, 1000));
        QCOMPARE(filtered.rowCount(), 1000);

        QSignalSpy done(&filtered, &FilteredRecordsModel::filterFinished);
        filtered.setFilter(*RecordMatcher::create(*FilterSpec::parse(u"$.user.id == 42"_s, Mode::JsonField)));
        QTRY_COMPARE(done.size(), 1);
        const QList<qsizetype> expected{42, 142, 342, 542, 642, 742, 842, 942}; // 242, 442: not JSON
        QCOMPARE(filtered.storeRows(), expected);
        QCOMPARE(done.at(0).at(0).value<qsizetype>(), expected.size());

        // New rows are matched as they arrive; sorting goes to the records model.
        records.appendRecords(Test::generatedRecords(1000, 100));
        QCOMPARE(filtered.rowCount(), expected.size() + 1); // 1042
        filtered.sort(RecordsModel::OffsetColumn, Qt::DescendingOrder);
        QCOMPARE(records.sortColumn(), int(RecordsModel::OffsetColumn));
        QCOMPARE(filtered.storeRow(filtered.index(0, 0)), 1042);
        const QModelIndex value = filtered.index(0, RecordsModel::ValueColumn);
        QVERIFY(!filtered.matchSpans(value).isEmpty()); // "42" where it shows

        filtered.clearFilter();
        QCOMPARE(filtered.rowCount(), 1100);
        QVERIFY(filtered.matchSpans(value).isEmpty());

        // A reset keeps the filter for the rows that come next.
        filtered.setFilter(*RecordMatcher::create(*FilterSpec::parse(u"user-3"_s, Mode::Text, Scope::Key)));
        QTRY_COMPARE(done.size(), 2);
        records.clear();
        QCOMPARE(filtered.rowCount(), 0);
        records.appendRecords(Test::generatedRecords(0, 20));
        QCOMPARE(filtered.storeRows(), (QList<qsizetype>{13, 3})); // still sorted by offset, descending
    }

    void proxyCancel()
    {
        RecordsModel records;
        FilteredRecordsModel filtered;
        filtered.setRecordsModel(&records);
        for (int i = 0; i < 10; ++i)
            records.appendRecords(Test::generatedRecords(i * 10000, 10000));
        QSignalSpy cancelled(&filtered, &FilteredRecordsModel::filterCancelled);
        QSignalSpy done(&filtered, &FilteredRecordsModel::filterFinished);
        filtered.setFilter(*RecordMatcher::create(*FilterSpec::parse(u"^nothing$"_s, Mode::Regex)));
        QVERIFY(filtered.isFiltering());
        filtered.cancelFilter();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!filtered.hasFilter());
        QCOMPARE(filtered.rowCount(), 100000);
        // Let the cancelled worker run out, then deliver whatever it posted: nothing may arrive.
        coordinatorPool()->waitForDone();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(done.size(), 0);
    }

private:
    RecordStore m_store;
};

QTEST_GUILESS_MAIN(TestRecordFilter)
#include "tst_recordfilter.moc"
