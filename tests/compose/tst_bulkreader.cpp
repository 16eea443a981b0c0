// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk-produce reading: the exporter's lines and kcat's own read back byte for byte (null kept
// apart from empty), the lenient envelope and its error sentences, plain lines with and without
// a key separator, line ends, blank and bad lines by number, chunking by count and by bytes,
// lines longer than a read block, positions, and devices that are not files.
#include "core/compose/bulkreader.h"
#include "core/records/recordjson.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Gregor;

namespace {

// QByteArray's == cannot tell null from empty, and that difference is "no key" or a tombstone:
// every comparison goes through this text, which can.
QString bytesText(const QByteArray &b)
{
    if (b.isNull())
        return u"null"_s;
    if (b.size() > 64)
        return u"<%1 bytes, sha1 %2>"_s.arg(b.size()).arg(
            QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha1).toHex()));
    return u"\"%1\""_s.arg(QString::fromLatin1(b.toPercentEncoding(" :/{}\"")));
}

QString describe(const ProduceRecord &r)
{
    QStringList headers;
    for (const RecordHeader &h : r.headers)
        headers << h.key + u'=' + bytesText(h.value);
    return u"topic=%1 partition=%2 ts=%3 key=%4 value=%5 headers=[%6]"_s.arg(
        r.topic, r.partition ? QString::number(*r.partition) : u"-"_s,
        r.timestampMs ? QString::number(*r.timestampMs) : u"-"_s, bytesText(r.key), bytesText(r.value),
        headers.join(u", "_s));
}

ProduceRecord record(QByteArray key, QByteArray value, QList<RecordHeader> headers = {},
                     std::optional<int> partition = {}, std::optional<qint64> timestampMs = {})
{
    return {u"target"_s, partition, std::move(key), std::move(value), std::move(headers), timestampMs};
}

const QByteArray empty("", 0); // not null: an empty key, an empty value

BulkReadOptions jsonOptions(bool keep = false)
{
    BulkReadOptions o;
    o.format = BulkFormat::JsonLines;
    o.topic = u"target"_s;
    o.keepPartition = keep;
    o.keepTimestamp = keep;
    return o;
}

BulkReadOptions plainOptions(const QByteArray &separator = {}, bool skipBlankLines = true)
{
    BulkReadOptions o;
    o.format = BulkFormat::PlainLines;
    o.topic = u"target"_s;
    o.keySeparator = separator;
    o.skipBlankLines = skipBlankLines;
    return o;
}

struct ReadResult
{
    QList<ProduceRecord> records;
    QStringList described;
    QList<qint64> lines;
    QStringList malformed; // "line: sentence"
    QList<qsizetype> chunkSizes;
    QList<qint64> bytesRead;
    bool linesParallel = true;
    bool endedOnce = true; // atEnd only on the last chunk
};

ReadResult readAll(BulkReader &reader, qsizetype maxRecords = 1000,
                   qint64 maxBytes = std::numeric_limits<qint64>::max())
{
    ReadResult result;
    for (int guard = 0; guard < 100000; ++guard) {
        const BulkChunk chunk = reader.next(maxRecords, maxBytes);
        result.linesParallel &= chunk.lines.size() == chunk.records.size();
        result.chunkSizes << chunk.records.size();
        result.bytesRead << chunk.bytesRead;
        result.lines << chunk.lines;
        for (const ProduceRecord &r : chunk.records) {
            result.records << r;
            result.described << describe(r);
        }
        for (const BulkLineError &e : chunk.malformed)
            result.malformed << u"%1: %2"_s.arg(e.line).arg(e.sentence);
        if (chunk.atEnd)
            return result;
    }
    result.endedOnce = false;
    return result;
}

QStringList described(const QList<ProduceRecord> &records)
{
    QStringList out;
    for (const ProduceRecord &r : records)
        out << describe(r);
    return out;
}

// Hands out its bytes once, then fails like a disk that went away.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(QByteArray first)
        : m_first(std::move(first))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_first.isEmpty()) {
            setErrorString(u"the disk is on fire"_s);
            return -1;
        }
        const qint64 n = std::min<qint64>(maxSize, m_first.size());
        std::memcpy(data, m_first.constData(), size_t(n));
        m_first.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_first;
};

} // namespace

class TestBulkReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exportedFileRoundTrips()
    {
        const QList<Record> exported = {
            {u"orders"_s, 2, 17, 1700000000123, "k1", "{\"a\":1}", {{u"h"_s, "v"}, {u"n"_s, {}}}},
            {u"orders"_s, 0, 18, {}, {}, "no key", {}},
            {u"orders"_s, 1, 19, 5, empty, empty, {{u"empty"_s, empty}}},
            {u"orders"_s, 3, 20, {}, QByteArray("\x01\n\t", 3), QByteArray("\x00\xff\x2c", 3), {}},
            {u"orders"_s, 0, 21, 0, "gone", {}, {}},
            {u"orders"_s,
             4,
             22,
             1,
             "bin",
             "v",
             {{u"bin"_s, QByteArray("\xff\x00", 2)}, {u"t"_s, "ok"}, {u"n"_s, {}}}},
            {u"orders"_s,
             0,
             23,
             {},
             u"zeichen ✓ \"\\"_s.toUtf8(),
             u"emoji 😀\r\n\x7f"_s.toUtf8(),
             {{u"ü"_s, u"ß"_s.toUtf8()}}},
        };
        QByteArray file;
        QList<ProduceRecord> expected;
        for (const Record &r : exported) {
            file += recordToJsonLine(r) + '\n';
            expected << ProduceRecord{u"target"_s, r.partition, r.key, r.value, r.headers, r.timestampMs};
        }
        const QString path = writeFile(u"export.jsonl"_s, file);
        QVERIFY(!path.isEmpty());

        BulkReader reader(jsonOptions(true));
        QVERIFY(reader.open(path));
        const ReadResult result = readAll(reader);
        QCOMPARE(result.malformed, QStringList());
        QCOMPARE(result.described, described(expected));
        QVERIFY(result.records == expected);
        QCOMPARE(result.lines, (QList<qint64>{1, 2, 3, 4, 5, 6, 7}));
        // Spelled out once more for the distinctions the whole feature is about.
        QVERIFY(result.records.at(1).key.isNull());
        QVERIFY(!result.records.at(2).key.isNull() && result.records.at(2).key.isEmpty());
        QVERIFY(!result.records.at(2).value.isNull() && result.records.at(2).value.isEmpty());
        QVERIFY(!result.records.at(2).headers.at(0).value.isNull());
        QVERIFY(result.records.at(4).value.isNull());
        QVERIFY(result.records.at(5).headers.at(2).value.isNull());
    }

    void readsKcatOutput()
    {
        // As kcat -J prints it: no encodings, binary written raw into the string, headers as a
        // map with -e, tstype "create".
        const QByteArray file =
            "{\"topic\":\"t\",\"partition\":0,\"offset\":9,\"tstype\":\"create\",\"ts\":77,\"broker\":1,"
            "\"headers\":{\"a\":[\"1\",\"2\"],\"b\":\"3\"},\"key\":null,\"payload\":\"p\"}\n"
            "{\"topic\":\"t\",\"partition\":1,\"offset\":10,\"tstype\":\"create\",\"ts\":78,\"broker\":1,"
            "\"key\":\"k\",\"payload\":\"caf\xc3\xa9 raw \xff\xfe\"}\n"
            "{\"topic\":\"t\",\"partition\":2,\"offset\":11,\"broker\":1,\"headers\":[\"x\",null,\"y\",\"\"],"
            "\"key\":\"\",\"payload\":null}\n"_ba;
        const QString path = writeFile(u"kcat.jsonl"_s, file);
        QVERIFY(!path.isEmpty());
        BulkReader reader(jsonOptions(true));
        QVERIFY(reader.open(path));
        const ReadResult result = readAll(reader);
        QCOMPARE(result.malformed, QStringList());
        QCOMPARE(result.described,
                 described({record({}, "p", {{u"a"_s, "1"}, {u"a"_s, "2"}, {u"b"_s, "3"}}, 0, 77),
                            record("k", "caf\xc3\xa9 raw \xff\xfe", {}, 1, 78),
                            record(empty, {}, {{u"x"_s, {}}, {u"y"_s, empty}}, 2)}));
    }

    void keepsPartitionAndTimestamp_data()
    {
        QTest::addColumn<bool>("keepPartition");
        QTest::addColumn<bool>("keepTimestamp");
        QTest::newRow("neither") << false << false;
        QTest::newRow("partition") << true << false;
        QTest::newRow("timestamp") << false << true;
        QTest::newRow("both") << true << true;
    }

    void keepsPartitionAndTimestamp()
    {
        QFETCH(bool, keepPartition);
        QFETCH(bool, keepTimestamp);
        BulkReadOptions options = jsonOptions();
        options.keepPartition = keepPartition;
        options.keepTimestamp = keepTimestamp;
        QBuffer buffer;
        buffer.setData("{\"topic\":\"elsewhere\",\"partition\":5,\"ts\":1700000000000,\"payload\":\"v\"}\n"
                       "{\"payload\":\"w\"}\n"
                       "{\"partition\":null,\"ts\":null,\"payload\":\"x\"}\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        BulkReader reader(options);
        reader.setDevice(&buffer);
        const ReadResult result = readAll(reader);
        QCOMPARE(result.malformed, QStringList());
        QCOMPARE(result.records.size(), 3);
        const ProduceRecord &first = result.records.at(0);
        QCOMPARE(first.topic, u"target"_s); // the envelope's topic never counts
        QCOMPARE(first.partition, keepPartition ? std::optional<int>(5) : std::nullopt);
        QCOMPARE(first.timestampMs, keepTimestamp ? std::optional<qint64>(1700000000000) : std::nullopt);
        for (qsizetype i = 1; i < 3; ++i) {
            QCOMPARE(result.records.at(i).partition, std::nullopt);
            QCOMPARE(result.records.at(i).timestampMs, std::nullopt);
        }
    }

    // Gregor's files of failed records say "partition": -1 for a record that had no chosen
    // partition: producing such a file again sends it wherever the partitioner does.
    void negativePartitionIsNone()
    {
        QBuffer buffer;
        buffer.setData("{\"topic\":\"t\",\"partition\":-1,\"key\":\"a\",\"payload\":\"1\"}\n"
                       "{\"topic\":\"t\",\"partition\":2,\"key\":\"b\",\"payload\":\"2\"}\n"
                       "{\"topic\":\"t\",\"partition\":-7,\"key\":\"c\",\"payload\":\"3\"}\n"
                       "{\"topic\":\"t\",\"partition\":-0.5,\"key\":\"d\",\"payload\":\"4\"}\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        BulkReadOptions options = jsonOptions();
        options.keepPartition = true;
        BulkReader reader(options);
        reader.setDevice(&buffer);
        const ReadResult result = readAll(reader);
        QCOMPARE(result.described, described({record("a", "1"), record("b", "2", {}, 2), record("c", "3")}));
        QCOMPARE(result.lines, (QList<qint64>{1, 2, 3}));
        QCOMPARE(result.malformed,
                 QStringList{u"4: \"partition\" must be a whole number (negative for none)."_s});
    }

    void lenientEnvelope_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("keep");
        QTest::addColumn<QString>("expected");
        QTest::newRow("only payload") << "{\"payload\":\"v\"}"_ba << false << describe(record({}, "v"));
        QTest::newRow("spaces") << "  { \"payload\" : \"v\" ,\t\"key\" : \"k\" }  "_ba << false
                                << describe(record("k", "v"));
        QTest::newRow("unknown fields skipped")
            << "{\"x\":{\"y\":[1,-2.5e3,{\"z\":null}],\"w\":true,\"f\":false},\"payload\":\"v\","
               "\"offset\":\"no number\",\"topic\":42,\"tstype\":[]}"_ba
            << false << describe(record({}, "v"));
        QTest::newRow("escapes")
            << "{\"payload\":\"a\\\"b\\\\c\\/d\\n\\u00fc\\ud83d\\ude00\\u0041\\b\\f\\r\\t\"}"_ba << false
            << describe(record({}, u"a\"b\\c/d\nü😀A\b\f\r\t"_s.toUtf8()));
        QTest::newRow("lone surrogate")
            << "{\"payload\":\"\\ud800x\"}"_ba << false << describe(record({}, "\xef\xbf\xbdx"));
        QTest::newRow("last duplicate wins")
            << "{\"payload\":\"one\",\"payload\":\"two\"}"_ba << false << describe(record({}, "two"));
        QTest::newRow("escaped member name")
            << "{\"pay\\u006coad\":\"v\"}"_ba << false << describe(record({}, "v"));
        QTest::newRow("tombstone, no key") << "{\"payload\":null}"_ba << false << describe(record({}, {}));
        QTest::newRow("empty key and value")
            << "{\"key\":\"\",\"payload\":\"\"}"_ba << false << describe(record(empty, empty));
        QTest::newRow("empty base64") << "{\"payload\":\"\",\"payload_encoding\":\"base64\"}"_ba << false
                                      << describe(record({}, empty));
        QTest::newRow("base64 key, null payload")
            << "{\"key\":\"AP8=\",\"key_encoding\":\"base64\",\"payload\":null,\"payload_encoding\":\"base64\"}"_ba
            << false << describe(record(QByteArray("\x00\xff", 2), {}));
        QTest::newRow("encoding null is text")
            << "{\"payload\":\"v\",\"payload_encoding\":null}"_ba << false << describe(record({}, "v"));
        QTest::newRow("encoding before the field")
            << "{\"payload_encoding\":\"base64\",\"payload\":\"dg==\"}"_ba << false
            << describe(record({}, "v"));
        QTest::newRow("unkept fields unchecked")
            << "{\"payload\":\"v\",\"partition\":\"x\",\"ts\":[1]}"_ba << false << describe(record({}, "v"));
        QTest::newRow("whole numbers") << "{\"payload\":\"v\",\"partition\":3.0,\"ts\":1e3}"_ba << true
                                       << describe(record({}, "v", {}, 3, 1000));
        QTest::newRow("negative partition is none")
            << "{\"payload\":\"v\",\"partition\":-1}"_ba << true << describe(record({}, "v"));
        QTest::newRow("whole negative partition is none")
            << "{\"payload\":\"v\",\"partition\":-2.0e0}"_ba << true << describe(record({}, "v"));
        QTest::newRow("no headers")
            << "{\"payload\":\"v\",\"headers\":null,\"headers_encoding\":\"base64\"}"_ba << false
            << describe(record({}, "v"));
        QTest::newRow("empty header list")
            << "{\"payload\":\"v\",\"headers\":[]}"_ba << false << describe(record({}, "v"));
        QTest::newRow("empty header map")
            << "{\"payload\":\"v\",\"headers\":{}}"_ba << false << describe(record({}, "v"));
        QTest::newRow("header map in file order")
            << "{\"payload\":\"v\",\"headers\":{\"z\":\"1\",\"a\":[\"2\",null]}}"_ba << false
            << describe(record({}, "v", {{u"z"_s, "1"}, {u"a"_s, "2"}, {u"a"_s, {}}}));
        QTest::newRow("base64 header map")
            << "{\"payload\":\"v\",\"headers\":{\"b\":\"/w==\"},\"headers_encoding\":\"base64\"}"_ba << false
            << describe(record({}, "v", {{u"b"_s, "\xff"}}));
    }

    void lenientEnvelope()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, keep);
        QFETCH(QString, expected);
        const auto r = BulkReader::parseLine(line, jsonOptions(keep));
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        QCOMPARE(describe(*r), expected);
    }

    void envelopeErrors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("sentence");
        const QByteArray deep = "{\"x\":" + QByteArray(300, '[') + QByteArray(300, ']') + "}";
        QTest::newRow("blank") << " \t"_ba << u"Line is blank."_s;
        QTest::newRow("array") << "[1,2]"_ba << u"Not a JSON object."_s;
        QTest::newRow("string") << "\"payload\""_ba << u"Not a JSON object."_s;
        QTest::newRow("unterminated string")
            << "{\"payload\":\"abc"_ba << u"Not JSON (unterminated string at character 16)."_s;
        QTest::newRow("garbage after") << "{\"payload\":\"x\"} x"_ba
                                       << u"Not JSON (garbage at the end of the document at character 17)."_s;
        QTest::newRow("bad escape") << "{\"payload\":\"\\q\"}"_ba
                                    << u"Not JSON (invalid escape sequence at character 14)."_s;
        QTest::newRow("short unicode escape")
            << "{\"payload\":\"\\u12\"}"_ba << u"Not JSON (invalid escape sequence at character 14)."_s;
        QTest::newRow("bad literal") << "{\"payload\":tru}"_ba
                                     << u"Not JSON (illegal value at character 12)."_s;
        QTest::newRow("bad number") << "{\"payload\":-}"_ba
                                    << u"Not JSON (illegal number at character 13)."_s;
        QTest::newRow("no comma") << "{\"payload\":\"x\" \"key\":\"k\"}"_ba
                                  << u"Not JSON (missing value separator at character 16)."_s;
        QTest::newRow("no colon") << "{\"payload\" \"x\"}"_ba
                                  << u"Not JSON (missing name separator at character 12)."_s;
        QTest::newRow("trailing comma")
            << "{\"payload\":\"x\",}"_ba << u"Not JSON (missing member name at character 16)."_s;
        QTest::newRow("unterminated object")
            << "{\"payload\":\"x\","_ba << u"Not JSON (unterminated object at character 16)."_s;
        QTest::newRow("unterminated array")
            << "{\"payload\":\"x\",\"h\":[1"_ba << u"Not JSON (unterminated array at character 22)."_s;
        QTest::newRow("too deep") << deep << u"Not JSON (too deeply nested document at character 262)."_s;
        QTest::newRow("no payload") << "{\"key\":\"k\"}"_ba << u"\"payload\" is missing."_s;
        QTest::newRow("payload number")
            << "{\"payload\":1}"_ba << u"\"payload\" is neither a string nor null."_s;
        QTest::newRow("key bool") << "{\"payload\":\"x\",\"key\":true}"_ba
                                  << u"\"key\" is neither a string nor null."_s;
        QTest::newRow("key not base64") << "{\"payload\":\"x\",\"key\":\"!!\",\"key_encoding\":\"base64\"}"_ba
                                        << u"\"key_encoding\" says base64 but \"key\" is not valid base64."_s;
        QTest::newRow("payload not base64")
            << "{\"payload\":\"a b\",\"payload_encoding\":\"base64\"}"_ba
            << u"\"payload_encoding\" says base64 but \"payload\" is not valid base64."_s;
        QTest::newRow("unknown encoding") << "{\"payload\":\"x\",\"payload_encoding\":\"hex\"}"_ba
                                          << u"\"payload_encoding\" must be \"base64\"."_s;
        QTest::newRow("headers odd") << "{\"payload\":\"x\",\"headers\":[\"a\"]}"_ba
                                     << u"\"headers\" must list names and values in pairs."_s;
        QTest::newRow("header name") << "{\"payload\":\"x\",\"headers\":[\"a\",\"1\",2,\"v\"]}"_ba
                                     << u"Header name 2 is not a string."_s;
        QTest::newRow("header value") << "{\"payload\":\"x\",\"headers\":[\"a\",1]}"_ba
                                      << u"Header \"a\" is neither a string nor null."_s;
        QTest::newRow("header map value") << "{\"payload\":\"x\",\"headers\":{\"a\":[{}]}}"_ba
                                          << u"Header \"a\" is neither a string nor null."_s;
        QTest::newRow("headers string") << "{\"payload\":\"x\",\"headers\":\"h\"}"_ba
                                        << u"\"headers\" is neither a list nor an object."_s;
        QTest::newRow("header not base64")
            << "{\"payload\":\"x\",\"headers\":[\"h\",\"!\"],\"headers_encoding\":\"base64\"}"_ba
            << u"\"headers_encoding\" says base64 but header \"h\" is not valid base64."_s;
        QTest::newRow("headers encoding") << "{\"payload\":\"x\",\"headers\":[],\"headers_encoding\":1}"_ba
                                          << u"\"headers_encoding\" must be \"base64\"."_s;
        const QString partitionSentence = u"\"partition\" must be a whole number (negative for none)."_s;
        QTest::newRow("partition fraction")
            << "{\"payload\":\"x\",\"partition\":1.5}"_ba << partitionSentence;
        QTest::newRow("partition negative fraction")
            << "{\"payload\":\"x\",\"partition\":-1.5}"_ba << partitionSentence;
        QTest::newRow("partition string")
            << "{\"payload\":\"x\",\"partition\":\"3\"}"_ba << partitionSentence;
        QTest::newRow("partition negative string")
            << "{\"payload\":\"x\",\"partition\":\"-1\"}"_ba << partitionSentence;
        QTest::newRow("partition bool") << "{\"payload\":\"x\",\"partition\":true}"_ba << partitionSentence;
        QTest::newRow("partition too big")
            << "{\"payload\":\"x\",\"partition\":2147483648}"_ba << partitionSentence;
        QTest::newRow("ts text") << "{\"payload\":\"x\",\"ts\":\"now\"}"_ba
                                 << u"\"ts\" must be a whole number of milliseconds, 0 or more."_s;
        QTest::newRow("ts overflow") << "{\"payload\":\"x\",\"ts\":99999999999999999999}"_ba
                                     << u"\"ts\" must be a whole number of milliseconds, 0 or more."_s;
    }

    void envelopeErrors()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, sentence);
        const auto r = BulkReader::parseLine(line, jsonOptions(true));
        QVERIFY2(!r, qPrintable(r ? describe(*r) : QString()));
        QCOMPARE(r.error(), sentence);
    }

    void jsonLinesFile_data()
    {
        QTest::addColumn<bool>("skipBlankLines");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::addColumn<QStringList>("malformed");
        QTest::newRow("blank lines skipped")
            << true << QList<qint64>{1, 5, 7}
            << QStringList{u"4: Not JSON (unterminated string at character 20)."_s,
                           u"6: \"payload\" is missing."_s};
        QTest::newRow("blank lines kept")
            << false << QList<qint64>{1, 5, 7}
            << QStringList{u"2: Line is blank."_s, u"3: Line is blank."_s,
                           u"4: Not JSON (unterminated string at character 20)."_s,
                           u"6: \"payload\" is missing."_s};
    }

    void jsonLinesFile()
    {
        QFETCH(bool, skipBlankLines);
        QFETCH(QList<qint64>, lines);
        QFETCH(QStringList, malformed);
        // CRLF and LF mixed, blank and whitespace-only lines, bad lines, no newline at the end.
        const QByteArray file = "{\"payload\":\"one\"}\r\n"
                                "\n"
                                "  \t\r\n"
                                "{\"payload\":\"broken}\n"
                                "{\"payload\":\"two\",\"key\":\"k\"}\n"
                                "{\"key\":\"k\"}\r\n"
                                "{\"payload\":\"three\"}"_ba;
        const QString path = writeFile(u"mixed.jsonl"_s, file);
        QVERIFY(!path.isEmpty());
        BulkReadOptions options = jsonOptions();
        options.skipBlankLines = skipBlankLines;
        BulkReader reader(options);
        QVERIFY(reader.open(path));
        const ReadResult result = readAll(reader);
        QCOMPARE(result.described, described({record({}, "one"), record("k", "two"), record({}, "three")}));
        QCOMPARE(result.lines, lines);
        QCOMPARE(result.malformed, malformed);
        QCOMPARE(reader.linesRead(), 7);
        QCOMPARE(reader.position(), file.size());
    }

    void plainLines_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("separator");
        QTest::addColumn<bool>("skipBlankLines");
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::addColumn<QStringList>("malformed");
        using L = QList<qint64>;
        QTest::newRow("values") << "a\nb\n"_ba << QByteArray() << true
                                << described({record({}, "a"), record({}, "b")}) << L{1, 2} << QStringList();
        QTest::newRow("key separator")
            << "k1:v1\nk2:v:2\n:v3\nk4:\n"_ba << ":"_ba << true
            << described({record("k1", "v1"), record("k2", "v:2"), record(empty, "v3"), record("k4", empty)})
            << L{1, 2, 3, 4} << QStringList();
        QTest::newRow("multi-byte separator")
            << "a\xe2\x86\x92"
               "b\nno arrow\nc\xe2\x86\x92\xe2\x86\x92"
               "d\n"_ba
            << "\xe2\x86\x92"_ba << true
            << described({record("a", "b"), record("c", "\xe2\x86\x92"
                                                        "d")})
            << L{1, 3} << QStringList{u"2: Line has no key separator \"→\"."_s};
        QTest::newRow("tab separator absent")
            << "a b\nk\tv\n"_ba << "\t"_ba << true << described({record("k", "v")}) << L{2}
            << QStringList{u"1: Line has no key separator \"\\t\"."_s};
        QTest::newRow("crlf") << "a\r\nb\r\n"_ba << QByteArray() << true
                              << described({record({}, "a"), record({}, "b")}) << L{1, 2} << QStringList();
        QTest::newRow("crlf with key")
            << "k\tv\r\n"_ba << "\t"_ba << true << described({record("k", "v")}) << L{1} << QStringList();
        QTest::newRow("lone cr is data") << "a\rb\n"_ba << QByteArray() << true
                                         << described({record({}, "a\rb")}) << L{1} << QStringList();
        QTest::newRow("no final newline")
            << "a\nb"_ba << QByteArray() << true << described({record({}, "a"), record({}, "b")}) << L{1, 2}
            << QStringList();
        QTest::newRow("blank lines skipped")
            << "a\n\n\r\nb\n"_ba << QByteArray() << true << described({record({}, "a"), record({}, "b")})
            << L{1, 4} << QStringList();
        QTest::newRow("blank lines kept") << "a\n\nb\n"_ba << QByteArray() << false
                                          << described({record({}, "a"), record({}, empty), record({}, "b")})
                                          << L{1, 2, 3} << QStringList();
        QTest::newRow("spaces are not blank")
            << " \n"_ba << QByteArray() << true << described({record({}, " ")}) << L{1} << QStringList();
        QTest::newRow("blank line kept, no separator")
            << "\nk:v"_ba << ":"_ba << false << described({record("k", "v")}) << L{2}
            << QStringList{u"1: Line has no key separator \":\"."_s};
        QTest::newRow("empty file") << QByteArray() << QByteArray() << true << QStringList() << L{}
                                    << QStringList();
        QTest::newRow("byte order mark")
            << "\xef\xbb\xbf"
               "a\n"_ba
            << QByteArray() << true << described({record({}, "a")}) << L{1} << QStringList();
        QTest::newRow("binary value")
            << QByteArray("\x00\xff\n", 3) << QByteArray() << true
            << described({record({}, QByteArray("\x00\xff", 2))}) << L{1} << QStringList();
    }

    void plainLines()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, separator);
        QFETCH(bool, skipBlankLines);
        QFETCH(QStringList, records);
        QFETCH(QList<qint64>, lines);
        QFETCH(QStringList, malformed);
        const QString path = writeFile(u"plain.txt"_s, content);
        QVERIFY(!path.isEmpty());
        BulkReader reader(plainOptions(separator, skipBlankLines));
        QVERIFY(reader.open(path));
        const ReadResult result = readAll(reader);
        QCOMPARE(result.described, records);
        QCOMPARE(result.lines, lines);
        QCOMPARE(result.malformed, malformed);
        QVERIFY(result.linesParallel);
        QCOMPARE(reader.position(), content.size());
    }

    void chunksByCount_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxRecords");
        QTest::addColumn<QList<qsizetype>>("chunkSizes");
        QTest::newRow("remainder") << 10 << 3 << QList<qsizetype>{3, 3, 3, 1};
        // The last record ends the file: that chunk already says so, no empty chunk follows.
        QTest::newRow("exact") << 9 << 3 << QList<qsizetype>{3, 3, 3};
        QTest::newRow("one chunk") << 2 << 5 << QList<qsizetype>{2};
        QTest::newRow("one each") << 3 << 1 << QList<qsizetype>{1, 1, 1};
        QTest::newRow("nothing") << 0 << 3 << QList<qsizetype>{0};
    }

    void chunksByCount()
    {
        QFETCH(int, count);
        QFETCH(int, maxRecords);
        QFETCH(QList<qsizetype>, chunkSizes);
        QByteArray file;
        QList<qint64> expectedLines;
        for (int i = 1; i <= count; ++i) {
            file += "{\"payload\":\"" + QByteArray::number(i) + "\"}\n";
            expectedLines << i;
        }
        const QString path = writeFile(u"count.jsonl"_s, file);
        QVERIFY(!path.isEmpty());
        BulkReader reader(jsonOptions());
        QVERIFY(reader.open(path));
        const ReadResult result = readAll(reader, maxRecords);
        QVERIFY(result.endedOnce);
        QVERIFY(result.linesParallel);
        QCOMPARE(result.chunkSizes, chunkSizes);
        QCOMPARE(result.lines, expectedLines);
        for (qsizetype i = 0; i < result.records.size(); ++i)
            QCOMPARE(result.records.at(i).value, QByteArray::number(i + 1));
        for (qsizetype i = 1; i < result.bytesRead.size(); ++i)
            QVERIFY(result.bytesRead.at(i) > result.bytesRead.at(i - 1));
        QCOMPARE(result.bytesRead.last(), file.size());
    }

    void chunksByBytes()
    {
        // 30-byte values weigh 30 * 4 / 3 + 64 = 104: two fit 300 bytes, a third does not. The
        // 3000-byte one is over the limit on its own and comes alone.
        const QList<qsizetype> sizes = {30, 30, 30, 3000, 30, 30};
        QByteArray file;
        QList<QByteArray> values;
        for (qsizetype i = 0; i < sizes.size(); ++i) {
            values << QByteArray(sizes.at(i), char('a' + i));
            file += values.last() + '\n';
        }
        QBuffer buffer(&file);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        BulkReader reader(plainOptions());
        reader.setDevice(&buffer);

        const BulkChunk first = reader.next(100, 300);
        QCOMPARE(first.records.size(), 2);
        QVERIFY(!first.atEnd);
        // The third record was read and waits: the chunk ends where its line starts.
        QCOMPARE(first.bytesRead, 62);
        QCOMPARE(reader.position(), 93);
        QCOMPARE(reader.linesRead(), 3);

        ReadResult rest = readAll(reader, 100, 300);
        QCOMPARE(rest.chunkSizes, (QList<qsizetype>{1, 1, 2}));
        QCOMPARE(rest.lines, (QList<qint64>{3, 4, 5, 6}));
        QList<QByteArray> seen;
        for (const ProduceRecord &r : first.records + rest.records)
            seen << r.value;
        QCOMPARE(seen, values);

        // A limit below every record: each comes alone, none is lost.
        QVERIFY(buffer.seek(0));
        reader.setDevice(&buffer);
        const ReadResult alone = readAll(reader, 100, 1);
        QCOMPARE(alone.chunkSizes, (QList<qsizetype>{1, 1, 1, 1, 1, 1}));
        QCOMPARE(alone.lines, (QList<qint64>{1, 2, 3, 4, 5, 6}));
    }

    void estimatedBytes()
    {
        QCOMPARE(BulkReader::estimatedBytes(ProduceRecord{}), 64);
        // key 3 + value 30 + "ü" 2 + "xy" 2 + "😀" 4 = 41 bytes; 41 * 4 / 3 = 54.
        const ProduceRecord r = record("abc", QByteArray(30, 'v'), {{u"ü"_s, "xy"}, {u"😀"_s, {}}});
        QCOMPARE(BulkReader::estimatedBytes(r), 54 + 64);
    }

    void linesLongerThanABlock()
    {
        // Longer than the 1 MiB read block, so each spans several reads.
        QByteArray big(3 << 20, 'x');
        for (qsizetype i = 0; i < big.size(); i += 4093)
            big[i] = char('a' + i % 26);
        const QByteArray plain = "short\n" + big + "\nafter"_ba;
        const QString plainPath = writeFile(u"long.txt"_s, plain);
        QVERIFY(!plainPath.isEmpty());
        BulkReader plainReader(plainOptions());
        QVERIFY(plainReader.open(plainPath));
        const ReadResult plainResult = readAll(plainReader);
        QCOMPARE(plainResult.described,
                 described({record({}, "short"), record({}, big), record({}, "after")}));

        QByteArray binary = big;
        binary[7] = char(0xff); // base64 in the file: about 4 MiB of line
        const Record r{u"t"_s, 0, 0, {}, "k", binary, {}};
        const QString jsonPath =
            writeFile(u"long.jsonl"_s, recordToJsonLine(r) + "\n{\"payload\":\"next\"}\n");
        QVERIFY(!jsonPath.isEmpty());
        BulkReader jsonReader(jsonOptions());
        QVERIFY(jsonReader.open(jsonPath));
        const ReadResult jsonResult = readAll(jsonReader);
        QCOMPARE(jsonResult.malformed, QStringList());
        QCOMPARE(jsonResult.described, described({record("k", binary), record({}, "next")}));
        QVERIFY(jsonResult.records.at(0).value == binary);
    }

    void lineTooLongIsSkipped()
    {
        // A file without line ends (a wrong pick) must not be read into memory whole.
        QByteArray content = "a\n"_ba;
        content += QByteArray((qsizetype(64) << 20) + 1, 'x');
        content += "\nb\n"_ba;
        content += QByteArray((qsizetype(65) << 20), 'y');
        QBuffer buffer(&content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        BulkReader reader(plainOptions());
        reader.setDevice(&buffer);
        const ReadResult result = readAll(reader);
        QCOMPARE(result.described, described({record({}, "a"), record({}, "b")}));
        QCOMPARE(result.lines, (QList<qint64>{1, 3}));
        QCOMPARE(result.malformed,
                 (QStringList{u"2: Line is longer than 64 MiB."_s, u"4: Line is longer than 64 MiB."_s}));
        QCOMPARE(reader.position(), content.size());
        QCOMPARE(reader.linesRead(), 4);
    }

    void positions()
    {
        const QByteArray file = "a\nbb\nccc"_ba;
        const QString path = writeFile(u"positions.txt"_s, file);
        QVERIFY(!path.isEmpty());
        BulkReader reader(plainOptions());
        QVERIFY(reader.open(path));
        QCOMPARE(reader.fileSize(), 8);
        QCOMPARE(reader.position(), 0);
        QCOMPARE(reader.linesRead(), 0);
        const QList<qint64> positions = {2, 5, 8};
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const BulkChunk chunk = reader.next(1, 1 << 20);
            QCOMPARE(chunk.records.size(), 1);
            QCOMPARE(chunk.bytesRead, positions.at(i));
            QCOMPARE(reader.position(), positions.at(i));
            QCOMPARE(reader.linesRead(), i + 1);
            QCOMPARE(chunk.atEnd, i == positions.size() - 1);
        }
        const BulkChunk after = reader.next(1, 1 << 20);
        QVERIFY(after.atEnd);
        QVERIFY(after.records.isEmpty());
        QCOMPARE(after.bytesRead, 8);
    }

    void openMissingFile()
    {
        BulkReader reader(jsonOptions());
        const auto opened = reader.open(m_dir.filePath(u"missing.jsonl"_s));
        QVERIFY(!opened);
        QCOMPARE(opened.error(), u"Cannot open missing.jsonl: No such file or directory."_s);
        QCOMPARE(reader.fileSize(), -1);
        const BulkChunk chunk = reader.next(10, 1 << 20);
        QVERIFY(chunk.atEnd);
        QVERIFY(chunk.records.isEmpty());
        QVERIFY(chunk.malformed.isEmpty());
    }

    void readsABuffer()
    {
        QBuffer buffer;
        buffer.setData("{\"payload\":\"v\",\"key\":\"k\"}\n{\"payload\":null}"_ba);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        BulkReader reader(jsonOptions());
        reader.setDevice(&buffer);
        QCOMPARE(reader.fileSize(), buffer.size());
        const ReadResult result = readAll(reader);
        QCOMPARE(result.described, described({record("k", "v"), record({}, {})}));
        QCOMPARE(reader.position(), buffer.size());
        QCOMPARE(reader.linesRead(), 2);

        // Another device starts from scratch.
        QBuffer other;
        other.setData("{\"payload\":\"w\"}\n"_ba);
        QVERIFY(other.open(QIODevice::ReadOnly));
        reader.setDevice(&other);
        QCOMPARE(reader.position(), 0);
        QCOMPARE(reader.linesRead(), 0);
        const ReadResult again = readAll(reader);
        QCOMPARE(again.described, described({record({}, "w")}));
        QCOMPARE(again.lines, (QList<qint64>{1}));
    }

    void readErrorEndsTheFile()
    {
        FailingDevice device("a\nb\nincomplete"_ba);
        BulkReader reader(plainOptions());
        reader.setDevice(&device);
        QCOMPARE(reader.fileSize(), -1);
        const ReadResult result = readAll(reader);
        QCOMPARE(result.described, described({record({}, "a"), record({}, "b")}));
        QCOMPARE(result.malformed, QStringList{u"3: Reading stopped here: the disk is on fire."_s});
        QCOMPARE(reader.position(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBulkReader)
#include "tst_bulkreader.moc"
