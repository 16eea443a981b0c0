// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's JSON check and reformatter: which texts are JSON, where exactly the others stop
// being JSON (lines and columns in characters, offsets in UTF-16), and pretty / compact output
// that keeps the member order and the number and string text as written.
#include "core/compose/jsoncheck.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

class Tst_jsoncheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validValues_data();
    void validValues();
    void problems_data();
    void problems();
    void emptyText_data();
    void emptyText();
    void columnsCountCharacters();
    void offsetIsInUtf16();
    void notClosedSaysWhereItOpened();
    void depthLimit();
    void sentence();
    void prettyKeepsOrderAndText();
    void compactKeepsOrderAndText();
    void emptyContainersStayCompact();
    void escapesAndStructureInsideStrings();
    void scalars();
    void invalidComesBackUnchanged_data();
    void invalidComesBackUnchanged();
    void reformattedMeansTheSame();
    void largeValue();
};

void Tst_jsoncheck::validValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("integer") << "42"_ba;
    QTest::newRow("negative zero") << "-0"_ba;
    QTest::newRow("fraction exponent") << "-12.5e+10"_ba;
    QTest::newRow("capital exponent") << "1E-2"_ba;
    QTest::newRow("string") << R"("text")"_ba;
    QTest::newRow("empty string") << R"("")"_ba;
    QTest::newRow("true") << "true"_ba;
    QTest::newRow("false") << "false"_ba;
    QTest::newRow("null") << "null"_ba;
    QTest::newRow("spaces around") << " \t\r\n 7 \n"_ba;
    QTest::newRow("empty object") << "{}"_ba;
    QTest::newRow("empty array") << "[ ]"_ba;
    QTest::newRow("nested") << R"({"a": [1, 2, {"b": null, "c": [true, false]}], "d": {}})"_ba;
    QTest::newRow("escapes") << R"(["\" \\ \/ \b \f \n \r \t \u00e9 \uD83D\uDE00"])"_ba;
    QTest::newRow("non-ASCII text") << "{\"größe\": \"😀 ü\"}"_ba;
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF{\"a\": 1}"_ba;
    QTest::newRow("1024 levels") << QByteArray(1024, '[') + QByteArray(1024, ']');
}

void Tst_jsoncheck::validValues()
{
    QFETCH(QByteArray, json);
    const auto problem = checkJson(json);
    QVERIFY2(!problem, problem ? qPrintable(problem->sentence()) : "");
}

