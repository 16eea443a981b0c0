// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's core without a server: template variables, building records per dialect, the
// default partitioner's preview, drafts, templates, {{seq}}, history and the headers model.
#include "core/compose/composebuilder.h"
#include "core/compose/composer.h"
#include "core/compose/composerhistory.h"
#include "core/compose/composerstorage.h"
#include "core/compose/headersmodel.h"
#include "core/compose/templatevariables.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

class TestCompose : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    ComposerPaths paths(const QString &name) const
    {
        const QString base = m_dir.filePath(name);
        return {base + u"/draft.json"_s, base + u"/history.jsonl"_s, base + u"/templates"_s,
                base + u"/seq.json"_s};
    }
    static TemplateContext context()
    {
        TemplateContext c;
        c.nowMs = 1700000000123;
        c.seq = 7;
        c.uuid = u"0d6f2a52-3b8e-4d7e-9a57-5f0c7b1e2a10"_s;
        c.env = [](const QString &name) { return name == "GREGOR_TEST_NAME"_L1 ? u"alice"_s : QString(); };
        c.hasEnv = [](const QString &name) { return name == "GREGOR_TEST_NAME"_L1; };
        return c;
    }
    static ComposedRecord textRecord(const QString &value, const QString &topic = u"orders"_s)
    {
        ComposedRecord r;
        r.topic = topic;
        r.value = value;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void expandsEveryVariable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"no variables"_s << u"no variables"_s;
        QTest::newRow("uuid") << u"{{uuid}}"_s << u"0d6f2a52-3b8e-4d7e-9a57-5f0c7b1e2a10"_s;
        QTest::newRow("now") << u"t={{now}}"_s << u"t=1700000000123"_s;
        QTest::newRow("now.iso") << u"{{now.iso}}"_s << u"2023-11-14T22:13:20.123Z"_s;
        QTest::newRow("seq with spaces") << u"#{{ seq }}"_s << u"#7"_s;
        QTest::newRow("env") << u"hi {{env.GREGOR_TEST_NAME}}"_s << u"hi alice"_s;
        QTest::newRow("json around") << uR"({"id":"{{uuid}}","n":{{seq}}})"_s
                                     << uR"({"id":"0d6f2a52-3b8e-4d7e-9a57-5f0c7b1e2a10","n":7})"_s;
        QTest::newRow("one choice") << u"{{random.choice(only)}}"_s << u"only"_s;
        QTest::newRow("fixed int") << u"{{random.int(5,5)}}"_s << u"5"_s;
    }
    void expandsEveryVariable()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        TemplateContext c = context();
        const auto out = expandTemplate(text, c);
        QVERIFY2(out.has_value(), qPrintable(out.error()));
        QCOMPARE(*out, expected);
        QCOMPARE(c.usedSeq, text.contains("seq"_L1));
    }

    void randomStaysInItsRange()
    {
        TemplateContext c = context();
        QRandomGenerator random(42);
        c.random = &random;
        QSet<QString> choices;
        for (int i = 0; i < 500; ++i) {
            const qint64 n = expandTemplate(u"{{random.int(-3,3)}}", c)->toLongLong();
            QVERIFY(n >= -3 && n <= 3);
            choices.insert(*expandTemplate(u"{{random.choice(a|b|c)}}", c));
        }
        QCOMPARE(choices, (QSet<QString>{u"a"_s, u"b"_s, u"c"_s}));
    }

    void badVariablesAreErrorsNotLiterals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown") << u"x {{user}} y"_s << u"{{user}}"_s;
        QTest::newRow("typo") << u"{{uuid }}{{nwo}}"_s << u"{{nwo}}"_s;
        QTest::newRow("unclosed") << u"{{uuid"_s << u"not closed"_s;
        QTest::newRow("empty") << u"{{}}"_s << u"empty"_s;
        QTest::newRow("unset env") << u"{{env.GREGOR_SURELY_UNSET}}"_s << u"GREGOR_SURELY_UNSET"_s;
        QTest::newRow("bad range") << u"{{random.int(9,1)}}"_s << u"random.int"_s;
        QTest::newRow("not numbers") << u"{{random.int(a,b)}}"_s << u"random.int"_s;
        QTest::newRow("no choices") << u"{{random.choice()}}"_s << u"random.choice"_s;
    }
    void badVariablesAreErrorsNotLiterals()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        TemplateContext c = context();
        const auto out = expandTemplate(text, c);
        QVERIFY(!out.has_value());
        QVERIFY2(out.error().contains(mentions), qPrintable(out.error()));
    }

    void unknownVariableStopsTheBuild()
    {
        TemplateContext c = context();
        ComposedRecord r = textRecord(u"{{nope}}"_s);
        const auto built = buildRecord(r, ComposeTarget::of(DialectKind::Upstash), c);
        QVERIFY(!built);
        QCOMPARE(built.error().field, ComposeField::Value);
        QVERIFY(built.error().sentence.contains("{{nope}}"_L1));
    }

    void buildsExactBytes()
    {
        TemplateContext c = context();
        ComposedRecord r = textRecord(u"v{{seq}}"_s);
        r.keyEncoding = FieldEncoding::Base64;
        r.key = u"AAEC/w=="_s;
        r.headers = {{u"trace"_s, u"{{uuid}}"_s, FieldEncoding::Text},
                     {u"bin"_s, u"//8="_s, FieldEncoding::Base64}};
        r.partition = 2;
        r.timestampMode = TimestampMode::Chosen;
        r.chosenTimestampMs = 1234;
        ComposeTarget target = ComposeTarget::of(DialectKind::Upstash);
        // Upstash carries text only; a binary key is refused with the reason, not mangled.
        auto built = buildRecord(r, target, c);
        QVERIFY(!built);
        QCOMPARE(built.error().field, ComposeField::Key);
        QVERIFY(built.error().sentence.contains("text only"_L1));

        r.keyEncoding = FieldEncoding::Text;
        r.key = u""_s;
        r.headers.removeLast();
        built = buildRecord(r, target, c);
        QVERIFY(built);
        QVERIFY(!built->key.isNull());
        QVERIFY(built->key.isEmpty());
        QCOMPARE(built->value, "v7"_ba);
        QCOMPARE(built->headers, (QList<RecordHeader>{{u"trace"_s, c.uuid.toUtf8()}}));
        QCOMPARE(built->partition, 2);
        QCOMPARE(built->timestampMs, 1234);

        r.keyEncoding = FieldEncoding::None;
        r.timestampMode = TimestampMode::Now;
        built = buildRecord(r, target, c);
        QVERIFY(built->key.isNull());
        QCOMPARE(built->timestampMs, c.nowMs);

        ComposedRecord binary = textRecord(u"AAEC/w=="_s);
        binary.valueEncoding = FieldEncoding::Base64;
        built = buildRecord(binary, ComposeTarget::of(DialectKind::ConfluentV1), c);
        QVERIFY(built);
        QCOMPARE(built->value, QByteArray::fromHex("000102ff"));
    }

    void refusesWhatTheDialectCannotCarry_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<ComposedRecord>("record");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("mentions");
        ComposedRecord headers = textRecord(u"x"_s);
        headers.headers = {{u"h"_s, u"v"_s, FieldEncoding::Text}};
        ComposedRecord stamped = textRecord(u"x"_s);
        stamped.timestampMode = TimestampMode::Now;
        ComposedRecord json = textRecord(u"{\"a\":1}"_s);
        json.format = EmbeddedFormat::Json;
        ComposedRecord notJson = textRecord(u"plain text"_s);
        notJson.format = EmbeddedFormat::Json;
        ComposedRecord bareKey = textRecord(u"1"_s);
        bareKey.format = EmbeddedFormat::Json;
        bareKey.keyEncoding = FieldEncoding::Text;
        bareKey.key = u"abc"_s;
        ComposedRecord tombstone = textRecord({});
        tombstone.valueEncoding = FieldEncoding::None;
        ComposedRecord badBase64 = textRecord(u"not*base64"_s);
        badBase64.valueEncoding = FieldEncoding::Base64;
        ComposedRecord noTopic = textRecord(u"x"_s, u"  "_s);
        ComposedRecord unnamed = textRecord(u"x"_s);
        unnamed.headers = {{{}, u"v"_s, FieldEncoding::Text}};
        const int v2 = int(DialectKind::ConfluentV2);
        const int v1 = int(DialectKind::ConfluentV1);
        const int up = int(DialectKind::Upstash);
        QTest::newRow("v2 headers") << v2 << headers << int(ComposeField::Headers) << u"headers"_s;
        QTest::newRow("v1 timestamp") << v1 << stamped << int(ComposeField::Timestamp) << u"timestamps"_s;
        QTest::newRow("v1 json format") << v1 << json << int(ComposeField::Format) << u"binary"_s;
        QTest::newRow("v2 json needs json") << v2 << notJson << int(ComposeField::Value) << u"not JSON"_s;
        QTest::newRow("v2 json key quotes") << v2 << bareKey << int(ComposeField::Key) << u"quotes"_s;
        QTest::newRow("upstash tombstone") << up << tombstone << int(ComposeField::Value) << u"tombstone"_s;
        QTest::newRow("bad base64") << v2 << badBase64 << int(ComposeField::Value) << u"base64"_s;
        QTest::newRow("no topic") << up << noTopic << int(ComposeField::Topic) << u"topic"_s;
        QTest::newRow("unnamed header") << up << unnamed << int(ComposeField::Headers) << u"no name"_s;
    }
    void refusesWhatTheDialectCannotCarry()
    {
        QFETCH(int, dialect);
        QFETCH(ComposedRecord, record);
        QFETCH(int, field);
        QFETCH(QString, mentions);
        TemplateContext c = context();
        const auto built = buildRecord(record, ComposeTarget::of(DialectKind(dialect)), c);
        QVERIFY(!built);
        QCOMPARE(int(built.error().field), field);
        QVERIFY2(built.error().sentence.contains(mentions), qPrintable(built.error().sentence));
    }

    void disabledFieldsSayWhy()
    {
        const auto v2 = ComposeTarget::of(DialectKind::ConfluentV2);
        QVERIFY(disabledReason(v2, ComposeField::Headers)->contains("headers"_L1));
        QVERIFY(disabledReason(v2, ComposeField::Timestamp));
        QVERIFY(!disabledReason(v2, ComposeField::Format));
        QVERIFY(!disabledReason(v2, ComposeField::Partition));
        const auto v1 = ComposeTarget::of(DialectKind::ConfluentV1);
        QVERIFY(disabledReason(v1, ComposeField::Format)->contains("binary"_L1));
        const auto up = ComposeTarget::of(DialectKind::Upstash);
        QVERIFY(!disabledReason(up, ComposeField::Headers));
        QVERIFY(!disabledReason(up, ComposeField::Timestamp));
        QVERIFY(disabledReason(up, ComposeField::Format));
        QVERIFY(encodingRefusal(up, FieldEncoding::Base64));
        QVERIFY(!encodingRefusal(v1, FieldEncoding::Base64));
    }

    void defaultPartitionMatchesKafka_data()
    {
        // api-spec §5.1, Kafka's own vectors.
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("partitions");
        QTest::addColumn<int>("expected");
        QTest::newRow("21/3") << "21"_ba << 3 << 0;
        QTest::newRow("foobar/10") << "foobar"_ba << 10 << 6;
        QTest::newRow("longer/12") << "a-little-bit-longer-string"_ba << 12 << 11;
        QTest::newRow("abc/6") << "abc"_ba << 6 << 3;
        QTest::newRow("empty/10") << ""_ba << 10 << 1;
    }
    void defaultPartitionMatchesKafka()
    {
        QFETCH(QByteArray, key);
        QFETCH(int, partitions);
        QFETCH(int, expected);
        ProduceRecord r;
        r.key = key;
        QCOMPARE(defaultPartition(r, partitions), expected);
        r.key = QByteArray();
        QCOMPARE(defaultPartition(r, partitions), std::nullopt); // no key: no prediction
        r.key = key;
        r.partition = 0;
        QCOMPARE(defaultPartition(r, partitions), std::nullopt); // chosen partition wins
    }

    void jsonFormatHashesTheJsonText()
    {
        ProduceRecord r;
        r.format = EmbeddedFormat::Json;
        r.key = "\"abc\""_ba; // the server hashes the quotes too (§2.2)
        ProduceRecord quoted;
        quoted.key = "\"abc\""_ba;
        QCOMPARE(defaultPartition(r, 12), defaultPartition(quoted, 12));
        r.key = "{ \"a\" : 1 }"_ba; // serialised compact before hashing
        ProduceRecord compact;
        compact.key = "{\"a\":1}"_ba;
        QCOMPARE(defaultPartition(r, 12), defaultPartition(compact, 12));
    }

    void composedRecordRoundTripsThroughJson()
    {
        ComposedRecord r = textRecord(u"{\"a\":1}"_s);
        r.partition = 3;
        r.keyEncoding = FieldEncoding::Base64;
        r.key = u"AA=="_s;
        r.headers = {{u"a"_s, u"b"_s, FieldEncoding::Text}, {u"c"_s, u"AA=="_s, FieldEncoding::Base64}};
        r.timestampMode = TimestampMode::Chosen;
        r.chosenTimestampMs = 99;
        r.syntax = ValueSyntax::Xml;
        r.format = EmbeddedFormat::Json;
        r.templateName = u"t"_s;
        QCOMPARE(ComposedRecord::fromJson(r.toJson()), r);
        // Hand-edited files with odd fields still load with defaults.
        const ComposedRecord odd =
            ComposedRecord::fromJson(QJsonObject{{u"value"_s, 5}, {u"partition"_s, u"x"_s}});
        QCOMPARE(odd.partition, std::nullopt);
        QCOMPARE(odd.value, QString());
    }

    void fromRecordKeepsBytes()
    {
        Record record{u"t"_s, 0, 5, 1, QByteArray::fromHex("ff00"), "{\"a\":1}"_ba, {{u"h"_s, "v"_ba}}};
        const ComposedRecord r = ComposedRecord::fromRecord(record);
        QCOMPARE(r.keyEncoding, FieldEncoding::Base64);
        QCOMPARE(r.key, u"/wA="_s);
        QCOMPARE(r.value, u"{\"a\":1}"_s);
        QCOMPARE(r.syntax, ValueSyntax::Json);
        QCOMPARE(r.headers.first().value, u"v"_s);
        record.key = QByteArray();
        record.value = QByteArray();
        const ComposedRecord none = ComposedRecord::fromRecord(record);
        QCOMPARE(none.keyEncoding, FieldEncoding::None);
        QCOMPARE(none.valueEncoding, FieldEncoding::None);
    }

    void templatesArePlainFiles()
    {
        TemplateLibrary library(m_dir.filePath(u"templates-lib"_s));
        QVERIFY(library.names().isEmpty());
        ComposedRecord r = textRecord(u"{\"id\":\"{{uuid}}\"}"_s);
        QVERIFY(library.save(u"order created"_s, r));
        QVERIFY(library.save(u"Another"_s, textRecord(u"x"_s)));
        QCOMPARE(library.names(), (QStringList{u"Another"_s, u"order created"_s}));
        QFile file(library.folder() + u"/order created.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(QJsonDocument::fromJson(text).isObject());
        QVERIFY(text.contains("\n    \"")); // indented: it diffs well under version control
        const auto loaded = library.load(u"order created"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->value, r.value);
        QCOMPARE(loaded->templateName, u"order created"_s);
        QVERIFY(TemplateLibrary::refusal(u"../evil"_s));
        QVERIFY(TemplateLibrary::refusal(u" "_s));
        QVERIFY(!library.save(u"a/b"_s, r));
        QVERIFY(library.remove(u"Another"_s));
        QCOMPARE(library.names(), QStringList{u"order created"_s});
        QVERIFY(!library.load(u"missing"_s));
    }

    void seqPersistsPerTemplate()
    {
        const QString path = m_dir.filePath(u"seq/seq.json"_s);
        {
            SeqCounters seq(path);
            QCOMPARE(seq.peek(u"a"_s), 1);
            QCOMPARE(seq.take(u"a"_s), 1);
            QCOMPARE(seq.take(u"a"_s), 2);
            QCOMPARE(seq.take(u"b"_s), 1);
            QCOMPARE(seq.peek(u"a"_s), 3);
        }
        SeqCounters again(path); // a restart continues where the last run stopped
        QCOMPARE(again.peek(u"a"_s), 3);
        QCOMPARE(again.peek(u"b"_s), 2);
        QCOMPARE(again.peek({}), 1);
    }

    void draftComesBackAfterACrash()
    {
        const ComposerPaths p = paths(u"crash"_s);
        auto *composer = new Composer(nullptr, p); // never deleted before the restart: a crash
        composer->setAutosaveDelay(20);
        ComposedRecord draft = textRecord(u"{\"half\": \"typed"_s);
        draft.headers = {{u"k"_s, u"v"_s, FieldEncoding::Text}};
        composer->setDraft(draft);
        QTRY_VERIFY(QFile::exists(p.draftFile));
        composer->headers()->setData(composer->headers()->index(0, HeadersModel::Value), u"edited"_s);
        draft.headers.first().value = u"edited"_s;
        QTRY_COMPARE(DraftStore(p.draftFile).load(), std::optional(draft));

        Composer restarted(nullptr, p);
        QCOMPARE(restarted.draft(), draft);
        QCOMPARE(restarted.headers()->rowCount(), 1);
        delete composer;
    }

    void draftIsSavedOnQuit()
    {
        const ComposerPaths p = paths(u"quit"_s);
        {
            Composer composer(nullptr, p);
            composer.setDraft(textRecord(u"bye"_s)); // long before the autosave fires
        }
        QCOMPARE(DraftStore(p.draftFile).load()->value, u"bye"_s);
    }

    void aCorruptDraftIsNotACrash()
    {
        const ComposerPaths p = paths(u"corrupt"_s);
        QDir().mkpath(m_dir.filePath(u"corrupt"_s));
        QFile file(p.draftFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"topic\": \"t\", \"value\": ");
        file.close();
        Composer composer(nullptr, p);
        QCOMPARE(composer.draft(), ComposedRecord());
    }

    void historyKeepsTheLastThousand()
    {
        const QString path = m_dir.filePath(u"history/h.jsonl"_s);
        {
            ComposerHistory history(path);
            QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
            for (int i = 0; i < 1005; ++i) {
                HistoryEntry e;
                e.sentAtMs = i;
                e.record = textRecord(u"value %1"_s.arg(i));
                e.partition = i % 3;
                e.offset = i;
                history.add(e);
            }
            QCOMPARE(history.size(), ComposerHistory::Limit);
            QCOMPARE(history.entry(0).record.value, u"value 1004"_s); // newest first
            QCOMPARE(history.entry(999).record.value, u"value 5"_s);
            HistoryEntry big;
            big.record = textRecord(QString(ComposerHistory::MaxKeptValueBytes + 1, u'x'));
            history.add(big);
            QVERIFY(history.entry(0).valueOmitted);
            QVERIFY(history.lastError().isEmpty());
        }
        // A crash in the middle of an append cuts the last line: the rest still loads.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"sentAt\":1,\"record\":{\"val");
        file.close();
        ComposerHistory reloaded(path);
        QCOMPARE(reloaded.size(), ComposerHistory::Limit);
        QVERIFY(reloaded.entry(0).valueOmitted);
        QCOMPARE(reloaded.entry(1).record.value, u"value 1004"_s);
        QCOMPARE(reloaded.data(reloaded.index(1, ComposerHistory::Offset)).toLongLong(), 1004);
    }

    void headersModelUpdatesByDiff()
    {
        HeadersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<ComposedHeader> headers{{u"a"_s, u"1"_s, FieldEncoding::Text},
                                      {u"b"_s, u"2"_s, FieldEncoding::Text}};
        model.setHeaders(headers);
        QCOMPARE(model.rowCount(), 2);
        headers[1].value = u"3"_s;
        changed.clear();
        model.setHeaders(headers);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QVERIFY(model.setData(model.index(0, HeadersModel::Encoding), u"base64"_s));
        QCOMPARE(model.headers().first().encoding, FieldEncoding::Base64);
        const int row = model.addHeader();
        QCOMPARE(row, 2);
        model.removeHeader(0);
        QCOMPARE(model.headers().first().name, u"b"_s);
        model.setHeaders({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCompose)
#include "tst_compose.moc"
