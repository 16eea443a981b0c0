// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "perpartitionfetcher.h"

#include "core/http/transport.h"
#include "operation.h"

#include <memory>

namespace Gregor {

PerPartitionFetcher::PerPartitionFetcher(Transport *transport, MakeRequest makeRequest, Parse parse,
                                         bool waitsOnServer, QObject *parent)
    : PartitionFetcher(parent)
    , m_transport(transport)
    , m_makeRequest(std::move(makeRequest))
    , m_parse(std::move(parse))
    , m_waitsOnServer(waitsOnServer)
{}

Job *PerPartitionFetcher::fetch(const QList<PartitionOffset> &positions, int waitMs, QObject *context,
                                Callback done)
{
    auto *op = new Operation<FetchRound>(
        context,
        [done = std::move(done)](Result<FetchRound> result) {
            done(result ? std::move(*result) : FetchRound{{}, result.error()});
        },
        this);
    if (!m_transport) {
        op->failLater(ApiError::make(ErrorKind::Cancelled, {}));
        return op;
    }
    if (positions.isEmpty()) {
        QTimer::singleShot(0, op, [op] { op->finishWith(FetchRound{}); });
        return op;
    }
    struct Join
    {
        FetchRound round;
        qsizetype waiting = 0;
    };
    auto join = std::make_shared<Join>();
    join->waiting = positions.size();
    for (const PartitionOffset &position : positions) {
        const TopicPartition tp = position.tp;
        op->send(m_transport, m_makeRequest(tp, position.offset, waitMs),
                 [op, join, tp, parse = m_parse](Result<HttpResponse> response) {
                     const auto records = parseResponse<QList<Record>>(
                         response, [&](const QByteArray &body) { return parse(tp, body); });
                     if (records)
                         join->round.records.append(*records);
                     else if (!join->round.error)
                         join->round.error = records.error();
                     if (--join->waiting == 0)
                         op->finishWith(std::move(join->round));
                 });
    }
    return op;
}

HttpRequest PerPartitionFetcher::fetchRequest(const QList<PartitionOffset> &positions, int waitMs) const
{
    if (positions.isEmpty())
        return {};
    return m_makeRequest(positions.first().tp, positions.first().offset, waitMs);
}

} // namespace Gregor
