// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

#include <memory>

class QSocketNotifier;

namespace Gregor::Sandbox {

// Turns SIGINT and SIGTERM into a Qt signal through a self-pipe, so the event loop can shut
// down cleanly (flush, fsync) instead of dying mid-write. One instance per process.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void received(int signal);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Gregor::Sandbox
