// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "produceruns.h"

namespace Gregor {

ProduceRunsJob::ProduceRunsJob(Transport *transport, QList<ProduceRecord> records, SameRun sameRun,
                               BuildRequest build, ParseAnswer parse, QObject *context, Callback done,
                               QObject *parent)
    : Operation(context, std::move(done), parent)
    , m_transport(transport)
    , m_records(std::move(records))
    , m_sameRun(std::move(sameRun))
    , m_build(std::move(build))
    , m_parse(std::move(parse))
{}

void ProduceRunsJob::start()
{
    if (m_records.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (active())
                finishWith(QList<ProduceResult>{});
        });
        return;
    }
    sendFrom(0);
}

void ProduceRunsJob::sendFrom(qsizetype from)
{
    if (from >= m_records.size())
        return finishWith(m_results);
    qsizetype to = from + 1;
    while (to < m_records.size() && m_sameRun(m_records[from], m_records[to]))
        ++to;
    const QList<ProduceRecord> run = m_records.mid(from, to - from);
    const QString topic = m_records[from].topic;
    const Result<HttpRequest> request = m_build(run);
    if (!request) {
        ApiError error = request.error();
        error.outcomeUnknown = error.outcomeUnknown || !m_results.isEmpty();
        return fail(error);
    }
    send(m_transport, *request, [this, topic, to, count = run.size()](Result<HttpResponse> response) {
        auto parsed = parseResponse<QList<ProduceResult>>(
            response, [&](const QByteArray &body) { return m_parse(body, topic, count); });
        if (!parsed) {
            ApiError error = parsed.error();
            error.outcomeUnknown = error.outcomeUnknown || bool(response) || !m_results.isEmpty();
            return fail(error);
        }
        m_results.append(*parsed);
        sendFrom(to);
    });
}

} // namespace Gregor
