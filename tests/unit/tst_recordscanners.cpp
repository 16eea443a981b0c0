// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The single-pass record scanners against the general QJsonDocument parsers they stand in for:
// whenever a scanner answers, its records are the general parser's, null and empty bytes told
// apart; and the shapes real servers send are read by the scanner, not left to the fallback.
#include "core/dialects/confluent/confluentparse.h"
#include "core/dialects/confluent/recordscanner.h"
#include "core/dialects/upstash/upstashparse.h"
#include "core/dialects/upstash/upstashscanner.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

namespace {

// Record's == takes a null QByteArray for an empty one; the store does not.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a == b && a.isNull() == b.isNull();
}

bool same(const QList<Record> &a, const QList<Record> &b)
{
    if (a != b)
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameBytes(a[i].key, b[i].key) || !sameBytes(a[i].value, b[i].value))
            return false;
        for (qsizetype h = 0; h < a[i].headers.size(); ++h) {
            if (!sameBytes(a[i].headers[h].value, b[i].headers[h].value))
                return false;
        }
    }
    return true;
}

// JSON string bodies (quotes included) of every kind the general parser reads or refuses.
QByteArray randomString(QRandomGenerator &random)
{
    static const QByteArrayList pieces = {"a",
                                          "Z",
                                          " ",
                                          "0",
                                          "{",
                                          "}",
                                          ":",
                                          ",",
                                          "\\\"",
                                          "\\\\",
                                          "\\/",
                                          "\\b",
                                          "\\f",
                                          "\\n",
                                          "\\r",
                                          "\\t",
                                          "\\u0000",
                                          "\\u001f",
                                          "\\u0041",
                                          "\\u00e9",
                                          "\\u20AC",
                                          "\\ud83d\\ude00",
                                          "\\uD834\\uDD1E",
                                          "\\ud800",
                                          "\\udc00",
                                          "\\ud800x",
                                          "\\uffff",
                                          "\\ufdd0",
                                          "\\uzzzz",
                                          "\\x",
                                          "é",
                                          "€",
                                          "😀",
                                          "\xef\xbf\xbe",
                                          "\xc0\xaf",
                                          "\xed\xa0\x80",
                                          "\xf4\x90\x80\x80",
                                          "\xe2\x82",
                                          "\xff",
                                          "\x7f",
                                          "\x01",
                                          "\t",
                                          "\xc3",
                                          "\xf0\x9f\x98"};
    QByteArray out = "\"";
    const int count = int(random.bounded(24));
    for (int i = 0; i < count; ++i) {
        // Mostly plain text, as real values are, so runs cross the 8-byte steps.
        out += random.bounded(3) == 0
                   ? pieces[random.bounded(pieces.size())]
                   : QByteArray(int(random.bounded(1, 12)), char('a' + random.bounded(26)));
    }
    return out + '"';
}

QByteArray randomNumber(QRandomGenerator &random)
{
    static const QByteArrayList forms = {
        "0",    "7",    "-1", "42", "2147483647",        "2147483648",
        "1.0",  "1e3",  "-0", "01", "12345678901234567", "1234567890123456789",
        "null", "\"5\""};
    return random.bounded(3) == 0 ? forms[random.bounded(forms.size())]
                                  : QByteArray::number(random.bounded(100000));
}

QByteArray space(QRandomGenerator &random)
{
    static const QByteArrayList forms = {"", "", "", "", " ", "\n", " \t\r\n"};
    return forms[random.bounded(forms.size())];
}

QByteArray upstashMessage(QRandomGenerator &random, bool usual)
{
    QByteArrayList members;
    members << "\"topic\":" + space(random) +
                   (usual || random.bounded(4) ? "\"orders\""_ba : randomString(random));
    members << "\"partition\":" + (usual ? QByteArray::number(random.bounded(12)) : randomNumber(random));
    members << "\"offset\":" + (usual ? QByteArray::number(random.bounded(1 << 30)) : randomNumber(random));
    if (usual || random.bounded(4))
        members << "\"timestamp\":" + (usual ? "1700000000000"_ba : randomNumber(random));
    if (usual || random.bounded(4))
        members << "\"key\":" + (random.bounded(5) == 0 ? "null"_ba : randomString(random));
    if (usual || random.bounded(4))
        members << "\"value\":" + (random.bounded(7) == 0 ? "null"_ba : randomString(random));
    if (usual || random.bounded(4)) {
        QByteArrayList headers;
        for (int h = int(random.bounded(3)); h > 0; --h)
            headers << "{\"key\":" + randomString(random) +
                           ",\"value\":" + (random.bounded(4) == 0 ? "null"_ba : randomString(random)) + "}";
        members << "\"headers\":[" + headers.join(',') + "]";
    }
    if (!usual && random.bounded(8) == 0)
        members << "\"extra\":1";
    if (!usual && random.bounded(8) == 0)
        members << members.at(int(random.bounded(members.size()))); // a duplicate
    if (!usual && random.bounded(2))
        std::shuffle(members.begin(), members.end(), std::mt19937(random.generate()));
    return "{" + space(random) + members.join("," + space(random)) + space(random) + "}";
}

} // namespace

