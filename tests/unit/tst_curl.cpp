// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/curl.h"
#include "core/http/journal.h"

#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

// The shape of "copy as curl" commands; tst_curlroundtrip runs them against the sandbox.
class TestCurl : public QObject
{
    Q_OBJECT
    static ConnectionSettings settings(ConnectionSettings::AuthKind auth)
    {
        ConnectionSettings s;
        s.baseUrl = QUrl(u"https://kafka.example.com/rest"_s);
        s.auth = auth;
        s.user = u"alice"_s;
        s.secret = u"s3cr'et"_s;
        return s;
    }
    static HttpRequest request(const QByteArray &method, const QByteArray &body = {})
    {
        HttpRequest r;
        r.method = method;
        r.path = u"/topics/a%20b"_s;
        r.body = body;
        if (!body.isEmpty())
            r.headers = {{"Content-Type"_ba, "application/json"_ba}};
        return r;
    }

private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"abc-1.2"_s << u"abc-1.2"_s;
        QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("dollar and backtick") << u"$HOME `x`"_s << u"'$HOME `x`'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
    }
    void quoting()
    {
        QFETCH(QString, text);
        QTEST(shellQuote(text), "quoted");
    }
    void authAsVariables_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("expected");
        QTest::newRow("basic") << int(ConnectionSettings::AuthKind::Basic)
                               << u"-u alice:\"$GREGOR_PASSWORD\""_s;
        QTest::newRow("token") << int(ConnectionSettings::AuthKind::AuthToken)
                               << u"-H \"X-Auth-Token: $GREGOR_TOKEN\""_s;
        QTest::newRow("bearer") << int(ConnectionSettings::AuthKind::Bearer)
                                << u"-H \"Authorization: Bearer $GREGOR_TOKEN\""_s;
    }
    void authAsVariables()
    {
        QFETCH(int, auth);
        QFETCH(QString, expected);
        const ConnectionSettings s = settings(ConnectionSettings::AuthKind(auth));
        const QString command = curlCommand(s, request("GET"), {false, false});
        QVERIFY2(command.contains(expected), qPrintable(command));
        QVERIFY(!command.contains(u"s3cr"_s));
        const QString clear = curlCommand(s, request("GET"), {true, false});
        QVERIFY2(clear.contains(u"s3cr'\\''et"_s), qPrintable(clear));
    }
    void methodsAndBodies()
    {
        const ConnectionSettings s = settings(ConnectionSettings::AuthKind::None);
        QCOMPARE(curlCommand(s, request("GET"), {false, false}),
                 u"curl -sS https://kafka.example.com/rest/topics/a%20b"_s);
        QCOMPARE(curlCommand(s, request("DELETE"), {false, false}),
                 u"curl -sS -X DELETE https://kafka.example.com/rest/topics/a%20b"_s);
        const QString post = curlCommand(s, request("POST", "{\"a\":\"it's\"}"), {false, false});
        QVERIFY(!post.contains(u"-X"_s));
        QVERIFY(post.contains(u"--data-binary '{\"a\":\"it'\\''s\"}'"_s));
        const QString getWithBody = curlCommand(s, request("GET", "{\"partitions\":[]}"), {false, false});
        QVERIFY(getWithBody.contains(u"-X GET"_s));
        QVERIFY(getWithBody.contains(u"--data-binary"_s));
        QVERIFY(curlCommand(s, request("POST", "@/etc/passwd"), {false, false})
                    .contains(u"--data-raw @/etc/passwd"_s));
        QVERIFY(curlCommand(s, request("POST", "{}")).contains(u" \\\n  --data-binary"_s)); // multi-line
    }
    void tlsAndProxy()
    {
        ConnectionSettings s = settings(ConnectionSettings::AuthKind::None);
        s.caFile = u"/etc/ca.pem"_s;
        s.clientCertFile = u"/home/me/client.p12"_s;
        s.proxy = ConnectionSettings::ProxyKind::Explicit;
        s.proxyUrl = QUrl(u"http://proxyuser:proxypass@proxy:3128"_s);
        const QString command = curlCommand(s, request("GET"), {false, false});
        QVERIFY(command.contains(u"--cacert /etc/ca.pem"_s));
        QVERIFY(command.contains(u"--cert /home/me/client.p12 --cert-type P12"_s));
        QVERIFY(command.contains(u"--proxy"_s));
        QVERIFY(!command.contains(u"proxypass"_s));
        s.proxy = ConnectionSettings::ProxyKind::None;
        QVERIFY(curlCommand(s, request("GET"), {false, false}).contains(u"--noproxy '*'"_s));
    }
    void fromTheJournal()
    {
        const ConnectionSettings s = settings(ConnectionSettings::AuthKind::Basic);
        Journal journal;
        const QByteArray big(Journal::BodyCap + 10, 'x');
        const quint64 id = journal.begin("POST", QUrl(u"https://kafka.example.com/rest/produce"_s),
                                         {{"Authorization"_ba, "Basic YWxpY2U6czNjcidldA=="_ba},
                                          {"Content-Type"_ba, "application/json"_ba}},
                                         big);
        const QString command = curlCommand(s, *journal.find(id));
        QVERIFY(command.startsWith(u"# the request log kept 65536 of 65546 body bytes"_s));
        QVERIFY(!command.contains(u"YWxpY2U6"_s));
        QVERIFY(!command.contains(u"<redacted>"_s));
        QVERIFY(command.contains(u"$GREGOR_PASSWORD"_s));
        QVERIFY(command.contains(u"Content-Type: application/json"_s));
    }
};

QTEST_GUILESS_MAIN(TestCurl)
#include "tst_curl.moc"
