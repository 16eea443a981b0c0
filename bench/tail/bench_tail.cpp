// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ./dev bench tail — the live tail: a TailSession (Upstash dialect, Follow mode) whose
// recordsArrived feeds a TailRecordsModel shown in a QTableView that scrolls to the bottom after
// each apply, against a sandbox in a child process (this program with --serve, so neither its CPU
// nor the records it stores are ours), all figures measured in one run:
//   throughput  a 6-partition topic the child filled with 1,500,000 records of 200 B (keys of
//               12 B) before it listened, tailed from the start (NewestCount = everything) into
//               a model of capacity 2,000,000: records that reached the model / time until all
//               were applied; every (partition, offset) exactly once    target >= 100,000/s
//               vs the sandbox's ceiling: the same /fetch requests (Upstash::fetch, 500 records
//               an answer, one per partition, all 6 in flight, the next round when all 6 have
//               answered), each answer parsed by Upstash::parseMessages, sent by a bare
//               QNetworkAccessManager right before and right after the tail  (reported)
//               with the longest GUI stall of that run and where the GUI thread's time went
//               (applying, scrolling, painting, the rest: the session)       (reported)
//   stall       longest GUI-thread work between two ticks of a 2 ms timer (thread CPU time; the
//               wall-clock gap, which adds preemption, is reported) while tailing a topic the
//               child appends 50,000 records/s to (500 every 10 ms, over 6 partitions, for 10 s,
//               started when the parent writes GO once its tail runs; the watch starts with the
//               first records applied)                                       target <= 16 ms
//               with the delivered rate over that window and the backlog when the child stopped
//   cpu         this process's CPU during that window, as % of a core per 10,000 records/s
//                                                                            (reported)
//   memory      1,000,002 records of 200 B buffered (a dedicated tail of the newest 166,667 of
//               each partition into a fresh model and view): RSS increase over the RSS before
//               (after malloc_trim; the RSS after is taken without one, as the app runs, and
//               shown after one too) / payload bytes                         target <= 1.5x
//               and RecordRing::allocatedBytes() / payloadBytes() beside it  (reported)
// Exit code 2 when a target is missed or a check fails (benchreport.h), 1 when it cannot run.
// Usage: bench_tail [--records N (1500000)] [--live-seconds N (10)] [--memory-records N (1000000)]
//        --serve RECORDS RATE SECONDS is the child's mode.
#include "bench/benchreport.h"
#include "bench/stallwatch.h"
#include "core/api/kafkaclient.h"
#include "core/dialects/upstash/upstashparse.h"
#include "core/dialects/upstash/upstashrequests.h"
#include "core/http/transport.h"
#include "core/tail/recordring.h"
#include "core/tail/tailrecordsmodel.h"
#include "core/tail/tailsession.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/store.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSocketNotifier>
#include <QTableView>
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
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <expected>
#include <functional>
#include <memory>
#include <vector>

using namespace Gregor;
using Gregor::Bench::Row;
using Gregor::Bench::StallWatch;
using Gregor::Bench::threadCpuUs;
using namespace Qt::StringLiterals;

