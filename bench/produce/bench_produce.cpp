// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ./dev bench produce — bulk produce from a JSON Lines file (the kcat -J envelope Export writes)
// into a local sandbox (a child process: this program with --serve, so neither its CPU nor the
// records it stores are ours), as ratios against baselines measured in the same run:
//   throughput  1,000,000 records of 200 B through BulkProducer (default options: 500 records
//               or 1 MiB a batch, one request in flight), records/s
//               vs the sandbox's batched ceiling: the same file cut by BulkReader into the same
//               batches, each body built beforehand by the client's produceRequest(), POSTed back
//               to back by a bare QNetworkAccessManager, one in flight (sending timed only).
//               The two take turns on one sandbox, 40 batches each (the producer paused between
//               its turns, its time its own), because this machine's speed drifts by a factor
//               of two within seconds; 3 rounds, each on a fresh, warmed-up sandbox child, the
//               median is reported                                            target >= 80 %
//               vs the same batches over a raw keep-alive socket (the sandbox without Qt's
//               HTTP client in front of it)                                  (reported)
//               vs a curl loop posting the first 200 of those bodies, one curl process per batch
//                                                                            (reported)
//   stall       longest GUI-thread work between two ticks of a 2 ms timer while producing
//               (thread CPU time; the wall-clock gap, which adds preemption, is reported)
//                                                                            target <= 16 ms
//   memory      peak RSS of this process over its RSS before the run, producing a 300 MB file,
//               sampled every 20 ms on a thread of its own (and the kernel's high-water mark)
//                                                                            target <= 100 MB
// Exit code 2 when a target is missed or a check fails (benchreport.h), 1 when it cannot run.
// Usage: bench_produce [--records N] [--rss-mb N (0: skip)] [--dialect upstash|v2]
//                      [--only throughput|rss]; --serve N is the child's mode.
#include "bench/benchreport.h"
#include "bench/stallwatch.h"
#include "core/api/kafkaclient.h"
#include "core/compose/bulkproducer.h"
#include "core/compose/bulkreader.h"
#include "core/http/transport.h"
#include "core/records/recordjson.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>

#include <csignal>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <expected>
#include <functional>
#include <memory>
#include <numeric>
#include <thread>

using namespace Gregor;
using Gregor::Bench::Row;
using Gregor::Bench::StallWatch;
using Gregor::Bench::threadCpuUs;
using namespace Qt::StringLiterals;

