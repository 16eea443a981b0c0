// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonEscape::appendQuoted, the block-at-a-time escaper of every fetch answer, against the
// byte-at-a-time escaper the sandbox used before it: the same bytes for every input, including
// control characters, quotes, backslashes, every UTF-8 form and invalid UTF-8.
#include "sandbox/jsonescape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;

namespace {

// The reference, as the sandbox wrote it until the fast escaper: validate, else repair through
// QString, then escape one byte at a time.
namespace Reference {

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const uchar c = *p;
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            extra = 1;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        p += extra + 1;
    }
    return true;
}

void escapeValid(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (char ch : utf8) {
        const uchar c = uchar(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
                out.append(esc, 6);
            } else {
                out.append(ch);
            }
        }
    }
}

QByteArray quoted(QByteArrayView utf8)
{
    QByteArray out = "\"";
    if (isValidUtf8(utf8))
        escapeValid(out, utf8);
    else
        escapeValid(out, QString::fromUtf8(utf8).toUtf8());
    return out + '"';
}

} // namespace Reference

QByteArray fast(QByteArrayView utf8)
{
    QByteArray out;
    JsonEscape::appendQuoted(out, utf8);
    return out;
}

// Pieces the random strings are made of, each a class of byte the escaper treats on its own.
const QList<QByteArray> &pieces()
{
    static const QList<QByteArray> list = {
        "a"_ba,
        "plain text "_ba,
        "0123456789abcdef"_ba,
        " "_ba,
        "~"_ba,
        "\x7f"_ba, // plain
        "\""_ba,
        "\\"_ba,
        "\n"_ba,
        "\r"_ba,
        "\t"_ba,
        "\b"_ba,
        "\f"_ba,
        QByteArray(1, '\0'),
        "\x01"_ba,
        "\x1f"_ba,
        "/"_ba, // escaped (and '/': not)
        "\xc2\x80"_ba,
        "\xc3\xa9"_ba,
        "\xdf\xbf"_ba, // 2-byte forms
        "\xe0\xa0\x80"_ba,
        "\xe2\x82\xac"_ba,
        "\xed\x9f\xbf"_ba,
        "\xee\x80\x80"_ba,
        "\xef\xbf\xbf"_ba,
        "\xf0\x90\x80\x80"_ba,
        "\xf0\x9f\x98\x80"_ba,
        "\xf4\x8f\xbf\xbf"_ba, // 4-byte forms
        "\xc0\x80"_ba,
        "\xc1\xbf"_ba,
        "\xe0\x80\x80"_ba,
        "\xe0\x9f\xbf"_ba,
        "\xf0\x80\x80\x80"_ba,
        "\xf0\x8f\xbf\xbf"_ba, // overlong
        "\xed\xa0\x80"_ba,
        "\xed\xbf\xbf"_ba, // surrogates
        "\xf4\x90\x80\x80"_ba,
        "\xf5\x80\x80\x80"_ba,
        "\xf8\x88\x80\x80\x80"_ba,
        "\xfe"_ba,
        "\xff"_ba, // past U+10FFFF
        "\x80"_ba,
        "\xbf"_ba,
        "\xc3"_ba,
        "\xe2\x82"_ba,
        "\xf0\x9f\x98"_ba, // stray / cut short
        "\xc3\x28"_ba,
        "\xe2\x28\xa1"_ba,
        "\xf0\x28\x8c\xbc"_ba, // bad continuation
    };
    return list;
}

} // namespace

class TestSandboxJsonEscape : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("empty") << QByteArray() << "\"\""_ba;
        QTest::newRow("escapes") << "a\"b\\c\n\x01\t\x1f"_ba << "\"a\\\"b\\\\c\\n\\u0001\\t\\u001f\""_ba;
        QTest::newRow("nul") << QByteArray("x\0y", 3) << "\"x\\u0000y\""_ba;
        QTest::newRow("utf-8 kept") << "caf\xc3\xa9 \xf0\x9f\x98\x80"_ba
                                    << "\"caf\xc3\xa9 \xf0\x9f\x98\x80\""_ba;
        QTest::newRow("invalid repaired") << "ab\xff"_ba << "\"ab\xef\xbf\xbd\""_ba;
        QTest::newRow("invalid after 8 plain") << "12345678\"\xff"_ba << "\"12345678\\\"\xef\xbf\xbd\""_ba;
    }
    void knownAnswers()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(fast(in), out);
        QCOMPARE(Reference::quoted(in), out);
    }

    // Every string of one and two bytes.
    void allShortStrings()
    {
        for (int a = 0; a < 256; ++a) {
            const QByteArray one(1, char(a));
            QCOMPARE(fast(one), Reference::quoted(one));
            for (int b = 0; b < 256; ++b) {
                const QByteArray two = one + char(b);
                if (fast(two) != Reference::quoted(two))
                    QFAIL(qPrintable(u"differs for %1"_s.arg(QString::fromLatin1(two.toHex()))));
            }
        }
    }

    // One piece at every position of a plain run, across the eight-byte words' edges.
    void everyPieceAtEveryPosition()
    {
        for (const QByteArray &piece : pieces()) {
            for (int before = 0; before <= 17; ++before) {
                for (int after = 0; after <= 9; ++after) {
                    const QByteArray in = QByteArray(before, 'x') + piece + QByteArray(after, 'y');
                    if (fast(in) != Reference::quoted(in))
                        QFAIL(qPrintable(u"differs for %1"_s.arg(QString::fromLatin1(in.toHex()))));
                }
            }
        }
    }

    void randomPieces()
    {
        QRandomGenerator random(13);
        for (int i = 0; i < 20000; ++i) {
            QByteArray in;
            const int count = int(random.bounded(i < 19000 ? 24 : 600));
            for (int k = 0; k < count; ++k)
                in += pieces()[random.bounded(int(pieces().size()))];
            if (fast(in) != Reference::quoted(in))
                QFAIL(qPrintable(u"differs for %1"_s.arg(QString::fromLatin1(in.toHex()))));
        }
    }

    void randomBytes()
    {
        QRandomGenerator random(5);
        for (int i = 0; i < 20000; ++i) {
            QByteArray in(qsizetype(random.bounded(80)), Qt::Uninitialized);
            // Mostly plain text with a byte of any value now and then, or any bytes at all.
            const bool noisy = i % 4 == 0;
            for (char &c : in)
                c = char(noisy || random.bounded(16) == 0 ? random.bounded(256) : 0x20 + random.bounded(95));
            if (fast(in) != Reference::quoted(in))
                QFAIL(qPrintable(u"differs for %1"_s.arg(QString::fromLatin1(in.toHex()))));
        }
    }

    // Appends after what is there, also when that is shared with another array or nearly full.
    void appendsToExisting()
    {
        const QByteArray value = "12345678901234567890\"\xc3\xa9\n"_ba;
        QByteArray out = "[1,"_ba;
        const QByteArray shared = out;
        JsonEscape::appendQuoted(out, value);
        QCOMPARE(out, "[1," + Reference::quoted(value));
        QCOMPARE(shared, "[1,"_ba);
        QByteArray tight;
        tight.reserve(4);
        tight.append("abc");
        const QByteArray invalid = "\xff" + value;
        JsonEscape::appendQuoted(tight, invalid);
        QCOMPARE(tight, "abc" + Reference::quoted(invalid));
        QCOMPARE(QJsonDocument::fromJson("[" + tight.mid(3) + "]").array().at(0).toString(),
                 QString::fromUtf8(invalid));
    }
};

QTEST_GUILESS_MAIN(TestSandboxJsonEscape)
#include "tst_sandbox_jsonescape.moc"
