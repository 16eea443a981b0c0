// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstashclient.h"

#include "core/dialects/common/commitrefusal.h"
#include "core/dialects/common/operation.h"
#include "core/dialects/common/partitionbatches.h"
#include "core/dialects/common/perpartitionfetcher.h"
#include "core/dialects/common/produceexchange.h"
#include "core/dialects/common/unsupported.h"
#include "core/http/transport.h"
#include "upstashparse.h"
#include "upstashread.h"
#include "upstashrequests.h"
#include "upstashsession.h"

#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Gregor {

UpstashClient::UpstashClient(const ConnectionSettings &settings, Journal *journal, QObject *parent)
    : KafkaClient(parent)
    , m_transport(new Transport(settings, journal, this))
{
    connect(m_transport, &Transport::liveJobsChanged, this, &KafkaClient::requestsInFlightChanged);
}

UpstashClient::~UpstashClient()
{
    // Operations still running finish with Cancelled rather than never.
    const auto jobs = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    for (Job *job : jobs)
        job->cancel();
}

const ConnectionSettings &UpstashClient::settings() const
{
    return m_transport->settings();
}

Journal *UpstashClient::journal() const
{
    return m_transport->journal();
}

QString UpstashClient::inspectorInstance()
{
    return u"gregor-inspector"_s;
}

// One request, one parsed answer.
template<typename T, typename Parse>
static Job *call(Transport *transport, QObject *parent, const HttpRequest &request, QObject *context,
                 typename ResultJob<T>::Callback done, Parse parse)
{
    auto *op = new Operation<T>(context, std::move(done), parent);
    op->send(transport, request, [op, parse](Result<HttpResponse> response) {
        op->finishWith(parseResponse<T>(response, parse));
    });
    return op;
}

Job *UpstashClient::listTopics(QObject *context, Callback<QList<TopicInfo>> done)
{
    return call<QList<TopicInfo>>(m_transport, this, Upstash::listTopics(), context, std::move(done),
                                  &Upstash::parseTopics);
}

Job *UpstashClient::topicDetails(const QString &topic, QObject *context, Callback<TopicDetails> done)
{
    // Upstash knows only partition counts: the listing, then both ends of every partition.
    auto *op = new Operation<TopicDetails>(context, std::move(done), this);
    op->send(m_transport, Upstash::listTopics(), [this, op, topic](Result<HttpResponse> response) {
        const auto topics = parseResponse<QList<TopicInfo>>(response, &Upstash::parseTopics);
        if (!topics)
            return op->fail(topics.error());
        const auto it =
            std::find_if(topics->begin(), topics->end(), [&](const TopicInfo &t) { return t.name == topic; });
        if (it == topics->end())
            return op->fail(ApiError::make(
                ErrorKind::NotFound,
                tr("The topic \"%1\" does not exist (any more): refresh the topic list.").arg(topic)));
        auto details = std::make_shared<TopicDetails>();
        details->name = topic;
        QList<TopicPartition> partitions;
        for (int p = 0; p < it->partitionCount; ++p) {
            partitions.append({topic, p});
            details->partitions.append(PartitionInfo{p, std::nullopt, {}, std::nullopt, std::nullopt});
        }
        if (partitions.isEmpty())
            return op->finishWith(*details);
        auto pending = std::make_shared<int>(2);
        for (const bool earliest : {true, false}) {
            op->send(m_transport,
                     Upstash::offsets(partitions, earliest ? OffsetSpec::earliest() : OffsetSpec::latest()),
                     [op, details, pending, earliest](Result<HttpResponse> r) {
                         const auto offsets =
                             parseResponse<QList<PartitionOffset>>(r, &Upstash::parseOffsets);
                         if (!offsets)
                             return op->fail(offsets.error());
                         for (const PartitionOffset &po : *offsets) {
                             if (po.tp.partition < 0 || po.tp.partition >= details->partitions.size() ||
                                 po.offset < 0)
                                 continue;
                             auto &info = details->partitions[po.tp.partition];
                             (earliest ? info.beginningOffset : info.endOffset) = po.offset;
                         }
                         if (--*pending == 0)
                             op->finishWith(*details);
                     });
        }
    });
    return op;
}