namespace {

constexpr int Partitions = 4;
constexpr int ValueBytes = 200;
constexpr int CurlBatches = 200;
constexpr int Rounds = 3;        // producer and ceiling runs in turns, each on a fresh sandbox
constexpr int SliceBatches = 40; // batches in a turn (about a quarter of a second)
const QString WarmTopic = u"warm"_s;
const QString CeilingTopic = u"ceiling"_s;
const QString ProducerTopic = u"producer"_s;
const QString RssTopic = u"rss"_s;

// --- the file -------------------------------------------------------------------------------

// Words to cut the values' text from: ASCII without quotes or backslashes, so a value is a
// 200-byte JSON event whose note differs from record to record.
const QByteArray &filler()
{
    static const QByteArray text = [] {
        static const char *const words[] = {
            "alpha",  "bravo",   "charlie", "delta",  "echo",    "foxtrot",  "golf",     "hotel",
            "india",  "juliett", "kilo",    "lima",   "mike",    "november", "oscar",    "papa",
            "quebec", "romeo",   "sierra",  "tango",  "uniform", "victor",   "whiskey",  "x-ray",
            "yankee", "zulu",    "order",   "parcel", "invoice", "refund",   "shipment", "basket",
        };
        QByteArray out;
        quint32 state = 0x9e3779b9;
        while (out.size() < 16384) {
            state = state * 1664525 + 1013904223;
            out += words[(state >> 16) % std::size(words)];
            out += ' ';
        }
        return out;
    }();
    return text;
}

QByteArray valueFor(qint64 i)
{
    static const char *const kinds[] = {"order-created", "order-paid", "order-shipped", "order-refunded"};
    QByteArray v = "{\"id\":" + QByteArray::number(i) + ",\"user\":\"u" +
                   QByteArray::number(i % 1000).rightJustified(4, '0') + "\",\"kind\":\"" + kinds[i % 4] +
                   "\",\"note\":\"";
    const qsizetype room = ValueBytes - v.size() - 2;
    const QByteArray &text = filler();
    v += QByteArrayView(text).sliced(qsizetype((i * 7919) % (text.size() - room)), room);
    v += "\"}";
    return v;
}

struct Written
{
    qint64 records = 0;
    qint64 bytes = 0;
};

// Writes records until `records` are written or the file holds `minBytes`, in 8 MiB blocks.
// Every third record has a key; the envelope carries partition, offset and timestamp as Export
// writes them (the producer ignores them by default).
std::expected<Written, QString> writeJsonLines(const QString &path, qint64 records, qint64 minBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    constexpr qsizetype Block = qsizetype(8) << 20;
    QByteArray block;
    block.reserve(Block + 4096);
    Written written;
    Record r;
    r.topic = u"orders"_s;
    for (qint64 i = 0; i < records || written.bytes + block.size() < minBytes; ++i) {
        r.partition = int(i % Partitions);
        r.offset = i / Partitions;
        r.timestampMs = 1700000000000 + i;
        r.key = i % 3 == 0 ? "customer-" + QByteArray::number(i % 5000) : QByteArray();
        r.value = valueFor(i);
        block += recordToJsonLine(r);
        block += '\n';
        ++written.records;
        if (block.size() >= Block) {
            if (file.write(block) != block.size())
                return std::unexpected(u"cannot write %1: %2"_s.arg(path, file.errorString()));
            written.bytes += block.size();
            block.resize(0);
        }
    }
    if (file.write(block) != block.size())
        return std::unexpected(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    written.bytes += block.size();
    return written;
}

// --- the child ------------------------------------------------------------------------------

int serve(int partitions)
{
#if defined(__linux__)
    prctl(PR_SET_PDEATHSIG, SIGKILL); // a parent that dies of a signal takes the sandbox with it
#endif
    Sandbox::SandboxOptions options;
    options.port = 0;
    Sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    for (const QString &topic : {WarmTopic, CeilingTopic, ProducerTopic, RssTopic}) {
        if (!server.createTopic(topic, partitions, &error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("PORT %d\n", server.port());
    std::fflush(stdout);
    return QCoreApplication::exec(); // until the parent kills it
}

// A sandbox child of its own per measured run: each run meets the same empty server, instead of
// one that the runs before it filled (its speed drifts with what it holds and allocates).
struct SandboxChild
{
    std::unique_ptr<QProcess> process;
    ConnectionSettings settings;
    qint64 pid = 0;

    ~SandboxChild()
    {
        if (process) {
            process->kill();
            process->waitForFinished(10000);
        }
    }
};

std::expected<std::unique_ptr<SandboxChild>, QString> startSandbox(DialectKind dialect)
{
    auto child = std::make_unique<SandboxChild>();
    child->process = std::make_unique<QProcess>();
    QProcess &process = *child->process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), {u"--serve"_s, QString::number(Partitions)});
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(120000))
        line += process.readAllStandardOutput();
    if (!line.startsWith("PORT "))
        return std::unexpected(u"the sandbox child did not start"_s);
    child->pid = process.processId();
    child->settings.dialect = dialect;
    child->settings.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(line.mid(5).trimmed().toInt()));
    child->settings.proxy = ConnectionSettings::ProxyKind::None;
    return child;
}

// --- measuring ------------------------------------------------------------------------------

qint64 processCpuMs() // this process, user + system, every thread
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec +
            usage.ru_stime.tv_usec) /
           1000;
}

qint64 childCpuMs(qint64 pid) // utime + stime of /proc/PID/stat
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command may hold spaces: fields are counted after its closing parenthesis.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const long ticks = sysconf(_SC_CLK_TCK);
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / std::max(1L, ticks);
}

