// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The produce-body scanner (the fast path of every Upstash produce) against the general path it
// stands in for, QJsonDocument and parseMessage: wherever the scanner reads a body, the general
// path reads the same messages from it; where the scanner declines, the general path decides.
#include "sandbox/producebodyscanner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;
using namespace Gregor::Sandbox;
using namespace Gregor::Sandbox::UpstashProduce;

namespace {

// JSON written with single quotes: moc cannot read raw strings.
QByteArray j(const char *text)
{
    QByteArray bytes(text);
    bytes.replace('\'', '"');
    return bytes;
}

// As the produce route reads a body it does not scan: jsonBody(), then oneOrMany().
std::optional<std::vector<Message>> general(const QByteArray &body, const QString &pathTopic)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (body.trimmed().isEmpty() || error.error != QJsonParseError::NoError)
        return std::nullopt;
    QList<QJsonValue> values;
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            values.append(v);
    } else {
        values.append(doc.object());
    }
    auto messages = parseMessages(values, pathTopic);
    if (!messages || messages->empty())
        return std::nullopt;
    return std::move(*messages);
}

QString describe(const Message &m)
{
    QString headers;
    for (const RecordHeader &h : m.record.headers)
        headers += u"[%1=%2]"_s.arg(h.key, QString::fromLatin1(h.value.toHex()));
    return u"topic=%1 partition=%2 ts=%3 key=%4%5 value=%6%7 headers=%8"_s.arg(m.topic)
        .arg(m.partition ? QString::number(*m.partition) : u"-"_s)
        .arg(m.record.timestampMs)
        .arg(m.record.key.isNull() ? u"null"_s : u""_s, QString::fromLatin1(m.record.key.toHex()))
        .arg(m.record.value.isNull() ? u"null"_s : u""_s, QString::fromLatin1(m.record.value.toHex()))
        .arg(headers);
}

// Timestamps the body leaves out are the clock's: equal when both came from the same millisecond
// window, so they are compared as "within the test's run" instead.
bool same(const Message &a, const Message &b, qint64 from, qint64 to)
{
    const auto stamp = [&](qint64 t) { return t >= from && t <= to ? -1 : t; };
    return a.topic == b.topic && a.partition == b.partition &&
           stamp(a.record.timestampMs) == stamp(b.record.timestampMs) && a.record.key == b.record.key &&
           a.record.key.isNull() == b.record.key.isNull() && a.record.value == b.record.value &&
           a.record.value.isNull() == b.record.value.isNull() && a.record.headers == b.record.headers;
}

// Random JSON for produce bodies: mostly well-formed messages, with every kind of odd field,
// string and number now and then, and now and then a broken byte.
class BodyMaker
{
public:
    explicit BodyMaker(quint32 seed)
        : m_random(seed)
    {}

    QByteArray body()
    {
        m_clean = chance(2); // half the bodies as clients send them, half with oddities
        QByteArray out;
        if (chance(8)) {
            out = message();
        } else {
            out = space() + '[';
            const int n = chance(10) ? 0 : int(m_random.bounded(6));
            for (int i = 0; i < n; ++i)
                out += (i ? "," : "") + message();
            out += space() + ']';
        }
        out += space();
        if (odd(12) && !out.isEmpty()) // a broken byte
            out[m_random.bounded(int(out.size()))] = char(m_random.bounded(256));
        if (odd(15)) // cut short
            out.truncate(m_random.bounded(int(out.size()) + 1));
        return out;
    }

private:
    bool chance(int oneIn) { return m_random.bounded(oneIn) == 0; }
    bool odd(int oneIn) { return !m_clean && chance(oneIn); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list[m_random.bounded(int(list.size()))];
    }
    QByteArray space()
    {
        return odd(20) ? pick(QList<QByteArray>{"\f", "\v", "\xc2\xa0"})
                       : pick(QList<QByteArray>{"", "", "", " ", "\n", "\t\r\n "});
    }