Job *UpstashClient::brokers(QObject *context, Callback<QList<BrokerInfo>> done)
{
    auto *op = new Operation<QList<BrokerInfo>>(context, std::move(done), this);
    op->failLater(
        ApiError::make(ErrorKind::Unsupported, capabilityMissingReason(dialect(), Capability::Brokers)));
    return op;
}

Job *UpstashClient::serverLag(const QString &group, QObject *context, Callback<ServerLag> done)
{
    Q_UNUSED(group)
    return unsupportedCall<ServerLag>(this, dialect(), Capability::ServerSideLag, context, std::move(done));
}

Job *UpstashClient::produce(const QList<ProduceRecord> &records, QObject *context,
                            Callback<QList<ProduceResult>> done)
{
    const auto request = Upstash::produce(records);
    if (!request) {
        auto *op = new Operation<QList<ProduceResult>>(context, std::move(done), this);
        op->failLater(request.error());
        return op;
    }
    return sendProduceRequest(*request, {}, records.size(), context, std::move(done), {});
}

KafkaClient::ProduceRequestBuilder UpstashClient::produceRequestBuilder() const
{
    return [](const QList<ProduceRecord> &records) { return Upstash::produce(records); };
}

Job *UpstashClient::sendProduceRequest(const HttpRequest &request, const QString &, qsizetype count,
                                       QObject *context, Callback<QList<ProduceResult>> done,
                                       std::function<void()> answered)
{
    return sendProduceExchange(
        m_transport, this, request, context, std::move(done), std::move(answered),
        [count](const QByteArray &body) { return Upstash::parseProduce(body, count); });
}

// Offsets of many partitions, asked in batches (see partitionbatches.h) and joined.
template<typename MakeRequest>
static Job *askOffsets(Transport *transport, QObject *parent, MakeRequest makeRequest,
                       const QList<TopicPartition> &partitions, QObject *context,
                       ResultJob<QList<PartitionOffset>>::Callback done)
{
    auto *op = new Operation<QList<PartitionOffset>>(context, std::move(done), parent);
    askInBatches(op, transport, partitionBatches(partitions), std::move(makeRequest),
                 [](const Result<HttpResponse> &response, const QList<TopicPartition> &) {
                     return parseResponse<QList<PartitionOffset>>(response, &Upstash::parseOffsets);
                 });
    return op;
}

Job *UpstashClient::offsets(const QList<TopicPartition> &partitions, OffsetSpec spec, QObject *context,
                            Callback<QList<PartitionOffset>> done)
{
    if (spec.kind == OffsetSpec::Kind::Offset) {
        auto *op = new Operation<QList<PartitionOffset>>(context, std::move(done), this);
        op->failLater(ApiError::make(ErrorKind::BadRequest, tr("An explicit offset needs no lookup.")));
        return op;
    }
    return askOffsets(
        m_transport, this,
        [spec](const QList<TopicPartition> &batch) { return Upstash::offsets(batch, spec); }, partitions,
        context, std::move(done));
}

Job *UpstashClient::read(const ReadRequest &request, QObject *context, BatchCallback batch,
                         Callback<ReadSummary> done)
{
    auto *job = new UpstashReadJob(this, request, context, std::move(batch), std::move(done));
    job->start();
    return job;
}

Job *UpstashClient::committedOffsets(const QString &group, const QList<TopicPartition> &partitions,
                                     QObject *context, Callback<QList<PartitionOffset>> done)
{
    // Upstash stores the offset as sent and Gregor always sends "next offset to read", so the
    // answer needs no conversion; -1 marks partitions never committed (§10).
    return askOffsets(
        m_transport, this,
        [group](const QList<TopicPartition> &batch) {
            return Upstash::committed(group, inspectorInstance(), batch);
        },
        partitions, context, std::move(done));
}

Job *UpstashClient::listGroups(QObject *context, Callback<QList<ConsumerGroupInfo>> done)
{
    return call<QList<ConsumerGroupInfo>>(m_transport, this, Upstash::listConsumers(), context,
                                          std::move(done), &Upstash::parseConsumers);
}

