// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apierror.h"

#include <QTest>

using namespace Gregor;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("serverCode");
        QTest::addColumn<QString>("serverMessage");

        QTest::newRow("upstash 401") << 401 << QByteArray("{\"error\":\"Unauthorized\",\"status\":401}")
                                     << ErrorKind::Auth << 401 << QStringLiteral("Unauthorized");
        QTest::newRow("confluent 40403")
            << 404 << QByteArray("{\"error_code\":40403,\"message\":\"Consumer instance not found.\"}")
            << ErrorKind::NotFound << 40403 << QStringLiteral("Consumer instance not found.");
        QTest::newRow("confluent 40902") << 409 << QByteArray("{\"error_code\":40902,\"message\":\"exists\"}")
                                         << ErrorKind::Conflict << 40902 << QStringLiteral("exists");
        QTest::newRow("html 429") << 429 << QByteArray("<html><body>Too many</body></html>")
                                  << ErrorKind::BadRequest << 0 << QString();
        QTest::newRow("empty 406") << 406 << QByteArray() << ErrorKind::BadRequest << 0 << QString();
        QTest::newRow("truncated 500")
            << 500 << QByteArray("{\"error_code\":500,\"mess") << ErrorKind::Server << 0 << QString();
        QTest::newRow("413") << 413 << QByteArray("{\"error\":\"too large\",\"status\":413}")
                             << ErrorKind::TooLarge << 413 << QStringLiteral("too large");
        QTest::newRow("403") << 403 << QByteArray("{\"error_code\":40301,\"message\":\"no\"}")
                             << ErrorKind::Forbidden << 40301 << QStringLiteral("no");
        QTest::newRow("message hub")
            << 422 << QByteArray("{\"errorCode\":42201,\"errorMessage\":\"Topic already exists.\"}")
            << ErrorKind::BadRequest << 42201 << QStringLiteral("Topic already exists.");
    }
    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const ApiError error = ApiError::fromHttp(status, body);
        QCOMPARE(error.httpStatus, status);
        QTEST(error.kind, "kind");
        QTEST(error.serverCode, "serverCode");
        QTEST(error.serverMessage, "serverMessage");
        QVERIFY(!error.userText.isEmpty());
        QVERIFY2(error.userText.endsWith(u'.') || error.userText.endsWith(u')'), qPrintable(error.userText));
    }
    void authAdviceNamesTheCredentials()
    {
        const ApiError error = ApiError::fromHttp(401, {});
        QVERIFY(error.userText.contains(QStringLiteral("user name and password")));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
