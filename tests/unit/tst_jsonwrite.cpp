// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Json::appendString, the writer under produce bodies and exports: every string it writes must
// read back, through Qt's own JSON parser, as the bytes it was given.
#include "core/dialects/common/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

class TestJsonWrite : public QObject
{
    Q_OBJECT

    static QString readBack(const QByteArray &written)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + written + "]", &error);
        if (error.error != QJsonParseError::NoError)
            return u"<not JSON: %1>"_s.arg(error.errorString());
        return doc.array().at(0).toString();
    }

private Q_SLOTS:
    void everyByteBelowTheUtf8Range()
    {
        for (int c = 0; c < 0x80; ++c) {
            const QByteArray in(1, char(c));
            QByteArray out;
            Json::appendString(out, in);
            QCOMPARE(readBack(out), QString::fromLatin1(in));
            if (c >= 0x20 && c != '"' && c != '\\')
                QCOMPARE(out, "\"" + in + "\"");
        }
    }

    void shortForms()
    {
        QByteArray out;
        Json::appendString(out, "a\"b\\c\nd\re\tf\x01g");
        QCOMPARE(out, QByteArray("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\""));
    }

    void emptyAndAfterOtherText()
    {
        QByteArray out = "[1,";
        Json::appendString(out, QByteArrayView());
        out += ',';
        Json::appendString(out, "x");
        QCOMPARE(out, QByteArray("[1,\"\",\"x\""));
    }

    // Lengths around the 8-byte steps, escapes at every position, UTF-8 kept as it is.
    void randomStringsReadBack()
    {
        const QByteArrayList pieces = {"a",    "Z", " ", "\"", "\\", "\n", "\x1f",
                                       "\x7f", "é", "€", "😀", "{",  "}"};
        QRandomGenerator random(42);
        for (int round = 0; round < 4000; ++round) {
            QByteArray in;
            const int count = int(random.bounded(40));
            for (int i = 0; i < count; ++i)
                in += pieces[random.bounded(pieces.size())];
            QByteArray out = QByteArray(int(random.bounded(20)), 'p');
            const qsizetype prefix = out.size();
            Json::appendString(out, in);
            QCOMPARE(out.left(prefix), QByteArray(prefix, 'p'));
            QCOMPARE(readBack(out.mid(prefix)), QString::fromUtf8(in));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWrite)
#include "tst_jsonwrite.moc"