static QString resetInstanceName()
{
    return u"gregor-reset-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

static QStringList topicsOf(const QList<PartitionOffset> &offsets)
{
    QStringList topics;
    for (const PartitionOffset &po : offsets)
        if (!topics.contains(po.tp.topic))
            topics.append(po.tp.topic);
    return topics;
}

// An instance of the group made for the commit: one consume creates it (auto-commit off, so what
// it happens to take is never committed), the commit names it, and it is removed after.
static QList<HttpRequest> resetSequence(const QString &group, const QString &instance,
                                        const QList<PartitionOffset> &nextOffsets)
{
    ConsumerConfig config;
    config.group = group;
    config.topics = topicsOf(nextOffsets);
    config.autoCommit = false;
    config.autoOffsetReset = ConsumerConfig::Reset::Latest;
    return {Upstash::consume(config, instance, 0), Upstash::commit(group, instance, nextOffsets),
            Upstash::deleteConsumer(group, instance)};
}

QList<HttpRequest> UpstashClient::commitOffsetsRequests(const QString &group,
                                                        const QList<PartitionOffset> &nextOffsets) const
{
    return resetSequence(group, u"gregor-reset"_s, nextOffsets);
}

Job *UpstashClient::commitOffsets(const QString &group, const QList<PartitionOffset> &nextOffsets,
                                  QObject *context, Callback<Done> done)
{
    auto *op = new Operation<Done>(context, std::move(done), this);
    if (const std::optional<ApiError> refusal = commitRefusal(settings(), nextOffsets)) {
        op->failLater(*refusal);
        return op;
    }
    const QList<HttpRequest> steps = resetSequence(group, resetInstanceName(), nextOffsets);
    // The removal runs whatever happened to the commit, once the instance may exist.
    auto commitResult = std::make_shared<Result<Done>>(Done{});
    auto removeInstance = [this, op, steps, commitResult] {
        op->send(m_transport, steps[2],
                 [op, commitResult](Result<HttpResponse>) { op->finishWith(*commitResult); });
    };
    op->send(m_transport, steps[0], [this, op, steps, commitResult, removeInstance](Result<HttpResponse> r) {
        if (!r) {
            *commitResult = std::unexpected(r.error());
            // No answer at all: the instance may exist on the server anyway.
            return r.error().httpStatus == 0 ? removeInstance() : op->fail(r.error());
        }
        op->send(m_transport, steps[1], [commitResult, removeInstance](Result<HttpResponse> r) {
            *commitResult = parseResponse<Done>(r, &Upstash::parseSuccess);
            removeInstance();
        });
    });
    return op;
}

Job *UpstashClient::deleteConsumer(const QString &group, const QString &instance, QObject *context,
                                   Callback<Done> done)
{
    return call<Done>(m_transport, this, writing(Upstash::deleteConsumer(group, instance)), context,
                      std::move(done), &Upstash::parseSuccess);
}

int UpstashClient::requestsInFlight() const
{
    return m_transport->liveJobs();
}

void UpstashClient::shutdown(int, QObject *context, std::function<void(int)> done)
{
    // Reads use /fetch, which creates nothing on the server: cancelling is all there is to do.
    const auto jobs = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    for (Job *job : jobs)
        job->cancel();
    QTimer::singleShot(0, context ? context : this, [done = std::move(done)] { done(0); });
}

std::unique_ptr<ConsumerSession> UpstashClient::createConsumerSession(const ConsumerConfig &config)
{
    Q_EMIT groupCreated(config.group);
    return std::make_unique<UpstashSession>(m_transport, config);
}

std::unique_ptr<PartitionFetcher> UpstashClient::createPartitionFetcher()
{
    return std::make_unique<PerPartitionFetcher>(
        m_transport,
        [](const TopicPartition &tp, qint64 offset, int waitMs) {
            return Upstash::fetch(tp, offset, waitMs);
        },
        [](const TopicPartition &, const QByteArray &body) { return Upstash::parseMessages(body); },
        /*waitsOnServer=*/true);
}

HttpRequest UpstashClient::produceRequest(const QList<ProduceRecord> &records) const
{
    return Upstash::produce(records).value_or(HttpRequest{});
}

HttpRequest UpstashClient::readRequest(const ReadRequest &request) const
{
    const int partition = request.partitions.isEmpty() ? 0 : request.partitions.first();
    const qint64 offset = request.start.kind == OffsetSpec::Kind::Offset ? request.start.value : 0;
    return Upstash::fetch({request.topic, partition}, offset, FetchWaitMs);
}

HttpRequest UpstashClient::listTopicsRequest() const
{
    return Upstash::listTopics();
}

} // namespace Gregor