// A field of /proc/self/status in bytes ("VmRSS", "VmHWM"), read with plain stdio so the
// sampler thread needs nothing of Qt.
qint64 statusBytes(const char *field)
{
    FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    char line[256];
    const size_t length = std::strlen(field);
    qint64 kb = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, field, length) == 0 && line[length] == ':') {
            kb = std::strtoll(line + length + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(status);
    return kb * 1024;
}

// Resets the kernel's peak RSS (VmHWM) to the current RSS (Linux >= 4.0); false when refused.
bool resetPeakRss()
{
    FILE *refs = std::fopen("/proc/self/clear_refs", "w");
    if (!refs)
        return false;
    const bool ok = std::fputs("5", refs) >= 0;
    return std::fclose(refs) == 0 && ok;
}

// VmRSS every 20 ms on a thread of its own, so a busy GUI thread cannot hide a peak.
class RssSampler
{
public:
    RssSampler()
        : m_thread([this](std::stop_token stop) {
            while (!stop.stop_requested()) {
                const qint64 rss = statusBytes("VmRSS");
                qint64 peak = m_peak.load();
                while (rss > peak && !m_peak.compare_exchange_weak(peak, rss)) {
                }
                m_samples.fetch_add(1);
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        })
    {}
    qint64 peak() const { return m_peak.load(); }
    qint64 samples() const { return m_samples.load(); }
    void stop()
    {
        m_thread.request_stop();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::atomic<qint64> m_peak{0};
    std::atomic<qint64> m_samples{0};
    std::jthread m_thread;
};

double perSecond(qint64 count, qint64 ms)
{
    return double(count) * 1000.0 / double(std::max<qint64>(1, ms));
}

QString mb(qint64 bytes)
{
    return u"%1 MB"_s.arg(double(bytes) / double(1 << 20), 0, 'f', 1);
}

// --- the producer ---------------------------------------------------------------------------

struct ProduceRun
{
    qint64 ms = 0;
    qint64 stallMs = 0;
    qint64 wallGapMs = 0;
    qint64 cpuMs = 0;      // this process
    qint64 childCpuMs = 0; // the sandbox
    qint64 guiCpuMs = 0;   // this thread alone
    BulkProgress progress;
    bool finished = false;
    QString summary;
};

// What a finished producer run leaves: its stalls, progress and whether every record landed.
void takeOutcome(ProduceRun &run, const BulkProducer &producer, const StallWatch &watch)
{
    run.stallMs = watch.stallMs();
    run.wallGapMs = watch.wallGapMs();
    run.progress = producer.progress();
    run.finished = producer.state() == BulkProducer::State::Finished && producer.failureCount() == 0 &&
                   run.progress.malformed == 0;
    run.summary = producer.summary();
}

// One BulkProducer run of the file into `topic` with the default options, watched.
ProduceRun produceFile(KafkaClient *client, const QString &path, const QString &topic, qint64 childPid)
{
    BulkProducer producer(client);
    BulkProduceOptions options;
    options.read.topic = topic;
    QEventLoop loop;
    bool done = false;
    QObject::connect(&producer, &BulkProducer::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    StallWatch watch;
    ProduceRun run;
    const qint64 cpuBefore = processCpuMs(), childBefore = childCpuMs(childPid), guiBefore = threadCpuUs();
    QElapsedTimer clock;
    watch.start();
    clock.start();
    producer.start(path, options);
    if (!done)
        loop.exec();
    run.ms = clock.elapsed();
    watch.stop();
    run.cpuMs = processCpuMs() - cpuBefore;
    run.childCpuMs = childCpuMs(childPid) - childBefore;
    run.guiCpuMs = (threadCpuUs() - guiBefore) / 1000;
    takeOutcome(run, producer, watch);
    return run;
}

// The records the sandbox holds in a topic: the sum of its partitions' end offsets.
qint64 topicRecords(KafkaClient *client, const QString &topic)
{
    QList<TopicPartition> partitions;
    for (int p = 0; p < Partitions; ++p)
        partitions.append({topic, p});
    QEventLoop loop;
    qint64 total = -1;
    client->offsets(partitions, OffsetSpec::latest(), &loop,
                    [&](const Result<QList<PartitionOffset>> &result) {
                        if (result) {
                            total = 0;
                            for (const PartitionOffset &po : *result)
                                total += po.offset;
                        }
                        loop.quit();
                    });
    loop.exec();
    return total;
}

// --- the baselines --------------------------------------------------------------------------

struct Batches
{
    QList<HttpRequest> requests;
    QList<qsizetype> records; // per request
    qint64 total = 0;
    qint64 bodyBytes = 0;
};

// The file cut into the batches BulkProducer sends (its default limits), each request built by
// the client as it would send it.
std::expected<Batches, QString> cutBatches(const KafkaClient &client, const QString &path,
                                           const QString &topic)
{
    const BulkProduceOptions defaults;
    BulkReadOptions read = defaults.read;
    read.topic = topic;
    BulkReader reader(read);
    if (auto opened = reader.open(path); !opened)
        return std::unexpected(opened.error());
    Batches batches;
    for (;;) {
        BulkChunk chunk = reader.next(defaults.maxRecordsPerBatch, defaults.maxBytesPerBatch);
        if (!chunk.malformed.isEmpty())
            return std::unexpected(
                u"line %1: %2"_s.arg(chunk.malformed.first().line).arg(chunk.malformed.first().sentence));
        if (!chunk.records.isEmpty()) {
            for (ProduceRecord &r : chunk.records)
                r.format = defaults.format;
            HttpRequest request = client.produceRequest(chunk.records);
            if (request.body.isEmpty())
                return std::unexpected(u"the client cannot build a produce request of these records"_s);
            batches.bodyBytes += request.body.size();
            batches.total += chunk.records.size();
            batches.records.append(chunk.records.size());
            batches.requests.append(std::move(request));
        }
        if (chunk.atEnd)
            break;
    }
    return batches;
}

struct CeilingRun
{
    qint64 ms = 0;
    qint64 cpuMs = 0;
    qint64 childCpuMs = 0;
    qint64 guiCpuMs = 0; // the thread that sends
    int failures = 0;
    qint64 minUs = 0, medianUs = 0, maxUs = 0; // one request, sent to answered
};

// The prepared requests POSTed back to back, one in flight, by a bare QNetworkAccessManager with
// the attributes the transport sets, a slice at a time; only the sending is timed.
class CeilingPoster
{
public:
    CeilingPoster(const ConnectionSettings &settings, const Batches &batches, qint64 childPid)
        : m_batches(batches)
        , m_childPid(childPid)
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        for (const HttpRequest &request : batches.requests) {
            QNetworkRequest req(Transport::requestUrl(settings, request));
            for (const auto &[name, value] : Transport::sentHeaders(settings, request))
                req.setRawHeader(name, value);
            req.setRawHeader("User-Agent", "Gregor-bench");
            req.setTransferTimeout(settings.timeoutMs);
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
            req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
            req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
            m_prepared.append(req);
        }
    }

    qsizetype size() const { return m_prepared.size(); }

    // Batches [from, to) back to back; what it took adds up in run().
    void post(qsizetype from, qsizetype to)
    {
        QEventLoop loop;
        qsizetype next = from;
        QElapsedTimer one;
        std::function<void()> sendNext = [&] {
            if (next > from)
                m_durationsUs.push_back(one.nsecsElapsed() / 1000);
            one.start();
            if (next >= to)
                return loop.quit();
            QNetworkReply *reply = m_network.post(m_prepared.at(next), m_batches.requests.at(next).body);
            ++next;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() != QNetworkReply::NoError || status / 100 != 2)
                    ++m_run.failures;
                reply->readAll();
                reply->deleteLater();
                sendNext();
            });
        };
        const qint64 cpuBefore = processCpuMs(), childBefore = childCpuMs(m_childPid),
                     guiBefore = threadCpuUs();
        QElapsedTimer clock;
        clock.start();
        sendNext();
        loop.exec();
        m_nsecs += clock.nsecsElapsed();
        m_run.cpuMs += processCpuMs() - cpuBefore;
        m_run.childCpuMs += childCpuMs(m_childPid) - childBefore;
        m_guiUs += threadCpuUs() - guiBefore;
    }

    CeilingRun run() const
    {
        CeilingRun run = m_run;
        run.ms = m_nsecs / 1000000;
        run.guiCpuMs = m_guiUs / 1000;
        std::vector<qint64> sorted = m_durationsUs;
        std::ranges::sort(sorted);
        if (!sorted.empty()) {
            run.minUs = sorted.front();
            run.medianUs = sorted[sorted.size() / 2];
            run.maxUs = sorted.back();
        }
        return run;
    }

private:
    const Batches &m_batches;
    qint64 m_childPid = 0;
    QNetworkAccessManager m_network;
    QList<QNetworkRequest> m_prepared;
    CeilingRun m_run;
    qint64 m_nsecs = 0, m_guiUs = 0;
    std::vector<qint64> m_durationsUs;
};

