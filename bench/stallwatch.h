// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <ctime>

// What the benchmarks measure of the GUI thread while it works.
namespace Gregor::Bench {

// CPU time of the calling thread: a gap in it is work of ours, while a gap in wall time alone
// may be the scheduler giving the core to the sandbox child or to another guest of the machine.
inline qint64 threadCpuUs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

// While something runs on this thread's event loop: the longest the thread worked between two
// ticks of a 2 ms timer (the stall), and the longest wall-clock gap (stall plus preemption).
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_wallGapMs = std::max(m_wallGapMs, m_tick.restart());
            const qint64 cpu = threadCpuUs();
            m_busyUs = std::max(m_busyUs, cpu - m_lastCpu);
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_tick.start();
        m_lastCpu = threadCpuUs();
        m_timer.start();
    }
    void stop()
    {
        if (!m_timer.isActive())
            return;
        m_timer.stop();
        m_busyUs = std::max(m_busyUs, threadCpuUs() - m_lastCpu);
        m_wallGapMs = std::max(m_wallGapMs, m_tick.elapsed());
    }
    qint64 stallMs() const { return (m_busyUs + 999) / 1000; }
    qint64 wallGapMs() const { return m_wallGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_tick;
    qint64 m_lastCpu = 0, m_busyUs = 0, m_wallGapMs = 0;
};

} // namespace Gregor::Bench
