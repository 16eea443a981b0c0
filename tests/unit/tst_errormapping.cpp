// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apierror.h"
#include "core/http/transporterror.h"
#include "jsonquote.h"

#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

// Every row of api-spec §2.3 (Confluent error codes with their HTTP status), the Upstash statuses
// of §10, the odd bodies of §7.10, and transport failures: each maps to one kind and a sentence.
class TestErrorMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void confluentTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<ErrorKind>("kind");
        const struct
        {
            int code, status;
            ErrorKind kind;
        } rows[] = {
            {40001, 422, ErrorKind::BadRequest},
            {40002, 400, ErrorKind::BadRequest},
            {40101, 401, ErrorKind::Auth},
            {40301, 403, ErrorKind::Forbidden},
            {40401, 404, ErrorKind::NotFound},
            {40402, 404, ErrorKind::NotFound},
            {40403, 404, ErrorKind::NotFound},
            {40404, 404, ErrorKind::NotFound},
            {40405, 404, ErrorKind::NotFound},
            {40601, 406, ErrorKind::BadRequest},
            {40801, 408, ErrorKind::Timeout},
            {40901, 409, ErrorKind::Conflict},
            {40902, 409, ErrorKind::Conflict},
            {40903, 409, ErrorKind::Conflict},
            {42201, 422, ErrorKind::BadRequest},
            {42202, 422, ErrorKind::BadRequest},
            {42203, 422, ErrorKind::BadRequest},
            {42204, 422, ErrorKind::BadRequest},
            {42205, 422, ErrorKind::BadRequest},
            {42206, 422, ErrorKind::BadRequest},
            {42207, 422, ErrorKind::BadRequest},
            {42208, 422, ErrorKind::BadRequest},
            {50001, 500, ErrorKind::Server},
            {50002, 500, ErrorKind::Server},
            {50003, 500, ErrorKind::Server},
            {50101, 500, ErrorKind::Server},
            {50301, 500, ErrorKind::Server},
            {50302, 503, ErrorKind::Server},
            // Framework errors reuse the status as the code.
            {404, 404, ErrorKind::NotFound},
            {400, 400, ErrorKind::BadRequest},
            {415, 415, ErrorKind::BadRequest},
            {422, 422, ErrorKind::BadRequest},
            {500, 500, ErrorKind::Server},
        };
        for (const auto &row : rows)
            QTest::addRow("%d/%d", row.code, row.status) << row.status << row.code << row.kind;
    }
    void confluentTable()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(ErrorKind, kind);
        const QByteArray body = "{\"error_code\":" + QByteArray::number(code) + ",\"message\":\"text of " +
                                QByteArray::number(code) + "\"}";
        const ApiError error = ApiError::fromHttp(status, body);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.serverCode, code);
        QCOMPARE(error.serverMessage, u"text of %1"_s.arg(code));
        QVERIFY(!error.outcomeUnknown);
        QVERIFY(!error.userText.isEmpty());
    }
    void confluentNullMessage()
    {
        const ApiError error = ApiError::fromHttp(500, J("{'error_code':50002,'message':null}"));
        QCOMPARE(error.serverCode, 50002);
        QVERIFY(error.serverMessage.isEmpty());
    }

    void upstashStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("advice");
        QTest::newRow("400 malformed") << 400 << ErrorKind::BadRequest << u"check the values"_s;
        QTest::newRow("401 credentials") << 401 << ErrorKind::Auth << u"user name and password"_s;
        QTest::newRow("403 right") << 403 << ErrorKind::Forbidden << u"permissions"_s;
        QTest::newRow("404 unknown") << 404 << ErrorKind::NotFound << u"check the name"_s;
        QTest::newRow("405 method") << 405 << ErrorKind::BadRequest << u"HTTP 405"_s;
        QTest::newRow("413 too large") << 413 << ErrorKind::TooLarge << u"fewer or smaller"_s;
        QTest::newRow("500") << 500 << ErrorKind::Server << u"try again later"_s;
    }
    void upstashStatuses()
    {
        QFETCH(int, status);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, advice);
        const QByteArray body =
            "{\"error\":\"upstash says no\",\"status\":" + QByteArray::number(status) + "}";
        const ApiError error = ApiError::fromHttp(status, body);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.serverCode, status);
        QCOMPARE(error.serverMessage, u"upstash says no"_s);
        QVERIFY2(error.userText.contains(advice), qPrintable(error.userText));
    }

    void oddBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("406 without body") << 406 << QByteArray() << ErrorKind::BadRequest;
        QTest::newRow("HTML 429") << 429 << QByteArray("<html><body>Too Many Requests</body></html>")
                                  << ErrorKind::BadRequest;
        QTest::newRow("HTML 502 from a gateway")
            << 502 << QByteArray("<html>Bad Gateway</html>") << ErrorKind::Server;
        QTest::newRow("truncated envelope")
            << 404 << QByteArray("{\"error_code\":404") << ErrorKind::NotFound;
        QTest::newRow("JSON array") << 400 << J("['x']") << ErrorKind::BadRequest;
        QTest::newRow("message hub camelCase")
            << 422 << J("{'errorCode':42201,'errorMessage':'exists'}") << ErrorKind::BadRequest;
    }
    void oddBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        const ApiError error = ApiError::fromHttp(status, body);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.userText.isEmpty());
    }
    void rateLimitAdvice() { QVERIFY(ApiError::fromHttp(429, {}).userText.contains(u"wait"_s)); }

    void serverCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("40101") << 40101 << ErrorKind::Auth;
        QTest::newRow("40301") << 40301 << ErrorKind::Forbidden;
        QTest::newRow("50002") << 50002 << ErrorKind::Server;
        QTest::newRow("50003") << 50003 << ErrorKind::Server;
        QTest::newRow("2019 non-retriable 1") << 1 << ErrorKind::Server;
        QTest::newRow("2019 retriable 2") << 2 << ErrorKind::Server;
        QTest::newRow("40403") << 40403 << ErrorKind::NotFound;
        QTest::newRow("50001") << 50001 << ErrorKind::Server;
        // v3 delivery reports carry the HTTP status itself.
        QTest::newRow("status 400") << 400 << ErrorKind::BadRequest;
        QTest::newRow("status 404") << 404 << ErrorKind::NotFound;
        QTest::newRow("status 429") << 429 << ErrorKind::BadRequest;
        QTest::newRow("status 503") << 503 << ErrorKind::Server;
        QTest::newRow("no status: 600") << 600 << ErrorKind::Server;
    }
    void serverCodes()
    {
        QFETCH(int, code);
        const ApiError error = ApiError::fromServerCode(code, u"m"_s);
        QTEST(error.kind, "kind");
        QCOMPARE(error.serverCode, code); // the server's own code, as it sent it
    }
    void serverCodeStatusInAdvice()
    {
        QVERIFY(ApiError::fromServerCode(429, {}).userText.contains(u"rate-limiting"_s));
        QVERIFY(ApiError::fromServerCode(42206, {}).userText.contains(u"HTTP 422"_s));
        QVERIFY(ApiError::fromServerCode(400, {}).userText.contains(u"HTTP 400"_s));
        QVERIFY(ApiError::fromServerCode(50001, {}).userText.contains(u"HTTP 500"_s));
    }

    void transport_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("error");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << ErrorKind::Network;
        QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << ErrorKind::Network;
        QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << ErrorKind::Network;
        QTest::newRow("timeout") << QNetworkReply::TimeoutError << ErrorKind::Timeout;
        QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << ErrorKind::Timeout;
        QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << ErrorKind::Tls;
        QTest::newRow("protocol") << QNetworkReply::ProtocolFailure << ErrorKind::Protocol;
        QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << ErrorKind::Network;
    }
    void transport()
    {
        QFETCH(QNetworkReply::NetworkError, error);
        const ApiError mapped = transportError(error, u"detail"_s);
        QTEST(mapped.kind, "kind");
        QCOMPARE(mapped.httpStatus, 0);
        QCOMPARE(mapped.serverMessage, u"detail"_s);
        QVERIFY(!mapped.userText.isEmpty());
    }
    void unknownOutcomeIsDistinct()
    {
        const ApiError lost = withUnknownOutcome(transportError(QNetworkReply::RemoteHostClosedError, {}));
        QVERIFY(lost.outcomeUnknown);
        QVERIFY(lost.userText.contains(u"may or may not"_s));
        QVERIFY(lost != transportError(QNetworkReply::RemoteHostClosedError, {}));
    }
    void everyKindHasAName()
    {
        for (int k = int(ErrorKind::Network); k <= int(ErrorKind::Unsupported); ++k) {
            QVERIFY(!errorKindName(ErrorKind(k)).isEmpty());
            QVERIFY(!ApiError::make(ErrorKind(k), {}).userText.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"