namespace {

constexpr int Partitions = 6;
constexpr int ValueBytes = 200;
constexpr int FetchWaitMs = 1000; // TailConfig's default, for the ceiling's requests too
constexpr qsizetype ModelCapacity = 2'000'000;
constexpr int LiveRate = 50'000; // records/s the child appends in the live phase
constexpr int LiveTickMs = 10;
constexpr int TimeoutMs = 120'000; // a phase that takes longer has failed
const QString FilledTopic = u"filled"_s;
const QString LiveTopic = u"live"_s;

// --- the records ----------------------------------------------------------------------------

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

QByteArray keyFor(qint64 i) // 12 bytes
{
    return "key-" + QByteArray::number(i % 100'000'000).rightJustified(8, '0');
}

// Record i goes to partition i % Partitions.
Sandbox::PendingAppend pendingFor(const QString &topic, qint64 i, qint64 timestampMs)
{
    return {topic, int(i % Partitions), {timestampMs, keyFor(i), valueFor(i), {}}};
}

// --- the child ------------------------------------------------------------------------------

// The sandbox: `filled` holds `records` records before the port is printed; `live` gets `rate`
// records a second for `seconds` once the parent writes "GO" on stdin, then "DONE n" goes to
// stdout. The appends are paced by elapsed time, not by counting ticks, so a late tick catches up
// and the rate holds.
int serve(qint64 records, int rate, int seconds)
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
    for (const QString &topic : {FilledTopic, LiveTopic}) {
        if (!server.createTopic(topic, Partitions, &error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return 1;
        }
    }
    constexpr qint64 Chunk = 6000;
    for (qint64 from = 0; from < records; from += Chunk) {
        std::vector<Sandbox::PendingAppend> batch;
        batch.reserve(size_t(Chunk));
        for (qint64 i = from; i < std::min(records, from + Chunk); ++i)
            batch.push_back(pendingFor(FilledTopic, i, 1700000000000 + i));
        if (auto appended = server.store().append(std::move(batch)); !appended) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(appended.error()));
            return 1;
        }
    }

    const qint64 total = qint64(rate) * seconds;
    qint64 produced = 0;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(LiveTickMs);
    QObject::connect(&ticker, &QTimer::timeout, &server, [&] {
        const qint64 due = std::min(total, clock.elapsed() * rate / 1000);
        if (due > produced) {
            std::vector<Sandbox::PendingAppend> batch;
            batch.reserve(size_t(due - produced));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (; produced < due; ++produced)
                batch.push_back(pendingFor(LiveTopic, produced, now));
            if (auto appended = server.store().append(std::move(batch)); !appended) {
                std::fprintf(stderr, "sandbox: %s\n", qPrintable(appended.error()));
                QCoreApplication::exit(1);
            }
        }
        if (produced >= total) {
            ticker.stop();
            std::printf("DONE %lld\n", qlonglong(produced));
            std::fflush(stdout);
        }
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray line;
    QObject::connect(&input, &QSocketNotifier::activated, &server, [&] {
        char buffer[256];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) { // the parent went away
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        line.append(buffer, got);
        if (line.contains("GO\n") && !ticker.isActive() && produced == 0) {
            clock.start();
            ticker.start();
        }
    });

    std::printf("PORT %d\n", server.port());
    std::fflush(stdout);
    return QCoreApplication::exec(); // until the parent kills it or closes stdin
}

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

std::expected<std::unique_ptr<SandboxChild>, QString> startSandbox(qint64 records, int liveSeconds)
{
    auto child = std::make_unique<SandboxChild>();
    child->process = std::make_unique<QProcess>();
    QProcess &process = *child->process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(
        QCoreApplication::applicationFilePath(),
        {u"--serve"_s, QString::number(records), QString::number(LiveRate), QString::number(liveSeconds)});
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(TimeoutMs))
        line += process.readAllStandardOutput();
    if (!line.startsWith("PORT "))
        return std::unexpected(u"the sandbox child did not start"_s);
    child->pid = process.processId();
    child->settings.dialect = DialectKind::Upstash;
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

qint64 rssBytes() // VmRSS of /proc/self/status
{
    FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    char line[256];
    qint64 kb = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, "VmRSS:", 6) == 0) {
            kb = std::strtoll(line + 6, nullptr, 10);
            break;
        }
    }
    std::fclose(status);
    return kb * 1024;
}

void trimHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// CPU of this process, its GUI thread and the sandbox child between start() and stop().
struct CpuSpan
{
    qint64 pid = 0;
    qint64 process = 0, gui = 0, child = 0;
    void start()
    {
        process = processCpuMs();
        gui = threadCpuUs();
        child = childCpuMs(pid);
    }
    void stop()
    {
        process = processCpuMs() - process;
        gui = (threadCpuUs() - gui) / 1000;
        child = childCpuMs(pid) - child;
    }
};

