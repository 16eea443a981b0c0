// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/journal.h"
#include "core/models/journalmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

// The request-log model follows the journal incrementally (appends, drops from the front,
// updates) under QAbstractItemModelTester, resetting only on clear.
class TestJournalModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheJournal()
    {
        Journal journal(3);
        JournalModel model(&journal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const quint64 first = journal.begin("GET", QUrl(u"http://h/topics?x=1"_s), {}, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JournalModel::MethodColumn).data().toString(), u"GET"_s);
        QCOMPARE(model.index(0, JournalModel::PathColumn).data().toString(), u"/topics?x=1"_s);
        QCOMPARE(model.index(0, JournalModel::StatusColumn).data().toString(), u"…"_s);
        QVERIFY(model.index(0, 0).data(JournalModel::InFlightRole).toBool());
        journal.finish(first, 200, {}, "{}"_ba, 2, {}, 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, JournalModel::StatusColumn).data().toString(), u"200"_s);
        QVERIFY(!model.index(0, 0).data(JournalModel::FailedRole).toBool());
        QCOMPARE(model.index(0, 0).data(JournalModel::IdRole).value<quint64>(), first);

        for (int i = 0; i < 4; ++i)
            journal.begin("POST", QUrl(u"http://h/produce"_s), {}, "[]"_ba);
        QCOMPARE(model.rowCount(), 3); // bounded: the oldest rows went first
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(removed.count(), 2);
        const quint64 last = model.index(2, 0).data(JournalModel::IdRole).value<quint64>();
        journal.finish(last, 0, {}, {}, 0, u"The server could not be reached."_s, 2);
        QCOMPARE(model.index(2, JournalModel::StatusColumn).data().toString(), u"failed"_s);
        QVERIFY(model.index(2, 0).data(JournalModel::FailedRole).toBool());
        QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), u"The server could not be reached."_s);
        QCOMPARE(reset.count(), 0);

        journal.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(
            model.headerData(JournalModel::BytesColumn, Qt::Horizontal).toString().contains(u"received"_s));
    }
    void journalGoesFirst()
    {
        auto journal = std::make_unique<Journal>();
        JournalModel model(journal.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        journal->begin("GET", QUrl(u"http://h/"_s), {}, {});
        journal.reset();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
