// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/retrypolicy.h"

#include <QTest>

using namespace Gregor;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffGrowsAndIsCapped()
    {
        QCOMPARE(RetryPolicy::backoffMs(0, 250, 5000, 0.999999), 249);
        QCOMPARE(RetryPolicy::backoffMs(1, 250, 5000, 0.5), 250);
        QCOMPARE(RetryPolicy::backoffMs(3, 250, 5000, 0.5), 1000);
        QCOMPARE(RetryPolicy::backoffMs(10, 250, 5000, 0.5), 2500); // capped at 5000 before jitter
        QCOMPARE(RetryPolicy::backoffMs(100, 250, 5000, 1.0), 5000);
        QCOMPARE(RetryPolicy::backoffMs(2, 250, 5000, 0.0), 0); // full jitter reaches 0
    }
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expected"); // -1 = none
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << QByteArray("2") << 2000;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << 10000;
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << 0;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::UTC);
        const auto ms = RetryPolicy::retryAfterMs(header, now);
        QCOMPARE(ms.value_or(-1), expected);
    }
    void statuses()
    {
        QVERIFY(RetryPolicy::retryableStatus(429, false)); // refused before doing anything
        QVERIFY(RetryPolicy::retryableStatus(503, true));
        QVERIFY(!RetryPolicy::retryableStatus(503, false)); // a produce may have happened
        QVERIFY(RetryPolicy::retryableStatus(500, true));
        QVERIFY(!RetryPolicy::retryableStatus(500, false));
        QVERIFY(!RetryPolicy::retryableStatus(404, true));
    }
    void networkErrors()
    {
        QVERIFY(RetryPolicy::retryableNetworkError(QNetworkReply::ConnectionRefusedError, false));
        QVERIFY(!RetryPolicy::retryableNetworkError(QNetworkReply::RemoteHostClosedError, false));
        QVERIFY(RetryPolicy::retryableNetworkError(QNetworkReply::RemoteHostClosedError, true));
        QVERIFY(!RetryPolicy::retryableNetworkError(QNetworkReply::SslHandshakeFailedError, true));
        QVERIFY(RetryPolicy::failedBeforeSending(QNetworkReply::HostNotFoundError));
        QVERIFY(!RetryPolicy::failedBeforeSending(QNetworkReply::TimeoutError));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
