// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/journal.h"
#include "core/models/journalmodel.h"
#include "ui/requestlog/journalfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestJournalFilterModel : public QObject
{
    Q_OBJECT
private:
    static void exchange(Journal &journal, const char *method, const char *path, int status,
                         const QString &error = {})
    {
        const quint64 id =
            journal.begin(method, QUrl(u"http://127.0.0.1:1"_s + QString::fromLatin1(path)), {}, {});
        if (status >= 0)
            journal.finish(id, status, {}, "{}", 2, error, 0);
    }

private Q_SLOTS:
    void filtersByTextAndStatusClassAsExchangesArriveAndAge()
    {
        Journal journal(5);
        JournalModel source(&journal);
        JournalFilterModel filter(&journal);
        filter.setSourceModel(&source);
        QAbstractItemModelTester sourceTester(&source,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        exchange(journal, "GET", "/topics", 200);
        exchange(journal, "POST", "/produce/orders", 500, u"The server failed"_s);
        exchange(journal, "POST", "/fetch", 0, u"The server could not be reached"_s);
        exchange(journal, "GET", "/consumers", 404);
        exchange(journal, "POST", "/consume/g/i", -1); // still in flight
        QCOMPARE(filter.rowCount(), 5);

        filter.setStatusClass(JournalFilterModel::StatusClass::Success);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusClass(JournalFilterModel::StatusClass::ClientError);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusClass(JournalFilterModel::StatusClass::ServerError);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusClass(JournalFilterModel::StatusClass::Failed);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusClass(JournalFilterModel::StatusClass::InFlight);
        QCOMPARE(filter.rowCount(), 1);

        filter.setStatusClass(JournalFilterModel::StatusClass::All);
        filter.setText(u"produce"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(u"POST"_s);
        QCOMPARE(filter.rowCount(), 3);
        filter.setText(u"reached"_s); // the error sentence is searchable too
        QCOMPARE(filter.rowCount(), 1);

        // The journal is bounded: the oldest exchange leaves as a new one comes, filter or not.
        filter.setText({});
        exchange(journal, "GET", "/topics", 200);
        QCOMPARE(journal.size(), 5);
        QCOMPARE(filter.rowCount(), 5);
        journal.clear();
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournalFilterModel)
#include "tst_journalfiltermodel.moc"
