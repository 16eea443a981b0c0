// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/valueformat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestValueFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ValueKind>("kind");
        QTest::newRow("empty") << QByteArray() << ValueKind::Empty;
        QTest::newRow("object") << QByteArray("{\"a\":1}") << ValueKind::Json;
        QTest::newRow("array with spaces") << QByteArray("  [1, 2]\n") << ValueKind::Json;
        QTest::newRow("json string") << QByteArray("\"hi\"") << ValueKind::Json;
        QTest::newRow("broken json is text") << QByteArray("{\"a\":") << ValueKind::Text;
        QTest::newRow("xml") << QByteArray("<a><b x=\"1\">t</b></a>") << ValueKind::Xml;
        QTest::newRow("broken xml is text") << QByteArray("<a><b></a>") << ValueKind::Text;
        QTest::newRow("text") << QByteArray("Istanbul") << ValueKind::Text;
        QTest::newRow("utf8 text") << QByteArray("Zürich – 東京") << ValueKind::Text;
        QTest::newRow("nul byte") << QByteArray("ab\0cd", 5) << ValueKind::Binary;
        QTest::newRow("invalid utf8") << QByteArray("\xff\xfe\xfd") << ValueKind::Binary;
        QTest::newRow("number is text") << QByteArray("42") << ValueKind::Text;
    }
    void detect()
    {
        QFETCH(QByteArray, bytes);
        QTEST(detectValueKind(bytes), "kind");
    }

    void prettyJsonAndXml()
    {
        QCOMPARE(prettyPrinted("{\"a\":1,\"b\":[true]}", ValueKind::Json),
                 u"{\n    \"a\": 1,\n    \"b\": [\n        true\n    ]\n}"_s);
        QCOMPARE(prettyPrinted("<a><b>t</b></a>", ValueKind::Xml), u"<a>\n  <b>t</b>\n</a>"_s);
        // Invalid input comes back as it was, never half-formatted.
        QCOMPARE(prettyPrinted("<a><b></a>", ValueKind::Xml), u"<a><b></a>"_s);
    }

    void hexDumpHasOffsetsHexAndAscii()
    {
        const QByteArray bytes("Hello\x00\x01\xffWorld!!!!xyz", 20);
        const QString dump = hexDump(bytes);
        QCOMPARE(dump, u"00000000  48 65 6c 6c 6f 00 01 ff  57 6f 72 6c 64 21 21 21  Hello...World!!!\n"
                       u"00000010  21 78 79 7a                                       !xyz\n"_s);
        QVERIFY(hexDump(QByteArray(40, 'a'), 16).endsWith(u"… 24 more bytes\n"_s));
    }

    void syntaxNames()
    {
        QCOMPARE(syntaxDefinitionFor(ValueKind::Json), u"JSON"_s);
        QCOMPARE(syntaxDefinitionFor(ValueKind::Xml), u"XML"_s);
        QVERIFY(syntaxDefinitionFor(ValueKind::Binary).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValueFormat)
#include "tst_valueformat.moc"