double perSecond(qint64 count, qint64 ms)
{
    return double(count) * 1000.0 / double(std::max<qint64>(1, ms));
}

QString mb(qint64 bytes)
{
    return u"%1 MB"_s.arg(double(bytes) / double(1 << 20), 0, 'f', 1);
}

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

// Runs the event loop until `done` says so (checked whenever `poke` is called) or the timeout.
class Waiter
{
public:
    bool wait(int timeoutMs = TimeoutMs)
    {
        if (m_done)
            return true;
        QTimer::singleShot(timeoutMs, &m_loop, [this] { m_loop.quit(); });
        m_loop.exec();
        return m_done;
    }
    void finish()
    {
        m_done = true;
        m_loop.quit();
    }
    bool done() const { return m_done; }
    QObject *context() { return &m_loop; } // for connections that end with the wait

private:
    QEventLoop m_loop;
    bool m_done = false;
};

// --- the view -------------------------------------------------------------------------------

// Where the GUI thread's time went (thread CPU time): applying batches to the model (ring and
// rowsInserted), scrolling to the bottom, painting the table. The rest is the session's: the
// HTTP jobs, parsing the answers, the positions.
struct GuiTime
{
    qint64 applyUs = 0, scrollUs = 0, paintUs = 0, paints = 0, applies = 0;
    qint64 longestPaintUs = 0;
};

class TimedTableView : public QTableView
{
public:
    GuiTime *time = nullptr;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        const qint64 start = threadCpuUs();
        QTableView::paintEvent(event);
        const qint64 took = threadCpuUs() - start;
        time->paintUs += took;
        time->longestPaintUs = std::max(time->longestPaintUs, took);
        ++time->paints;
    }
};

// A tail's model in a table configured like the messages pane, shown (offscreen), following the
// newest row after every apply.
struct Viewer
{
    TailRecordsModel model;
    TimedTableView view;
    GuiTime time;
    qint64 applyStart = -1;

    explicit Viewer(qsizetype capacity)
        : model(capacity)
    {
        view.time = &time;
        view.setModel(&model);
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
        view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view.horizontalHeader()->setStretchLastSection(true);
        view.resize(1200, 800);
        view.show();
        QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &view, [this] {
            if (applyStart < 0)
                applyStart = threadCpuUs();
        });
        QObject::connect(&model, &TailRecordsModel::applied, &view, [this] {
            const qint64 applied = threadCpuUs();
            if (applyStart >= 0)
                time.applyUs += applied - applyStart;
            applyStart = -1;
            ++time.applies;
            view.scrollToBottom();
            time.scrollUs += threadCpuUs() - applied;
        });
    }
};

QString breakdown(const GuiTime &time, qint64 guiMs)
{
    const qint64 apply = time.applyUs / 1000, scroll = time.scrollUs / 1000, paint = time.paintUs / 1000;
    return u"GUI thread %1 ms: applying %2 (%7 applies), scrolling %3, painting %4 (%5 paints, "
           "the longest %8 ms), the rest (session: HTTP, parsing, positions) %6"_s.arg(guiMs)
               .arg(apply)
               .arg(scroll)
               .arg(paint)
               .arg(time.paints)
               .arg(guiMs - apply - scroll - paint)
               .arg(time.applies)
               .arg(double(time.longestPaintUs) / 1000.0, 0, 'f', 1);
}

// Each (partition, offset) of [from[p], to[p]) exactly once among the ring's rows, nothing else.
bool exactlyOnce(const RecordRing &ring, const QString &topic, const std::vector<qint64> &from,
                 const std::vector<qint64> &to)
{
    std::vector<std::vector<bool>> seen(Partitions);
    qint64 expected = 0;
    for (int p = 0; p < Partitions; ++p) {
        seen[size_t(p)].assign(size_t(std::max<qint64>(0, to[size_t(p)] - from[size_t(p)])), false);
        expected += to[size_t(p)] - from[size_t(p)];
    }
    if (ring.size() != expected)
        return false;
    for (qsizetype row = 0; row < ring.size(); ++row) {
        const auto [rows, at] = ring.locate(row);
        const int p = rows->partition(at);
        if (p < 0 || p >= Partitions || rows->value(at).size() != ValueBytes || rows->topic(at) != topic)
            return false;
        const qint64 i = rows->offset(at) - from[size_t(p)];
        if (i < 0 || i >= qint64(seen[size_t(p)].size()) || seen[size_t(p)][size_t(i)])
            return false;
        seen[size_t(p)][size_t(i)] = true;
    }
    return true; // as many rows as expected, none twice and none outside: every one once
}

