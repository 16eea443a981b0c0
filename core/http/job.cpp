// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <atomic>

namespace Gregor {

static std::atomic<quint64> s_nextJobId{1};

Job::Job(QObject *parent)
    : QObject(parent)
    , m_id(s_nextJobId++)
{}

Job::~Job() = default;

bool Job::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void Job::cancel()
{
    if (m_finished)
        return;
    abortWork();
    deliverCancelled();
}

} // namespace Gregor
