// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstashread.h"

#include "upstashclient.h"
#include "upstashparse.h"
#include "upstashrequests.h"

namespace Gregor {

UpstashReadJob::UpstashReadJob(UpstashClient *client, const ReadRequest &request, QObject *context,
                               KafkaClient::BatchCallback batch, Callback done)
    : ReadJob(request, context, std::move(batch), std::move(done), client)
    , m_client(client)
{}

void UpstashReadJob::start()
{
    adopt(m_client->topicDetails(request().topic, this, [this](Result<TopicDetails> details) {
        if (!active())
            return;
        if (!details)
            return fail(details.error());
        begin(*details);
    }));
}

void UpstashReadJob::begin(const TopicDetails &details)
{
    auto set = setCursors(details);
    if (!set)
        return fail(set.error());
    if (request().start.kind != OffsetSpec::Kind::Timestamp || request().newestCount > 0)
        return fetchNext();
    QList<TopicPartition> partitions;
    for (const ReadCursor &c : std::as_const(cursors()))
        partitions.append(c.tp);
    send(m_client->transport(), Upstash::offsets(partitions, request().start),
         [this, details](Result<HttpResponse> r) {
             const auto offsets = parseResponse<QList<PartitionOffset>>(r, &Upstash::parseOffsets);
             if (!offsets)
                 return fail(offsets.error());
             QHash<int, qint64> starts;
             for (const PartitionOffset &po : *offsets)
                 starts.insert(po.tp.partition, po.offset); // -1: nothing at or after that time
             auto set = setCursors(details, starts);
             if (!set)
                 return fail(set.error());
             fetchNext();
         });
}

void UpstashReadJob::fetchNext()
{
    if (complete())
        return finishRead();
    // Next partition in turn that still has records to give.
    ReadCursor *c = nullptr;
    for (int i = 0; i < cursors().size() && !c; ++i) {
        ReadCursor &candidate = cursors()[(m_turn + i) % cursors().size()];
        if (!candidate.done()) {
            c = &candidate;
            m_turn = (m_turn + i + 1) % cursors().size();
        }
    }
    if (!c)
        return finishRead();
    const int partition = c->tp.partition;
    const qint64 from = c->next;
    send(m_client->transport(), Upstash::fetch(c->tp, from, UpstashClient::FetchWaitMs),
         [this, partition, from](Result<HttpResponse> r) {
             const auto records = parseResponse<QList<Record>>(r, &Upstash::parseMessages);
             if (!records)
                 return fail(records.error());
             if (deliver(*records))
                 return finishRead();
             if (!active())
                 return; // cancelled from the batch callback
             ReadCursor *c = cursor(partition);
             if (c && !c->done() && c->next == from)
                 c->gaveUp = true; // nothing new although the end is ahead: do not spin
             fetchNext();
         });
}

} // namespace Gregor