    QByteArray stringText()
    {
        static const QList<QByteArray> pieces = {"plain",
                                                 " text ",
                                                 "0123456789abcdefghij",
                                                 "\\n",
                                                 "\\\"",
                                                 "\\\\",
                                                 "\\/",
                                                 "\\b\\f\\r\\t",
                                                 "\\u00e9",
                                                 "\\u0000",
                                                 "\\u001F",
                                                 "\\u20AC",
                                                 "\xc3\xa9",
                                                 "\xe2\x82\xac",
                                                 "\xf0\x9f\x98\x80",
                                                 "\xf4\x8f\xbf\xbf",
                                                 "\x7f",
                                                 "'"};
        static const QList<QByteArray> oddPieces = {
            "\\uD83D\\uDE00", "\\ud800", "\\udc00x", "\\uFFFE",      "\\uFDD0",      "\\uffff",
            "\\u12",          "\\x",     "\\",       "\xef\xbf\xbe", "\xef\xb7\x90", "\xc0\x80",
            "\xed\xa0\x80",   "\xff",    "\x80",     "\xe2\x82",     "\x01",         "\t"};
        QByteArray out;
        const int n = chance(3) ? 1 : int(m_random.bounded(8));
        for (int i = 0; i < n; ++i)
            out += chance(2) ? pieces[0] : odd(4) ? pick(oddPieces) : pick(pieces);
        return out;
    }
    QByteArray string() { return '"' + stringText() + '"'; }
    QByteArray topicString()
    {
        return pick(QList<QByteArray>{"\"orders\"", "\"orders\"", "\"events.v2\"", "\"bad topic\"", "\"\"",
                                      "\"\\u006frders\"", "\"caf\xc3\xa9\""});
    }
    QByteArray number()
    {
        if (!odd(3))
            return pick(QList<QByteArray>{"0", "1", "2", "5", "1700000000000", "999999999999999999"});
        return pick(QList<QByteArray>{"-1", "-0", "01", "1.0", "1.5", "1e0", "1E2", "-", "2147483647",
                                      "2147483648", "-2147483648", "-2147483649", "9999999999999999999",
                                      "9223372036854775807", "12345678901234567890123", "1e400", "0x10"});
    }
    QByteArray anyValue(int depth = 0)
    {
        switch (m_random.bounded(depth > 2 ? 5 : 7)) {
        case 0:
            return string();
        case 1:
            return number();
        case 2:
            return odd(2) ? pick(QList<QByteArray>{"nul", "True"})
                          : pick(QList<QByteArray>{"true", "false", "null"});
        case 3:
            return topicString();
        case 4:
            return "[]";
        case 5: {
            QByteArray out = "[";
            for (int i = 0, n = int(m_random.bounded(3)); i < n; ++i)
                out += (i ? "," : "") + anyValue(depth + 1);
            return out + ']';
        }
        default: {
            QByteArray out = "{";
            for (int i = 0, n = int(m_random.bounded(3)); i < n; ++i)
                out += (i ? "," : "") + string() + ':' + anyValue(depth + 1);
            return out + '}';
        }
        }
    }
    QByteArray header()
    {
        if (odd(10))
            return anyValue();
        QList<QByteArray> fields;
        if (!odd(10))
            fields.append("\"key\":" + (odd(10) ? anyValue() : string()));
        if (!odd(10))
            fields.append("\"value\":" + (odd(10) ? anyValue() : string()));
        if (chance(8))
            fields.append("\"other\":" + anyValue());
        if (odd(15))
            fields.append("\"key\":" + string());
        std::shuffle(fields.begin(), fields.end(), m_random);
        return '{' + fields.join(',') + '}';
    }
    QByteArray message()
    {
        if (odd(30))
            return anyValue();
        QList<QByteArray> fields;
        const auto field = [&](const char *name, const QByteArray &value) {
            fields.append(space() + '"' + name + '"' + space() + ':' + space() + value + space());
        };
        if (!odd(15))
            field("value", odd(12) ? anyValue() : string());
        if (chance(2))
            field("key", odd(8) ? anyValue() : chance(8) ? "null"_ba : string());
        if (m_clean || chance(2))
            field("topic", odd(10) ? anyValue() : topicString());
        if (chance(3))
            field("partition", odd(8) ? anyValue() : chance(8) ? "null"_ba : number());
        if (chance(2))
            field("timestamp", odd(8) ? anyValue() : chance(10) ? "null"_ba : number());
        if (chance(3)) {
            QByteArray list = "[";
            for (int i = 0, n = int(m_random.bounded(3)); i < n; ++i)
                list += (i ? "," : "") + header();
            field("headers", odd(10) ? anyValue() : chance(10) ? "null"_ba : list + ']');
        }
        if (chance(6))
            field("extra", anyValue());
        if (odd(20))
            field(pick(QList<const char *>{"value", "key", "topic", "partition", "timestamp"}), string());
        std::shuffle(fields.begin(), fields.end(), m_random);
        return '{' + fields.join(',') + '}';
    }

    QRandomGenerator m_random;
    bool m_clean = false;
};

} // namespace

