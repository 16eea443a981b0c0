// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole answers of the record routes, byte for byte, against golden/answers.txt: what the
// sandbox writes stays what it wrote, whatever its writers do to be fast. The records hold every
// kind of byte a JSON string treats on its own, invalid UTF-8 among them. Run with
// GREGOR_WRITE_GOLDEN=<file> to write the answers there instead (only after a deliberate change).
#include "sandboxtestutil.h"

#include "sandbox/store.h"

#include <QFile>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace Gregor;
using namespace Gregor::Sandbox;
using namespace SandboxTest;

namespace {

const QByteArray binaryV2 = "application/vnd.kafka.binary.v2+json"_ba;
const QByteArray jsonV2 = "application/vnd.kafka.json.v2+json"_ba;
const QByteArray v2 = "application/vnd.kafka.v2+json"_ba;

QByteArray allBytes()
{
    QByteArray bytes;
    for (int c = 0; c < 256; ++c)
        bytes += char(c);
    return bytes;
}

// Records of every kind; `random` ones have random bytes (of a seeded generator) of any value.
std::vector<PendingAppend> records(const QString &topic, int partitions)
{
    std::vector<NewRecord> list = {
        {1700000000000, {}, {}, {}},
        {1700000000001, ""_ba, ""_ba, {}},
        {1700000000002, "key"_ba, "plain value"_ba, {{u"h1"_s, "v1"_ba}, {u"empty"_s, ""_ba}}},
        {1700000000003, "\"quoted\" \\ key"_ba, "tab\there\nnew line\r\b\f\x01\x1f\x7f"_ba, {}},
        {1700000000004, {}, allBytes(), {{u"all bytes"_s, allBytes()}}},
        {1700000000005,
         "caf\xc3\xa9"_ba,
         "\xe2\x82\xac \xf0\x9f\x98\x80 \xed\x9f\xbf \xf4\x8f\xbf\xbf"_ba,
         {}},
        {1700000000006,
         "\xff"_ba,
         "overlong \xc0\x80 surrogate \xed\xa0\x80 past \xf4\x90\x80\x80 cut \xe2\x82"_ba,
         {{u"h\u00e9"_s, "\x80\xbf"_ba}}},
        {1700000000007, {}, "{\"a\":1,\"b\":[true,null]}"_ba, {}},
        {1700000000008, " [1, 2] "_ba, "not json"_ba, {}},
        {1700000000009, "42"_ba, QByteArray(3000, 'x') + "\"" + QByteArray(3000, '\\'), {}},
    };
    QRandomGenerator random(2024);
    for (int i = 0; i < 40; ++i) {
        QByteArray value(qsizetype(random.bounded(300)), Qt::Uninitialized);
        const bool noisy = i % 3 == 0;
        for (char &c : value)
            c = char(noisy || random.bounded(20) == 0 ? random.bounded(256) : 0x20 + random.bounded(95));
        list.push_back({1700000001000 + i, i % 2 ? QByteArray::number(i) : QByteArray(), value, {}});
    }
    std::vector<PendingAppend> appends;
    for (size_t i = 0; i < list.size(); ++i)
        appends.push_back({topic, int(i % size_t(partitions)), list[i]});
    return appends;
}

struct Exchange
{
    QByteArray label;
    HttpRequest request;
};

} // namespace

