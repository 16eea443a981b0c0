// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentclient.h"
#include "confluentfetcher.h"
#include "core/dialects/common/perpartitionfetcher.h"

#include "confluentparse.h"
#include "confluentread.h"
#include "confluentsession.h"
#include "core/dialects/common/commitrefusal.h"
#include "core/dialects/common/operation.h"
#include "core/dialects/common/partitionbatches.h"
#include "core/dialects/common/produceexchange.h"
#include "core/dialects/common/produceruns.h"
#include "core/dialects/common/unsupported.h"
#include "core/dialects/upstash/upstashsession.h"
#include "core/http/journal.h"
#include "core/logging.h"
#include "instancejanitor.h"

using namespace Qt::StringLiterals;

namespace Gregor {

using Confluent::Version;

ConfluentClient::ConfluentClient(Version version, const ConnectionSettings &settings, Journal *journal,
                                 QObject *parent)
    : KafkaClient(parent)
    , m_version(version)
    , m_transport(new Transport(settings, journal, this))
    , m_instances(new InstanceJanitor(m_transport, version, this))
{
    connect(m_transport, &Transport::liveJobsChanged, this, &KafkaClient::requestsInFlightChanged);
}

ConfluentClient::~ConfluentClient()
{
    const auto jobs = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    for (Job *job : jobs)
        job->cancel();
}

DialectKind ConfluentClient::dialect() const
{
    return m_version == Version::V2 ? DialectKind::ConfluentV2 : DialectKind::ConfluentV1;
}

const ConnectionSettings &ConfluentClient::settings() const
{
    return m_transport->settings();
}

Journal *ConfluentClient::journal() const
{
    return m_transport->journal();
}

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

Job *ConfluentClient::listTopics(QObject *context, Callback<QList<TopicInfo>> done)
{
    return call<QList<TopicInfo>>(m_transport, this, Confluent::listTopics(m_version), context,
                                  std::move(done), &Confluent::parseTopicNames);
}

Job *ConfluentClient::topicDetails(const QString &topic, QObject *context, Callback<TopicDetails> done)
{
    // The topic with its partitions, then both ends of every partition in parallel.
    auto *op = new Operation<TopicDetails>(context, std::move(done), this);
    op->send(m_transport, Confluent::topic(m_version, topic),
             [this, op, topic](Result<HttpResponse> response) {
                 const auto parsed = parseResponse<TopicDetails>(response, &Confluent::parseTopic);
                 if (!parsed)
                     return op->fail(parsed.error());
                 auto details = std::make_shared<TopicDetails>(*parsed);
                 if (details->partitions.isEmpty())
                     return op->finishWith(*details);
                 auto pending = std::make_shared<qsizetype>(details->partitions.size());
                 for (qsizetype i = 0; i < details->partitions.size(); ++i) {
                     const TopicPartition tp{topic, details->partitions[i].partition};
                     op->send(m_transport, Confluent::partitionOffsets(m_version, tp),
                              [op, details, pending, i](Result<HttpResponse> r) {
                                  const auto ends = parseResponse<std::pair<qint64, qint64>>(
                                      r, &Confluent::parsePartitionOffsets);
                                  if (ends) {
                                      details->partitions[i].beginningOffset = ends->first;
                                      details->partitions[i].endOffset = ends->second;
                                  } else if (ends.error().kind != ErrorKind::NotFound ||
                                             ends.error().serverCode == 40402) {
                                      return op->fail(ends.error());
                                  } // else: a v1 server without the offsets route; the ends stay unknown
                                  if (--*pending == 0)
                                      op->finishWith(*details);
                              });
                 }
             });
    return op;
}

Job *ConfluentClient::brokers(QObject *context, Callback<QList<BrokerInfo>> done)
{
    return call<QList<BrokerInfo>>(m_transport, this, Confluent::brokers(m_version), context, std::move(done),
                                   &Confluent::parseBrokers);
}

Job *ConfluentClient::produce(const QList<ProduceRecord> &records, QObject *context,
                              Callback<QList<ProduceResult>> done)
{
    // One request per run of records with the same topic and format, in order; results keep request order.
    auto *job = new ProduceRunsJob(
        m_transport, records,
        [](const ProduceRecord &first, const ProduceRecord &next) {
            return next.topic == first.topic && next.format == first.format;
        },
        [version = m_version](const QList<ProduceRecord> &run) {
            return Confluent::produce(version, run.first().topic, run);
        },
        &Confluent::parseProduce, context, std::move(done), this);
    job->start();
    return job;
}

KafkaClient::ProduceRequestBuilder ConfluentClient::produceRequestBuilder() const
{
    return [version = m_version](const QList<ProduceRecord> &records) -> Result<HttpRequest> {
        if (records.isEmpty())
            return std::unexpected(
                ApiError::make(ErrorKind::BadRequest, tr("A produce request needs a record.")));
        return Confluent::produce(version, records.first().topic, records);
    };
}

Job *ConfluentClient::sendProduceRequest(const HttpRequest &request, const QString &topic, qsizetype count,
                                         QObject *context, Callback<QList<ProduceResult>> done,
                                         std::function<void()> answered)
{
    return sendProduceExchange(
        m_transport, this, request, context, std::move(done), std::move(answered),
        [topic, count](const QByteArray &body) { return Confluent::parseProduce(body, topic, count); });
}

Job *ConfluentClient::offsets(const QList<TopicPartition> &partitions, OffsetSpec spec, QObject *context,
                              Callback<QList<PartitionOffset>> done)
{
    if (spec.kind == OffsetSpec::Kind::Timestamp || spec.kind == OffsetSpec::Kind::Offset)
        return unsupportedCall<QList<PartitionOffset>>(this, dialect(), Capability::OffsetsByTime, context,
                                                       std::move(done));
    auto *op = new Operation<QList<PartitionOffset>>(context, std::move(done), this);
    auto results = std::make_shared<QList<PartitionOffset>>(partitions.size());
    auto pending = std::make_shared<qsizetype>(partitions.size());
    if (partitions.isEmpty())
        QTimer::singleShot(0, op, [op] { op->finishWith(QList<PartitionOffset>{}); });
    const bool earliest = spec.kind == OffsetSpec::Kind::Earliest;
    for (qsizetype i = 0; i < partitions.size(); ++i) {
        const TopicPartition tp = partitions[i];
        op->send(m_transport, Confluent::partitionOffsets(m_version, tp), [=](Result<HttpResponse> r) {
            const auto ends = parseResponse<std::pair<qint64, qint64>>(r, &Confluent::parsePartitionOffsets);
            if (!ends)
                return op->fail(ends.error());
            (*results)[i] = {tp, earliest ? ends->first : ends->second};
            if (--*pending == 0)
                op->finishWith(*results);
        });
    }
    return op;
}

Job *ConfluentClient::read(const ReadRequest &request, QObject *context, BatchCallback batch,
                           Callback<ReadSummary> done)
{
    auto *job = new ConfluentReadJob(this, request, context, std::move(batch), std::move(done));
    job->start();
    return job;
}

void ConfluentClient::deleteInstanceLater(const QString &group, const QString &instance)
{
    m_instances->remove(group, instance);
}

int ConfluentClient::requestsInFlight() const
{
    return m_transport->liveJobs();
}

void ConfluentClient::shutdown(int timeoutMs, QObject *context, std::function<void(int)> done)
{
    // Cancelling a read or lookup queues the delete of its instance; then wait for every delete.
    const auto jobs = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    for (Job *job : jobs)
        job->cancel();
    m_instances->removeAll(timeoutMs, context, std::move(done));
}

Job *ConfluentClient::committedOffsets(const QString &group, const QList<TopicPartition> &partitions,
                                       QObject *context, Callback<QList<PartitionOffset>> done)
{
    if (m_version == Version::V1)
        return unsupportedCall<QList<PartitionOffset>>(this, dialect(), Capability::CommittedOffsets, context,
                                                       std::move(done));
    // A short-lived instance of the group: created, asked, deleted; never subscribed, so the group
    // does not rebalance. The delete runs whatever happens to the question.
    auto *op = new Operation<QList<PartitionOffset>>(context, std::move(done), this);
    const QString name = u"gregor-inspect-"_s + generatedInstanceName().mid(7);
    // Confluent names the instance as asked, so the cleanup knows it even when the answer to the
    // create never arrives; only a create the server refused needs none.
    m_instances->track(group, name);
    QObject::connect(op, &Job::finished, this, [this, group, name] { deleteInstanceLater(group, name); });
    op->send(
        m_transport, Confluent::createConsumer(m_version, group, name, ConsumerConfig::Reset::Latest, false),
        [this, op, group, name, partitions](Result<HttpResponse> r) {
            const auto instance =
                parseResponse<Confluent::ConsumerInstance>(r, &Confluent::parseConsumerInstance);
            if (!instance) {
                if (!r && r.error().httpStatus != 0)
                    m_instances->forget(group, name); // refused: nothing was created
                return op->fail(instance.error());
            }
            askInBatches(
                op, m_transport, partitionBatches(partitions),
                [group, id = instance->instanceId](const QList<TopicPartition> &batch) {
                    return Confluent::committed(group, id, batch);
                },
                [](const Result<HttpResponse> &response,
                   const QList<TopicPartition> &batch) -> Result<QList<PartitionOffset>> {
                    const auto stored =
                        parseResponse<QList<PartitionOffset>>(response, &Confluent::parseCommittedOffsets);
                    if (!stored)
                        return std::unexpected(stored.error());
                    // Absent partitions were never committed; the stored value is already "next".
                    QHash<TopicPartition, qint64> byPartition;
                    for (const PartitionOffset &po : *stored)
                        byPartition.insert(po.tp, po.offset);
                    QList<PartitionOffset> result;
                    result.reserve(batch.size());
                    for (const TopicPartition &tp : batch)
                        result.append({tp, byPartition.value(tp, -1)});
                    return result;
                });
        });
    return op;
}

static QList<TopicPartition> partitionsOf(const QList<PartitionOffset> &offsets)
{
    QList<TopicPartition> partitions;
    for (const PartitionOffset &po : offsets)
        partitions.append(po.tp);
    return partitions;
}

QList<HttpRequest> ConfluentClient::commitOffsetsRequests(const QString &group,
                                                          const QList<PartitionOffset> &nextOffsets) const
{
    const QString name = u"gregor-reset"_s;
    return {Confluent::createConsumer(m_version, group, name, ConsumerConfig::Reset::Latest, false),
            Confluent::assign(group, name, partitionsOf(nextOffsets)),
            Confluent::seek(group, name, nextOffsets), Confluent::commit(m_version, group, name, {}),
            Confluent::deleteConsumer(m_version, group, name)};
}

Job *ConfluentClient::commitOffsets(const QString &group, const QList<PartitionOffset> &nextOffsets,
                                    QObject *context, Callback<Done> done)
{
    if (m_version == Version::V1)
        return unsupportedCall<Done>(this, dialect(), Capability::ResetOffsets, context, std::move(done));
    auto *op = new Operation<Done>(context, std::move(done), this);
    if (const std::optional<ApiError> refusal = commitRefusal(settings(), nextOffsets)) {
        op->failLater(*refusal);
        return op;
    }
    // A short-lived instance assigned exactly these partitions (never subscribed, so the group's
    // members keep theirs), moved to the offsets, a commit of its positions, then the delete,
    // whatever happens in between. An explicit commit would have to send N - 1 (v2 stores sent + 1,
    // §7.1), which cannot express 0; committing positions stores exactly N.
    const QString name = u"gregor-reset-"_s + generatedInstanceName().mid(7);
    m_instances->track(group, name);
    QObject::connect(op, &Job::finished, this, [this, group, name] { deleteInstanceLater(group, name); });
    op->send(
        m_transport, Confluent::createConsumer(m_version, group, name, ConsumerConfig::Reset::Latest, false),
        [this, op, group, name, nextOffsets](Result<HttpResponse> r) {
            const auto instance =
                parseResponse<Confluent::ConsumerInstance>(r, &Confluent::parseConsumerInstance);
            if (!instance) {
                if (!r && r.error().httpStatus != 0)
                    m_instances->forget(group, name);
                return op->fail(instance.error());
            }
            op->send(m_transport, Confluent::assign(group, instance->instanceId, partitionsOf(nextOffsets)),
                     [this, op, group, id = instance->instanceId, nextOffsets](Result<HttpResponse> r) {
                         if (!r)
                             return op->fail(r.error());
                         op->send(m_transport, Confluent::seek(group, id, nextOffsets),
                                  [this, op, group, id](Result<HttpResponse> r) {
                                      if (!r)
                                          return op->fail(r.error());
                                      op->send(m_transport, Confluent::commit(m_version, group, id, {}),
                                               [op](Result<HttpResponse> r) {
                                                   if (!r)
                                                       return op->fail(r.error());
                                                   op->finishWith(Done{});
                                               });
                                  });
                     });
        });
    return op;
}

Job *ConfluentClient::listGroups(QObject *context, Callback<QList<ConsumerGroupInfo>> done)
{
    return unsupportedCall<QList<ConsumerGroupInfo>>(this, dialect(), Capability::ListGroups, context,
                                                     std::move(done));
}

Job *ConfluentClient::serverLag(const QString &group, QObject *context, Callback<ServerLag> done)
{
    Q_UNUSED(group)
    return unsupportedCall<ServerLag>(this, dialect(), Capability::ServerSideLag, context, std::move(done));
}

Job *ConfluentClient::deleteConsumer(const QString &group, const QString &instance, QObject *context,
                                     Callback<Done> done)
{
    auto *op = new Operation<Done>(context, std::move(done), this);
    op->send(m_transport, writing(Confluent::deleteConsumer(m_version, group, instance)),
             [this, op, group, instance](Result<HttpResponse> r) {
                 if (!r)
                     return op->fail(r.error());
                 m_instances->forget(group, instance); // one of ours, perhaps: gone now
                 op->finishWith(Done{});
             });
    return op;
}

QStringList ConfluentClient::ownInstances(const QString &group) const
{
    return m_instances->instancesOf(group);
}

std::unique_ptr<ConsumerSession> ConfluentClient::createConsumerSession(const ConsumerConfig &config)
{
    Q_EMIT groupCreated(config.group);
    return std::make_unique<ConfluentSession>(m_transport, m_version, config, m_instances);
}

std::unique_ptr<PartitionFetcher> ConfluentClient::createPartitionFetcher()
{
    if (m_version == Confluent::Version::V2)
        return std::make_unique<ConfluentV2Fetcher>(this);
    // v1 reads partitions directly; an empty answer comes at once, so the caller paces it.
    return std::make_unique<PerPartitionFetcher>(
        m_transport,
        [](const TopicPartition &tp, qint64 offset, int) {
            return Confluent::messages(tp, offset, ConfluentReadJob::V1BatchSize);
        },
        [](const TopicPartition &tp, const QByteArray &body) {
            return Confluent::parseRecords(body, tp.topic);
        },
        /*waitsOnServer=*/false);
}

HttpRequest ConfluentClient::produceRequest(const QList<ProduceRecord> &records) const
{
    if (records.isEmpty())
        return {};
    return Confluent::produce(m_version, records.first().topic, records).value_or(HttpRequest{});
}

HttpRequest ConfluentClient::readRequest(const ReadRequest &request) const
{
    const int partition = request.partitions.isEmpty() ? 0 : request.partitions.first();
    const qint64 offset = request.start.kind == OffsetSpec::Kind::Offset ? request.start.value : 0;
    if (m_version == Version::V1)
        return Confluent::messages({request.topic, partition}, offset,
                                   qBound<qint64>(1, request.maxRecords, ConfluentReadJob::V1BatchSize));
    // v2 reads through a consumer instance; its first request is the one that creates it.
    return Confluent::createConsumer(m_version, ConfluentReadJob::readGroup(), u"gregor-read"_s,
                                     ConsumerConfig::Reset::Earliest, false);
}

HttpRequest ConfluentClient::listTopicsRequest() const
{
    return Confluent::listTopics(m_version);
}

} // namespace Gregor
