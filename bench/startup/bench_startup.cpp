// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ./dev bench startup — time from process start to the first painted frame of the main window,
// and idle memory once the first-run local sandbox is connected; each against a bare Qt
// QMainWindow started the same way in the same run (this program with --bare-window).
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double firstFrameMs = -1;
    double connectedMs = -1;
    double rssMb = -1;
};

double rssMbOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Starts the program, times the "first-frame" (and, when asked, "connected") lines, then lets it
// idle for a second and reads its resident memory.
Sample run(const QString &program, const QStringList &arguments, bool waitForConnected)
{
    Sample sample;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray output;
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 20000) {
        process.waitForReadyRead(50); // a benchmark harness may block; product code never does
        output += process.readAllStandardOutput();
        if (sample.firstFrameMs < 0 && output.contains("first-frame"))
            sample.firstFrameMs = double(clock.nsecsElapsed()) / 1e6;
        if (sample.connectedMs < 0 && output.contains("connected"))
            sample.connectedMs = double(clock.nsecsElapsed()) / 1e6;
        if (sample.firstFrameMs >= 0 && (!waitForConnected || sample.connectedMs >= 0))
            break;
    }
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 1000)
        process.waitForFinished(100);
    sample.rssMb = rssMbOf(process.processId());
    process.kill();
    process.waitForFinished(3000);
    return sample;
}

double median(std::vector<double> values)
{
    std::ranges::sort(values);
    return values.empty() ? -1 : values[values.size() / 2];
}

int bareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    struct FirstPaint : QObject
    {
        bool eventFilter(QObject *o, QEvent *e) override
        {
            if (e->type() == QEvent::Paint || e->type() == QEvent::UpdateRequest) {
                o->removeEventFilter(this);
                std::printf("first-frame\n");
                std::fflush(stdout);
            }
            return false;
        }
    } filter;
    window.installEventFilter(&filter);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--bare-window") == 0)
        return bareWindow(argc, argv);
    QCoreApplication app(argc, argv);
    const int runs = 5;
    std::vector<double> appFrame, appConnected, appRss, bareFrame, bareRss;
    for (int i = 0; i < runs; ++i) {
        const Sample bare = run(QCoreApplication::applicationFilePath(), {u"--bare-window"_s}, false);
        const Sample gregor = run(QStringLiteral(GREGOR_APP_PATH), {u"--startup-probe"_s}, true);
        bareFrame.push_back(bare.firstFrameMs);
        bareRss.push_back(bare.rssMb);
        appFrame.push_back(gregor.firstFrameMs);
        appConnected.push_back(gregor.connectedMs);
        appRss.push_back(gregor.rssMb);
    }
    const double frame = median(appFrame), base = median(bareFrame);
    const double rss = median(appRss), baseRss = median(bareRss);
    std::printf("startup (median of %d runs, QT_QPA_PLATFORM=%s)\n", runs,
                qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", u"offscreen"_s)));
    std::printf("  first painted frame:   gregor %7.1f ms   bare QMainWindow %7.1f ms   ratio %.2f   (target "
                "<= 300 ms)\n",
                frame, base, frame / base);
    std::printf("  local sandbox connected: %7.1f ms after process start\n", median(appConnected));
    std::printf("  idle RSS after connect: gregor %6.1f MB   bare QMainWindow %6.1f MB   ratio %.2f   "
                "(target <= 80 MB)\n",
                rss, baseRss, rss / baseRss);
    return 0;
}
