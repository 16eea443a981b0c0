// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's building blocks: record codec, partition log, partitioner, persistence and
// recovery, command line, fault specs, JSON text.
#include "sandboxtestutil.h"

#include "sandbox/jsonwriter.h"
#include "sandbox/recordcodec.h"
#include "sandbox/topicname.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Gregor;
using namespace Gregor::Sandbox;
using namespace SandboxTest;

class TestSandboxUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codecRoundTrip()
    {
        const NewRecord in{42, "key"_ba, "value"_ba, {{u"h1"_s, "v1"_ba}, {u"h2"_s, ""_ba}}};
        QByteArray encoded;
        RecordCodec::encode(encoded, in);
        PartitionLog log;
        QVERIFY(log.appendEncoded(encoded));
        const RecordView view = log.at(0);
        QCOMPARE(view.timestampMs, 42);
        QVERIFY(view.hasKey && view.hasValue);
        QCOMPARE(view.key, "key");
        QCOMPARE(view.value, "value");
        QCOMPARE(view.headers(), in.headers);
        // Null key and tombstone survive as such.
        QByteArray nulls;
        RecordCodec::encode(nulls, NewRecord{1, {}, {}, {}});
        QVERIFY(log.appendEncoded(nulls));
        QVERIFY(!log.at(1).hasKey && !log.at(1).hasValue);
        // Garbage does not decode.
        QVERIFY(!log.appendEncoded(encoded.left(encoded.size() - 1)));
        QVERIFY(!log.appendEncoded(QByteArray(encoded + 'x')));
        QCOMPARE(log.endOffset(), 2);
        QCOMPARE(RecordCodec::crc32("123456789"), 0xCBF43926u);
    }

    void offsetForTime()
    {
        PartitionLog log;
        for (qint64 ts : {100, 300, 200, 400}) {
            QByteArray e;
            RecordCodec::encode(e, NewRecord{ts, {}, "v"_ba, {}});
            log.appendEncoded(e);
        }
        QCOMPARE(log.offsetForTime(0), 0);
        QCOMPARE(log.offsetForTime(100), 0);
        QCOMPARE(log.offsetForTime(150), 1);
        QCOMPARE(log.offsetForTime(250), 1); // the time index keeps the running maximum, like Kafka's
        QCOMPARE(log.offsetForTime(400), 3);
        QCOMPARE(log.offsetForTime(401), -1);
    }

    void retentionMovesTheStartOffset_data()
    {
        QTest::addColumn<qint64>("maxRecords");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<qint64>("expectedStart");
        // 20,000 records of the same size: enough drops to compact the arena several times.
        QTest::newRow("records") << qint64(1000) << qint64(0) << qint64(19000);
        QTest::newRow("bytes") << qint64(0) << qint64(0) << qint64(-1); // filled in below from the size
        QTest::newRow("both, records first") << qint64(10) << qint64(1 << 30) << qint64(19990);
    }
    void retentionMovesTheStartOffset()
    {
        QFETCH(qint64, maxRecords);
        QFETCH(qint64, maxBytes);
        QFETCH(qint64, expectedStart);
        QByteArray sample;
        RecordCodec::encode(sample, NewRecord{0, {}, "value-00000"_ba, {}});
        if (expectedStart < 0) {
            maxBytes = sample.size() * 500;
            expectedStart = 20000 - 500;
        }
        PartitionLog log;
        log.setRetention({maxRecords, maxBytes});
        for (int i = 0; i < 20000; ++i) {
            QByteArray e;
            RecordCodec::encode(
                e,
                NewRecord{
                    1000 + i, {}, QByteArray("value-") + QByteArray::number(i).rightJustified(5, '0'), {}});
            QVERIFY(log.appendEncoded(e));
        }
        QCOMPARE(log.startOffset(), expectedStart);
        QCOMPARE(log.endOffset(), 20000);
        QVERIFY(maxBytes <= 0 || log.arenaBytes() <= maxBytes);
        // Every kept offset still reads its own record, after the compactions.
        for (qint64 o = log.startOffset(); o < log.endOffset(); ++o)
            QCOMPARE(log.at(o).value.toByteArray(),
                     QByteArray("value-") + QByteArray::number(o).rightJustified(5, '0'));
        QCOMPARE(log.clampToStart(0), expectedStart);
        QCOMPARE(log.clampToStart(19999), 19999);
        // The time index answers in offsets of the log, from its start.
        QCOMPARE(log.offsetForTime(0), expectedStart);
        QCOMPARE(log.offsetForTime(1000 + 19999), 19999);
        QCOMPARE(log.offsetForTime(1000 + 20000), -1);
    }

    void partitioner_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("partitions");
        QTest::addColumn<int>("expected");
        // api-spec §5.1, Kafka's own vectors.
        QTest::newRow("21/3") << "21"_ba << 3 << 0;
        QTest::newRow("foobar/10") << "foobar"_ba << 10 << 6;
        QTest::newRow("long/12") << "a-little-bit-long-string"_ba << 12 << 8;
        QTest::newRow("longer/6") << "a-little-bit-longer-string"_ba << 6 << 5;
        QTest::newRow("lkjh/10") << "lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8"_ba << 10 << 7;
        QTest::newRow("abc/6") << "abc"_ba << 6 << 3;
        QTest::newRow("empty/12") << ""_ba << 12 << 9;
    }
    void partitioner()
    {
        QFETCH(QByteArray, key);
        QFETCH(int, partitions);
        QFETCH(int, expected);
        SandboxServer server;
        QVERIFY(server.createTopic(u"t"_s, partitions));
        QCOMPARE(server.store().choosePartition(u"t"_s, key, 1), expected);
        // Over HTTP too: the produce answer names the partition.
        const HttpResponse r =
            dispatch(server, request("POST", "/produce/t", "{\"value\":\"v\",\"key\":\"" + key + "\"}"));
        QCOMPARE(json(r.body)[0][u"partition"_s].toInt(), expected);
    }

    void unkeyedModes()
    {
        Store store;
        QVERIFY(store.createTopic(u"t"_s, 3));
        QList<int> got;
        for (int i = 0; i < 6; ++i)
            got.append(store.choosePartition(u"t"_s, {}, 10));
        QCOMPARE(got, (QList<int>{0, 1, 2, 0, 1, 2}));
        store.setPartitioner({PartitionerMode::Kind::Fixed, 4}, 1);
        QCOMPARE(store.choosePartition(u"t"_s, {}, 10), 1); // 4 mod 3
        store.setPartitioner({PartitionerMode::Kind::Sticky, 0}, 7);
        const int first = store.choosePartition(u"t"_s, {}, 10000);
        QCOMPARE(store.choosePartition(u"t"_s, {}, 10000), first); // still under 16 KiB
        QVERIFY(store.choosePartition(u"t"_s, {}, 10) != first);   // 20 KB later it moves on
        QCOMPARE(store.choosePartition(u"t"_s, "abc"_ba, 10), 0);  // keys still hash: abc → 0 of 3
    }

    void topicNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"orders"_s << true;
        QTest::newRow("dots dashes") << u"a.b_c-D9"_s << true;
        QTest::newRow("249") << QString(249, u'x') << true;
        QTest::newRow("250") << QString(250, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << u"."_s << false;
        QTest::newRow("dotdot") << u".."_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("control") << u"a\u0001b"_s << false;
        QTest::newRow("unicode") << u"caf\u00e9"_s << false;
    }
    void topicNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidTopicName(name), valid);
        Store store;
        QCOMPARE(store.createTopic(name, 1), valid);
    }

    void persistenceRecoversAndCutsATornTail()
    {
        QTemporaryDir dir;
        SandboxOptions o;
        o.dataDir = dir.path();
        o.fsync = FsyncMode::Always;
        {
            SandboxServer server(o);
            QVERIFY(server.start());
            QVERIFY(server.createTopic(u"t"_s, 2));
            QCOMPARE(
                dispatch(server,
                         request("POST", "/produce/t",
                                 j("[{'value':'one','partition':0},{'value':'two','partition':0,'key':'k','"
                                   "headers':[{'key':'h','value':'v'}]},{'value':'x','partition':1}]")))
                    .status,
                200);
            dispatch(server, request("POST", "/consume/g/i", j("{'topic':'t','timeout':0}"),
                                     {{"kafka-auto-offset-reset", "earliest"}}));
            QCOMPARE(
                dispatch(server, request("POST", "/commit/g/i", j("{'topic':'t','partition':0,'offset':1}")))
                    .status,
                200);
        }
        // A crash mid-write leaves half a frame at the end of partition 0's log.
        QFile log(dir.path() + u"/topics/t/0.log"_s);
        QVERIFY(log.open(QIODevice::Append));
        log.write("\x40\x00\x00\x00\x12\x34\x56\x78partial", 15);
        log.close();
        const qint64 tornSize = log.size();
        {
            SandboxServer server(o);
            QVERIFY(server.start());
            QCOMPARE(server.store().partitionCount(u"t"), 2);
            const QJsonArray records =
                json(dispatch(server, request("POST", "/fetch", j("{'topic':'t','partition':0,'offset':0}")))
                         .body)
                    .toArray();
            QCOMPARE(records.size(), 2);
            QCOMPARE(records[1][u"value"_s].toString(), u"two"_s);
            QCOMPARE(records[1][u"key"_s].toString(), u"k"_s);
            QCOMPARE(records[1][u"headers"_s], json(j("[{'key':'h','value':'v'}]")));
            QCOMPARE(server.groups().committed(u"g"_s, {u"t"_s, 0}), 1);
            QCOMPARE(QFileInfo(log.fileName()).size(), tornSize - 15);
            // Appending after recovery continues the log cleanly.
            QCOMPARE(
                json(dispatch(server, request("POST", "/produce/t", j("{'value':'three','partition':0}")))
                         .body)[0][u"offset"_s]
                    .toInt(),
                2);
        }
        // A flipped byte inside the last record: CRC mismatch, the record is cut.
        QVERIFY(log.open(QIODevice::ReadWrite));
        log.seek(log.size() - 2);
        log.write("Z");
        log.close();
        SandboxServer server(o);
        QVERIFY(server.start());
        QCOMPARE(server.store().topic(u"t")->partitions[0].endOffset(), 2);
    }

    void demoDataShowsLag()
    {
        SandboxOptions o;
        o.demo = true;
        SandboxServer server(o);
        QVERIFY(server.start());
        QCOMPARE(server.store().topicNames(),
                 (QStringList{u"big"_s, u"cities"_s, u"greetings"_s, u"orders"_s, u"telemetry"_s}));
        QCOMPARE(server.store().partitionCount(u"orders"), 6);
        QVERIFY(server.store().topic(u"big")->partitions[0].at(0).value.size() > 1024 * 1024);
        const RecordView order = server.store().topic(u"orders")->partitions[0].at(0);
        QVERIFY(!order.headers().isEmpty());
        const qint64 end = server.store().topic(u"orders")->partitions[0].endOffset();
        QVERIFY(*server.groups().committed(u"billing"_s, {u"orders"_s, 0}) < end);
        QVERIFY(server.groups().committed(u"dashboard"_s, {u"cities"_s, 0}).has_value());
        // The app reads it with fetch and /committed like any Upstash client.
        QCOMPARE(
            dispatch(server, request("POST", "/fetch", j("{'topic':'big','partition':0,'offset':0}"))).status,
            200);
    }

    void demoTraffic()
    {
        SandboxOptions o;
        o.demoTrafficRate = 200;
        SandboxServer server(o);
        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(
            server.store().topic(u"orders") &&
                [&] {
                    qint64 n = 0;
                    for (const PartitionLog &log : server.store().topic(u"orders")->partitions)
                        n += log.endOffset();
                    return n >= 20;
                }(),
            5000);
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::newRow("nothing") << QStringList{} << true;
        QTest::newRow("full") << QStringList{u"--port"_s,
                                             u"0"_s,
                                             u"--bind"_s,
                                             u"::1"_s,
                                             u"--topic"_s,
                                             u"a:3"_s,
                                             u"--topic"_s,
                                             u"b:1"_s,
                                             u"--basic"_s,
                                             u"u:p:w"_s,
                                             u"--token"_s,
                                             u"t"_s,
                                             u"--fault"_s,
                                             u"latency=5"_s,
                                             u"--fault"_s,
                                             u"status=503@/topics*"_s,
                                             u"--partitioner"_s,
                                             u"fixed:2"_s,
                                             u"--auto-create-topics"_s,
                                             u"--strict-content-type"_s,
                                             u"--max-records"_s,
                                             u"10"_s,
                                             u"--verbose"_s,
                                             u"--dialect"_s,
                                             u"confluent"_s,
                                             u"--fsync"_s,
                                             u"always"_s,
                                             u"--demo"_s,
                                             u"--demo-traffic"_s,
                                             u"2.5"_s,
                                             u"--seed"_s,
                                             u"9"_s,
                                             u"--retention-records"_s,
                                             u"100"_s,
                                             u"--retention-bytes"_s,
                                             u"65536"_s}
                              << true;
        QTest::newRow("port text") << QStringList{u"--port"_s, u"http"_s} << false;
        QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << false;
        QTest::newRow("bind name") << QStringList{u"--bind"_s, u"localhost"_s} << false;
        QTest::newRow("topic no count") << QStringList{u"--topic"_s, u"a"_s} << false;
        QTest::newRow("topic zero") << QStringList{u"--topic"_s, u"a:0"_s} << false;
        QTest::newRow("basic no colon") << QStringList{u"--basic"_s, u"user"_s} << false;
        QTest::newRow("cert without key") << QStringList{u"--tls-cert"_s, u"c.pem"_s} << false;
        QTest::newRow("bad fault") << QStringList{u"--fault"_s, u"explode=1"_s} << false;
        QTest::newRow("bad partitioner") << QStringList{u"--partitioner"_s, u"random"_s} << false;
        QTest::newRow("bad dialect") << QStringList{u"--dialect"_s, u"kafka"_s} << false;
        QTest::newRow("bad fsync") << QStringList{u"--fsync"_s, u"never"_s} << false;
        QTest::newRow("retention zero") << QStringList{u"--retention-records"_s, u"0"_s} << false;
        QTest::newRow("retention text") << QStringList{u"--retention-bytes"_s, u"lots"_s} << false;
        QTest::newRow("client ca without tls") << QStringList{u"--tls-client-ca"_s, u"ca.pem"_s} << false;
        QTest::newRow("unknown option") << QStringList{u"--colour"_s} << false;
        QTest::newRow("positional") << QStringList{u"extra"_s} << false;
    }
    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        const auto options = SandboxCommandLine::parse(QStringList{u"gregor-sandbox"_s} + args);
        QVERIFY2(options.has_value() == ok, options ? "parsed" : qPrintable(options.error()));
        if (ok && args.size() > 10) {
            QCOMPARE(options->bindAddress, QHostAddress(u"::1"_s));
            QCOMPARE(options->topics, (QList<std::pair<QString, int>>{{u"a"_s, 3}, {u"b"_s, 1}}));
            QCOMPARE(options->basicUser, u"u"_s);
            QCOMPARE(options->basicPassword, u"p:w"_s);
            QCOMPARE(options->faults.size(), 2);
            QCOMPARE(options->partitioner, (PartitionerMode{PartitionerMode::Kind::Fixed, 2}));
            QCOMPARE(options->maxRecords, 10);
            QCOMPARE(options->dialect, SandboxOptions::Dialect::Confluent);
            QCOMPARE(options->fsync, FsyncMode::Always);
            QCOMPARE(options->demoTrafficRate, 2.5);
            QCOMPARE(options->seed, 9u);
            QCOMPARE(options->retention, (Retention{100, 65536}));
            QVERIFY(options->autoCreateTopics && options->strictContentType && options->verbose &&
                    options->demo);
        }
    }

    void faultSpecs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("applies");
        QTest::newRow("latency") << u"latency=200"_s << true << u"/x"_s << true;
        QTest::newRow("status glob") << u"status=503@/topics*"_s << true << u"/topics/a/partitions"_s << true;
        QTest::newRow("status glob miss") << u"status=503@/topics*"_s << true << u"/produce/a"_s << false;
        QTest::newRow("drop glob ?") << u"drop-rate=1@/consume/?/*"_s << true << u"/consume/g/i"_s << true;
        QTest::newRow("error rate") << u"error-rate=0.25"_s << true << u"/"_s << true;
        QTest::newRow("slow") << u"slow-body=100"_s << true << u"/"_s << true;
        QTest::newRow("rate over 1") << u"drop-rate=2"_s << false << QString() << false;
        QTest::newRow("status 200") << u"status=200"_s << false << QString() << false;
        QTest::newRow("status fraction") << u"status=503.5"_s << false << QString() << false;
        QTest::newRow("negative") << u"latency=-1"_s << false << QString() << false;
        QTest::newRow("no value") << u"latency"_s << false << QString() << false;
        QTest::newRow("empty glob") << u"latency=1@"_s << false << QString() << false;
        QTest::newRow("unknown") << u"chaos=1"_s << false << QString() << false;
    }
    void faultSpecs()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, path);
        QFETCH(bool, applies);
        const auto spec = FaultSpec::parse(text);
        QCOMPARE(spec.has_value(), ok);
        if (ok) {
            QCOMPARE(spec->appliesTo(path), applies);
            QCOMPARE(FaultSpec::parse(spec->toString()).value(), *spec);
        }
    }

    void faultDiceAreSeeded()
    {
        auto run = [](quint64 seed) {
            FaultInjector injector;
            injector.seed(seed);
            injector.addFault(*FaultSpec::parse(u"error-rate=0.5"_s));
            QString pattern;
            for (int i = 0; i < 64; ++i)
                pattern += injector.decide(u"/x").status ? u'E' : u'.';
            return pattern;
        };
        QCOMPARE(run(1), run(1));
        QVERIFY(run(1) != run(2));
        QVERIFY(run(1).contains(u'E') && run(1).contains(u'.'));
    }

    void jsonText()
    {
        QByteArray out;
        JsonWriter(out).string(QByteArrayView("a\"b\\c\n\x01\t"));
        QCOMPARE(out, "\"a\\\"b\\\\c\\n\\u0001\\t\""_ba);
        out.clear();
        JsonWriter(out).string(QByteArrayView("caf\xc3\xa9 \xff\xfe"));
        QCOMPARE(json("[" + out + "]")[0].toString(), u"caf\u00e9 \ufffd\ufffd"_s);
        out.clear();
        JsonWriter(out).string(QByteArrayView("\xed\xa0\x80")); // a UTF-16 surrogate in UTF-8: invalid
        QVERIFY(!json("[" + out + "]").isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestSandboxUnits)
#include "tst_sandbox_units.moc"
