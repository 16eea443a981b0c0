// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk produce against the in-process sandbox: an exported file comes back as the same records
// in a second topic, plain lines with a key separator, malformed lines skipped or refusing the
// whole file, pause/resume/cancel, under error and drop faults a per-record report in which no
// record is sent twice, and an unreadable answer held while the batch sent meanwhile is counted.
#include "core/compose/bulkproducer.h"
#include "core/records/recordjson.h"
#include "tests/integration/clientfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

class TestBulkProducer : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;

    QList<Record> readTopic(KafkaClient &client, const QString &topic)
    {
        QList<Record> records;
        Waiter<ReadSummary> w;
        client.read(
            {topic, {}, OffsetSpec::earliest(), 0, 0}, this,
            [&](const QList<Record> &batch) { records += batch; }, w.callback());
        [&] { GREGOR_AWAIT_OK(w); }();
        return records;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }
    static void awaitEnd(BulkProducer &producer)
    {
        QTRY_VERIFY_WITH_TIMEOUT(producer.state() == BulkProducer::State::Finished ||
                                     producer.state() == BulkProducer::State::Failed ||
                                     producer.state() == BulkProducer::State::Cancelled,
                                 30000);
    }
    static QList<Record> sortedByValue(QList<Record> records)
    {
        std::sort(records.begin(), records.end(),
                  [](const Record &a, const Record &b) { return a.value < b.value; });
        return records;
    }