// One BulkProducer run of the file (default options) and the ceiling's run of the same batches,
// taking turns on one sandbox: the producer is paused at the end of every SliceBatches of its
// batches while the ceiling posts its next SliceBatches. Slices of a fraction of a second put both
// on the same machine, whose speed here drifts by a factor of two within seconds; the producer's
// time is its own, without the pauses.
struct TurnsRun
{
    ProduceRun producer;
    CeilingRun ceiling;
    int slices = 0;
};

TurnsRun produceInTurns(KafkaClient *client, const QString &path, const Batches &batches,
                        const ConnectionSettings &settings, qint64 childPid)
{
    CeilingPoster ceiling(settings, batches, childPid);
    std::vector<qint64> sliceEnds; // records sent when the producer's slice k ends
    qint64 records = 0;
    for (qsizetype b = 0; b < batches.records.size(); ++b) {
        records += batches.records.at(b);
        if ((b + 1) % SliceBatches == 0 || b + 1 == batches.records.size())
            sliceEnds.push_back(records);
    }
    BulkProducer producer(client);
    BulkProduceOptions options;
    options.read.topic = ProducerTopic;
    QEventLoop loop;
    bool done = false;
    TurnsRun turns;
    ProduceRun &run = turns.producer;
    qsizetype slice = 0;
    QElapsedTimer segment;
    qint64 producerNs = 0, cpuAtStart = 0, childAtStart = 0, guiAtStart = 0;
    const auto beginSegment = [&] {
        cpuAtStart = processCpuMs();
        childAtStart = childCpuMs(childPid);
        guiAtStart = threadCpuUs();
        segment.start();
    };
    const auto endSegment = [&] {
        producerNs += segment.nsecsElapsed();
        run.cpuMs += processCpuMs() - cpuAtStart;
        run.childCpuMs += childCpuMs(childPid) - childAtStart;
        run.guiCpuMs += (threadCpuUs() - guiAtStart) / 1000;
    };
    const auto ceilingSlice = [&] {
        const qsizetype from = slice * SliceBatches;
        ceiling.post(from, std::min(from + SliceBatches, ceiling.size()));
        ++slice;
        ++turns.slices;
    };
    QObject::connect(&producer, &BulkProducer::progressChanged, &loop, [&] {
        // Emitted right after a batch's answer was counted and before the next one is sent.
        if (producer.state() != BulkProducer::State::Running || slice + 1 >= qsizetype(sliceEnds.size()))
            return;
        const BulkProgress p = producer.progress();
        if (p.sent + p.failed + p.unknown < sliceEnds[slice])
            return;
        endSegment();
        producer.pause();
        QTimer::singleShot(0, &loop, [&] {
            ceilingSlice();
            beginSegment();
            producer.resume();
        });
    });
    QObject::connect(&producer, &BulkProducer::finished, &loop, [&] {
        endSegment();
        done = true;
        loop.quit();
    });
    StallWatch watch;
    watch.start();
    beginSegment();
    producer.start(path, options);
    if (!done)
        loop.exec();
    watch.stop();
    while (slice < qsizetype(sliceEnds.size()))
        ceilingSlice(); // the last slice, and all of them when the producer failed
    run.ms = producerNs / 1000000;
    takeOutcome(run, producer, watch);
    turns.ceiling = ceiling.run();
    return turns;
}