// --- the tail of the filled topic -----------------------------------------------------------

struct FilledRun
{
    qint64 ms = 0;
    qint64 records = 0;
    qint64 payloadBytes = 0;
    qint64 maxQueued = 0; // delivered by the session, not yet in the model
    qint64 stallMs = 0, wallGapMs = 0;
    CpuSpan cpu;
    GuiTime gui;
    bool finished = false;
    bool correct = false;
};

// Tails the newest `perPartition` records of every partition of the filled topic (which holds
// `end` each) into `viewer`, until all of them were applied.
FilledRun tailFilled(KafkaClient *client, Viewer &viewer, qint64 perPartition, qint64 end, qint64 childPid)
{
    TailConfig config;
    config.topics = {FilledTopic};
    config.mode = TailConfig::Mode::Follow;
    config.start = TailConfig::Start::NewestCount;
    config.newestCount = perPartition;
    config.capacity = viewer.model.capacity();
    TailSession session(client, config);
    QObject::connect(&session, &TailSession::recordsArrived, &viewer.model, &TailRecordsModel::enqueue);
    const qint64 expected = std::min(perPartition, end) * Partitions;
    FilledRun run;
    Waiter waiter;
    QObject::connect(&viewer.model, &TailRecordsModel::applied, waiter.context(), [&] {
        if (viewer.model.totalCount() >= expected && !waiter.done())
            waiter.finish();
    });
    QObject::connect(&session, &TailSession::recordsArrived, waiter.context(), [&] {
        run.maxQueued = std::max(run.maxQueued, session.delivered() - viewer.model.totalCount());
    });
    StallWatch watch;
    run.cpu.pid = childPid;
    QElapsedTimer clock;
    run.cpu.start();
    watch.start();
    clock.start();
    session.start();
    run.finished = waiter.wait();
    run.ms = clock.elapsed();
    watch.stop();
    run.cpu.stop();
    session.stop();
    QObject::disconnect(&viewer.model, nullptr, waiter.context(), nullptr);
    run.stallMs = watch.stallMs();
    run.wallGapMs = watch.wallGapMs();
    run.gui = viewer.time;
    run.records = viewer.model.totalCount();
    run.payloadBytes = viewer.model.ring().payloadBytes();
    const std::vector<qint64> from(Partitions, std::max<qint64>(0, end - perPartition)), to(Partitions, end);
    run.correct = run.finished && exactlyOnce(viewer.model.ring(), FilledTopic, from, to);
    if (!run.correct)
        std::fprintf(stderr, "bench_tail: the tail of %s: %lld of %lld records (%s), state %s\n",
                     qPrintable(FilledTopic), qlonglong(run.records), qlonglong(expected),
                     run.finished ? "finished" : "timed out", qPrintable(session.statusText()));
    return run;
}

// --- the ceiling ----------------------------------------------------------------------------

struct CeilingRun
{
    qint64 ms = 0;
    qint64 records = 0;
    qint64 rounds = 0;
    qint64 parseUs = 0;
    CpuSpan cpu;
    int failures = 0;
    bool correct = false;
};