private Q_SLOTS:
    void initTestCase() { m_server = startSandbox(); }

    void exportedFileRoundTrips_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("upstash") << int(DialectKind::Upstash);
        QTest::newRow("confluent v2") << int(DialectKind::ConfluentV2);
    }
    void exportedFileRoundTrips()
    {
        QFETCH(int, dialect);
        const bool upstash = dialect == int(DialectKind::Upstash);
        const QString source = u"source-%1"_s.arg(dialect);
        const QString target = u"copy-%1"_s.arg(dialect);
        QVERIFY(m_server->store().createTopic(source, 3));
        QVERIFY(m_server->store().createTopic(target, 3));
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind(dialect)), nullptr);
        QList<ProduceRecord> originals;
        for (int i = 0; i < 1200; ++i) {
            ProduceRecord r = record(source, "value " + QByteArray::number(i));
            if (i % 3 == 0)
                r.key = "key-" + QByteArray::number(i % 17);
            if (i % 3 == 1)
                r.key = ""_ba;
            if (!upstash && i % 5 == 0)
                r.value = QByteArray::fromHex("00ff") + QByteArray::number(i); // binary
            if (upstash && i % 4 == 0)
                r.headers = {{u"trace"_s, QByteArray::number(i)}, {u"e"_s, ""_ba}};
            r.partition = i % 3;
            originals.append(r);
        }
        Waiter<QList<ProduceResult>> produced;
        client->produce(originals, this, produced.callback());
        GREGOR_AWAIT_OK(produced);
        const QList<Record> written = readTopic(*client, source);
        QCOMPARE(written.size(), originals.size());
        QByteArray file;
        for (const Record &r : written)
            file += recordToJsonLine(r) + '\n';
        const QString path = writeFile(u"export-%1.jsonl"_s.arg(dialect), file);

        BulkProducer producer(client.get());
        BulkProduceOptions options;
        options.read.topic = target;
        options.read.keepPartition = true;
        options.maxRecordsPerBatch = 100;
        QSignalSpy progress(&producer, &BulkProducer::progressChanged);
        producer.start(path, options);
        awaitEnd(producer);
        QCOMPARE(producer.state(), BulkProducer::State::Finished);
        QCOMPARE(producer.progress().sent, 1200);
        QCOMPARE(producer.failureCount(), 0);
        QVERIFY(progress.size() >= 12);
        QVERIFY(producer.summary().contains("1,200"_L1) || producer.summary().contains("1200"_L1));

        const QList<Record> copied = readTopic(*client, target);
        QCOMPARE(copied.size(), written.size());
        const QList<Record> a = sortedByValue(written);
        const QList<Record> b = sortedByValue(copied);
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].value, a[i].value);
            QCOMPARE(b[i].key.isNull(), a[i].key.isNull());
            QCOMPARE(b[i].key, a[i].key);
            QCOMPARE(b[i].headers, a[i].headers);
            QCOMPARE(b[i].partition, a[i].partition);
            QCOMPARE(b[i].topic, target);
        }
        // File order is kept within each partition.
        for (int p = 0; p < 3; ++p) {
            QList<QByteArray> before, after;
            for (const Record &r : written)
                if (r.partition == p)
                    before.append(r.value);
            for (const Record &r : copied)
                if (r.partition == p)
                    after.append(r.value);
            QCOMPARE(after, before);
        }
    }

    void plainLinesWithKeySeparator()
    {
        QVERIFY(m_server->store().createTopic(u"lines"_s, 2));
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::ConfluentV1), nullptr);
        const QString path = writeFile(u"lines.txt"_s, "k1:v1\r\nk2::v2\n:v3\nno separator\n\nk5:v5"_ba);
        BulkProducer producer(client.get());
        BulkProduceOptions options;
        options.read.format = BulkFormat::PlainLines;
        options.read.keySeparator = ":"_ba;
        options.read.topic = u"lines"_s;
        producer.start(path, options);
        awaitEnd(producer);
        QCOMPARE(producer.state(), BulkProducer::State::Finished);
        QCOMPARE(producer.progress().sent, 4);
        QCOMPARE(producer.progress().malformed, 1);
        QCOMPARE(producer.malformed().first().line, 4);
        const QList<Record> records = sortedByValue(readTopic(*client, u"lines"_s));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].key, "k2"_ba);
        QCOMPARE(records[0].value, ":v2"_ba); // only the first separator splits
        QCOMPARE(records[1].key, "k1"_ba);
        QCOMPARE(records[2].key, ""_ba); // ":v3": an empty key, not no key
        QVERIFY(!records[2].key.isNull());
        QCOMPARE(records[3].value, "v5"_ba);
        QVERIFY(producer.summary().contains("malformed"_L1));
    }

    void stopOnMalformedSendsNothing()
    {
        QVERIFY(m_server->store().createTopic(u"strict"_s, 1));
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        QByteArray file;
        for (int i = 0; i < 5000; ++i)
            file += "{\"key\":null,\"payload\":\"v" + QByteArray::number(i) + "\"}\n";
        file += "{\"payload\": oops}\n";
        const QString path = writeFile(u"strict.jsonl"_s, file);
        BulkProducer producer(client.get());
        BulkProduceOptions options;
        options.read.topic = u"strict"_s;
        options.stopOnMalformed = true;
        producer.start(path, options);
        awaitEnd(producer);
        QCOMPARE(producer.state(), BulkProducer::State::Failed);
        QVERIFY2(producer.errorSentence().startsWith("Line 5001"_L1), qPrintable(producer.errorSentence()));
        QVERIFY(producer.errorSentence().contains("nothing was sent"_L1));
        QCOMPARE(producer.progress().sent, 0);
        QCOMPARE(m_server->store().topic(u"strict")->partitions.at(0).endOffset(), 0);
    }

    void errorFaultsGiveAPerRecordReport()
    {
        Sandbox::SandboxOptions options;
        options.faults = {*Sandbox::FaultSpec::parse(u"error-rate=0.3@/produce*")};
        auto faulty = startSandbox(options);
        QVERIFY(faulty->store().createTopic(u"t"_s, 2));
        auto client = createKafkaClient(settingsFor(*faulty, DialectKind::Upstash), nullptr);
        QByteArray file;
        for (int i = 0; i < 2000; ++i)
            file += "{\"payload\":\"r" + QByteArray::number(i) + "\"}\n";
        const QString path = writeFile(u"faulty.jsonl"_s, file);
        BulkProducer producer(client.get());
        BulkProduceOptions bulk;
        bulk.read.topic = u"t"_s;
        bulk.maxRecordsPerBatch = 50;
        bulk.maxFailedRequestsInARow = 1000;
        producer.start(path, bulk);
        awaitEnd(producer);
        QCOMPARE(producer.state(), BulkProducer::State::Finished);
        const BulkProgress p = producer.progress();
        QVERIFY(p.failed > 0);
        QCOMPARE(p.sent + p.failed, 2000);
        QCOMPARE(p.unknown, 0);
        const QList<Record> landed = readTopic(*client, u"t"_s);
        QCOMPARE(landed.size(), p.sent);
        QSet<QByteArray> values;
        for (const Record &r : landed)
            values.insert(r.value);
        QCOMPARE(values.size(), landed.size()); // none twice

        // The failures file holds exactly the missing ones and can be produced again.
        const QString failures = m_dir.filePath(u"failures.jsonl"_s);
        QVERIFY(producer.saveFailures(failures));
        auto clean = startSandbox();
        QVERIFY(clean->store().createTopic(u"t"_s, 2));
        auto cleanClient = createKafkaClient(settingsFor(*clean, DialectKind::Upstash), nullptr);
        BulkProducer again(cleanClient.get());
        BulkProduceOptions retry;
        retry.read.topic = u"t"_s;
        retry.read.keepPartition = true;
        again.start(failures, retry);
        awaitEnd(again);
        QCOMPARE(again.progress().sent, p.failed);
        for (const Record &r : readTopic(*cleanClient, u"t"_s))
            values.insert(r.value);
        QCOMPARE(values.size(), 2000);
    }

    void dropFaultsHoldAndNeverResendOnTheirOwn()
    {
        Sandbox::SandboxOptions options;
        options.faults = {*Sandbox::FaultSpec::parse(u"drop-rate=0.3@/produce*")};
        auto dropping = startSandbox(options);
        QVERIFY(dropping->store().createTopic(u"t"_s, 1));
        QSignalSpy handled(dropping.get(), &Sandbox::SandboxServer::requestHandled);
        auto client = createKafkaClient(settingsFor(*dropping, DialectKind::Upstash), nullptr);
        QByteArray file;
        for (int i = 0; i < 1000; ++i)
            file += "{\"payload\":\"d" + QByteArray::number(i) + "\"}\n";
        const QString path = writeFile(u"drop.jsonl"_s, file);
        BulkProducer producer(client.get());
        BulkProduceOptions bulk;
        bulk.read.topic = u"t"_s;
        bulk.maxRecordsPerBatch = 50;
        producer.start(path, bulk);
        int holds = 0;
        while (true) {
            QTRY_VERIFY_WITH_TIMEOUT(producer.state() == BulkProducer::State::Held ||
                                         producer.state() == BulkProducer::State::Finished,
                                     30000);
            if (producer.state() == BulkProducer::State::Finished)
                break;
            ++holds;
            const qsizetype requests = handled.size();
            QTest::qWait(50); // held means held: nothing goes out while it waits for the user
            QCOMPARE(handled.size(), requests);
            QCOMPARE(producer.heldRecords(), 50);
            producer.skipHeld();
        }
        QVERIFY(holds > 0);
        const BulkProgress p = producer.progress();
        QCOMPARE(p.unknown, qint64(holds) * 50);
        QCOMPARE(p.sent + p.unknown, 1000);
        QCOMPARE(handled.size(), 20); // one request per batch, none re-sent
        const QList<Record> landed = readTopic(*client, u"t"_s);
        QSet<QByteArray> values;
        for (const Record &r : landed)
            values.insert(r.value);
        QCOMPARE(values.size(), landed.size());
        QCOMPARE(landed.size(), 1000); // a dropped answer still landed: "unknown" was right to warn
        QVERIFY(producer.summary().contains("unknown"_L1));
    }

    void unreadableAnswerHoldsWhileTheNextBatchIsCounted_data()
    {
        QTest::addColumn<int>("garbled");
        QTest::newRow("one answer") << 1;
        QTest::newRow("two answers in a row") << 2; // held apart, so Resend sends two batches
    }

    // A complete 2xx lets the next batch go out before the answer is read. When that answer
    // turns out unreadable, its batch is held, the batch sent meanwhile is still read, and
    // Resend goes out only after it: nothing is sent twice but the held batches, on Resend.
    void unreadableAnswerHoldsWhileTheNextBatchIsCounted()
    {
        QFETCH(int, garbled);
        auto server = startSandbox();
        QVERIFY(server->store().createTopic(u"t"_s, 1));
        QSignalSpy handled(server.get(), &Sandbox::SandboxServer::requestHandled);
        // The third request (and the fourth) come back garbled: faults are decided on arrival.
        // They come late too, so the reader has the next batch ready however loaded the machine.
        connect(server.get(), &Sandbox::SandboxServer::requestHandled, this, [&] {
            if (handled.size() == 2) // the spy, connected first, has counted the second request
                server->setFaults({*Sandbox::FaultSpec::parse(u"garble-rate=1@/produce*"_s),
                                   *Sandbox::FaultSpec::parse(u"latency=500@/produce*"_s)});
            else if (handled.size() == 2 + garbled)
                server->clearFaults();
        });
        auto client = createKafkaClient(settingsFor(*server, DialectKind::Upstash), nullptr);
        QByteArray file;
        for (int i = 0; i < 1000; ++i)
            file += "{\"payload\":\"g" + QByteArray::number(i) + "\"}\n";
        BulkProducer producer(client.get());
        BulkProduceOptions bulk;
        bulk.read.topic = u"t"_s;
        bulk.maxRecordsPerBatch = 50;
        producer.start(writeFile(u"garble.jsonl"_s, file), bulk);
        QTRY_VERIFY_WITH_TIMEOUT(producer.state() == BulkProducer::State::Held, 30000);
        // The fourth batch was on the wire when the third answer proved unreadable: it is read
        // and counted (or, garbled too, held beside the third).
        QTRY_COMPARE(producer.heldRecords() + producer.progress().sent, 200);
        QCOMPARE(producer.heldRecords(), 50 * garbled);
        QCOMPARE(handled.size(), 4);
        QTest::qWait(50); // held means held
        QCOMPARE(handled.size(), 4);
        QCOMPARE(producer.progress().unknown, 0);

        producer.resendHeld();
        awaitEnd(producer);
        QCOMPARE(producer.state(), BulkProducer::State::Finished);
        QCOMPARE(producer.progress().sent, 1000);
        QCOMPARE(producer.progress().unknown, 0);
        QCOMPARE(handled.size(), 20 + garbled); // each held batch resent as it was first sent
        const QList<Record> landed = readTopic(*client, u"t"_s);
        QCOMPARE(landed.size(), 1000 + 50 * garbled); // garbled batches had landed: Resend wrote them again
        QHash<QByteArray, int> times;
        for (const Record &r : landed)
            ++times[r.value];
        QCOMPARE(times.size(), 1000);
        for (int i = 0; i < 1000; ++i) // the garbled batches, and only they, twice
            QCOMPARE(times.value("g" + QByteArray::number(i)), i >= 100 && i < 100 + 50 * garbled ? 2 : 1);
    }

    void pauseResumeAndCancel()
    {
        QVERIFY(m_server->store().createTopic(u"paced"_s, 1));
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::Upstash), nullptr);
        QByteArray file;
        for (int i = 0; i < 400; ++i)
            file += "line " + QByteArray::number(i) + '\n';
        const QString path = writeFile(u"paced.txt"_s, file);
        BulkProducer producer(client.get());
        BulkProduceOptions bulk;
        bulk.read.format = BulkFormat::PlainLines;
        bulk.read.topic = u"paced"_s;
        bulk.recordsPerSecond = 200; // batches of 40, five a second
        producer.start(path, bulk);
        QTRY_VERIFY(producer.progress().sent >= 40);
        producer.pause();
        QCOMPARE(producer.state(), BulkProducer::State::Paused);
        QTRY_VERIFY(!producer.progress().secondsLeft.has_value() || true);
        const qint64 atPause = m_server->store().topic(u"paced")->partitions.at(0).endOffset();
        QTest::qWait(400); // paused means paused
        QVERIFY(m_server->store().topic(u"paced")->partitions.at(0).endOffset() <= atPause + 40);
        producer.resume();
        QTRY_VERIFY(producer.progress().sent >= atPause + 80);
        producer.cancel();
        QCOMPARE(producer.state(), BulkProducer::State::Cancelled);
        const BulkProgress p = producer.progress();
        QVERIFY(p.sent < 400);
        QVERIFY(producer.summary().startsWith("Cancelled"_L1));
    }

    void dryRunShowsTheFirstRequest()
    {
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::ConfluentV2), nullptr);
        const QString path = writeFile(u"dry.txt"_s, "a\nb\nc\n"_ba);
        BulkProduceOptions bulk;
        bulk.read.format = BulkFormat::PlainLines;
        bulk.read.topic = u"dry"_s;
        bulk.maxRecordsPerBatch = 2;
        const auto request = BulkProducer::dryRun(client.get(), path, bulk);
        QVERIFY(request);
        QCOMPARE(request->path, u"/topics/dry"_s);
        QCOMPARE(request->body, R"({"records":[{"value":"YQ=="},{"value":"Yg=="}]})"_ba);
        QVERIFY(!m_server->store().topic(u"dry")); // nothing was sent
        QVERIFY(!BulkProducer::dryRun(client.get(), m_dir.filePath(u"missing"_s), bulk));
    }

    void readOnlyRefusesTheRun()
    {
        ConnectionSettings settings = settingsFor(*m_server, DialectKind::Upstash);
        settings.readOnly = true;
        auto client = createKafkaClient(settings, nullptr);
        BulkProducer producer(client.get());
        BulkProduceOptions bulk;
        bulk.read.topic = u"x"_s;
        producer.startRecords({record(u"x"_s, "v"_ba)}, bulk);
        QCOMPARE(producer.state(), BulkProducer::State::Failed);
        QVERIFY(producer.errorSentence().contains("read-only"_L1));
    }

    void selectedRecordsToAnotherTopic()
    {
        QVERIFY(m_server->store().createTopic(u"redrive"_s, 1));
        auto client = createKafkaClient(settingsFor(*m_server, DialectKind::ConfluentV2), nullptr);
        BulkProducer producer(client.get());
        BulkProduceOptions bulk;
        bulk.read.topic = u"redrive"_s;
        producer.startRecords({record(u"dlq"_s, "one"_ba, "k"_ba), record(u"dlq"_s, "two"_ba)}, bulk);
        awaitEnd(producer);
        QCOMPARE(producer.progress().sent, 2);
        const QList<Record> records = readTopic(*client, u"redrive"_s);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].key, "k"_ba);
    }
};

QTEST_GUILESS_MAIN(TestBulkProducer)
#include "tst_bulkproducer.moc"
