// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shutdownsignals.h"

#include <QSocketNotifier>

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <QMutex>
#include <QWaitCondition>

#include <csignal>
#include <windows.h>
#endif

namespace Gregor::Sandbox {

#if defined(Q_OS_UNIX)
namespace {
int pipeFds[2] = {-1, -1};

extern "C" void onSignal(int signal)
{
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const auto written = ::write(pipeFds[1], &byte, 1);
}
} // namespace
#elif defined(Q_OS_WIN)
namespace {
// Windows has no SIGTERM: Ctrl+C, Ctrl+Break, closing the console window, logoff and shutdown
// arrive as console control events on a thread of their own. They are queued to the GUI thread
// as SIGINT or SIGTERM; for the close, logoff and shutdown events Windows ends the process once
// the handler returns, so the handler waits (Windows allows about 5 s) for the event loop to say
// it has shut down, which it does when the ShutdownSignals object goes away.
QPointer<ShutdownSignals> instance;
QMutex shutdownMutex;
QWaitCondition shutdownDone;
bool shutDown = false;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    const bool ending =
        event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT;
    const int signal = event == CTRL_C_EVENT ? SIGINT : SIGTERM;
    // `instance` is only touched on the GUI thread; the application object outlives the handler.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [signal] {
            if (instance)
                Q_EMIT instance->received(signal);
        },
        Qt::QueuedConnection);
    if (ending) {
        QMutexLocker locker(&shutdownMutex);
        if (!shutDown)
            shutdownDone.wait(&shutdownMutex, 4500);
    }
    return TRUE;
}
} // namespace
#endif

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (pipeFds[0] < 0 && ::pipe(pipeFds) != 0)
        return;
    ::fcntl(pipeFds[1], F_SETFL, O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(pipeFds[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this]() {
        unsigned char byte = 0;
        if (::read(pipeFds[0], &byte, 1) == 1)
            Q_EMIT received(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#elif defined(Q_OS_WIN)
    instance = this;
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

ShutdownSignals::~ShutdownSignals()
{
#ifdef Q_OS_UNIX
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
#elif defined(Q_OS_WIN)
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    QMutexLocker locker(&shutdownMutex);
    shutDown = true;
    shutdownDone.wakeAll();
#endif
}

} // namespace Gregor::Sandbox
