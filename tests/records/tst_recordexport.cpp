// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import: the kcat -J envelope field by field, binary flagged as base64, kcat's own
// lines read back, bad lines named by number, export -> import equality through files, CSV per
// RFC 4180, and cancel leaving the old file untouched.
#include "core/records/recordexporter.h"
#include "core/records/recordjson.h"
#include "recorddata.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace Gregor;

// RFC 4180 parser for the test: fields of every record, CRLF line ends only.
static std::optional<QList<QList<QByteArray>>> parseCsv(const QByteArray &text)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray field;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == '"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return std::nullopt; // unterminated quote
                if (text.at(i) == '"') {
                    if (i + 1 < text.size() && text.at(i + 1) == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        }
        while (i < text.size() && text.at(i) != ',' && text.at(i) != '\r') {
            if (text.at(i) == '"' || text.at(i) == '\n')
                return std::nullopt; // a quote or bare LF inside an unquoted field
            field += text.at(i++);
        }
        row.append(field);
        field.clear();
        if (i < text.size() && text.at(i) == ',') {
            ++i;
            continue;
        }
        if (i + 1 >= text.size() || text.at(i + 1) != '\n')
            return std::nullopt;
        i += 2;
        rows.append(row);
        row.clear();
    }
    return rows;
}

class TestRecordExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kcatEnvelope()
    {
        Record r{u"orders"_s, 2, 17, 1700000000123, "k1", "{\"a\":1}", {{u"h"_s, "v"}, {u"n"_s, {}}}};
        const QByteArray line = recordToJsonLine(r);
        QCOMPARE(
            line,
            "{\"topic\":\"orders\",\"partition\":2,\"offset\":17,\"tstype\":\"unknown\",\"ts\":1700000000123,"
            "\"broker\":-1,\"headers\":[\"h\",\"v\",\"n\",null],\"key\":\"k1\",\"payload\":\"{\\\"a\\\":1}\"}"_ba);
        // No timestamp, no headers, no key, a tombstone: fields left out or null as kcat does.
        const QByteArray bare = recordToJsonLine(Record{u"t"_s, 0, 5, {}, {}, {}, {}});
        QCOMPARE(
            bare,
            "{\"topic\":\"t\",\"partition\":0,\"offset\":5,\"broker\":-1,\"key\":null,\"payload\":null}"_ba);
        // Binary: base64 with the encoding flags.
        const QJsonObject o = QJsonDocument::fromJson(recordToJsonLine(Test::generatedRecord(44))).object();
        QCOMPARE(o.value("payload_encoding"_L1).toString(), u"base64"_s);
        QCOMPARE(QByteArray::fromBase64(o.value("payload"_L1).toString().toLatin1()),
                 QByteArray("\x00\xff\x2c", 3));
        QCOMPARE(o.value("headers_encoding"_L1).toString(), u"base64"_s);
        QVERIFY(!o.contains("key_encoding"_L1));
        QCOMPARE(o.value("headers"_L1).toArray().size(), 4);
    }

    void roundTripInMemory()
    {
        RecordStore store;
        store.append(Test::generatedRecords(0, 500));
        Record odd{u"t ü\"\\"_s,
                   1,
                   2,
                   3,
                   QByteArray("\x01\n\t", 3),
                   u"zeichen ✓\r\n"_s.toUtf8(),
                   {{u"e"_s, QByteArray("", 0)}}};
        store.append(odd);
        for (qsizetype row = 0; row < store.size(); ++row) {
            const auto back = recordFromJsonLine(recordToJsonLine(store, row));
            QVERIFY2(back, qPrintable(back ? QString() : back.error()));
            QCOMPARE(*back, store.record(row));
            QCOMPARE(back->key.isNull(), !store.hasKey(row));
            QCOMPARE(back->value.isNull(), !store.hasValue(row));
        }
    }

    void readsKcatOutput()
    {
        // As kcat -J prints it (headers as a map with -e, tstype create).
        const auto r = recordFromJsonLine(
            "{\"topic\":\"t\",\"partition\":0,\"offset\":9,\"tstype\":\"create\",\"ts\":77,"
            "\"broker\":1,\"headers\":{\"a\":[\"1\",\"2\"]},\"key\":null,\"payload\":\"p\"}");
        QVERIFY(r);
        QCOMPARE(r->timestampMs, std::optional<qint64>(77));
        QCOMPARE(r->headers, (QList<RecordHeader>{{u"a"_s, "1"}, {u"a"_s, "2"}}));
        QVERIFY(r->key.isNull());
        QCOMPARE(r->value, "p"_ba);
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        const QByteArray good =
            "{\"topic\":\"t\",\"partition\":0,\"offset\":1,\"key\":null,\"payload\":\"x\"}\n";
        QTest::newRow("not json") << good + "\n{oops\n" << u"Line 3: Not JSON"_s;
        QTest::newRow("no topic") << good + "{\"partition\":0,\"offset\":1}\n"
                                  << u"Line 2: \"topic\" is missing"_s;
        QTest::newRow("offset text") << "{\"topic\":\"t\",\"partition\":0,\"offset\":\"1\"}"_ba
                                     << u"Line 1: \"offset\""_s;
        QTest::newRow("bad base64")
            << "{\"topic\":\"t\",\"partition\":0,\"offset\":1,\"payload\":\"@@\",\"payload_encoding\":\"base64\"}"_ba
            << u"Line 1: \"payload\" is not valid base64."_s;
        QTest::newRow("odd headers")
            << "{\"topic\":\"t\",\"partition\":0,\"offset\":1,\"headers\":[\"a\"]}"_ba
            << u"Line 1: \"headers\" must list"_s;
        QTest::newRow("array") << "[1]"_ba << u"Line 1: Not a JSON object."_s;
    }
    void badLines()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        QBuffer buffer(&file);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto result = importJsonLines(buffer);
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(error), qPrintable(result.error()));
    }

    void exportImportFiles()
    {
        QTemporaryDir dir;
        RecordStore store;
        store.append(Test::generatedRecords(0, 20000));
        RecordExporter exporter;
        QSignalSpy finished(&exporter, &RecordExporter::finished);
        const QString all = dir.filePath(u"all.jsonl"_s);
        exporter.startAll(store.snapshot(), ExportFormat::JsonLines, all);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto summary = finished.at(0).at(0).value<ExportResult>();
        QVERIFY(summary);
        QCOMPARE(summary->records, 20000);
        QCOMPARE(summary->bytes, QFileInfo(all).size());
        const auto back = importJsonLines(all);
        QVERIFY2(back, qPrintable(back ? QString() : back.error()));
        QCOMPARE(back->size(), 20000);
        for (int i = 0; i < back->size(); ++i)
            QCOMPARE(back->at(i), store.record(i));

        // A chosen set, in the order given.
        const QString some = dir.filePath(u"some.jsonl"_s);
        exporter.start(store.snapshot(), {9, 3, 12000}, ExportFormat::JsonLines, some);
        QTRY_COMPARE(finished.size(), 2);
        const auto chosen = importJsonLines(some);
        QCOMPARE(*chosen, (QList<Record>{store.record(9), store.record(3), store.record(12000)}));
    }

    void csvIsWellFormed()
    {
        QTemporaryDir dir;
        RecordStore store;
        store.append(Test::generatedRecords(0, 300));
        store.append(Record{u"t,\"q\""_s, 0, 1, {}, "a\r\nb", "say \"hi\", ok", {}});
        RecordExporter exporter;
        QSignalSpy finished(&exporter, &RecordExporter::finished);
        const QString path = dir.filePath(u"x.csv"_s);
        exporter.startAll(store.snapshot(), ExportFormat::Csv, path);
        QTRY_COMPARE(finished.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto rows = parseCsv(file.readAll());
        QVERIFY(rows);
        QCOMPARE(rows->size(), 302);
        QCOMPARE(rows->at(0).join(','), csvHeaderLine().trimmed());
        for (const auto &row : *rows)
            QCOMPARE(row.size(), 10);
        const auto &last = rows->last();
        QCOMPARE(last.at(0), "t,\"q\""_ba);
        QCOMPARE(last.at(3), QByteArray()); // no timestamp
        QCOMPARE(last.at(6), "a\r\nb"_ba);
        QCOMPARE(last.at(8), "say \"hi\", ok"_ba);
        const auto &first = rows->at(1); // record 0: no key, binary value, headers with binary
        QCOMPARE(first.at(5), "null"_ba);
        QCOMPARE(first.at(7), "base64"_ba);
        QCOMPARE(QByteArray::fromBase64(first.at(8)), QByteArray("\x00\xff\x00", 3));
        QVERIFY(first.at(9).startsWith("base64:[\"trace\""));
        QCOMPARE(rows->at(2).at(9), "[\"trace\",\"xyz1\"]"_ba);
        QCOMPARE(rows->at(2).at(4), "2023-11-14T22:13:21.000Z"_ba);
    }

    void cancelLeavesOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keep.jsonl"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents\n");
        }
        RecordStore store;
        for (int i = 0; i < 20; ++i)
            store.append(Test::generatedRecords(i * 10000, 10000));
        RecordExporter exporter;
        QSignalSpy finished(&exporter, &RecordExporter::finished);
        exporter.startAll(store.snapshot(), ExportFormat::JsonLines, path);
        exporter.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!exporter.isRunning());
        const auto result = finished.at(0).at(0).value<ExportResult>();
        QVERIFY(!result);
        QVERIFY(exporter.wasCancelled());
        QVERIFY(result.error().contains(u"cancelled"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "old contents\n"_ba);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"keep.jsonl"_s}); // no temporary left
    }

    void unwritablePath()
    {
        RecordStore store;
        store.append(Test::generatedRecord(1));
        RecordExporter exporter;
        QSignalSpy finished(&exporter, &RecordExporter::finished);
        exporter.startAll(store.snapshot(), ExportFormat::Csv, u"/nonexistent-dir/x.csv"_s);
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.at(0).at(0).value<ExportResult>();
        QVERIFY(!result);
        QVERIFY(result.error().startsWith(u"Cannot write /nonexistent-dir/x.csv"_s));
        QVERIFY(!exporter.wasCancelled());
    }
};

QTEST_GUILESS_MAIN(TestRecordExport)
#include "tst_recordexport.moc"
