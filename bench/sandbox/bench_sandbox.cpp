// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sandbox: gregor-sandbox throughput against a trivial Qt HTTP Server route answering the
// same bytes, both on this machine in this run. Servers run on their own threads; the client is a
// minimal keep-alive HTTP/1.1 client so it does not dominate what is measured (issue 13 point 5).
//   produce, batches of 1,000 × 200 B   records/s   target ≥ 500,000
//   produce, one record per request     records/s
//   fetch (/fetch, 500 × 2,000 B)       MB/s        target ≥ 500 (payload)
// Exit code 2 when a target is missed (benchreport.h). Arguments pick parts (for a profiler):
// produce (= produce-batches produce-single produce-disk) and fetch.
#include "bench/benchreport.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;

namespace {

// Runs `make` on a fresh thread and keeps what it built alive there.
class ServerThread
{
public:
    explicit ServerThread(std::function<QObject *()> make)
    {
        m_thread.start();
        m_context->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_context.get(), [this, make] { m_object = make(); }, Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(m_context.get(), [this] { delete m_object; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    template<typename F>
    void run(F f)
    {
        QMetaObject::invokeMethod(m_context.get(), f, Qt::BlockingQueuedConnection);
    }
    QObject *object() const { return m_object; }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context = std::make_unique<QObject>();
    QObject *m_object = nullptr;
};

// The baseline: one catch-all route that answers whatever bytes it was given.
class Baseline : public QObject
{
public:
    Baseline()
    {
        m_http.setMissingHandler(this,
                                 [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                     Q_UNUSED(request.body());
                                     QMutexLocker lock(&m_mutex);
                                     responder.write(m_answer, "application/json"_ba);
                                 });
        auto *tcp = new QTcpServer;
        tcp->listen(QHostAddress::LocalHost, 0);
        m_http.bind(tcp);
        m_port = tcp->serverPort();
    }
    void setAnswer(QByteArray answer)
    {
        QMutexLocker lock(&m_mutex);
        m_answer = std::move(answer);
    }
    quint16 port() const { return m_port; }

private:
    QHttpServer m_http;
    QMutex m_mutex;
    QByteArray m_answer;
    quint16 m_port = 0;
};

// Blocking keep-alive HTTP/1.1 client (the servers live on other threads).
class Client
{
public:
    explicit Client(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(5000))
            qFatal("cannot connect");
    }
    QByteArray send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                    int *status = nullptr)
    {
        QByteArray request =
            method + ' ' + path +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_socket.write(request);
        qsizetype headerEnd = -1;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0)
            readMore();
        const QByteArray head = m_buffer.left(headerEnd).toLower();
        const qsizetype cl = head.indexOf("content-length:");
        const qsizetype length =
            cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
        while (m_buffer.size() < headerEnd + 4 + length)
            readMore();
        if (status)
            *status = head.mid(9, 3).toInt();
        QByteArray answer = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        return answer;
    }

private:
    void readMore()
    {
        if (!m_socket.bytesAvailable() && !m_socket.waitForReadyRead(30000))
            qFatal("no answer");
        m_buffer += m_socket.readAll();
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray value(int n, int size)
{
    QByteArray v = "value-" + QByteArray::number(n) + '-';
    while (v.size() < size)
        v += "abcdefghijklmnopqrstuvwxyz0123456789";
    v.truncate(size);
    return v;
}

QByteArray batch(int first, int count, int size)
{
    QByteArray body = "[";
    for (int i = 0; i < count; ++i)
        body += QByteArray(i ? "," : "") + "{\"value\":\"" + value(first + i, size) + "\"}";
    return body + ']';
}

struct Timing
{
    double seconds = 0;
    qint64 bytes = 0;
};

// Sends `requests` (path, body) pairs over one connection; returns time and answered bytes.
Timing drive(quint16 port, const QByteArray &path, const std::vector<QByteArray> &bodies,
             const QByteArray &method = "POST")
{
    Client client(port);
    QElapsedTimer clock;
    clock.start();
    Timing t;
    for (const QByteArray &body : bodies) {
        int status = 0;
        t.bytes += client.send(method, path, body, &status).size();
        if (status != 200)
            qFatal("HTTP %d", status);
    }
    t.seconds = double(clock.nsecsElapsed()) / 1e9;
    return t;
}

// A figure's row, then the baseline route's figure for the same bytes beneath it.
void addRows(QList<Gregor::Bench::Row> &rows, const QString &what, double value, const QString &unit,
             double baseline, double target)
{
    const auto figure = [&](double v) { return u"%L1 %2"_s.arg(v, 0, 'f', 0).arg(unit); };
    rows.append({what, figure(value), target > 0 ? u">= %L1"_s.arg(target, 0, 'f', 0) : QString(),
                 target <= 0 || value >= target});
    rows.append({u"  baseline route, same bytes (ratio %1)"_s.arg(value / baseline, 0, 'f', 2),
                 figure(baseline), QString(), true});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList only = app.arguments().mid(1);
    const auto wanted = [&](const QString &part) { return only.isEmpty() || only.contains(part); };
    QList<Gregor::Bench::Row> rows;

    ServerThread baselineThread([] { return new Baseline; });
    auto *baseline = static_cast<Baseline *>(baselineThread.object());

    auto runProduce = [&](const QString &name, const QString &label, const QString &dataDir, int batchSize,
                          int requests, double target) {
        if (!wanted(u"produce"_s) && !wanted(name))
            return;
        ServerThread sandboxThread([dataDir] {
            SandboxOptions options;
            options.dataDir = dataDir;
            auto *server = new SandboxServer(options);
            server->start();
            server->createTopic(u"bench"_s, 6);
            return server;
        });
        const quint16 port = static_cast<SandboxServer *>(sandboxThread.object())->port();
        std::vector<QByteArray> bodies;
        for (int r = 0; r < requests; ++r)
            bodies.push_back(batch(r * batchSize, batchSize, 200));
        drive(port, "/produce/bench", {bodies.front()}); // warm up
        const Timing sandbox = drive(port, "/produce/bench", bodies);
        baseline->setAnswer(Client(port).send("POST", "/produce/bench", bodies.front()));
        const Timing base = drive(baseline->port(), "/produce/bench", bodies);
        addRows(rows, label, double(requests) * batchSize / sandbox.seconds, u"records/s"_s,
                double(requests) * batchSize / base.seconds, target);
    };

    runProduce(u"produce-batches"_s, u"produce, batches of 1,000 x 200 B"_s, {}, 1000, 100, 500000);
    runProduce(u"produce-single"_s, u"produce, one 200 B record per request"_s, {}, 1, 20000, 0);
    QTemporaryDir dir;
    runProduce(u"produce-disk"_s, u"produce, batches, --data-dir (fsync interval)"_s, dir.path(), 1000, 100,
               0);

    // Fetch: 50,000 records of 2,000 B in one partition, read front to back, 500 per answer.
    if (wanted(u"fetch"_s)) {
        constexpr int records = 50000, size = 2000;
        ServerThread sandboxThread([] {
            auto *server = new SandboxServer;
            server->start();
            server->createTopic(u"fetch"_s, 1);
            for (int first = 0; first < records; first += 1000) {
                std::vector<PendingAppend> appends;
                for (int i = first; i < first + 1000; ++i)
                    appends.push_back({u"fetch"_s, 0, NewRecord{1700000000000 + i, {}, value(i, size), {}}});
                server->store().append(std::move(appends));
            }
            return server;
        });
        const quint16 port = static_cast<SandboxServer *>(sandboxThread.object())->port();
        std::vector<QByteArray> bodies;
        for (int offset = 0; offset < records; offset += 500)
            bodies.push_back("{\"topic\":\"fetch\",\"partition\":0,\"offset\":" + QByteArray::number(offset) +
                             ",\"timeout\":0}");
        drive(port, "/fetch", {bodies.front()});
        const Timing sandbox = drive(port, "/fetch", bodies);
        baseline->setAnswer(Client(port).send("POST", "/fetch", bodies.front()));
        const Timing base = drive(baseline->port(), "/fetch", bodies);
        const double payloadMB = double(records) * size / 1e6;
        addRows(rows, u"fetch, 500 x 2,000 B per answer (payload)"_s, payloadMB / sandbox.seconds, u"MB/s"_s,
                payloadMB / base.seconds, 500);
        addRows(rows, u"fetch, same, JSON bytes on the wire"_s, double(sandbox.bytes) / 1e6 / sandbox.seconds,
                u"MB/s"_s, double(base.bytes) / 1e6 / base.seconds, 0);
    }
    return Gregor::Bench::printReport(
        u"bench_sandbox: gregor-sandbox vs a trivial Qt HTTP Server route answering the same bytes "
        "(same machine, same run)"_s,
        rows);
}