class TestSandboxAnswers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAsBefore()
    {
        SandboxServer server;
        QVERIFY(server.createTopic(u"mixed"_s, 3));
        QVERIFY(server.createTopic(u"other"_s, 2));
        QVERIFY(server.store().append(records(u"mixed"_s, 3)).has_value());

        SandboxOptions small;
        small.maxFetchBytes = 700;
        small.maxRecords = 7;
        SandboxServer capped(small);
        QVERIFY(capped.createTopic(u"mixed"_s, 3));
        QVERIFY(capped.store().append(records(u"mixed"_s, 3)).has_value());

        const QList<std::pair<QByteArray, QByteArray>> earliest = {{"kafka-auto-offset-reset", "earliest"}};
        const QList<Exchange> exchanges = {
            {"fetch p0",
             request("POST", "/fetch", j("{'topic':'mixed','partition':0,'offset':0,'timeout':0}"))},
            {"fetch p1 from 3",
             request("POST", "/fetch", j("{'topic':'mixed','partition':1,'offset':3,'timeout':0}"))},
            {"fetch p2",
             request("GET", "/fetch", j("{'topic':'mixed','partition':2,'offset':0,'timeout':0}"))},
            {"fetch several",
             request("POST", "/fetch",
                     j("{'topicPartitionOffsets':[{'topic':'mixed','partition':2,'offset':5},"
                       "{'topic':'mixed','partition':0,'offset':10}],'timeout':0}"))},
            {"fetch past the end",
             request("POST", "/fetch", j("{'topic':'mixed','partition':0,'offset':99,'timeout':0}"))},
            {"produce batch",
             request("POST", "/produce/other",
                     j("[{'value':'a\\u0000b\\\"c\\\\d\\u001f\\u00e9\\ud83d\\ude00','key':'k','timestamp':5},"
                       "{'value':'','partition':1,'timestamp':6,"
                       "'headers':[{'key':'h','value':'\\n'}]},{'value':'x','timestamp':7}]"))},
            {"produce one", request("POST", "/produce", j("{'topic':'other','value':'v','timestamp':8}"))},
            {"produce plain batch",
             request("POST", "/produce/other",
                     j("[{'value':'fast one','key':'k1','timestamp':11},{'value':'fast two','partition':1,"
                       "'timestamp':12,'headers':[{'key':'h','value':'v'}]},{'value':'\\u00e9\\n\\\"',"
                       "'key':'','timestamp':13}]"))},
            {"produce topics in body",
             request("POST", "/produce",
                     j("[{'topic':'other','value':'a','timestamp':14},"
                       "{'topic':'mixed','value':'b','partition':2,'timestamp':15}]"))},
            {"produce value not a string", request("POST", "/produce/other", j("[{'value':5}]"))},
            {"produce no such partition",
             request("POST", "/produce/other", j("[{'value':'x','partition':9,'timestamp':1}]"))},
            {"produce no such topic", request("POST", "/produce/nope", j("[{'value':'x','timestamp':1}]"))},
            {"produce empty", request("POST", "/produce/other", "[]"_ba)},
            {"fetch produced p0",
             request("POST", "/fetch", j("{'topic':'other','partition':0,'offset':0,'timeout':0}"))},
            {"fetch produced",
             request("POST", "/fetch", j("{'topic':'other','partition':1,'offset':0,'timeout':0}"))},
            {"consume",
             request("POST", "/consume/g/c1", j("{'topics':['mixed','other'],'timeout':0}"), earliest)},
            {"consume more", request("GET", "/consume/g/c1/mixed?timeout=0")},
            {"consumer binary", request("POST", "/consumers/cg",
                                        j("{'name':'b','format':'binary','auto.offset.reset':'earliest'}"),
                                        {{"content-type", v2}})},
            {"subscribe binary", request("POST", "/consumers/cg/instances/b/subscription",
                                         j("{'topics':['mixed']}"), {{"content-type", v2}})},
            {"records binary",
             request("GET", "/consumers/cg/instances/b/records?timeout=0", {}, {{"accept", binaryV2}})},
            {"consumer json", request("POST", "/consumers/cj",
                                      j("{'name':'j','format':'json','auto.offset.reset':'earliest'}"),
                                      {{"content-type", v2}})},
            {"subscribe json", request("POST", "/consumers/cj/instances/j/subscription",
                                       j("{'topics':['mixed']}"), {{"content-type", v2}})},
            {"records json",
             request("GET", "/consumers/cj/instances/j/records?timeout=0", {}, {{"accept", jsonV2}})},
        };
        QByteArray written;
        auto record = [&](const QByteArray &label, const HttpResponse &response) {
            written += "=== " + label + '\n' + QByteArray::number(response.status) + ' ' +
                       response.contentType + '\n' + response.body + '\n';
        };
        for (const Exchange &e : exchanges)
            record(e.label, dispatch(server, e.request));
        for (int p = 0; p < 3; ++p) {
            const QByteArray body =
                j("{'topic':'mixed','offset':0,'timeout':0,'partition':") + QByteArray::number(p) + '}';
            record("capped fetch p" + QByteArray::number(p),
                   dispatch(capped, request("POST", "/fetch", body)));
        }
        record(
            "capped fetch several",
            dispatch(capped, request("POST", "/fetch",
                                     j("{'topicPartitionOffsets':[{'topic':'mixed','partition':0,'offset':0},"
                                       "{'topic':'mixed','partition':1,'offset':0},"
                                       "{'topic':'mixed','partition':2,'offset':0}],'timeout':0}"))));
        record("capped consume", dispatch(capped, request("POST", "/consume/g/c",
                                                          j("{'topic':'mixed','timeout':0}"), earliest)));

        if (const QByteArray target = qgetenv("GREGOR_WRITE_GOLDEN"); !target.isEmpty()) {
            QFile out(QString::fromLocal8Bit(target));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(written);
            QSKIP("wrote the golden answers");
        }
        QFile golden(QFINDTESTDATA("golden/answers.txt"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const QByteArray expected = golden.readAll();
        if (written != expected) {
            const QList<QByteArray> got = written.split('\n'), want = expected.split('\n');
            for (qsizetype i = 0; i < qMin(got.size(), want.size()); ++i)
                if (got[i] != want[i])
                    QFAIL(qPrintable(u"line %1 differs:\n got  %2\n want %3"_s.arg(i + 1).arg(
                        QString::fromUtf8(got[i].left(300)), QString::fromUtf8(want[i].left(300)))));
            QCOMPARE(got.size(), want.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxAnswers)
#include "tst_sandbox_answers.moc"