// The tail's requests without the tail: rounds of one Upstash /fetch per partition, all in
// flight, the next round when every one answered, each answer parsed; a bare
// QNetworkAccessManager with the request the transport would make.
CeilingRun fetchBackToBack(const ConnectionSettings &settings, qint64 perPartition, qint64 childPid)
{
    Transport transport(settings, nullptr); // for networkRequest() only
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    std::vector<qint64> next(Partitions, 0);
    CeilingRun run;
    run.cpu.pid = childPid;
    bool contiguous = true;
    int waiting = 0;
    Waiter waiter;
    std::function<void()> round = [&] {
        ++run.rounds;
        for (int p = 0; p < Partitions; ++p) {
            if (next[size_t(p)] >= perPartition)
                continue;
            const HttpRequest request = Upstash::fetch({FilledTopic, p}, next[size_t(p)], FetchWaitMs);
            QNetworkReply *reply =
                network.sendCustomRequest(transport.networkRequest(request), request.method, request.body);
            ++waiting;
            QObject::connect(reply, &QNetworkReply::finished, waiter.context(), [&, reply, p] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->readAll();
                reply->deleteLater();
                if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
                    ++run.failures;
                } else {
                    QElapsedTimer parsing;
                    parsing.start();
                    const Result<QList<Record>> records = Upstash::parseMessages(body);
                    run.parseUs += parsing.nsecsElapsed() / 1000;
                    if (!records || records->isEmpty()) {
                        ++run.failures;
                    } else {
                        for (const Record &r : *records) {
                            contiguous = contiguous && r.partition == p && r.offset == next[size_t(p)] &&
                                         r.value.size() == ValueBytes;
                            ++next[size_t(p)];
                        }
                        run.records += records->size();
                    }
                }
                if (--waiting > 0)
                    return;
                if (run.failures > 0 ||
                    std::ranges::all_of(next, [&](qint64 n) { return n >= perPartition; }))
                    return waiter.finish();
                round();
            });
        }
    };
    QElapsedTimer clock;
    run.cpu.start();
    clock.start();
    round();
    const bool finished = waiter.wait();
    run.ms = clock.elapsed();
    run.cpu.stop();
    run.correct = finished && run.failures == 0 && contiguous &&
                  std::ranges::all_of(next, [&](qint64 n) { return n >= perPartition; });
    if (!run.correct)
        std::fprintf(stderr, "bench_tail: the ceiling run: %lld records, %d failures%s\n",
                     qlonglong(run.records), run.failures, finished ? "" : ", timed out");
    return run;
}

// --- the live topic -------------------------------------------------------------------------

struct LiveRun
{
    qint64 windowMs = 0;       // first records applied → the child said DONE
    qint64 windowRecords = 0;  // applied in that window
    qint64 produced = 0;       // what the child appended
    qint64 backlogAtDone = 0;  // produced - applied when DONE arrived
    qint64 behindAtDone = -1;  // the session's own figure then (ends refreshed every 2 s)
    qint64 catchUpMs = -1;     // DONE → everything applied
    qint64 firstRecordsMs = 0; // GO → first records applied
    qint64 stallMs = 0, wallGapMs = 0;
    CpuSpan cpu;
    GuiTime gui; // in the window
    bool correct = false;
};