// The same requests over one keep-alive connection by a minimal blocking HTTP/1.1 client (head
// and body in one write, TCP_NODELAY on): what the sandbox itself takes, without Qt's HTTP stack.
CeilingRun postRaw(const ConnectionSettings &settings, const Batches &batches, qint64 childPid)
{
    QList<QByteArray> wire;
    for (const HttpRequest &request : batches.requests) {
        const QUrl url = Transport::requestUrl(settings, request);
        QByteArray bytes = "POST " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                           " HTTP/1.1\r\nHost: " + url.authority().toUtf8() + "\r\n";
        for (const auto &[name, value] : Transport::sentHeaders(settings, request))
            bytes += name + ": " + value + "\r\n";
        bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n" + request.body;
        wire.append(std::move(bytes));
    }
    CeilingRun run;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, quint16(settings.baseUrl.port()));
    if (!socket.waitForConnected(5000)) {
        run.failures = int(wire.size());
        return run;
    }
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray buffer;
    const auto readMore = [&] {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(30000))
            return false;
        buffer += socket.readAll();
        return true;
    };
    const qint64 cpuBefore = processCpuMs(), childBefore = childCpuMs(childPid);
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray &request : std::as_const(wire)) {
        socket.write(request);
        qsizetype headEnd = -1;
        bool ok = true;
        while (ok && (headEnd = buffer.indexOf("\r\n\r\n")) < 0)
            ok = readMore();
        if (!ok) {
            ++run.failures;
            break;
        }
        const QByteArray head = buffer.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        while (ok && buffer.size() < headEnd + 4 + length)
            ok = readMore();
        if (!ok || head.mid(9, 1) != "2")
            ++run.failures;
        buffer.remove(0, headEnd + 4 + length);
    }
    run.ms = clock.elapsed();
    run.cpuMs = processCpuMs() - cpuBefore;
    run.childCpuMs = childCpuMs(childPid) - childBefore;
    return run;
}

struct CurlRun
{
    qint64 ms = 0;
    qint64 records = 0;
    int batches = 0;
    bool ok = false;
};

