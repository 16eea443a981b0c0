// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's model against the in-process sandbox, per dialect: what the form says is what
// lands, byte for byte (null and empty keys, binary values, headers, chosen partition and
// timestamp, the default partitioner's choice), a lost answer is "outcome unknown" and never
// re-sent, and a read-only connection sends nothing.
#include "core/compose/composer.h"
#include "core/compose/headersmodel.h"
#include "tests/integration/clientfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

class TestComposer : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    int m_composers = 0;

    std::unique_ptr<KafkaClient> client(DialectKind dialect, bool readOnly = false)
    {
        ConnectionSettings settings = settingsFor(*m_server, dialect);
        settings.readOnly = readOnly;
        return createKafkaClient(settings, nullptr);
    }
    std::unique_ptr<Composer> composer(KafkaClient *client)
    {
        const QString base = m_dir.filePath(QString::number(++m_composers));
        return std::make_unique<Composer>(client,
                                          ComposerPaths{base + u"/draft.json"_s, base + u"/history.jsonl"_s,
                                                        base + u"/templates"_s, base + u"/seq.json"_s});
    }
    // Sends the form and waits for the answer.
    ProduceResult send(Composer &c, const ComposedRecord &draft)
    {
        c.setDraft(draft);
        if (!c.sendDraft())
            qWarning() << "not sent:" << c.errorSentence();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(c.state() != Composer::State::Sending, 15000); }();
        [&] { QVERIFY2(c.state() == Composer::State::Sent, qPrintable(c.errorSentence())); }();
        return c.result();
    }
    // The record as stored, read back through a Confluent v2 client (it tells null from empty keys).
    Record readBack(const ProduceResult &at, DialectKind through = DialectKind::ConfluentV2)
    {
        auto reader = client(through);
        QList<Record> records;
        Waiter<ReadSummary> w;
        reader->read(
            {at.topic, {at.partition}, OffsetSpec::atOffset(at.offset), 0, 1}, this,
            [&](const QList<Record> &batch) { records += batch; }, w.callback());
        [&] { GREGOR_AWAIT_OK(w); }();
        return records.value(0);
    }
    static ComposedRecord form(const QString &topic, const QString &value)
    {
        ComposedRecord r;
        r.topic = topic;
        r.value = value;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = startSandbox();
        for (const auto &topic : {u"up"_s, u"v2"_s, u"v1"_s, u"keyed"_s})
            QVERIFY(m_server->store().createTopic(topic, 6));
    }

    void sendsEveryFieldOnUpstash()
    {
        auto up = client(DialectKind::Upstash);
        auto c = composer(up.get());
        ComposedRecord r = form(u"up"_s, u"{\"n\": {{seq}}}"_s);
        r.keyEncoding = FieldEncoding::Text;
        r.key = u"order-1"_s;
        r.headers = {{u"trace"_s, u"abc"_s, FieldEncoding::Text}, {u"empty"_s, {}, FieldEncoding::Text}};
        r.partition = 4;
        r.timestampMode = TimestampMode::Chosen;
        r.chosenTimestampMs = 1600000000000;
        const ProduceResult result = send(*c, r);
        QCOMPARE(result.partition, 4);
        const Record stored = readBack(result, DialectKind::Upstash);
        QCOMPARE(stored.key, "order-1"_ba);
        QCOMPARE(stored.value, "{\"n\": 1}"_ba);
        QCOMPARE(stored.headers, (QList<RecordHeader>{{u"trace"_s, "abc"_ba}, {u"empty"_s, ""_ba}}));
        QCOMPARE(stored.timestampMs, 1600000000000);
        QCOMPARE(c->history()->size(), 1);
        QCOMPARE(c->history()->entry(0).record.value, u"{\"n\": 1}"_s); // as sent, expanded
        QCOMPARE(c->history()->entry(0).offset, result.offset);
        QCOMPARE(c->seqCounters().peek({}), 2);
    }

    // Confluent v3 (Platform beside v2, and Cloud alone): the composer's headers, partition and
    // timestamp go through v3's records call, binary header values included.
    void sendsEveryFieldOnConfluentV3_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("platform") << int(DialectKind::ConfluentV3);
        QTest::newRow("cloud") << int(DialectKind::ConfluentCloud);
    }
    void sendsEveryFieldOnConfluentV3()
    {
        QFETCH(int, dialect);
        auto sender = client(DialectKind(dialect));
        auto c = composer(sender.get());
        ComposedRecord r = form(u"up"_s, u"{\"v3\": true}"_s);
        r.keyEncoding = FieldEncoding::Text;
        r.key = u"k-3"_s;
        r.headers = {
            {u"trace"_s, u"abc"_s, FieldEncoding::Text},
            {u"raw"_s, QString::fromLatin1(QByteArray("\x00\xff", 2).toBase64()), FieldEncoding::Base64}};
        r.partition = 2;
        r.timestampMode = TimestampMode::Chosen;
        r.chosenTimestampMs = 1650000000000;
        const ProduceResult result = send(*c, r);
        QCOMPARE(result.partition, 2);
        const Record stored = readBack(result, DialectKind::Upstash);
        QCOMPARE(stored.key, "k-3"_ba);
        QCOMPARE(stored.value, "{\"v3\": true}"_ba);
        QCOMPARE(stored.timestampMs, 1650000000000);
        QCOMPARE(m_server->store().topic(u"up"_s)->partitions[2].at(result.offset).headers(),
                 (QList<RecordHeader>{{u"trace"_s, "abc"_ba}, {u"raw"_s, QByteArray("\x00\xff", 2)}}));
    }

    void nullAndEmptyKeysDiffer_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("upstash") << int(DialectKind::Upstash);
        QTest::newRow("confluent v2") << int(DialectKind::ConfluentV2);
        QTest::newRow("confluent v1") << int(DialectKind::ConfluentV1);
    }
    void nullAndEmptyKeysDiffer()
    {
        QFETCH(int, dialect);
        auto sender = client(DialectKind(dialect));
        auto c = composer(sender.get());
        const QString topic = dialect == int(DialectKind::Upstash) ? u"up"_s : u"v2"_s;
        ComposedRecord noKey = form(topic, u"no key"_s);
        const Record a = readBack(send(*c, noKey));
        QVERIFY(a.key.isNull());
        ComposedRecord emptyKey = noKey;
        emptyKey.value = u"empty key"_s;
        emptyKey.keyEncoding = FieldEncoding::Text;
        const ProduceResult at = send(*c, emptyKey);
        const Record b = readBack(at);
        QVERIFY(!b.key.isNull());
        QVERIFY(b.key.isEmpty());
        // An empty key is a key: it is hashed (murmur2 of zero bytes), so it lands where the
        // composer said it would.
        QCOMPARE(std::optional(at.partition), c->predictedPartition(6));
    }

    void sendsBinaryOnConfluent_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("v2") << int(DialectKind::ConfluentV2);
        QTest::newRow("v1") << int(DialectKind::ConfluentV1);
    }
    void sendsBinaryOnConfluent()
    {
        QFETCH(int, dialect);
        auto sender = client(DialectKind(dialect));
        auto c = composer(sender.get());
        ComposedRecord r = form(u"v1"_s, QString::fromLatin1(QByteArray::fromHex("00ff10e2").toBase64()));
        r.valueEncoding = FieldEncoding::Base64;
        r.keyEncoding = FieldEncoding::Base64;
        r.key = QString::fromLatin1(QByteArray::fromHex("c3").toBase64()); // not UTF-8
        r.partition = 5;
        const ProduceResult result = send(*c, r);
        QCOMPARE(result.partition, 5);
        const Record stored = readBack(result, DialectKind(dialect));
        QCOMPARE(stored.value, QByteArray::fromHex("00ff10e2"));
        QCOMPARE(stored.key, QByteArray::fromHex("c3"));
        // A history entry sends the same bytes again.
        QCOMPARE(c->history()->entry(0).record.valueEncoding, FieldEncoding::Base64);
        c->loadHistoryEntry(0);
        QVERIFY(c->sendDraft());
        QTRY_COMPARE(c->state(), Composer::State::Sent);
        QCOMPARE(readBack(c->result(), DialectKind(dialect)).value, QByteArray::fromHex("00ff10e2"));
    }

    void jsonEmbeddedFormatOnV2()
    {
        auto v2 = client(DialectKind::ConfluentV2);
        auto c = composer(v2.get());
        ComposedRecord r = form(u"keyed"_s, u"{\"a\":1,\"b\":[true,null]}"_s);
        r.format = EmbeddedFormat::Json;
        r.keyEncoding = FieldEncoding::Text;
        r.key = u"\"customer-7\""_s;
        const auto predicted = c->predictedPartition(6);
        c->setDraft(r);
        const auto predictedForJson = c->predictedPartition(6);
        const ProduceResult result = send(*c, r);
        QCOMPARE(std::optional(result.partition), predictedForJson);
        Q_UNUSED(predicted)
        const Record stored = readBack(result);
        QCOMPARE(stored.value, "{\"a\":1,\"b\":[true,null]}"_ba);
        QCOMPARE(stored.key, "\"customer-7\""_ba); // the JSON text, quotes included (§2.2)
        QVERIFY(c->prepare()->request.headers.contains(
            qMakePair("Content-Type"_ba, "application/vnd.kafka.json.v2+json"_ba)));
    }

    void defaultPartitionerPreviewIsRight()
    {
        auto up = client(DialectKind::Upstash);
        auto c = composer(up.get());
        for (const QString &key : {u"a"_s, u"customer-42"_s, u"21"_s, u"foobar"_s, u"ü-unicode"_s}) {
            ComposedRecord r = form(u"keyed"_s, u"x"_s);
            r.keyEncoding = FieldEncoding::Text;
            r.key = key;
            c->setDraft(r);
            const auto predicted = c->predictedPartition(6);
            QVERIFY(predicted);
            QCOMPARE(send(*c, r).partition, *predicted);
        }
        ComposedRecord variable = form(u"keyed"_s, u"x"_s);
        variable.keyEncoding = FieldEncoding::Text;
        variable.key = u"{{uuid}}"_s;
        c->setDraft(variable);
        QCOMPARE(c->predictedPartition(6), std::nullopt); // decided at send time
    }

    void refusalsAreSentences()
    {
        auto v2 = client(DialectKind::ConfluentV2);
        auto c = composer(v2.get());
        ComposedRecord r = form(u"v2"_s, u"x"_s);
        r.headers = {{u"h"_s, u"v"_s, FieldEncoding::Text}};
        c->setDraft(r);
        QVERIFY(!c->sendDraft());
        QCOMPARE(c->state(), Composer::State::Failed);
        QVERIFY(c->errorSentence().contains("headers"_L1));
        QCOMPARE(c->prepare().error().field, ComposeField::Headers);
    }

    void readOnlySendsNothing()
    {
        QSignalSpy handled(m_server.get(), &Sandbox::SandboxServer::requestHandled);
        auto readOnly = client(DialectKind::Upstash, true);
        auto c = composer(readOnly.get());
        QVERIFY(c->sendingRefusal());
        c->setDraft(form(u"up"_s, u"x"_s));
        QVERIFY(!c->sendDraft());
        QCOMPARE(c->state(), Composer::State::Failed);
        QVERIFY(c->errorSentence().contains("read-only"_L1));
        // The core refuses too, whoever calls it.
        Waiter<QList<ProduceResult>> w;
        readOnly->produce({record(u"up"_s, "x"_ba)}, this, w.callback());
        GREGOR_AWAIT(w);
        QVERIFY(!w.result->has_value());
        QCOMPARE(handled.size(), 0);
    }

    void lostAnswerIsOutcomeUnknownAndNotRetried()
    {
        Sandbox::SandboxOptions options;
        options.faults = {*Sandbox::FaultSpec::parse(u"drop-rate=1@/produce*")};
        auto dropping = startSandbox(options);
        QVERIFY(dropping->store().createTopic(u"t"_s, 1));
        QSignalSpy handled(dropping.get(), &Sandbox::SandboxServer::requestHandled);
        ConnectionSettings settings = settingsFor(*dropping, DialectKind::Upstash);
        auto up = createKafkaClient(settings, nullptr);
        auto c = composer(up.get());
        c->setDraft(form(u"t"_s, u"maybe"_s));
        QVERIFY(c->sendDraft());
        QTRY_VERIFY_WITH_TIMEOUT(c->state() != Composer::State::Sending, 15000);
        QCOMPARE(c->state(), Composer::State::OutcomeUnknown);
        QVERIFY(c->errorSentence().startsWith("Outcome unknown"_L1));
        QCOMPARE(handled.size(), 1); // sent once, never again on its own
        QCOMPARE(c->history()->size(), 0);
        QCOMPARE(dropping->store().topic(u"t")->partitions.at(0).endOffset(), 1); // it did land
    }

    void previewIsWhatIsSent()
    {
        auto up = client(DialectKind::Upstash);
        auto c = composer(up.get());
        c->setDraft(form(u"up"_s, u"{\"id\":\"{{uuid}}\",\"at\":{{now}}}"_s));
        const auto prepared = c->prepare();
        QVERIFY(prepared);
        QVERIFY(prepared->hasVariables);
        const QString described = Composer::describe(prepared->request);
        QVERIFY(described.startsWith("POST /produce\n"_L1));
        QVERIFY(!described.contains("{{"_L1));
        QVERIFY(c->send(*prepared));
        QTRY_COMPARE(c->state(), Composer::State::Sent);
        QCOMPARE(readBack(c->result()).value, prepared->record.value);
    }

    void seqCountsPerTemplateAcrossRestarts()
    {
        auto up = client(DialectKind::Upstash);
        const QString base = m_dir.filePath(u"templates-seq"_s);
        const ComposerPaths paths{base + u"/draft.json"_s, base + u"/history.jsonl"_s, base + u"/templates"_s,
                                  base + u"/seq.json"_s};
        QList<QByteArray> values;
        {
            Composer c(up.get(), paths);
            c.setDraft(form(u"up"_s, u"{\"order\": {{seq}}}"_s));
            QVERIFY(c.saveTemplate(u"order"_s));
            c.setDraft(form(u"up"_s, u"{\"refund\": {{seq}}}"_s));
            QVERIFY(c.saveTemplate(u"refund"_s));
            for (const QString &name : {u"order"_s, u"order"_s, u"refund"_s}) {
                QVERIFY(c.loadTemplate(name));
                QCOMPARE(c.draft().templateName, name);
                values.append(readBack(send(c, c.draft())).value);
            }
        }
        Composer restarted(up.get(), paths); // {{seq}} goes on where it stopped
        QVERIFY(restarted.loadTemplate(u"order"_s));
        values.append(readBack(send(restarted, restarted.draft())).value);
        QCOMPARE(values, (QList<QByteArray>{"{\"order\": 1}"_ba, "{\"order\": 2}"_ba, "{\"refund\": 1}"_ba,
                                            "{\"order\": 3}"_ba}));
        // An unknown variable stops the send before anything goes out.
        restarted.setDraft(form(u"up"_s, u"{{nope}}"_s));
        QVERIFY(!restarted.sendDraft());
        QVERIFY(restarted.errorSentence().contains("{{nope}}"_L1));
        QCOMPARE(restarted.seqCounters().peek(u"order"_s), 4);
    }

    void curlLeavesTheSecretOut()
    {
        ConnectionSettings settings = settingsFor(*m_server, DialectKind::Upstash);
        settings.auth = ConnectionSettings::AuthKind::Basic;
        settings.user = u"alice"_s;
        settings.secret = u"s3cr3t-password"_s;
        auto up = createKafkaClient(settings, nullptr);
        auto c = composer(up.get());
        ComposedRecord r = form(u"up"_s, u"{\"a\": 1}"_s);
        r.keyEncoding = FieldEncoding::Text;
        r.key = u"k"_s;
        c->setDraft(r);
        const QString curl = c->curl();
        QVERIFY2(curl.contains("$GREGOR_PASSWORD"_L1), qPrintable(curl));
        QVERIFY(!curl.contains("s3cr3t-password"_L1));
        QVERIFY(curl.contains("/produce"_L1));
        QVERIFY(curl.contains("\"key\":\"k\""_L1));
        QVERIFY(c->curl(true).contains("s3cr3t-password"_L1)); // only when asked
    }
};

QTEST_GUILESS_MAIN(TestComposer)
#include "tst_composer.moc"