LiveRun tailLive(KafkaClient *client, SandboxChild &child)
{
    Viewer viewer(ModelCapacity);
    TailConfig config;
    config.topics = {LiveTopic};
    config.mode = TailConfig::Mode::Follow;
    config.start = TailConfig::Start::End;
    config.capacity = ModelCapacity;
    TailSession session(client, config);
    QObject::connect(&session, &TailSession::recordsArrived, &viewer.model, &TailRecordsModel::enqueue);
    LiveRun run;
    run.cpu.pid = child.pid;

    // Running: the partitions and their ends are known, the first fetch is on its way.
    {
        Waiter running;
        QObject::connect(&session, &TailSession::stateChanged, running.context(),
                         [&](TailSession::State state) {
                             if (state == TailSession::State::Running && !session.positions().isEmpty())
                                 running.finish();
                         });
        session.start();
        if (!running.wait(30000)) {
            std::fprintf(stderr, "bench_tail: the live tail did not start: %s\n",
                         qPrintable(session.statusText()));
            return run;
        }
    }

    StallWatch watch;
    QElapsedTimer sinceGo, window;
    qint64 startCount = 0;
    Waiter done;    // the child said DONE
    Waiter drained; // every record it appended was applied
    QObject::connect(&viewer.model, &TailRecordsModel::applied, drained.context(), [&] {
        const qint64 total = viewer.model.totalCount();
        if (!window.isValid() && total > 0) {
            run.firstRecordsMs = sinceGo.elapsed();
            startCount = total;
            viewer.time = {};
            run.cpu.start();
            watch.start();
            window.start();
        }
        if (done.done() && total >= run.produced && !drained.done()) {
            run.catchUpMs = sinceGo.elapsed() - run.catchUpMs;
            drained.finish();
        }
    });
    QByteArray output;
    QObject::connect(child.process.get(), &QProcess::readyReadStandardOutput, done.context(), [&] {
        output += child.process->readAllStandardOutput();
        const qsizetype at = output.indexOf("DONE ");
        if (at < 0 || !output.contains('\n') || done.done() || !window.isValid())
            return;
        run.windowMs = window.elapsed();
        watch.stop();
        run.cpu.stop();
        run.gui = viewer.time;
        run.produced = output.mid(at + 5).trimmed().toLongLong();
        run.windowRecords = viewer.model.totalCount() - startCount;
        run.backlogAtDone = run.produced - viewer.model.totalCount();
        run.behindAtDone = session.positions().behind();
        run.catchUpMs = sinceGo.elapsed();
        done.finish();
        if (run.backlogAtDone <= 0) {
            run.catchUpMs = 0;
            drained.finish();
        }
    });
    sinceGo.start();
    child.process->write("GO\n");
    if (!done.wait()) {
        std::fprintf(stderr, "bench_tail: the child did not finish its live traffic (%lld records applied)\n",
                     qlonglong(viewer.model.totalCount()));
        return run;
    }
    const bool caughtUp = drained.wait(10000);
    session.stop();
    run.stallMs = watch.stallMs();
    run.wallGapMs = watch.wallGapMs();
    std::vector<qint64> from(Partitions, 0), to(Partitions, 0);
    for (int p = 0; p < Partitions; ++p)
        to[size_t(p)] = run.produced / Partitions + (p < run.produced % Partitions ? 1 : 0);
    run.correct = caughtUp && exactlyOnce(viewer.model.ring(), LiveTopic, from, to);
    if (!run.correct)
        std::fprintf(stderr, "bench_tail: the live tail: %lld of %lld records applied%s\n",
                     qlonglong(viewer.model.totalCount()), qlonglong(run.produced),
                     caughtUp ? "" : ", never caught up");
    return run;
}

