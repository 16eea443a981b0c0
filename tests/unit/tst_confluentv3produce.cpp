// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentv3testdata.h"
#include "core/dialects/confluent/v3parse.h"

#include <QTest>

using namespace Gregor;
using namespace Gregor::ConfluentV3;
using namespace ConfluentV3Test;
using namespace Qt::StringLiterals;

// The produce answers of api-spec §3: one delivery report, the report stream (whole and fed a
// byte at a time) and the batch answer, each record's outcome written, failed or unknown.
class TestConfluentV3Produce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveryReport_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("serverCode"); // 0: the record was written
        QTest::addColumn<int>("kind");
        QTest::newRow("written") << J("{'error_code':200,'cluster_id':'c','topic_name':'t','partition_id':1,"
                                      "'offset':42,'timestamp':'2023-11-14T22:13:20.123Z','key':{'type':"
                                      "'BINARY','size':3},'value':{'type':'JSON','size':9}}")
                                 << true << 0 << 0;
        QTest::newRow("timestamp null")
            << J("{'error_code':200,'partition_id':0,'offset':0,'timestamp':null}") << true << 0 << 0;
        QTest::newRow("bad base64 report") << J("{'error_code':400,'message':'Bad Request: data=1 is not a "
                                                "base64 string.'}")
                                           << true << 400 << int(ErrorKind::BadRequest);
        QTest::newRow("forbidden report") << J("{'error_code':40301,'message':'Request is not authorized'}")
                                          << true << 40301 << int(ErrorKind::Forbidden);
        QTest::newRow("rate limited report") << J("{'error_code':429,'message':'Too many requests'}") << true
                                             << 429 << int(ErrorKind::BadRequest);
        QTest::newRow("no error_code") << J("{'partition_id':0,'offset':0}") << false << 0 << 0;
        QTest::newRow("error_code text")
            << J("{'error_code':'200','partition_id':0,'offset':0}") << false << 0 << 0;
        QTest::newRow("error_code huge") << J("{'error_code':1e30}") << false << 0 << 0;
        QTest::newRow("error_code zero") << J("{'error_code':0}") << false << 0 << 0;
        QTest::newRow("written without offset")
            << J("{'error_code':200,'partition_id':0}") << false << 0 << 0;
        QTest::newRow("negative partition")
            << J("{'error_code':200,'partition_id':-1,'offset':0}") << false << 0 << 0;
        QTest::newRow("array") << J("[{'error_code':200,'partition_id':0,'offset':0}]") << false << 0 << 0;
        QTest::newRow("two reports") << J("{'error_code':200,'partition_id':0,'offset':0}{'error_code':200}")
                                     << false << 0 << 0;
        QTest::newRow("HTML 429") << QByteArray(jettyTooManyRequests) << false << 0 << 0;
    }
    void deliveryReport()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, serverCode);
        QFETCH(int, kind);
        const auto result = parseDeliveryReport(body, u"t"_s);
        QCOMPARE(result.has_value(), ok);
        if (!result) {
            QCOMPARE(result.error().kind, ErrorKind::Protocol);
            return;
        }
        QCOMPARE(result->topic, u"t"_s);
        QCOMPARE(result->ok(), serverCode == 0);
        if (serverCode) {
            QCOMPARE(result->error->serverCode, serverCode);
            QCOMPARE(int(result->error->kind), kind);
            QVERIFY(!result->error->outcomeUnknown);
            QVERIFY(!result->error->userText.isEmpty());
        }
    }
    void deliveryReportFields()
    {
        const auto result = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':42,'timestamp':'2023-11-14T22:13:20.123Z'}"),
            u"t"_s);
        QCOMPARE(*result, (ProduceResult{u"t"_s, 1, 42, 1700000000123LL, std::nullopt}));
        // An unreadable time does not turn a written record into a failure.
        const auto odd = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':42,'timestamp':'soon'}"), u"t"_s);
        QVERIFY(odd && odd->ok());
        QCOMPARE(odd->timestampMs, std::nullopt);
        const auto local = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':4,'timestamp':'2023-11-14T22:13:20'}"), u"t"_s);
        QCOMPARE(local->timestampMs, std::nullopt); // no offset named: no guessing the zone
        const auto offset = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':4,'timestamp':'2023-11-14T23:13:20.123+01:00'}"),
            u"t"_s);
        QCOMPARE(offset->timestampMs, 1700000000123LL);
        const auto nanos = parseDeliveryReport(
            J("{'error_code':200,'partition_id':1,'offset':4,'timestamp':'2023-11-14T22:13:20.123456789Z'}"),
            u"t"_s);
        QCOMPARE(nanos->timestampMs, 1700000000123LL); // Java's Instant may print nanoseconds
    }

    void deliveryReports_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("outcomes"); // per record: w written, f failed, u unknown; "!" error
        const QByteArray ok0 = J("{'error_code':200,'partition_id':0,'offset':10}");
        const QByteArray ok1 = J("{'error_code':200,'partition_id':1,'offset':3}\n");
        const QByteArray bad =
            J("{'error_code':400,'message':'Bad Request: data=1 is not a base64 string.'}");
        QTest::newRow("three in order") << ok0 + ok1 + bad << 3 << u"wwf"_s;
        QTest::newRow("whitespace around") << " \n" + ok0 + "\r\n\t" + ok1 + "\n" << 2 << u"ww"_s;
        QTest::newRow("braces inside strings")
            << J("{'error_code':400,'message':'a } { \\' ] ['}") + ok0 << 2 << u"fw"_s;
        QTest::newRow("cut off in the second") << ok0 + ok1.left(12) << 3 << u"wuu"_s;
        QTest::newRow("garbage after the first") << ok0 + "<html>" << 2 << u"wu"_s;
        QTest::newRow("malformed second report") << ok0 + J("{'error_code':200}") << 2 << u"wu"_s;
        QTest::newRow("invalid JSON second report") << ok0 + "{\"error_code\":,}" << 2 << u"wu"_s;
        QTest::newRow("cut off in the first") << ok0.left(10) << 1 << u"!"_s;
        QTest::newRow("empty answer") << QByteArray() << 1 << u"!"_s;
        QTest::newRow("HTML") << QByteArray(jettyTooManyRequests) << 1 << u"!"_s;
        QTest::newRow("more reports than records") << ok0 + ok1 << 1 << u"!"_s;
        QTest::newRow("array") << "[" + ok0 + "]" << 1 << u"!"_s;
        QTest::newRow("nothing sent, nothing answered") << QByteArray() << 0 << QString();
        QTest::newRow("unbalanced closing") << J("{'error_code':200]}") + ok0 << 2 << u"!"_s;
    }
    void deliveryReports()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QFETCH(QString, outcomes);
        const auto results = parseDeliveryReports(body, u"t"_s, expected);
        if (outcomes == u"!"_s) {
            QVERIFY(!results);
            QCOMPARE(results.error().kind, ErrorKind::Protocol);
            return;
        }
        QVERIFY2(results, qPrintable(results ? QString() : results.error().serverMessage));
        QString seen;
        for (const ProduceResult &r : *results)
            seen += r.ok() ? u'w' : r.error->outcomeUnknown ? u'u' : u'f';
        QCOMPARE(seen, outcomes);
        // The same bytes fed one at a time, as readyRead may deliver them, give the same reports.
        DeliveryReportReader reader(u"t"_s);
        QList<ProduceResult> streamed;
        for (char c : body)
            streamed += reader.feed(QByteArrayView(&c, 1));
        QCOMPARE(streamed, results->first(streamed.size()));
        QCOMPARE(reader.reportsRead(), streamed.size());
    }
    void reportReaderStopsAtGarbage()
    {
        DeliveryReportReader reader(u"t"_s);
        QCOMPARE(reader.feed(J("{'error_code':200,'partition_id':0,'offset':1}{'error_")).size(), 1);
        QVERIFY(reader.midReport());
        QCOMPARE(reader.feed(J("code':200,'partition_id':0,'offset':2}  ")).first().offset, 2);
        QVERIFY(!reader.midReport());
        QVERIFY(!reader.error());
        QVERIFY(reader.feed("oops {}").isEmpty());
        QVERIFY(reader.error());
        QVERIFY(reader.feed(J("{'error_code':200,'partition_id':0,'offset':3}")).isEmpty());
        QCOMPARE(reader.reportsRead(), 2);
    }
    void endOfFirstObject_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("end");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("space only") << QByteArray(" \n") << 0;
        QTest::newRow("one") << QByteArray("{}") << 2;
        QTest::newRow("leading space, two") << QByteArray("  {\"a\":[1]}{}") << 11;
        QTest::newRow("escaped quote") << QByteArray("{\"a\":\"\\\"}\"}") << 11;
        QTest::newRow("incomplete") << QByteArray("{\"a\":{") << 0;
        QTest::newRow("not an object") << QByteArray("[1]") << -1;
        QTest::newRow("html") << QByteArray("<html>") << -1;
    }
    void endOfFirstObject()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, end);
        QCOMPARE(ConfluentV3::endOfFirstObject(stream), end);
    }

    void batch_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("outcomes");
        QTest::newRow("mixed, out of order")
            << J("{'successes':[{'id':'2','cluster_id':'c','topic_name':'t','partition_id':0,'offset':7,"
                 "'timestamp':'2023-11-14T22:13:20.123Z'},{'id':'0','partition_id':1,'offset':3,'timestamp':"
                 "null}],'failures':[{'id':'1','error_code':400,'message':'Bad Request: data=1 is not a "
                 "base64 "
                 "string.'}]}")
            << 3 << u"wfw"_s;
        QTest::newRow("all failed, no successes list")
            << J("{'failures':[{'id':'0','error_code':40301,'message':'denied'}]}") << 1 << u"f"_s;
        QTest::newRow("entry left out") << J("{'successes':[{'id':'0','partition_id':0,'offset':1}],"
                                             "'failures':[]}")
                                        << 2 << u"wu"_s;
        QTest::newRow("unknown id") << J("{'successes':[{'id':'5','partition_id':0,'offset':1}]}") << 2
                                    << u"!"_s;
        QTest::newRow("id not canonical")
            << J("{'successes':[{'id':'01','partition_id':0,'offset':1}]}") << 2 << u"!"_s;
        QTest::newRow("negative id") << J("{'successes':[{'id':'-1','partition_id':0,'offset':1}]}") << 2
                                     << u"!"_s;
        QTest::newRow("id number") << J("{'successes':[{'id':0,'partition_id':0,'offset':1}]}") << 1
                                   << u"!"_s;
        QTest::newRow("duplicate id") << J("{'successes':[{'id':'0','partition_id':0,'offset':1}],'failures':"
                                           "[{'id':'0','error_code':400}]}")
                                      << 1 << u"!"_s;
        QTest::newRow("success without offset")
            << J("{'successes':[{'id':'0','partition_id':0}]}") << 1 << u"!"_s;
        QTest::newRow("failure without code") << J("{'failures':[{'id':'0','message':'x'}]}") << 1 << u"!"_s;
        QTest::newRow("failure with success code")
            << J("{'failures':[{'id':'0','error_code':200}]}") << 1 << u"!"_s;
        QTest::newRow("successes object") << J("{'successes':{}}") << 1 << u"!"_s;
        QTest::newRow("success not object") << J("{'successes':[1]}") << 1 << u"!"_s;
        QTest::newRow("HTML 429") << QByteArray(jettyTooManyRequests) << 1 << u"!"_s;
        QTest::newRow("truncated") << J("{'successes':[{'id':'0','partition_id':0,'off") << 1 << u"!"_s;
        QTest::newRow("negative count") << J("{}") << -3 << QString();
    }
    void batch()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QFETCH(QString, outcomes);
        const auto results = parseBatchProduce(body, u"t"_s, expected);
        if (outcomes == u"!"_s) {
            QVERIFY(!results);
            QCOMPARE(results.error().kind, ErrorKind::Protocol);
            return;
        }
        QVERIFY2(results, qPrintable(results ? QString() : results.error().serverMessage));
        QString seen;
        for (const ProduceResult &r : *results)
            seen += r.ok() ? u'w' : r.error->outcomeUnknown ? u'u' : u'f';
        QCOMPARE(seen, outcomes);
        if (expected == 3) {
            QCOMPARE(results->at(0), (ProduceResult{u"t"_s, 1, 3, std::nullopt, std::nullopt}));
            QCOMPARE(results->at(2), (ProduceResult{u"t"_s, 0, 7, 1700000000123LL, std::nullopt}));
            QCOMPARE(results->at(1).error->serverCode, 400);
            QCOMPARE(results->at(1).error->kind, ErrorKind::BadRequest);
        }
    }
};

QTEST_GUILESS_MAIN(TestConfluentV3Produce)
#include "tst_confluentv3produce.moc"
