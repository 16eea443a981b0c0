// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localsandbox.h"

#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gregor {

LocalSandbox::LocalSandbox(double demoTrafficRate, QObject *parent)
    : QObject(parent)
    , m_demoTrafficRate(demoTrafficRate)
{
    m_thread.setObjectName(u"local-sandbox"_s);
}

LocalSandbox::~LocalSandbox()
{
    if (!m_thread.isRunning())
        return;
    // The server and its sockets belong to the thread: delete them there, then stop the thread.
    if (Sandbox::SandboxServer *server = std::exchange(m_server, nullptr))
        QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LocalSandbox::start(QObject *context, std::function<void(Result<QUrl>)> done)
{
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (m_url) {
        QTimer::singleShot(0, this, [this] { settle(*m_url); });
        return;
    }
    if (m_starting)
        return;
    m_starting = true;
    m_thread.start();
    auto *anchor = new QObject;
    anchor->moveToThread(&m_thread);
    QPointer<LocalSandbox> self(this);
    const double rate = m_demoTrafficRate;
    QMetaObject::invokeMethod(anchor, [anchor, self, rate] {
        Sandbox::SandboxOptions options;
        options.demo = true;
        options.demoTrafficRate = rate;
        auto *server = new Sandbox::SandboxServer(options);
        QString error;
        Result<QUrl> url =
            server->start(&error)
                ? Result<QUrl>(server->url())
                : std::unexpected(ApiError::make(
                      ErrorKind::Network,
                      QCoreApplication::translate("LocalSandbox", "The local sandbox could not start (%1).")
                          .arg(error)));
        if (!url) {
            delete server;
            server = nullptr;
        }
        delete anchor;
        // Back on the GUI thread: keep the server and answer everyone waiting.
        if (self)
            QMetaObject::invokeMethod(self, [self, server, url] {
                if (!self) {
                    return;
                }
                self->m_server = server;
                self->m_url = url;
                self->m_starting = false;
                self->settle(url);
            });
    });
}

void LocalSandbox::settle(Result<QUrl> url)
{
    for (auto &[context, done] : std::exchange(m_waiting, {})) {
        if (context)
            done(url);
    }
}

} // namespace Gregor
