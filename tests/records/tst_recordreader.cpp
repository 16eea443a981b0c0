// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RecordReader against the in-process sandbox (port 0) for every dialect: by offset, by time,
// newest N, no limit and the default limit, with counts and contents checked; cancel.
#include "core/records/recordreader.h"
#include "core/records/recordsmodel.h"
#include "tests/integration/clientfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

static constexpr int seeded = 3000;
static constexpr qint64 baseTs = 1700000000000;

// Record i: partition i % 3, offset i / 3, timestamp base + i s, key k<i % 10>, a JSON value,
// a header on every other record (headers and timestamps only where the dialect has them).
static Sandbox::PendingAppend seedRecord(int i)
{
    Sandbox::NewRecord r;
    r.timestampMs = baseTs + qint64(i) * 1000;
    r.key = "k" + QByteArray::number(i % 10);
    r.value = "{\"n\":" + QByteArray::number(i) + ",\"text\":\"" + QByteArray(50, 'x') + "\"}";
    if (i % 2 == 0)
        r.headers = {{u"h"_s, QByteArray::number(i)}};
    return {u"orders"_s, i % 3, r};
}

enum class Start
{
    Offset,
    Time,
    Newest,
    Everything,
    DefaultLimit,
};

class TestRecordReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = Test::startSandbox();
        QVERIFY(m_server->createTopic(u"orders"_s, 3));
        std::vector<Sandbox::PendingAppend> records;
        for (int i = 0; i < seeded; ++i)
            records.push_back(seedRecord(i));
        QVERIFY(m_server->store().append(std::move(records)));
    }

    void read_data()
    {
        QTest::addColumn<DialectKind>("dialect");
        QTest::addColumn<Start>("start");
        const std::pair<const char *, DialectKind> dialects[] = {{"upstash", DialectKind::Upstash},
                                                                 {"confluent-v2", DialectKind::ConfluentV2},
                                                                 {"confluent-v1", DialectKind::ConfluentV1}};
        const std::pair<const char *, Start> starts[] = {{"offset", Start::Offset},
                                                         {"time", Start::Time},
                                                         {"newest", Start::Newest},
                                                         {"everything", Start::Everything},
                                                         {"default limit", Start::DefaultLimit}};
        for (const auto &[dname, dialect] : dialects) {
            for (const auto &[sname, start] : starts)
                QTest::addRow("%s %s", dname, sname) << dialect << start;
        }
    }
    void read()
    {
        QFETCH(DialectKind, dialect);
        QFETCH(Start, start);
        auto client = createKafkaClient(Test::settingsFor(*m_server, dialect), nullptr);
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordReader reader(&model);
        QSignalSpy finished(&reader, &RecordReader::finished);
        QSignalSpy progress(&reader, &RecordReader::progress);

        ReadRequest request;
        request.topic = u"orders"_s;
        request.maxRecords = 0;
        QList<int> expected; // seed indexes, in any order
        switch (start) {
        case Start::Offset:
            request.partitions = {1};
            request.start = OffsetSpec::atOffset(100);
            request.maxRecords = 50;
            for (int offset = 100; offset < 150; ++offset)
                expected.append(offset * 3 + 1);
            break;
        case Start::Time:
            request.start = OffsetSpec::atTime(baseTs + 1500 * 1000);
            for (int i = 1500; i < seeded; ++i)
                expected.append(i);
            break;
        case Start::Newest:
            request.newestCount = 10;
            for (int i = seeded - 30; i < seeded; ++i)
                expected.append(i);
            break;
        case Start::Everything:
            for (int i = 0; i < seeded; ++i)
                expected.append(i);
            break;
        case Start::DefaultLimit:
            request.maxRecords = ReadRequest{}.maxRecords;
            break;
        }
        reader.start(client.get(), request);
        QVERIFY(reader.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!reader.isRunning());
        const auto result = finished.at(0).at(0).value<Result<ReadSummary>>();
        if (dialect == DialectKind::ConfluentV1 && start == Start::Time) {
            // v1 cannot look offsets up by time: a clear error, not a silent full read.
            QVERIFY(!result);
            QCOMPARE(result.error().kind, ErrorKind::Unsupported);
            QCOMPARE(model.rowCount(), 0);
            return;
        }
        QVERIFY2(result, qPrintable(result ? QString() : result.error().userText));
        QCOMPARE(result->records, qint64(model.rowCount()));
        QCOMPARE(reader.recordsRead(), qint64(model.rowCount()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(model.rowCount()));

        if (start == Start::DefaultLimit) {
            QCOMPARE(model.rowCount(), 1000);
            QVERIFY(result->hitLimit);
        } else {
            QCOMPARE(model.rowCount(), expected.size());
        }
        const bool timestamps = capabilitiesOf(dialect).testFlag(Capability::RecordTimestamps);
        const bool headers = capabilitiesOf(dialect).testFlag(Capability::RecordHeaders);
        QSet<int> seen;
        const RecordStore &store = model.store();
        for (qsizetype row = 0; row < store.size(); ++row) {
            const int i = int(store.offset(row)) * 3 + store.partition(row);
            QVERIFY2(!seen.contains(i), "a record arrived twice");
            seen.insert(i);
            const Sandbox::NewRecord want = seedRecord(i).record;
            QCOMPARE(store.topic(row), u"orders"_s);
            QCOMPARE(store.key(row).toByteArray(), want.key);
            QCOMPARE(store.value(row).toByteArray(), want.value);
            QCOMPARE(store.timestampMs(row),
                     timestamps ? std::optional<qint64>(want.timestampMs) : std::nullopt);
            QCOMPARE(store.headers(row), headers ? want.headers : QList<RecordHeader>{});
        }
        if (start != Start::DefaultLimit)
            QCOMPARE(seen, QSet<int>(expected.begin(), expected.end()));
        QCOMPARE(model.capabilities(), capabilitiesOf(dialect));
    }

    void cancelKeepsWhatArrived()
    {
        auto client = createKafkaClient(Test::settingsFor(*m_server, DialectKind::Upstash), nullptr);
        RecordsModel model;
        RecordReader reader(&model);
        QSignalSpy finished(&reader, &RecordReader::finished);
        ReadRequest request;
        request.topic = u"orders"_s;
        request.maxRecords = 0;
        // Cancel as soon as the first records are in the model.
        connect(&model, &RecordsModel::recordCountChanged, &reader, [&reader](qsizetype count) {
            if (count > 0)
                reader.cancel();
        });
        reader.start(client.get(), request);
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.at(0).at(0).value<Result<ReadSummary>>();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Cancelled);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < seeded);
        const int rows = model.rowCount();
        // Nothing more may arrive: no request is left in flight, and what was already posted is
        // delivered now (the reader appends on the next turn).
        QCOMPARE(client->requestsInFlight(), 0);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reader.recordsRead(), qint64(rows));
    }

    void restartCancelsTheFirstRead()
    {
        auto client = createKafkaClient(Test::settingsFor(*m_server, DialectKind::ConfluentV2), nullptr);
        RecordsModel model;
        RecordReader reader(&model);
        QSignalSpy finished(&reader, &RecordReader::finished);
        ReadRequest all;
        all.topic = u"orders"_s;
        all.maxRecords = 0;
        reader.start(client.get(), all);
        ReadRequest newest = all;
        newest.newestCount = 5;
        reader.start(client.get(), newest);
        QCOMPARE(finished.size(), 1); // the first, cancelled at once
        QCOMPARE(finished.at(0).at(0).value<Result<ReadSummary>>().error().kind, ErrorKind::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(finished.at(1).at(0).value<Result<ReadSummary>>().has_value());
        QCOMPARE(model.rowCount(), 15);
    }

    void oneBadPartitionFailsTheWholeRead()
    {
        // Upstash reads partitions in parallel: one failing read ends the read, exactly once.
        auto client = createKafkaClient(Test::settingsFor(*m_server, DialectKind::Upstash), nullptr);
        RecordsModel model;
        RecordReader reader(&model);
        QSignalSpy finished(&reader, &RecordReader::finished);
        ReadRequest request;
        request.topic = u"orders"_s;
        request.partitions = {0, 7};
        request.maxRecords = 0;
        reader.start(client.get(), request);
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.at(0).at(0).value<Result<ReadSummary>>();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::NotFound);
        // The other partition's read was stopped with it: nothing in flight, nothing queued.
        QTRY_COMPARE(client->requestsInFlight(), 0);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!reader.isRunning());
    }

    void unknownTopic()
    {
        auto client = createKafkaClient(Test::settingsFor(*m_server, DialectKind::Upstash), nullptr);
        RecordsModel model;
        RecordReader reader(&model);
        QSignalSpy finished(&reader, &RecordReader::finished);
        ReadRequest request;
        request.topic = u"nope"_s;
        request.maxRecords = 0;
        reader.start(client.get(), request);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).value<Result<ReadSummary>>());
    }

private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
};

QTEST_GUILESS_MAIN(TestRecordReader)
#include "tst_recordreader.moc"