// The first CurlBatches bodies, each by its own curl process (a bash loop), in one script.
CurlRun curlLoop(const ConnectionSettings &settings, const Batches &batches, const QTemporaryDir &dir)
{
    CurlRun run;
    run.batches = int(std::min<qsizetype>(CurlBatches, batches.requests.size()));
    QFile script(dir.filePath(u"produce.sh"_s));
    if (!script.open(QIODevice::WriteOnly))
        return run;
    script.write("set -e\n");
    for (int i = 0; i < run.batches; ++i) {
        const HttpRequest &request = batches.requests.at(i);
        QFile body(dir.filePath(u"batch-%1.json"_s.arg(i)));
        if (!body.open(QIODevice::WriteOnly) || body.write(request.body) != request.body.size())
            return run;
        QByteArray headers;
        for (const auto &[name, value] : Transport::sentHeaders(settings, request))
            headers += "-H '" + name + ": " + value + "' ";
        // "Expect:" off: curl would otherwise wait for a 100 Continue before every large body.
        script.write("curl -sf -o /dev/null --noproxy '*' -X POST -H 'Expect:' " + headers +
                     "--data-binary @" + QFile::encodeName(body.fileName()) + " '" +
                     Transport::requestUrl(settings, request).toEncoded() + "'\n");
        run.records += batches.records.at(i);
    }
    script.close();
    QProcess shell;
    shell.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer clock;
    clock.start();
    shell.start(u"bash"_s, {script.fileName()});
    shell.waitForFinished(-1);
    run.ms = clock.elapsed();
    run.ok = shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0;
    return run;
}