void Tst_jsoncheck::problems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing comma in object")
        << "{\n  \"a\": 1\n  \"b\": 2\n}"_ba << 3 << 3 << u"missing comma after an object member"_s;
    QTest::newRow("missing comma in array")
        << "[\n  1,\n  2 3\n]"_ba << 3 << 5 << u"missing comma between array elements"_s;
    QTest::newRow("missing colon") << "{\n  \"a\": 1,\n  \"b\" 2\n}"_ba << 3 << 7
                                   << u"missing colon after the member name"_s;
    QTest::newRow("trailing comma in object")
        << "{\n  \"a\": 1,\n}"_ba << 2 << 9 << u"trailing comma before }"_s;
    QTest::newRow("trailing comma in array") << "[1, 2, ]"_ba << 1 << 6 << u"trailing comma before ]"_s;
    QTest::newRow("missing value after colon")
        << R"({"a": })"_ba << 1 << 7 << u"missing value after the colon"_s;
    QTest::newRow("missing value before comma")
        << "[1,,2]"_ba << 1 << 4 << u"missing value before the comma"_s;
    QTest::newRow("unquoted member name") << "{a: 1}"_ba << 1 << 2 << u"member names need double quotes"_s;
    QTest::newRow("single-quoted member name")
        << "{'a': 1}"_ba << 1 << 2 << u"member names need double quotes, not single quotes"_s;
    QTest::newRow("single-quoted string")
        << R"({"a": 'x'})"_ba << 1 << 7 << u"strings need double quotes, not single quotes"_s;
    QTest::newRow("unknown word") << R"({"a": hello})"_ba << 1 << 7
                                  << u"unknown word 'hello' (strings need double quotes)"_s;
    QTest::newRow("capitalised literal")
        << "[True]"_ba << 1 << 2 << u"'True' is written in lowercase: true"_s;
    QTest::newRow("cut literal") << "[tru]"_ba << 1 << 2
                                 << u"unknown word 'tru' (strings need double quotes)"_s;
    QTest::newRow("string not closed") << "[\"abc"_ba << 1 << 2 << u"the string is not closed"_s;
    QTest::newRow("line break in string") << "{\"a\": \"abc\n}"_ba << 1 << 11
                                          << u"line break inside a string (close it with \" or write \\n)"_s;
    QTest::newRow("tab in string") << "[\"a\tb\"]"_ba << 1 << 4
                                   << u"tab character inside a string (write \\t)"_s;
    QTest::newRow("control character in string")
        << "[\"a\x01\"]"_ba << 1 << 4 << u"control character U+0001 inside a string"_s;
    QTest::newRow("invalid escape") << R"(["a\x"])"_ba << 1 << 4 << u"invalid escape '\\x'"_s;
    QTest::newRow("short unicode escape") << R"(["\u12"])"_ba << 1 << 3 << u"\\u needs four hex digits"_s;
    QTest::newRow("invalid UTF-8") << "[\"a\xC3(\"]"_ba << 1 << 4 << u"invalid UTF-8"_s;
    QTest::newRow("overlong UTF-8") << "[\"\xC0\xAF\"]"_ba << 1 << 3 << u"invalid UTF-8"_s;
    QTest::newRow("leading zero") << "[01]"_ba << 1 << 2 << u"numbers cannot have a leading zero"_s;
    QTest::newRow("lone minus") << "[-]"_ba << 1 << 3 << u"expected a digit after the minus sign"_s;
    QTest::newRow("no fraction digits")
        << "[1.]"_ba << 1 << 4 << u"expected a digit after the decimal point"_s;
    QTest::newRow("no exponent digits") << "[1e+]"_ba << 1 << 5 << u"expected a digit in the exponent"_s;
    QTest::newRow("hex number") << "[0x1F]"_ba << 1 << 2 << u"invalid number '0x1F'"_s;
    QTest::newRow("plus sign") << "[+1]"_ba << 1 << 2 << u"numbers cannot start with +"_s;
    QTest::newRow("leading point") << "[.5]"_ba << 1 << 2
                                   << u"numbers need a digit before the decimal point"_s;
    QTest::newRow("comment") << "{\n  // why\n  \"a\": 1\n}"_ba << 2 << 3
                             << u"comments are not allowed in JSON"_s;
    QTest::newRow("typographic quotes")
        << "{\"a\": “x”}"_ba << 1 << 7 << u"typographic quotes are not JSON quotes (use \")"_s;
    QTest::newRow("text after the value")
        << "{\"a\": 1}\n{\"b\": 2}"_ba << 2 << 1 << u"more text after the end of the value"_s;
    QTest::newRow("two scalars") << "1 2"_ba << 1 << 3 << u"more text after the end of the value"_s;
    QTest::newRow("two scalars with a comma")
        << "1,2"_ba << 1 << 2 << u"more text after the end of the value"_s;
    QTest::newRow("mismatched bracket")
        << "[1}"_ba << 1 << 3 << u"expected , or ] after an array element, found '}'"_s;
    QTest::newRow("object closed by bracket")
        << R"({"a": 1])"_ba << 1 << 8 << u"expected , or } after an object member, found ']'"_s;
    QTest::newRow("lone closer") << "]"_ba << 1 << 1 << u"expected a value, found ']'"_s;
}

void Tst_jsoncheck::problems()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto problem = checkJson(json);
    QVERIFY(problem);
    QCOMPARE(problem->message, message);
    QCOMPARE(problem->line, line);
    QCOMPARE(problem->column, column);
}

void Tst_jsoncheck::emptyText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces and lines") << "  \n\t \r\n "_ba;
}

void Tst_jsoncheck::emptyText()
{
    QFETCH(QByteArray, json);
    QCOMPARE(checkJson(json), (JsonProblem{1, 1, 0, u"the value is empty"_s}));
}

void Tst_jsoncheck::columnsCountCharacters()
{
    // "é", "ü" and "ß" take two bytes each: a byte column would say 15, the editor shows 12.
    const QByteArray json = "{\"é\": \"üß\" \"x\": 1}";
    const auto problem = checkJson(json);
    QVERIFY(problem);
    QCOMPARE(problem->message, u"missing comma after an object member"_s);
    QCOMPARE(problem->line, 1);
    QCOMPARE(problem->column, 12);
    QCOMPARE(QString::fromUtf8(json).mid(problem->offset, 3), u"\"x\""_s);

    // On a later line only that line's characters count.
    const QByteArray multiline = "[\n  \"日本語\",\n  \"テキスト\" 2\n]";
    const auto later = checkJson(multiline);
    QVERIFY(later);
    QCOMPARE(later->line, 3);
    QCOMPARE(later->column, 10);
}