class TestRecordScanners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upstashAgreesWithTheGeneralParser()
    {
        QRandomGenerator random(1301);
        int answered = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArrayList messages;
            for (int m = int(random.bounded(4)); m > 0; --m)
                messages << upstashMessage(random, false);
            QByteArray body = space(random) + "[" + messages.join(",") + "]" + space(random);
            if (random.bounded(50) == 0)
                body.truncate(random.bounded(body.size())); // cut short
            const auto fast = Upstash::scanMessages(body);
            if (!fast)
                continue;
            ++answered;
            const auto general = Upstash::parseMessagesGeneral(body);
            QVERIFY2(general, body.constData());
            QVERIFY2(same(*fast, *general), body.constData());
        }
        QVERIFY2(answered > 2000, qPrintable(QString::number(answered))); // the comparison means something
    }

    void upstashReadsWhatServersSend()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 2000; ++round) {
            QByteArrayList messages;
            for (int m = int(random.bounded(1, 6)); m > 0; --m)
                messages << upstashMessage(random, true);
            const QByteArray body = "[" + messages.join(",") + "]";
            const auto general = Upstash::parseMessagesGeneral(body);
            if (!general)
                continue; // a random string the general parser refuses too
            const auto fast = Upstash::scanMessages(body);
            if (!fast)
                continue; // a lone surrogate, a noncharacter or an empty header value: fallback
            QVERIFY2(same(*fast, *general), body.constData());
        }
        // The everyday answer, escapes and non-ASCII text included, takes the fast path.
        const QByteArray everyday =
            "[{\"topic\":\"orders\",\"partition\":3,\"offset\":17,\"timestamp\":1700000000000,"
            "\"key\":\"k-1\",\"value\":\"{\\\"name\\\":\\\"Zoë\\\",\\\"note\\\":"
            "\\\"tab\\\\there \\u20ac 😀\\\"}\",\"headers\":[{\"key\":\"trace\",\"value\":\"ab\"}]},"
            "{\"topic\":\"orders\",\"partition\":3,\"offset\":18,\"timestamp\":null,\"key\":\"\","
            "\"value\":\"\",\"headers\":[]}]";
        const auto fast = Upstash::scanMessages(everyday);
        QVERIFY(fast);
        QCOMPARE(fast->size(), 2);
        QCOMPARE(fast->at(0).value, u"{\"name\":\"Zoë\",\"note\":\"tab\\there € 😀\"}"_s.toUtf8());
        QVERIFY(!fast->at(1).hasKey());
        QVERIFY(!fast->at(1).value.isNull());
        QVERIFY(!fast->at(1).timestampMs);
        QVERIFY(same(*fast, *Upstash::parseMessagesGeneral(everyday)));
    }

    void confluentAgreesWithTheGeneralParser()
    {
        QRandomGenerator random(99);
        static const QByteArrayList base64 = {"\"\"",         "\"QQ==\"",  "\"QUI=\"", "\"QUJD\"",
                                              "null",         "\"QQ\"",    "\"Q===\"", "\"!!!!\"",
                                              "\"QUJDRA==\"", "\"QU JD\"", "1"};
        int answered = 0;
        for (int round = 0; round < 10000; ++round) {
            QByteArrayList records;
            for (int r = int(random.bounded(4)); r > 0; --r) {
                QByteArrayList members;
                if (random.bounded(3))
                    members << "\"topic\":" + (random.bounded(3) ? "\"t\""_ba : randomString(random));
                members << "\"key\":" + base64[random.bounded(base64.size())];
                members << "\"value\":" + base64[random.bounded(base64.size())];
                members << "\"partition\":" + randomNumber(random);
                members << "\"offset\":" + randomNumber(random);
                if (random.bounded(3) == 0)
                    members << "\"timestamp\":" + randomNumber(random);
                if (random.bounded(2))
                    std::shuffle(members.begin(), members.end(), std::mt19937(random.generate()));
                records << "{" + members.join("," + space(random)) + "}";
            }
            const QByteArray body = "[" + records.join(",") + "]";
            for (const QString &topic : {QString(), u"legacy"_s}) {
                const auto fast = Confluent::scanBinaryRecords(body, topic);
                if (!fast)
                    continue;
                ++answered;
                const auto general = Confluent::parseRecordsGeneral(body, topic);
                QVERIFY2(general, body.constData());
                QVERIFY2(same(*fast, *general), body.constData());
            }
        }
        QVERIFY2(answered > 500, qPrintable(QString::number(answered)));
    }
};

QTEST_GUILESS_MAIN(TestRecordScanners)
#include "tst_recordscanners.moc"
