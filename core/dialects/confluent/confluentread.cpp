// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentread.h"

#include "confluentclient.h"
#include "confluentparse.h"
#include "core/dialects/upstash/upstashsession.h"
#include "instancejanitor.h"

using namespace Qt::StringLiterals;

namespace Gregor {

using Confluent::Version;

QString ConfluentReadJob::readGroup()
{
    return u"gregor-reader"_s;
}

ConfluentReadJob::ConfluentReadJob(ConfluentClient *client, const ReadRequest &request, QObject *context,
                                   KafkaClient::BatchCallback batch, Callback done)
    : ReadJob(request, context, std::move(batch), std::move(done), client)
    , m_client(client)
{}

void ConfluentReadJob::start()
{
    if (m_client->version() == Version::V1 && request().start.kind == OffsetSpec::Kind::Timestamp &&
        request().newestCount <= 0) {
        failLater(ApiError::make(ErrorKind::Unsupported,
                                 capabilityMissingReason(m_client->dialect(), Capability::OffsetsByTime)));
        return;
    }
    adopt(m_client->topicDetails(request().topic, this, [this](Result<TopicDetails> details) {
        if (!active())
            return;
        if (!details)
            return fail(details.error());
        const auto set = setCursors(*details);
        if (!set)
            return fail(set.error());
        if (complete())
            return finishRead();
        if (m_client->version() == Version::V1)
            return fetchNextV1();
        startV2();
    }));
}

void ConfluentReadJob::startV2()
{
    m_instance = u"gregor-read-"_s + generatedInstanceName().mid(7);
    // The instance is ours alone and is deleted on every way out, also when the create's answer
    // was lost (Confluent names it as asked).
    m_client->instances()->track(readGroup(), m_instance);
    Q_EMIT m_client->groupCreated(readGroup());
    QObject::connect(this, &Job::finished, m_client, [client = m_client, instance = m_instance] {
        client->deleteInstanceLater(readGroup(), instance);
    });
    Transport *transport = m_client->transport();
    send(transport,
         Confluent::createConsumer(Version::V2, readGroup(), m_instance, ConsumerConfig::Reset::Earliest,
                                   false),
         [this, transport](Result<HttpResponse> r) {
             const auto instance =
                 parseResponse<Confluent::ConsumerInstance>(r, &Confluent::parseConsumerInstance);
             if (!instance) {
                 if (!r && r.error().httpStatus != 0)
                     m_client->instances()->forget(readGroup(), m_instance); // refused: none was made
                 return fail(instance.error());
             }
             m_instance = instance->instanceId;
             QList<TopicPartition> partitions;
             QList<PartitionOffset> positions;
             for (const ReadCursor &c : std::as_const(cursors())) {
                 if (c.done())
                     continue;
                 partitions.append(c.tp);
                 positions.append({c.tp, c.next});
             }
             send(transport, Confluent::assign(readGroup(), m_instance, partitions),
                  [this, transport, partitions, positions](Result<HttpResponse> r) {
                      if (!r)
                          return fail(r.error());
                      const bool byTime =
                          request().start.kind == OffsetSpec::Kind::Timestamp && request().newestCount <= 0;
                      const HttpRequest seek = byTime
                                                   ? Confluent::seekToTime(readGroup(), m_instance,
                                                                           partitions, request().start.value)
                                                   : Confluent::seek(readGroup(), m_instance, positions);
                      send(transport, seek, [this](Result<HttpResponse> r) {
                          if (!r)
                              return fail(r.error());
                          pollV2();
                      });
                  });
         });
}

void ConfluentReadJob::pollV2()
{
    send(m_client->transport(), Confluent::records(readGroup(), m_instance, RecordsWaitMs),
         [this](Result<HttpResponse> r) {
             const auto records = parseResponse<QList<Record>>(
                 r, [](const QByteArray &body) { return Confluent::parseRecords(body); });
             if (!records)
                 return fail(records.error());
             if (deliver(*records))
                 return finishRead();
             if (!active())
                 return;
             m_emptyPolls = records->isEmpty() ? m_emptyPolls + 1 : 0;
             if (m_emptyPolls >= MaxEmptyPolls) {
                 for (ReadCursor &c : cursors())
                     c.gaveUp = c.gaveUp || !c.reachedEnd;
                 return finishRead();
             }
             pollV2();
         });
}

void ConfluentReadJob::fetchNextV1()
{
    if (complete())
        return finishRead();
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
    const TopicPartition tp = c->tp;
    const qint64 from = c->next;
    qint64 count = qMin(V1BatchSize, remaining());
    if (c->end >= 0)
        count = qMin(count, c->end - from);
    send(m_client->transport(), Confluent::messages(tp, from, qMax<qint64>(1, count)),
         [this, tp, from](Result<HttpResponse> r) {
             const auto records = parseResponse<QList<Record>>(
                 r, [&tp](const QByteArray &body) { return Confluent::parseRecords(body, tp.topic); });
             if (!records)
                 return fail(records.error());
             if (deliver(*records))
                 return finishRead();
             if (!active())
                 return;
             ReadCursor *c = cursor(tp.partition);
             if (c && !c->done() && c->next == from) {
                 // Without known ends an empty answer is the end; with them, a gap we must not spin on.
                 (c->end < 0 ? c->reachedEnd : c->gaveUp) = true;
             }
             fetchNextV1();
         });
}

} // namespace Gregor