void Tst_jsoncheck::offsetIsInUtf16()
{
    // The emoji is one character (one column) but two UTF-16 units (and four bytes).
    const QByteArray json = "[\"😀\" 1]";
    const auto problem = checkJson(json);
    QVERIFY(problem);
    QCOMPARE(problem->column, 6);
    QCOMPARE(problem->offset, qsizetype(6));
    QCOMPARE(QString::fromUtf8(json).at(problem->offset), QChar(u'1'));

    const QByteArray multiline = "{\n  \"a\": \"😀😀\",\n  \"b\": 1,\n  \"c\" 2\n}";
    const auto later = checkJson(multiline);
    QVERIFY(later);
    QCOMPARE(later->line, 4);
    QCOMPARE(later->column, 7);
    QCOMPARE(QString::fromUtf8(multiline).at(later->offset), QChar(u'2'));
}

void Tst_jsoncheck::notClosedSaysWhereItOpened()
{
    const QByteArray json = "{\n  \"a\": [1, 2,\n  3\n";
    const auto problem = checkJson(json);
    QVERIFY(problem);
    QCOMPARE(problem->message, u"the array opened at line 2, column 8 is not closed (missing ])"_s);
    // At the end of the text, where the missing bracket would go.
    QCOMPARE(problem->offset, QString::fromUtf8(json).size());
    QCOMPARE(problem->line, 4);
    QCOMPARE(problem->column, 1);

    const auto object = checkJson(R"({"a": {"b": 1})");
    QVERIFY(object);
    QCOMPARE(object->message, u"the object opened at line 1, column 1 is not closed (missing })"_s);
}

void Tst_jsoncheck::depthLimit()
{
    const QByteArray deep = QByteArray(1025, '[') + QByteArray(1025, ']');
    const auto problem = checkJson(deep);
    QVERIFY(problem);
    QCOMPARE(problem->message, u"nested deeper than 1024 levels"_s);
    QCOMPARE(problem->column, 1025);
    // Far deeper than any stack would survive with a recursive parser.
    QVERIFY(checkJson(QByteArray(4 * 1024 * 1024, '[')));
}

void Tst_jsoncheck::sentence()
{
    const JsonProblem problem{3, 7, 20, u"missing comma after an object member"_s};
    QCOMPARE(problem.sentence(), u"Line 3, column 7: missing comma after an object member."_s);
    // Quoted text from the value never lands in a placeholder.
    const JsonProblem odd{1, 2, 1, u"unknown word '%1' (strings need double quotes)"_s};
    QCOMPARE(odd.sentence(), u"Line 1, column 2: unknown word '%1' (strings need double quotes)."_s);

    const auto checked = checkJson("{\n  \"a\": 1,\n  \"b\": 2 \"c\": 3\n}");
    QVERIFY(checked);
    QCOMPARE(checked->sentence(), u"Line 3, column 10: missing comma after an object member."_s);
}

void Tst_jsoncheck::prettyKeepsOrderAndText()
{
    const QByteArray json = R"({"zebra":1,"apple":[1.50e3,-0.0,2E+2,{"m":null,"b":true}],"mango":{"k":"v"}})";
    const QByteArray expected = R"({
  "zebra": 1,
  "apple": [
    1.50e3,
    -0.0,
    2E+2,
    {
      "m": null,
      "b": true
    }
  ],
  "mango": {
    "k": "v"
  }
})";
    QCOMPARE(prettyJson(json), expected);
    // Pretty output is a fixed point.
    QCOMPARE(prettyJson(expected), expected);
}

void Tst_jsoncheck::compactKeepsOrderAndText()
{
    const QByteArray json = "{\n    \"zebra\" : 1 ,\r\n\t\"apple\": [ 1.50e3 , 100000000000000000000001 ],\n"
                            "    \"mango\": { \"k\" : \"v w\" }\n}\n";
    QCOMPARE(compactJson(json),
             R"({"zebra":1,"apple":[1.50e3,100000000000000000000001],"mango":{"k":"v w"}})"_ba);
    QCOMPARE(compactJson(prettyJson(json)), compactJson(json));
}

