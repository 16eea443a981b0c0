// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/produce.h"
#include "operation.h"

#include <functional>

namespace Gregor {

// Produces records as runs, one request per run and one after the other, so results keep the
// records' order. Its state lives in the job, so nothing outlives it. A failure after the first
// run, or on an answer that was sent, leaves the outcome unknown: some records may be written.
class ProduceRunsJob : public Operation<QList<ProduceResult>>
{
public:
    // Whether `next` may travel in the same request as `first`.
    using SameRun = std::function<bool(const ProduceRecord &first, const ProduceRecord &next)>;
    using BuildRequest = std::function<Result<HttpRequest>(const QList<ProduceRecord> &run)>;
    using ParseAnswer = std::function<Result<QList<ProduceResult>>(const QByteArray &body,
                                                                   const QString &topic, qsizetype count)>;

    ProduceRunsJob(Transport *transport, QList<ProduceRecord> records, SameRun sameRun, BuildRequest build,
                   ParseAnswer parse, QObject *context, Callback done, QObject *parent);

    // Sends the first run (or finishes on the next event-loop turn when there is no record).
    void start();

private:
    void sendFrom(qsizetype from);

    Transport *m_transport;
    QList<ProduceRecord> m_records;
    SameRun m_sameRun;
    BuildRequest m_build;
    ParseAnswer m_parse;
    QList<ProduceResult> m_results;
};

} // namespace Gregor