QString argValue(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

int runBench(const QStringList &args)
{
    const qint64 records =
        std::max<qint64>(Partitions, argValue(args, u"--records"_s, u"1500000"_s).toLongLong());
    const int liveSeconds = std::max(1, argValue(args, u"--live-seconds"_s, u"10"_s).toInt());
    const qint64 memoryRecords =
        std::max<qint64>(0, argValue(args, u"--memory-records"_s, u"1000000"_s).toLongLong());
    const qint64 perPartition = records / Partitions;
    const qint64 filled = perPartition * Partitions;

    QElapsedTimer starting;
    starting.start();
    auto started = startSandbox(filled, liveSeconds);
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error()));
        return 1;
    }
    const std::unique_ptr<SandboxChild> sandbox = std::move(*started);
    std::fprintf(stderr, "bench_tail: the sandbox child filled %lld records in %lld ms\n", qlonglong(filled),
                 qlonglong(starting.elapsed()));
    const ConnectionSettings &settings = sandbox->settings;
    auto client = createKafkaClient(settings, nullptr);
    QList<Row> rows;

    // --- warm-up: the connections, the network thread, fonts and the view (not part of a run)
    if (!fetchBackToBack(settings, 2000, sandbox->pid).correct)
        return 1;
    {
        Viewer viewer(ModelCapacity);
        if (!tailFilled(client.get(), viewer, 2000, perPartition, sandbox->pid).correct)
            return 1;
    }

    // --- throughput: the ceiling, the tail, the ceiling again
    const CeilingRun before = fetchBackToBack(settings, perPartition, sandbox->pid);
    FilledRun tail;
    {
        Viewer viewer(ModelCapacity);
        tail = tailFilled(client.get(), viewer, perPartition, perPartition, sandbox->pid);
    }
    const CeilingRun after = fetchBackToBack(settings, perPartition, sandbox->pid);
    const double rate = perSecond(tail.records, tail.ms);
    const double ceilingRate = perSecond(before.records + after.records, before.ms + after.ms);
    const bool ceilingOk = before.correct && after.correct;
    std::fprintf(stderr, "bench_tail: ceiling %.0f rec/s before, %.0f after; tail %.0f\n",
                 perSecond(before.records, before.ms), perSecond(after.records, after.ms), rate);
    rows.append({u"tail of %1 records of %2 B over %3 partitions into model + view, records/s (%4 ms)"_s
                     .arg(count(filled))
                     .arg(ValueBytes)
                     .arg(Partitions)
                     .arg(tail.ms),
                 QString::number(rate, 'f', 0), u">= 100000"_s, tail.correct && rate >= 100000});
    rows.append({u"  each (partition, offset) exactly once"_s, tail.correct ? u"yes"_s : u"no"_s, QString(),
                 tail.correct});
    rows.append(
        {u"  vs the sandbox's ceiling (%1 rec/s: the same fetches, 6 in flight, parsed, back to back in "
         "%2 ms before and %3 ms after)"_s.arg(ceilingRate, 0, 'f', 0)
             .arg(before.ms)
             .arg(after.ms),
         u"%1%"_s.arg(100.0 * rate / std::max(1.0, ceilingRate), 0, 'f', 1), QString(), ceilingOk});
    rows.append({u"    (of the ceiling's time, Upstash::parseMessages on this thread: %1 of %2 ms before, %3 "
                 u"of %4 ms "
                 "after; %5 rounds of 6 requests)"_s.arg(before.parseUs / 1000)
                     .arg(before.ms)
                     .arg(after.parseUs / 1000)
                     .arg(after.ms)
                     .arg(before.rounds),
                 QString(), QString(), true});
    rows.append({u"  largest queue between session and model (records delivered, not yet applied)"_s,
                 count(tail.maxQueued), QString(), true});
    rows.append(
        {u"  longest GUI stall (thread busy between 2 ms ticks; wall-clock gap %1 ms)"_s.arg(tail.wallGapMs),
         u"%1 ms"_s.arg(tail.stallMs), QString(), true});
    rows.append(
        {u"  (CPU ms, this process (its GUI thread) / the sandbox: tail %1 (%2) / %3, ceiling %4 (%5) / %6)"_s
             .arg(tail.cpu.process)
             .arg(tail.cpu.gui)
             .arg(tail.cpu.child)
             .arg(before.cpu.process)
             .arg(before.cpu.gui)
             .arg(before.cpu.child),
         QString(), QString(), true});
    rows.append({u"    (%1)"_s.arg(breakdown(tail.gui, tail.cpu.gui)), QString(), QString(), true});

    // --- memory: a dedicated tail of the newest records into a fresh model and view
    if (memoryRecords > 0) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        trimHeap(); // what the runs before freed must not be room this one grows into unseen
        const qint64 rssBefore = rssBytes();
        const qint64 memoryPerPartition =
            std::min(perPartition, (memoryRecords + Partitions - 1) / Partitions);
        auto viewer = std::make_unique<Viewer>(ModelCapacity);
        const FilledRun run =
            tailFilled(client.get(), *viewer, memoryPerPartition, perPartition, sandbox->pid);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const qint64 rssAfter = rssBytes();
        trimHeap();
        const qint64 rssTrimmed = rssBytes();
        const RecordRing &ring = viewer->model.ring();
        const double payload = double(std::max<qint64>(1, ring.payloadBytes()));
        const double rssRatio = double(rssAfter - rssBefore) / payload;
        const double allocatedRatio = double(ring.allocatedBytes()) / payload;
        rows.append({u"memory of %1 buffered records of %2 B (%3 payload), RSS increase / payload"_s
                         .arg(count(ring.size()))
                         .arg(ValueBytes)
                         .arg(mb(ring.payloadBytes())),
                     u"%1x"_s.arg(rssRatio, 0, 'f', 2), u"<= 1.5x"_s, run.correct && rssRatio <= 1.5});
        rows.append({u"  RecordRing::allocatedBytes() / payloadBytes() (%1 in %2 segments of %3 rows)"_s
                         .arg(mb(ring.allocatedBytes()))
                         .arg(ring.segmentCount())
                         .arg(count(ring.segmentRows())),
                     u"%1x"_s.arg(allocatedRatio, 0, 'f', 2), QString(), run.correct});
        rows.append({u"  (RSS before %1, after %2, after malloc_trim %3: %4x; filled at %5 rec/s)"_s
                         .arg(mb(rssBefore), mb(rssAfter), mb(rssTrimmed))
                         .arg(double(rssTrimmed - rssBefore) / payload, 0, 'f', 2)
                         .arg(perSecond(run.records, run.ms), 0, 'f', 0),
                     QString(), QString(), true});
    }

    // --- stall and CPU while following live traffic
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        trimHeap();
        const LiveRun live = tailLive(client.get(), *sandbox);
        const double liveRate = perSecond(live.windowRecords, live.windowMs);
        const double corePercent =
            100.0 * double(live.cpu.process) / double(std::max<qint64>(1, live.windowMs));
        rows.append({u"longest GUI stall following %1 records/s live for %2 s (wall-clock gap %3 ms)"_s
                         .arg(count(LiveRate))
                         .arg(liveSeconds)
                         .arg(live.wallGapMs),
                     u"%1 ms"_s.arg(live.stallMs), u"<= 16 ms"_s, live.correct && live.stallMs <= 16});
        rows.append({u"  delivered records/s (%1 records in %2 ms from the first applied to the child's last "
                     "append; first after %3 ms)"_s.arg(count(live.windowRecords))
                         .arg(live.windowMs)
                         .arg(live.firstRecordsMs),
                     QString::number(liveRate, 'f', 0), QString(), live.correct});
        rows.append(
            {u"  backlog when the child stopped: records not yet applied (session's behind(): %1); caught "
             "up after"_s.arg(live.behindAtDone),
             u"%1; %2 ms"_s.arg(count(live.backlogAtDone)).arg(live.catchUpMs), QString(), live.correct});
        rows.append({u"  each of the %1 (partition, offset) exactly once"_s.arg(count(live.produced)),
                     live.correct ? u"yes"_s : u"no"_s, QString(), live.correct});
        rows.append(
            {u"CPU of this process per 10,000 records/s live (%1% of a core at %2 rec/s; GUI thread %3 ms, "
             "sandbox %4 ms of %5 ms)"_s.arg(corePercent, 0, 'f', 1)
                 .arg(liveRate, 0, 'f', 0)
                 .arg(live.cpu.gui)
                 .arg(live.cpu.child)
                 .arg(live.windowMs),
             u"%1% of a core"_s.arg(corePercent / std::max(0.001, liveRate / 10000.0), 0, 'f', 2), QString(),
             live.correct});
        rows.append({u"  (%1)"_s.arg(breakdown(live.gui, live.cpu.gui)), QString(), QString(), true});
    }

    return Bench::printReport(
        u"bench_tail: Upstash dialect, Follow mode, sandbox in a child process, %1 partitions"_s.arg(
            Partitions),
        rows);
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i + 3 < argc; ++i) {
        if (std::strcmp(argv[i], "--serve") == 0) {
            QCoreApplication app(argc, argv);
            return serve(std::atoll(argv[i + 1]), std::atoi(argv[i + 2]), std::atoi(argv[i + 3]));
        }
    }
    QApplication app(argc, argv);
    return runBench(app.arguments());
}