void Tst_jsoncheck::emptyContainersStayCompact()
{
    const QByteArray json = "{\"a\": { }, \"b\": [\n\n], \"c\": [{}, []], \"d\": {\"e\": {}}}";
    const QByteArray expected = R"({
  "a": {},
  "b": [],
  "c": [
    {},
    []
  ],
  "d": {
    "e": {}
  }
})";
    QCOMPARE(prettyJson(json), expected);
    QCOMPARE(compactJson(json), R"({"a":{},"b":[],"c":[{},[]],"d":{"e":{}}})"_ba);
    QCOMPARE(prettyJson("[ ]"), "[]"_ba);
    QCOMPARE(prettyJson(" { } "), "{}"_ba);
}

void Tst_jsoncheck::escapesAndStructureInsideStrings()
{
    // Braces, commas, colons, spaces and escaped quotes inside strings are text, not structure;
    // escapes stay as written (\u00e9 is not turned into é, \/ stays).
    const QByteArray json = R"({"s{,}": "a, b: [c] \"q\" \\ \/ \u00e9 \n  end", "t": "\\"})";
    QCOMPARE(compactJson(json), R"({"s{,}":"a, b: [c] \"q\" \\ \/ \u00e9 \n  end","t":"\\"})"_ba);
    QCOMPARE(prettyJson(json), R"({
  "s{,}": "a, b: [c] \"q\" \\ \/ \u00e9 \n  end",
  "t": "\\"
})"_ba);
    const QByteArray utf8 = "{\"größe\":\"😀\"}";
    QCOMPARE(prettyJson(utf8), "{\n  \"größe\": \"😀\"\n}"_ba);
}

void Tst_jsoncheck::scalars()
{
    QCOMPARE(prettyJson("  1.50e3 \n"), "1.50e3"_ba);
    QCOMPARE(compactJson(" \"a b\" "), "\"a b\""_ba);
    QCOMPARE(prettyJson("null"), "null"_ba);
}

void Tst_jsoncheck::invalidComesBackUnchanged_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("missing value") << "{\"a\":   }"_ba;
    QTest::newRow("not closed") << "[1,\n 2"_ba;
    QTest::newRow("two values") << "{} {}"_ba;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << "   "_ba;
    QTest::newRow("invalid UTF-8") << "\"\xFF\""_ba;
}

void Tst_jsoncheck::invalidComesBackUnchanged()
{
    QFETCH(QByteArray, json);
    QCOMPARE(prettyJson(json), json);
    QCOMPARE(compactJson(json), json);
}

void Tst_jsoncheck::reformattedMeansTheSame()
{
    // What Qt reads from the reformatted text equals what it reads from the original.
    const QByteArray json =
        R"({"b": [1, 2.5, "x", {"c": [[], {}, [null]]}], "a": {"d": false}, "e": "\u00e9"})";
    const QJsonDocument original = QJsonDocument::fromJson(json);
    QVERIFY(!original.isNull());
    QCOMPARE(QJsonDocument::fromJson(prettyJson(json)), original);
    QCOMPARE(QJsonDocument::fromJson(compactJson(json)), original);
}

void Tst_jsoncheck::largeValue()
{
    QByteArray json = "[\n";
    for (int i = 0; json.size() < 5 * 1024 * 1024; ++i)
        json += R"(  {"id": )" + QByteArray::number(i) +
                R"(, "name": "customer name with ünïcödé", "score": 1.50e3, "tags": ["a", "b"], "none": {}},)"
                "\n";
    json += "  {}\n]";

    QElapsedTimer timer;
    timer.start();
    QVERIFY(!checkJson(json));
    const QByteArray pretty = prettyJson(json);
    const QByteArray compact = compactJson(pretty);
    QVERIFY(!checkJson(compact));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(compact, compactJson(json));
    QVERIFY(pretty.size() > json.size());

    // An error at the very end: the line count covers the whole text.
    const int lines = int(json.count('\n')) + 1;
    const auto problem = checkJson(json.chopped(1));
    QVERIFY(problem);
    QCOMPARE(problem->line, lines);
    QCOMPARE(problem->message, u"the array opened at line 1, column 1 is not closed (missing ])"_s);

    // Printed, not asserted: timings belong to bench/; a quadratic step would hit CTest's timeout.
    qInfo("check, pretty and compact of %lld bytes took %lld ms", qlonglong(json.size()), elapsed);
}

QTEST_GUILESS_MAIN(Tst_jsoncheck)
#include "tst_jsoncheck.moc"
