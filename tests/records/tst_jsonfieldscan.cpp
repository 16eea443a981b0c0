// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// scanJsonField: the field a JSON path names, read by simdjson, or nullopt where QJsonDocument
// must decide. tst_recordmatcherdiff and fuzz_core_matcher check that the answers agree with
// QJsonDocument; this checks that the fast answer is given at all, and withheld where it should be.
#include "core/records/jsonfieldscan.h"

#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<QJsonValue>)

class TestJsonFieldScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scan_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<std::optional<QJsonValue>>("expected");
        const std::optional<QJsonValue> none;
        const std::optional<QJsonValue> undefined = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("string") << "{\"a\":\"x\"}"_ba << u"$.a"_s << std::optional(QJsonValue(u"x"_s));
        QTest::newRow("escaped name and value") << "{\"\\u0061\":\"\\u00fc\\ud83d\\ude00\"}"_ba << u"$.a"_s
                                                << std::optional(QJsonValue(u"ü😀"_s));
        QTest::newRow("integer") << "{\"n\":42}"_ba << u"$.n"_s << std::optional(QJsonValue(42));
        QTest::newRow("big integer") << "{\"n\":9223372036854775807}"_ba << u"$.n"_s
                                     << std::optional(QJsonValue(qint64(9223372036854775807)));
        QTest::newRow("beyond qint64") << "{\"n\":18446744073709551615}"_ba << u"$.n"_s
                                       << std::optional(QJsonValue(18446744073709551615.0));
        QTest::newRow("double") << "{\"n\":1.5e3}"_ba << u"$.n"_s << std::optional(QJsonValue(1500.0));
        QTest::newRow("bool") << "{\"b\":true}"_ba << u"$.b"_s << std::optional(QJsonValue(true));
        QTest::newRow("null") << "{\"z\":null}"_ba << u"$.z"_s << std::optional(QJsonValue(QJsonValue::Null));
        QTest::newRow("nested and indexed")
            << "{\"a\":[{\"b\":1},{\"b\":2}]}"_ba << u"$.a[1].b"_s << std::optional(QJsonValue(2));
        QTest::newRow("array root") << "[10,20]"_ba << u"$[1]"_s << std::optional(QJsonValue(20));
        QTest::newRow("missing member") << "{\"a\":1}"_ba << u"$.b"_s << undefined;
        QTest::newRow("index past the end") << "[1]"_ba << u"$[3]"_s << undefined;
        QTest::newRow("member of a number") << "{\"a\":1}"_ba << u"$.a.b"_s << undefined;
        QTest::newRow("duplicate name on the path") << "{\"a\":1,\"a\":2}"_ba << u"$.a"_s << none;
        QTest::newRow("duplicate name elsewhere")
            << "{\"a\":1,\"c\":{\"d\":1,\"d\":2}}"_ba << u"$.a"_s << std::optional(QJsonValue(1));
        QTest::newRow("underflow anywhere") << "{\"a\":1,\"u\":1e-999}"_ba << u"$.a"_s << none;
        QTest::newRow("zero double anywhere") << "{\"a\":1,\"u\":0.0}"_ba << u"$.a"_s << none;
        QTest::newRow("an object found") << "{\"a\":{\"b\":1}}"_ba << u"$.a"_s << none;
        QTest::newRow("noncharacter") << "{\"a\":\"\\uffff\"}"_ba << u"$.a"_s << none;
        QTest::newRow("lone surrogate") << "{\"a\":\"\\ud800\"}"_ba << u"$.a"_s << none;
        QTest::newRow("scalar root") << "5"_ba << u"$.a"_s << none;
        QTest::newRow("invalid elsewhere") << "{\"a\":1,\"b\":tru}"_ba << u"$.a"_s << none;
        QTest::newRow("trailing bytes") << "{\"a\":1} x"_ba << u"$.a"_s << none;
        QTest::newRow("empty") << QByteArray() << u"$.a"_s << none;
    }
    void scan()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(std::optional<QJsonValue>, expected);
        const auto parsed = JsonPath::parse(path);
        QVERIFY(parsed);
        const auto found = scanJsonField(json, *parsed);
        QCOMPARE(found.has_value(), expected.has_value());
        if (found)
            QCOMPARE(*found, *expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonFieldScan)
#include "tst_jsonfieldscan.moc"
