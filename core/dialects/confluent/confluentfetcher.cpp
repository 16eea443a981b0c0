// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentfetcher.h"

#include "confluentclient.h"
#include "confluentparse.h"
#include "confluentread.h"
#include "confluentrequests.h"
#include "core/dialects/common/operation.h"
#include "core/dialects/upstash/upstashsession.h"
#include "instancejanitor.h"

using namespace Qt::StringLiterals;

namespace Gregor {

using Confluent::Version;

namespace {

QList<TopicPartition> partitionsOf(const QList<PartitionOffset> &positions)
{
    QList<TopicPartition> partitions;
    for (const PartitionOffset &p : positions)
        partitions.append(p.tp);
    return partitions;
}

bool instanceGone(const ApiError &error)
{
    return error.serverCode == 40403;
}

} // namespace

ConfluentV2Fetcher::ConfluentV2Fetcher(ConfluentClient *client)
    : m_client(client)
{}

ConfluentV2Fetcher::~ConfluentV2Fetcher()
{
    close();
}

void ConfluentV2Fetcher::close()
{
    if (m_client && m_created)
        m_client->deleteInstanceLater(ConfluentReadJob::readGroup(), m_instance);
    m_created = false;
    m_instance.clear();
    m_assigned.clear();
    m_serverPositions.clear();
}

Job *ConfluentV2Fetcher::fetch(const QList<PartitionOffset> &positions, int waitMs, QObject *context,
                               Callback done)
{
    auto *op = new Operation<FetchRound>(
        context,
        [done = std::move(done)](Result<FetchRound> result) {
            done(result ? std::move(*result) : FetchRound{{}, result.error()});
        },
        this);
    if (!m_client) {
        op->failLater(ApiError::make(ErrorKind::Cancelled, {}));
        return op;
    }
    Transport *transport = m_client->transport();
    const QString group = ConfluentReadJob::readGroup();

    // Any failed exchange leaves the server's position unknown; a forgotten instance is made again.
    const auto failed = [this, op](const ApiError &error) {
        m_serverPositions.clear();
        if (instanceGone(error)) {
            m_client->instances()->forget(ConfluentReadJob::readGroup(), m_instance);
            m_created = false;
            m_instance.clear();
            m_assigned.clear();
        }
        op->fail(error);
    };
    const auto poll = [this, op, transport, group, waitMs, failed] {
        op->send(transport, Confluent::records(group, m_instance, waitMs),
                 [this, op, failed](Result<HttpResponse> r) {
                     auto records = parseResponse<QList<Record>>(
                         r, [](const QByteArray &body) { return Confluent::parseRecords(body); });
                     if (!records)
                         return failed(records.error());
                     for (const Record &record : std::as_const(*records)) {
                         qint64 &next = m_serverPositions[{record.topic, record.partition}];
                         next = std::max(next, record.offset + 1);
                     }
                     op->finishWith(FetchRound{std::move(*records), std::nullopt});
                 });
    };
    const auto seekIfNeeded = [this, op, transport, group, positions, poll, failed] {
        bool known = true;
        for (const PartitionOffset &p : positions)
            known = known && m_serverPositions.value(p.tp, -1) == p.offset;
        if (known)
            return poll();
        op->send(transport, Confluent::seek(group, m_instance, positions),
                 [this, positions, poll, failed](Result<HttpResponse> r) {
                     if (!r)
                         return failed(r.error());
                     m_serverPositions.clear();
                     for (const PartitionOffset &p : positions)
                         m_serverPositions.insert(p.tp, p.offset);
                     poll();
                 });
    };
    const auto assignIfNeeded = [this, op, transport, group, positions, seekIfNeeded, failed] {
        const QList<TopicPartition> partitions = partitionsOf(positions);
        if (partitions == m_assigned)
            return seekIfNeeded();
        op->send(transport, Confluent::assign(group, m_instance, partitions),
                 [this, partitions, seekIfNeeded, failed](Result<HttpResponse> r) {
                     if (!r)
                         return failed(r.error());
                     m_assigned = partitions;
                     m_serverPositions.clear();
                     seekIfNeeded();
                 });
    };
    if (m_created) {
        assignIfNeeded();
        return op;
    }
    m_instance = u"gregor-tail-"_s + generatedInstanceName().mid(7);
    // Tracked before the create is sent: Confluent names it as asked, so a lost answer still
    // leaves an instance to remove when the connection closes.
    m_client->instances()->track(group, m_instance);
    Q_EMIT m_client->groupCreated(group);
    op->send(
        transport,
        Confluent::createConsumer(Version::V2, group, m_instance, ConsumerConfig::Reset::Earliest, false),
        [this, group, assignIfNeeded, failed](Result<HttpResponse> r) {
            const auto instance =
                parseResponse<Confluent::ConsumerInstance>(r, &Confluent::parseConsumerInstance);
            if (!instance) {
                if (!r && r.error().httpStatus != 0)
                    m_client->instances()->forget(group, m_instance); // refused: none was made
                m_instance.clear();
                return failed(instance.error());
            }
            m_instance = instance->instanceId;
            m_created = true;
            assignIfNeeded();
        });
    return op;
}

HttpRequest ConfluentV2Fetcher::fetchRequest(const QList<PartitionOffset> &positions, int waitMs) const
{
    Q_UNUSED(positions)
    const QString instance = m_instance.isEmpty() ? u"gregor-tail"_s : m_instance;
    return Confluent::records(ConfluentReadJob::readGroup(), instance, waitMs);
}

} // namespace Gregor
