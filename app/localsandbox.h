// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/result.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

namespace Gregor::Sandbox {
class SandboxServer;
}

namespace Gregor {

// The built-in "Local sandbox" connection's server: started on first use, on a thread of its
// own, so its JSON encoding and demo traffic never compete with the window for the GUI thread.
class LocalSandbox : public QObject
{
    Q_OBJECT
public:
    explicit LocalSandbox(double demoTrafficRate, QObject *parent = nullptr);
    ~LocalSandbox() override; // stops the server on its thread, then the thread

    // Reports where the sandbox listens (starting it the first time) on a later turn of the
    // calling thread's event loop, unless `context` is gone by then.
    void start(QObject *context, std::function<void(Result<QUrl>)> done);

private:
    void settle(Result<QUrl> url);

    double m_demoTrafficRate;
    QThread m_thread;
    Sandbox::SandboxServer *m_server = nullptr; // lives on m_thread
    std::optional<Result<QUrl>> m_url;
    bool m_starting = false;
    QList<std::pair<QPointer<QObject>, std::function<void(Result<QUrl>)>>> m_waiting;
};

} // namespace Gregor
