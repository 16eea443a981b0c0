// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the Confluent REST v3 tests: answer bodies and the row helpers every collection
// parser's table uses.
#include "core/api/result.h"
#include "jsonquote.h"

#include <QByteArray>
#include <QTest>

namespace ConfluentV3Test {

using namespace Qt::StringLiterals;

// A v3 collection around `items` (JSON with single quotes), with an optional next link.
inline QByteArray list(const char *kind, const QByteArray &items, const char *next = nullptr)
{
    const QByteArray nextJson = next ? "\"" + QByteArray(next) + "\"" : "null"_ba;
    return "{\"kind\":\"" + QByteArray(kind) +
           "\",\"metadata\":{\"self\":\"http://h/v3/x\",\"next\":" + nextJson + "},\"data\":[" + items + "]}";
}

// Jetty's DoSFilter answers 429 as HTML, whatever was asked.
inline constexpr const char *jettyTooManyRequests =
    "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=ISO-8859-1\"/>\n"
    "<title>Error 429 Too Many Requests</title>\n</head>\n<body><h2>HTTP ERROR 429 Too Many Requests</h2>\n"
    "</body>\n</html>\n";

inline void bodyColumns()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count"); // -1: a Protocol error
}

template<typename T>
void checkCount(const Gregor::Result<T> &result, int count)
{
    if (!result)
        QCOMPARE(result.error().kind, Gregor::ErrorKind::Protocol);
    QVERIFY2(result.has_value() == (count >= 0),
             qPrintable(result ? u"parsed"_s : result.error().serverMessage));
    if constexpr (requires { result->items; }) {
        if (result)
            QCOMPARE(result->items.size(), count);
    }
}

// Rows every collection parser must refuse.
inline void malformedCollections(const char *kind)
{
    QTest::newRow("not JSON") << QByteArray("nope") << -1;
    QTest::newRow("HTML 429") << QByteArray(jettyTooManyRequests) << -1;
    QTest::newRow("empty body") << QByteArray() << -1;
    QTest::newRow("array") << J("[]") << -1;
    QTest::newRow("no data") << J("{'kind':'x','metadata':{}}").replace("x", kind) << -1;
    QTest::newRow("data object") << list(kind, {}).replace("[]", "{}") << -1;
    QTest::newRow("wrong kind") << list("KafkaSomethingList", {}) << -1;
    QTest::newRow("next not text") << list(kind, {}).replace("\"next\":null", "\"next\":1") << -1;
    QTest::newRow("item not object") << list(kind, "1") << -1;
    QTest::newRow("truncated") << list(kind, {}).chopped(3) << -1;
    QTest::newRow("empty") << list(kind, {}) << 0;
}

} // namespace ConfluentV3Test