QString argValue(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(u"--serve"_s))
        return serve(argValue(args, u"--serve"_s).toInt());
    const qint64 records = std::max<qint64>(1, argValue(args, u"--records"_s, u"1000000"_s).toLongLong());
    const qint64 rssMb = std::max<qint64>(0, argValue(args, u"--rss-mb"_s, u"300"_s).toLongLong());
    const QString dialectName = argValue(args, u"--dialect"_s, u"upstash"_s);
    const QString only = argValue(args, u"--only"_s);
    if ((dialectName != u"upstash"_s && dialectName != u"v2"_s) ||
        (!only.isEmpty() && only != u"throughput"_s && only != u"rss"_s)) {
        std::fprintf(stderr, "usage: bench_produce [--records N] [--rss-mb N] [--dialect upstash|v2] "
                             "[--only throughput|rss]\n");
        return 1;
    }
    const auto part = [&](const QString &name) { return only.isEmpty() || only == name; };
    const DialectKind dialect = dialectName == u"v2"_s ? DialectKind::ConfluentV2 : DialectKind::Upstash;

    // --- the sandbox in a child process: its CPU is not ours, nor the records it keeps
    auto started = startSandbox(dialect);
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error()));
        return 1;
    }
    const std::unique_ptr<SandboxChild> sandbox = std::move(*started);
    const ConnectionSettings &settings = sandbox->settings;
    const qint64 childPid = sandbox->pid;
    auto client = createKafkaClient(settings, nullptr);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    QList<Row> rows;

    // --- warm-up: the network thread, the connection, the thread pool (not part of a run)
    const QString warmPath = dir.filePath(u"warm.jsonl"_s);
    if (!writeJsonLines(warmPath, 2000, 0))
        return 1;
    const auto warmUp = [&](KafkaClient *warmClient, qint64 pid) {
        const ProduceRun warm = produceFile(warmClient, warmPath, WarmTopic, pid);
        if (!warm.finished)
            std::fprintf(stderr, "warm-up failed: %s\n", qPrintable(warm.summary));
        return warm.finished;
    };
    if (!warmUp(client.get(), childPid))
        return 1;

    // --- memory: a 300 MB file through BulkProducer, RSS sampled every 20 ms
    if (part(u"rss"_s) && rssMb > 0) {
        const QString path = dir.filePath(u"rss.jsonl"_s);
        QElapsedTimer generating;
        generating.start();
        const auto written = writeJsonLines(path, 0, rssMb << 20);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        std::fprintf(stderr, "bench_produce: wrote %lld records (%lld MB) in %lld ms for the memory run\n",
                     qlonglong(written->records), qlonglong(written->bytes >> 20),
                     qlonglong(generating.elapsed()));
#if defined(__GLIBC__)
        malloc_trim(0); // what generating freed must not be room the run grows into unseen
#endif
        const qint64 rssBefore = statusBytes("VmRSS");
        const bool hwmReset = resetPeakRss();
        RssSampler sampler;
        const ProduceRun run = produceFile(client.get(), path, RssTopic, childPid);
        sampler.stop();
        const qint64 hwm = hwmReset ? statusBytes("VmHWM") : 0;
        const qint64 peak = std::max(sampler.peak(), hwm);
        const qint64 increase = peak - rssBefore;
        const qint64 landed = topicRecords(client.get(), RssTopic);
        const bool correct =
            run.finished && run.progress.sent == written->records && landed == written->records;
        if (!correct)
            std::fprintf(stderr, "memory run: %s (%lld in the topic)\n", qPrintable(run.summary),
                         qlonglong(landed));
        rows.append({u"memory: %1 records (%2) produced, peak RSS increase"_s.arg(written->records)
                         .arg(mb(written->bytes)),
                     mb(increase), u"<= 100 MB"_s, correct && increase <= qint64(100) << 20});
        rows.append(
            {u"  (RSS before %1, peak %2; sampled every 20 ms: %3 samples, peak %4; kernel high-water mark %5)"_s
                 .arg(mb(rssBefore), mb(peak))
                 .arg(sampler.samples())
                 .arg(mb(sampler.peak()), hwmReset ? mb(hwm) : u"unavailable"_s),
             QString(), QString(), true});
        rows.append({u"  records/s (%1 ms)"_s.arg(run.ms),
                     QString::number(perSecond(run.progress.sent, run.ms), 'f', 0), QString(), correct});
        rows.append({u"  longest GUI stall (thread busy between 2 ms ticks)"_s, u"%1 ms"_s.arg(run.stallMs),
                     u"<= 16 ms"_s, run.stallMs <= 16});
        rows.append({u"    longest wall-clock gap (with preemption)"_s, u"%1 ms"_s.arg(run.wallGapMs),
                     QString(), true});
        QFile::remove(path);
    }

    // --- throughput: BulkProducer vs the same batches back to back, and vs a curl loop
    if (part(u"throughput"_s)) {
        const QString path = dir.filePath(u"records.jsonl"_s);
        QElapsedTimer generating;
        generating.start();
        const auto written = writeJsonLines(path, records, 0);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        const qint64 generateMs = generating.restart();
        const auto batches = cutBatches(*client, path, CeilingTopic);
        if (!batches) {
            std::fprintf(stderr, "cutting the batches: %s\n", qPrintable(batches.error()));
            return 1;
        }
        std::fprintf(
            stderr,
            "bench_produce: wrote %lld records (%lld MB) in %lld ms; cut and built %lld requests (%lld MB of "
            "bodies) in %lld ms\n",
            qlonglong(written->records), qlonglong(written->bytes >> 20), qlonglong(generateMs),
            qlonglong(batches->requests.size()), qlonglong(batches->bodyBytes >> 20),
            qlonglong(generating.elapsed()));

        // Each round gets a fresh sandbox child, warmed up the same way, on which the producer and
        // the ceiling take turns; the round reported is the median one.
        struct Round
        {
            TurnsRun turns;
            bool correct = false;
            double rate = 0, ceilingRate = 0;
            double ratio() const { return ceilingRate > 0 ? rate / ceilingRate : 0; }
        };
        QList<Round> rounds;
        bool ceilingOk = true;
        for (int r = 0; r < Rounds; ++r) {
            Round round;
            auto child = startSandbox(dialect);
            if (!child) {
                ceilingOk = false;
                std::fprintf(stderr, "round %d: %s\n", r + 1, qPrintable(child.error()));
                rounds.append(round);
                continue;
            }
            auto childClient = createKafkaClient((*child)->settings, nullptr);
            ceilingOk = warmUp(childClient.get(), (*child)->pid) && ceilingOk;
            round.turns =
                produceInTurns(childClient.get(), path, *batches, (*child)->settings, (*child)->pid);
            const ProduceRun &run = round.turns.producer;
            const qint64 landed = topicRecords(childClient.get(), ProducerTopic);
            round.correct =
                run.finished && run.progress.sent == written->records && landed == written->records;
            if (!round.correct)
                std::fprintf(stderr, "producer: %s (%lld in the topic)\n", qPrintable(run.summary),
                             qlonglong(landed));
            if (round.turns.ceiling.failures > 0 ||
                topicRecords(childClient.get(), CeilingTopic) != batches->total)
                ceilingOk = false;
            round.rate = perSecond(run.progress.sent, run.ms);
            round.ceilingRate = perSecond(batches->total, round.turns.ceiling.ms);
            std::fprintf(
                stderr,
                "bench_produce: round %d, %d turns: ceiling %.0f rec/s (%lld ms), producer %.0f rec/s "
                "(%lld ms): %.1f%%\n",
                r + 1, round.turns.slices, round.ceilingRate, qlonglong(round.turns.ceiling.ms), round.rate,
                qlonglong(run.ms), 100.0 * round.ratio());
            rounds.append(round);
        }
        if (!ceilingOk)
            std::fprintf(stderr, "ceiling: a run failed or its records did not all land\n");
        bool correct = true;
        QStringList ratios;
        for (const Round &round : rounds) {
            correct = correct && round.correct;
            ratios.append(u"%1%"_s.arg(100.0 * round.ratio(), 0, 'f', 1));
        }
        QList<qsizetype> order(rounds.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](qsizetype x, qsizetype y) { return rounds[x].ratio() < rounds[y].ratio(); });
        const qsizetype median = order[order.size() / 2];
        const ProduceRun &run = rounds[median].turns.producer;
        const CeilingRun &ceiling = rounds[median].turns.ceiling;
        const CurlRun curl = curlLoop(settings, *batches, dir);
        const CeilingRun raw = postRaw(settings, *batches, childPid);

        const double rate = rounds[median].rate;
        const double ceilingRate = rounds[median].ceilingRate;
        const double curlRate = perSecond(curl.records, curl.ms);
        rows.append(
            {u"BulkProducer: %1 records of %2 B from a %3 file, records/s (%4 ms)"_s.arg(written->records)
                 .arg(ValueBytes)
                 .arg(mb(written->bytes))
                 .arg(run.ms),
             QString::number(rate, 'f', 0), QString(), correct});
        rows.append(
            {u"  vs the sandbox's batched ceiling (%1 rec/s: the same %2 batches, %3, back to back in %4 ms, "
             "taking %5 turns of %6 batches with the producer)"_s.arg(ceilingRate, 0, 'f', 0)
                 .arg(batches->requests.size())
                 .arg(mb(batches->bodyBytes))
                 .arg(ceiling.ms)
                 .arg(rounds[median].turns.slices)
                 .arg(SliceBatches),
             u"%1%"_s.arg(100.0 * rate / ceilingRate, 0, 'f', 1), u">= 80%"_s,
             ceilingOk && rate >= 0.8 * ceilingRate});
        rows.append({u"    (the median of %1 rounds: %2)"_s.arg(rounds.size()).arg(ratios.join(u", "_s)),
                     QString(), QString(), true});
        rows.append(
            {u"    (one request of the ceiling, sent to answered: min %1 ms, median %2 ms, max %3 ms)"_s
                 .arg(double(ceiling.minUs) / 1000.0, 0, 'f', 1)
                 .arg(double(ceiling.medianUs) / 1000.0, 0, 'f', 1)
                 .arg(double(ceiling.maxUs) / 1000.0, 0, 'f', 1),
             QString(), QString(), true});
        rows.append(
            {u"  vs the sandbox itself over a raw keep-alive socket (%1 rec/s, %2 ms; no Qt HTTP stack)"_s
                 .arg(perSecond(batches->total, raw.ms), 0, 'f', 0)
                 .arg(raw.ms),
             u"%1%"_s.arg(100.0 * rate / perSecond(batches->total, raw.ms), 0, 'f', 1), QString(),
             raw.failures == 0});
        rows.append({u"  vs a curl loop (%1 rec/s: the first %2 batches, one curl process each, %3 ms)"_s
                         .arg(curlRate, 0, 'f', 0)
                         .arg(curl.batches)
                         .arg(curl.ms),
                     u"%1x"_s.arg(rate / std::max(1.0, curlRate), 0, 'f', 1), QString(), curl.ok});
        qint64 stallMs = 0, wallGapMs = 0; // of every round
        for (const Round &round : rounds) {
            stallMs = std::max(stallMs, round.turns.producer.stallMs);
            wallGapMs = std::max(wallGapMs, round.turns.producer.wallGapMs);
        }
        rows.append({u"  longest GUI stall in any round (thread busy between 2 ms ticks)"_s,
                     u"%1 ms"_s.arg(stallMs), u"<= 16 ms"_s, stallMs <= 16});
        rows.append(
            {u"    longest wall-clock gap (with preemption)"_s, u"%1 ms"_s.arg(wallGapMs), QString(), true});
        rows.append(
            {u"  (CPU ms, this process (its GUI thread) / the sandbox: producer %1 (%7) / %2, ceiling %3 (%8) / %4, raw socket %5 / %6)"_s
                 .arg(run.cpuMs)
                 .arg(run.childCpuMs)
                 .arg(ceiling.cpuMs)
                 .arg(ceiling.childCpuMs)
                 .arg(raw.cpuMs)
                 .arg(raw.childCpuMs)
                 .arg(run.guiCpuMs)
                 .arg(ceiling.guiCpuMs),
             QString(), QString(), true});
        QFile::remove(path);
    }

    return Bench::printReport(u"bench_produce: %1 dialect, sandbox in a child process, %2 partitions"_s
                                  .arg(dialect == DialectKind::Upstash ? u"Upstash"_s : u"Confluent v2"_s)
                                  .arg(Partitions),
                              rows);
}
