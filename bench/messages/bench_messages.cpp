// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ./dev bench messages — reading a million records into the records model, as ratios against
// baselines measured in the same run:
//   read   1,000,000 records of 200 B from a local sandbox (a child process: this program with
//          --serve) through RecordReader (Upstash dialect) into RecordsModel
//          records/s                          target >= 250,000/s
//          vs a bare QJsonDocument parse of the same answers (parse time only)   target >= 1.5x
//          vs a curl loop piped to jq fetching the same pages                     target >= 3x
//   memory peak RSS of this process vs the payload bytes held                     target <= 1.3x
//   stall  longest GUI-thread work (thread CPU time) between ticks of a 2 ms timer while
//          reading; the wall-clock gap, which adds preemption, is reported       target <= 16 ms
//   filter text, regular expression and JSON field tests (a string operand, a number operand
//          and !=, the last two parsing every value) over the million records, each off the
//          GUI thread                                                             target <= 300 ms
// Usage: bench_messages [--records N]; --serve N is the child's mode.
#include "bench/benchreport.h"
#include "bench/stallwatch.h"
#include "core/api/kafkaclient.h"
#include "core/records/filteredrecordsmodel.h"
#include "core/records/recordfilter.h"
#include "core/records/recordreader.h"
#include "core/records/recordsmodel.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace Gregor;
using Gregor::Bench::Row;
using Gregor::Bench::StallWatch;
using namespace Qt::StringLiterals;

namespace {

constexpr int partitions = 4;
constexpr int pageRecords = 500; // the sandbox's records per fetch answer (api-spec §10)
const QString topicName = u"bench"_s;

QByteArray valueFor(int i)
{
    // A 200-byte JSON event; "u%04d" occurs once per 1,000 records (the filter's needle).
    QByteArray v = "{\"id\":" + QByteArray::number(i) + ",\"user\":\"u" +
                   QByteArray::number(i % 1000).rightJustified(4, '0') +
                   "\",\"kind\":\"order-created\",\"note\":\"";
    v += QByteArray(200 - v.size() - 2, 'x');
    v += "\"}";
    return v;
}

// The child: a sandbox holding N records, seeded straight into its store.
int serve(int records)
{
    Sandbox::SandboxOptions options;
    options.port = 0;
    Sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error) || !server.createTopic(topicName, partitions, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    for (int first = 0; first < records; first += 10000) {
        std::vector<Sandbox::PendingAppend> batch;
        for (int i = first; i < qMin(records, first + 10000); ++i) {
            Sandbox::NewRecord r;
            r.timestampMs = 1700000000000 + i;
            r.key = "k" + QByteArray::number(i % 100);
            r.value = valueFor(i);
            batch.push_back({topicName, i % partitions, std::move(r)});
        }
        if (!server.store().append(std::move(batch)))
            return 1;
    }
    std::printf("PORT %d\n", server.port());
    std::fflush(stdout);
    // Runs until the parent kills it.
    return QCoreApplication::exec();
}

qint64 peakRssBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

qint64 cpuNs() // this process, user + system
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec +
            usage.ru_stime.tv_usec) *
           1000;
}

