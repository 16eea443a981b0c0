// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The lag history database: writes off the GUI thread, survives a restart, keeps its retention
// and thins old samples; queries bucket to the chart's width.
#include "core/lag/laghistory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

namespace {
constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Now = 1'800'000'000'000; // a fixed "now"

GroupSnapshot snapshot(qint64 at, qint64 lagOnP0, qint64 lagOnP1 = 0)
{
    const TopicPartition p0{u"orders"_s, 0}, p1{u"orders"_s, 1}, c0{u"cities"_s, 0};
    return makeSnapshot(u"billing"_s, at, {{p0, 100}, {p1, 100}, {c0, 5}},
                        {{p0, 100 + lagOnP0}, {p1, 100 + lagOnP1}, {c0, 7}}, std::nullopt);
}

qint64 rows(LagHistory &history)
{
    qint64 count = -2;
    QObject context;
    history.whenIdle(&context, [&](qint64 n) { count = n; });
    if (!QTest::qWaitFor([&] { return count != -2; }, 10000))
        return -3;
    return count;
}

QList<LagSeries> query(LagHistory &history, const LagHistoryQuery &q)
{
    QList<LagSeries> result;
    bool done = false;
    QObject context;
    history.query(q, &context, [&](QList<LagSeries> series) {
        result = std::move(series);
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("query did not answer");
    return result;
}
} // namespace

class TestLagHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndReloadsAfterRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            LagHistory history(path);
            history.setClock([] { return Now; });
            for (int i = 0; i < 10; ++i)
                history.record(u"conn"_s, snapshot(Now - 100000 + i * 10000, i * 10));
            // Per refresh: two topic totals and three partitions.
            QCOMPARE(rows(history), 50);
        }
        LagHistory again(path);
        again.setClock([] { return Now; });
        QCOMPARE(rows(again), 50);
        const QList<LagSeries> topics = query(again, {u"conn"_s, u"billing"_s, Now - Hour, Now, 600, {}});
        QCOMPARE(topics.size(), 2);
        QCOMPARE(topics[0].topic, u"cities"_s);
        QCOMPARE(topics[1].topic, u"orders"_s);
        QCOMPARE(topics[1].points.size(), 10);
        QCOMPARE(topics[1].points.last().y(), 90.0);
        QCOMPARE(qint64(topics[1].points.last().x()), Now - 10000);
        const QList<LagSeries> partitions =
            query(again, {u"conn"_s, u"billing"_s, Now - Hour, Now, 600, u"orders"_s});
        QCOMPARE(partitions.size(), 2);
        QCOMPARE(partitions[0].partition, 0);
        QCOMPARE(partitions[1].partition, 1);
        // Another connection's group of the same name is another history.
        QCOMPARE(query(again, {u"other"_s, u"billing"_s, Now - Hour, Now, 600, {}}).size(), 0);
        QVERIFY(again.lastError().isEmpty());
    }

    void bucketsToTheRequestedWidth()
    {
        QTemporaryDir dir;
        LagHistory history(dir.filePath(u"h.sqlite"_s));
        history.setClock([] { return Now; });
        for (int i = 0; i < 360; ++i) // an hour at 10 s
            history.record(u"c"_s, snapshot(Now - Hour + i * 10000, i));
        QCOMPARE(rows(history), 360 * 5);
        const QList<LagSeries> series = query(history, {u"c"_s, u"billing"_s, Now - Hour, Now, 60, {}});
        QCOMPARE(series.size(), 2);
        QVERIFY2(series[1].points.size() <= 61, qPrintable(QString::number(series[1].points.size())));
        QVERIFY(series[1].points.size() >= 59);
        // The largest lag of each bucket is kept: the peak is never averaged away.
        QCOMPARE(series[1].points.last().y(), 359.0);
    }

    void retentionAndThinning()
    {
        QTemporaryDir dir;
        LagHistory history(dir.filePath(u"h.sqlite"_s));
        qint64 now = Now;
        history.setClock([&] { return now; });
        history.setRetentionDays(2);
        // Three days at one sample every 10 s would be 25,920 refreshes; every 10 s for the last
        // two hours and every 10 s for one hour three days ago is enough to see both rules.
        for (int i = 0; i < 360; ++i)
            history.record(u"c"_s, snapshot(now - 3 * Day + i * 10000, 1));
        for (int i = 0; i < 720; ++i)
            history.record(u"c"_s, snapshot(now - 2 * Hour + i * 10000, 1));
        // (Recording maintains by itself every few minutes of its clock; then once more by hand.)
        history.maintain();
        // Older than the retention: gone. Between one and two hours old: one a minute (60 of
        // 360 refreshes). The last hour: untouched.
        const qint64 expected = (360 + 60) * 5;
        QCOMPARE(rows(history), expected);
        history.maintain(); // a second pass changes nothing
        QCOMPARE(rows(history), expected);
        const QList<LagSeries> old =
            query(history, {u"c"_s, u"billing"_s, now - 4 * Day, now - 2 * Day, 600, {}});
        QCOMPARE(old.size(), 0);
    }

    void unwritableFileIsAnErrorNotACrash()
    {
        LagHistory history(u"/proc/definitely/not/here.sqlite"_s);
        history.record(u"c"_s, snapshot(Now, 1));
        QCOMPARE(rows(history), -1);
        QVERIFY(!history.lastError().isEmpty());
        QCOMPARE(query(history, {u"c"_s, u"billing"_s, 0, Now, 10, {}}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLagHistory)
#include "tst_laghistory.moc"
