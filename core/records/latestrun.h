// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Gregor {

// Where the coordinating task of a background run executes (QtConcurrent::run(pool, …)). Not the
// global pool: a coordinator waits in blockingMap for its blocks, and cancelled coordinators
// that still hold global threads could leave none for the blocks of the current run.
inline QThreadPool *coordinatorPool()
{
    static QThreadPool pool;
    return &pool;
}

// The one run in flight of a background computation that its owner restarts at will (a
// filter, a sort): a new start() drops the run before it, cancel() drops the current one, and
// only the current run's result is delivered, once, on the owner's thread. A dropped run is
// told to stop and whatever it still produces is thrown away with its watcher.
template<typename T>
class LatestRun
{
public:
    explicit LatestRun(QObject *owner)
        : m_owner(owner)
    {}
    ~LatestRun() { drop(); }
    LatestRun(const LatestRun &) = delete;
    LatestRun &operator=(const LatestRun &) = delete;

    bool isRunning() const { return m_watcher != nullptr; }

    // `launch` starts the work (QtConcurrent::run…) once the watcher listens.
    void start(const std::function<QFuture<T>()> &launch, std::function<void(int)> onProgress,
               std::function<void(const T &)> onResult)
    {
        drop();
        auto *watcher = new QFutureWatcher<T>(m_owner);
        m_watcher = watcher;
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, m_owner, std::move(onProgress));
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
                         [this, watcher, onResult = std::move(onResult)] {
                             if (watcher != m_watcher)
                                 return;
                             m_watcher = nullptr;
                             watcher->deleteLater();
                             if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
                                 onResult(watcher->result());
                         });
        watcher->setFuture(launch());
    }

    // True when a run was dropped.
    bool cancel()
    {
        if (!m_watcher)
            return false;
        drop();
        return true;
    }

private:
    void drop()
    {
        if (!m_watcher)
            return;
        m_watcher->disconnect(m_owner);
        m_watcher->cancel();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }

    QObject *m_owner;
    QFutureWatcher<T> *m_watcher = nullptr;
};

} // namespace Gregor