qint64 currentRssBytes()
{
    QFile status(u"/proc/self/statm"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = status.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

QByteArray fetchBody(int partition, qint64 offset)
{
    return "{\"topic\":\"" + topicName.toUtf8() + "\",\"partition\":" + QByteArray::number(partition) +
           ",\"offset\":" + QByteArray::number(offset) + ",\"timeout\":0}";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int records = 1000000;
    if (const qsizetype at = args.indexOf(u"--records"_s); at >= 0 && at + 1 < args.size())
        records = args.at(at + 1).toInt();
    if (const qsizetype at = args.indexOf(u"--serve"_s); at >= 0 && at + 1 < args.size())
        return serve(args.at(at + 1).toInt());

    // --- the sandbox in a child process, so its copy of the records is not in our RSS
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(app.applicationFilePath(), {u"--serve"_s, QString::number(records)});
    QByteArray line;
    while (!line.contains('\n') && child.waitForReadyRead(120000))
        line += child.readAllStandardOutput();
    if (!line.startsWith("PORT ")) {
        std::fprintf(stderr, "the sandbox child did not start\n");
        return 1;
    }
    const int port = line.mid(5).trimmed().toInt();
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(port));

    // --- RecordReader into RecordsModel, with a 5 ms timer watching the event loop
    ConnectionSettings settings;
    settings.dialect = DialectKind::Upstash;
    settings.baseUrl = url;
    settings.proxy = ConnectionSettings::ProxyKind::None;
    auto client = createKafkaClient(settings, nullptr);
    RecordsModel model;
    RecordReader reader(&model);
    const qint64 rssBefore = currentRssBytes();

    QElapsedTimer appendClock;
    qint64 longestAppendMs = 0, appendNs = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
                     [&] { appendClock.start(); });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        longestAppendMs = qMax(longestAppendMs, appendClock.elapsed());
        appendNs += appendClock.nsecsElapsed();
    });
    StallWatch stalls;

    ReadRequest request;
    request.topic = topicName;
    request.maxRecords = 0; // no limit
    QEventLoop loop;
    std::optional<Result<ReadSummary>> outcome;
    QObject::connect(&reader, &RecordReader::finished, &loop, [&](const Result<ReadSummary> &r) {
        outcome = r;
        loop.quit();
    });
    const qint64 cpuBefore = cpuNs();
    QElapsedTimer clock;
    clock.start();
    stalls.start();
    reader.start(client.get(), request);
    loop.exec();
    const qint64 readMs = clock.elapsed();
    const qint64 readCpuNs = cpuNs() - cpuBefore;
    stalls.stop();
    if (!outcome || !*outcome || model.rowCount() != records) {
        std::fprintf(stderr, "read failed: %d rows, %s\n", model.rowCount(),
                     outcome && !*outcome ? qPrintable(outcome->error().userText) : "");
        return 1;
    }
    const double readRate = double(records) * 1000.0 / double(qMax<qint64>(1, readMs));
    const qint64 peakRss = peakRssBytes();
    const qint64 payload = model.store().payloadBytes();

    // --- filter: text search over every record, off the GUI thread
    auto filterMs = [&](const QString &query, FilterSpec::Mode mode, qsizetype *matches) {
        const auto matcher = RecordMatcher::create(*FilterSpec::parse(query, mode, FilterSpec::Scope::Any));
        RecordFilter filter;
        QEventLoop wait;
        QObject::connect(&filter, &RecordFilter::finished, &wait, [&](const FilterResult &result) {
            *matches = result.rows.size();
            wait.quit();
        });
        QElapsedTimer t;
        t.start();
        filter.start(model.store().snapshot(), *matcher);
        wait.exec();
        return t.elapsed();
    };
    qsizetype textMatches = 0, regexMatches = 0, jsonMatches = 0;
    const qint64 textMs = filterMs(u"U0042"_s, FilterSpec::Mode::Text, &textMatches);
    const qint64 regexMs = filterMs(u"u004[2]"_s, FilterSpec::Mode::Regex, &regexMatches);
    const qint64 jsonMs = filterMs(u"$.user == \"u0042\""_s, FilterSpec::Mode::JsonField, &jsonMatches);
    // Tests no needle can narrow down: every record's value is parsed.
    qsizetype numberMatches = 0, notEqualMatches = 0;
    const qint64 numberMs = filterMs(u"$.id == 420042"_s, FilterSpec::Mode::JsonField, &numberMatches);
    const qint64 notEqualMs =
        filterMs(u"$.kind != \"order-created\""_s, FilterSpec::Mode::JsonField, &notEqualMatches);
    // Applying a finished filter to the view (the proxy's bitmap and mapping) on the GUI thread.
    FilteredRecordsModel filtered;
    filtered.setRecordsModel(&model);
    QEventLoop applied;
    QObject::connect(&filtered, &FilteredRecordsModel::filterFinished, &applied, &QEventLoop::quit);
    QElapsedTimer proxyClock;
    proxyClock.start();
    filtered.setFilter(*RecordMatcher::create(*FilterSpec::parse(u"U0042"_s, FilterSpec::Mode::Text)));
    applied.exec();
    const qint64 proxyMs = proxyClock.elapsed();

    // --- baseline 1: the same answers fetched raw, parse time of QJsonDocument only
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    qint64 parseNs = 0, answers = 0, answerBytes = 0;
    const int perPartition = (records + partitions - 1) / partitions;
    QList<std::pair<int, qint64>> pages;
    for (qint64 offset = 0; offset < perPartition; offset += pageRecords) {
        for (int p = 0; p < partitions; ++p)
            pages.append({p, offset});
    }
    for (const auto &[p, offset] : std::as_const(pages)) {
        QNetworkRequest req(QUrl(url.toString() + u"/fetch"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = nam.post(req, fetchBody(p, offset));
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        QElapsedTimer t;
        t.start();
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        parseNs += t.nsecsElapsed();
        answers += doc.array().size();
        answerBytes += body.size();
    }
    const double parseRate = double(answers) * 1e9 / double(qMax<qint64>(1, parseNs));

    // --- baseline 2: curl | jq over the first pages (a process pair per page; extrapolated rate)
    const int curlPages = int(qMin<qsizetype>(pages.size(), 200));
    QTemporaryDir dir;
    QFile script(dir.filePath(u"fetch.sh"_s));
    if (!script.open(QIODevice::WriteOnly))
        return 1;
    for (int i = 0; i < curlPages; ++i) {
        script.write("curl -s --noproxy '*' -H 'Content-Type: application/json' -d '" +
                     fetchBody(pages.at(i).first, pages.at(i).second) + "' " + url.toString().toUtf8() +
                     "/fetch | jq -c '.[]'\n");
    }
    script.close();
    QProcess shell;
    shell.setStandardOutputFile(dir.filePath(u"out.jsonl"_s));
    QElapsedTimer curlClock;
    curlClock.start();
    shell.start(u"bash"_s, {script.fileName()});
    shell.waitForFinished(-1);
    const qint64 curlMs = curlClock.elapsed();
    QFile out(dir.filePath(u"out.jsonl"_s));
    qint64 curlRecords = 0;
    if (out.open(QIODevice::ReadOnly)) {
        while (!out.atEnd())
            curlRecords += out.readLine().size() > 1;
    }
    const double curlRate = double(curlRecords) * 1000.0 / double(qMax<qint64>(1, curlMs));

    child.kill();
    child.waitForFinished(10000);

    const QList<Row> rows{
        {u"read into the model, records/s"_s, QString::number(readRate, 'f', 0), u">= 250,000"_s,
         readRate >= 250000},
        {u"  vs bare QJsonDocument parse (%1 rec/s)"_s.arg(parseRate, 0, 'f', 0),
         u"%1x"_s.arg(readRate / parseRate, 0, 'f', 2), u">= 1.5x"_s, readRate >= 1.5 * parseRate},
        {u"  (CPU of this process while reading: %1 ms, of which model appends %2 ms)"_s
             .arg(readCpuNs / 1000000)
             .arg(appendNs / 1000000),
         QString(), QString(), true},
        {u"  vs curl | jq loop (%1 rec/s, %2 pages)"_s.arg(curlRate, 0, 'f', 0).arg(curlPages),
         u"%1x"_s.arg(readRate / qMax(1.0, curlRate), 0, 'f', 1), u">= 3x"_s, readRate >= 3 * curlRate},
        {u"peak RSS %1 MB / payload %2 MB"_s.arg(peakRss >> 20).arg(payload >> 20),
         u"%1x"_s.arg(double(peakRss) / double(payload), 0, 'f', 2), u"<= 1.3x"_s,
         double(peakRss) <= 1.3 * double(payload)},
        {u"  (RSS before reading %1 MB; store allocated %2 MB)"_s.arg(rssBefore >> 20)
             .arg(model.store().allocatedBytes() >> 20),
         QString(), QString(), true},
        {u"longest GUI-thread work between two 2 ms ticks while reading, ms"_s,
         QString::number(stalls.stallMs()), u"<= 16"_s, stalls.stallMs() <= 16},
        {u"  (longest wall-clock gap between ticks, with preemption, ms)"_s,
         QString::number(stalls.wallGapMs()), QString(), true},
        {u"  (longest single append to the model, ms)"_s, QString::number(longestAppendMs), QString(), true},
        {u"filter, text \"U0042\" (%1 matches), ms"_s.arg(textMatches), QString::number(textMs), u"<= 300"_s,
         textMs <= 300},
        {u"filter, regular expression (%1 matches), ms"_s.arg(regexMatches), QString::number(regexMs),
         u"<= 300"_s, regexMs <= 300},
        {u"filter, JSON field $.user == \"u0042\" (%1 matches), ms"_s.arg(jsonMatches),
         QString::number(jsonMs), u"<= 300"_s, jsonMs <= 300},
        {u"filter, JSON field $.id == 420042 (%1 matches), ms"_s.arg(numberMatches),
         QString::number(numberMs), u"<= 300"_s, numberMs <= 300},
        {u"filter, JSON field $.kind != \"order-created\" (%1 matches), ms"_s.arg(notEqualMatches),
         QString::number(notEqualMs), u"<= 300"_s, notEqualMs <= 300},
        {u"  filter applied to the proxy model (worker + GUI), ms"_s, QString::number(proxyMs), QString(),
         true},
    };
    return Bench::printReport(
        u"bench_messages: %1 records of 200 B, %2 answers (%3 MB) in %4 ms"_s.arg(records)
            .arg(pages.size())
            .arg(answerBytes >> 20)
            .arg(readMs),
        rows);
}