class TestSandboxProduceScan : public QObject
{
    Q_OBJECT
private:
    // Fails unless the scanner either declines or reads what the general path reads.
    static bool agree(const QByteArray &body, const QString &pathTopic, bool *scanned = nullptr)
    {
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        const auto fast = scanBody(body, pathTopic);
        const auto slow = general(body, pathTopic);
        const qint64 to = QDateTime::currentMSecsSinceEpoch();
        if (scanned)
            *scanned = fast.has_value();
        if (!fast)
            return true;
        if (!slow) {
            qWarning("scanned a body the general path refuses: %s", body.toHex().constData());
            return false;
        }
        if (fast->size() != slow->size()) {
            qWarning("%zu messages scanned, %zu read: %s", fast->size(), slow->size(),
                     body.toHex().constData());
            return false;
        }
        for (size_t i = 0; i < fast->size(); ++i) {
            if (!same((*fast)[i], (*slow)[i], from, to)) {
                qWarning("message %zu differs for %s\n scanned %s\n read    %s", i, body.toHex().constData(),
                         qPrintable(describe((*fast)[i])), qPrintable(describe((*slow)[i])));
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void knownBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("pathTopic");
        QTest::addColumn<bool>("scanned"); // whether the fast path reads it (else: declines)
        const QString none;
        const QString orders = u"orders"_s;
        QTest::newRow("batch") << j("[{'value':'a'},{'value':'b','key':'k'}]") << orders << true;
        QTest::newRow("one object") << j(" {'value':'a','partition':1,'timestamp':5} ") << orders << true;
        QTest::newRow("topics in body")
            << j("[{'topic':'a','value':'1'},{'topic':'b','value':'2'}]") << none << true;
        QTest::newRow("topic ignored") << j("[{'topic':5,'value':'1'}]") << orders << true;
        QTest::newRow("topic missing") << j("[{'value':'1'}]") << none << false;
        QTest::newRow("headers")
            << j("[{'value':'v','headers':[{'key':'h','value':'x'},{'value':'','key':'e'}]}]") << orders
            << true;
        QTest::newRow("nulls")
            << j("[{'value':'v','key':null,'partition':null,'timestamp':null,'headers':null}]") << orders
            << true;
        QTest::newRow("escapes") << j("[{'value':'\\n\\'\\\\\\/\\u00e9\\u0000\\u20ac'}]") << orders << true;
        QTest::newRow("surrogate pair") << j("[{'value':'\\ud83d\\ude00'}]") << orders << false;
        QTest::newRow("empty strings") << j("[{'value':'','key':''}]") << orders << true;
        QTest::newRow("empty array") << "[]"_ba << orders << false;
        QTest::newRow("value number") << j("[{'value':1}]") << orders << false;
        QTest::newRow("duplicate value") << j("[{'value':'a','value':'b'}]") << orders << false;
        QTest::newRow("fraction") << j("[{'value':'a','partition':1.0}]") << orders << false;
        QTest::newRow("18 digits") << j("[{'value':'a','timestamp':999999999999999999}]") << orders << true;
        QTest::newRow("19 digits") << j("[{'value':'a','timestamp':9223372036854775807}]") << orders << false;
        QTest::newRow("garbage after") << j("[{'value':'a'}] x") << orders << false;
        QTest::newRow("invalid utf-8") << "[{\"value\":\"\xff\"}]"_ba << orders << false;
        QTest::newRow("control character") << "[{\"value\":\"a\tb\"}]"_ba << orders << false;
        QTest::newRow("nested unknown")
            << j("[{'value':'a','x':{'y':[1,true,null,'z',{}]}}]") << orders << true;
    }
    void knownBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, pathTopic);
        QFETCH(bool, scanned);
        bool didScan = false;
        QVERIFY(agree(body, pathTopic, &didScan));
        QCOMPARE(didScan, scanned);
    }

    void randomBodies()
    {
        BodyMaker maker(13);
        int scanned = 0, total = 0;
        for (int i = 0; i < 30000; ++i) {
            const QByteArray body = maker.body();
            bool didScan = false;
            if (!agree(body, i % 2 ? u"orders"_s : QString(), &didScan))
                QFAIL("the scanner and the general path differ");
            scanned += didScan;
            ++total;
        }
        // The fast path must be the usual one for the bodies clients send, not a rare one.
        qInfo("%d of %d bodies scanned", scanned, total);
        QVERIFY2(scanned > total / 5, qPrintable(u"%1 of %2 scanned"_s.arg(scanned).arg(total)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProduceScan)
#include "tst_sandbox_producescan.moc"
