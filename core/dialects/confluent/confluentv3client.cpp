// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentv3client.h"

#include "confluentparse.h"
#include "core/dialects/common/operation.h"
#include "core/dialects/common/unsupported.h"
#include "v3pages.h"
#include "v3parse.h"

using namespace Qt::StringLiterals;

namespace Gregor {

namespace V3 = ConfluentV3;

ConfluentV3Client::ConfluentV3Client(Variant variant, const ConnectionSettings &settings, Journal *journal,
                                     QObject *parent)
    : ConfluentClient(Confluent::Version::V2, settings, journal, parent)
    , m_variant(variant)
{
    m_target.basePath =
        variant == Variant::Cloud ? QString(V3::ServerBasePath) : QString(V3::RestProxyBasePath);
}

ConfluentV3Client::~ConfluentV3Client() = default;

DialectKind ConfluentV3Client::dialect() const
{
    return m_variant == Variant::Cloud ? DialectKind::ConfluentCloud : DialectKind::ConfluentV3;
}

V3::Target ConfluentV3Client::target() const
{
    return m_target;
}

Job *ConfluentV3Client::listTopics(QObject *context, Callback<QList<TopicInfo>> done)
{
    auto *op = new Operation<QList<TopicInfo>>(context, std::move(done), this);
    withCluster(op, [this, op](const V3::Target &target) {
        V3::collectPages<V3::Topic>(op, transport(), target, V3::listTopics(target), &V3::parseTopics,
                                    [op](const QList<V3::Topic> &topics) {
                                        QList<TopicInfo> infos;
                                        infos.reserve(topics.size());
                                        for (const V3::Topic &topic : topics)
                                            infos.append(topic.info());
                                        op->finishWith(infos);
                                    });
    });
    return op;
}

Job *ConfluentV3Client::topicDetails(const QString &topic, QObject *context, Callback<TopicDetails> done)
{
    // The partitions, then each one's offsets and replicas, and the topic's configs, in parallel.
    auto *op = new Operation<TopicDetails>(context, std::move(done), this);
    withCluster(op, [this, op, topic](const V3::Target &target) {
        V3::collectPages<PartitionInfo>(
            op, transport(), target, V3::listPartitions(target, topic), &V3::parsePartitions,
            [this, op, topic, target](const QList<PartitionInfo> &partitions) {
                auto details = std::make_shared<TopicDetails>(TopicDetails{topic, {}, partitions});
                auto pending = std::make_shared<qsizetype>(partitions.size() + 2);
                auto oneDone = [op, details, pending] {
                    if (--*pending == 0)
                        op->finishWith(*details);
                };
                QList<TopicPartition> tps;
                for (const PartitionInfo &partition : partitions)
                    tps.append({topic, partition.partition});
                partitionEnds(op, target, tps, [details, oneDone](const QList<PartitionInfo> &ends) {
                    for (qsizetype i = 0; i < ends.size(); ++i) {
                        details->partitions[i].beginningOffset = ends[i].beginningOffset;
                        details->partitions[i].endOffset = ends[i].endOffset;
                    }
                    oneDone();
                });
                for (qsizetype i = 0; i < partitions.size(); ++i) {
                    const TopicPartition tp{topic, partitions[i].partition};
                    V3::collectPages<ReplicaInfo>(op, transport(), target, V3::listReplicas(target, tp),
                                                  &V3::parseReplicas,
                                                  [details, i, oneDone](const QList<ReplicaInfo> &replicas) {
                                                      details->partitions[i].replicas = replicas;
                                                      oneDone();
                                                  });
                }
                V3::collectPages<TopicConfig>(op, transport(), target, V3::listTopicConfigs(target, topic),
                                              &V3::parseTopicConfigs,
                                              [details, oneDone](const QList<TopicConfig> &configs) {
                                                  for (const TopicConfig &config : configs)
                                                      if (config.value)
                                                          details->configs.insert(config.name, *config.value);
                                                  oneDone();
                                              });
            });
    });
    return op;
}

Job *ConfluentV3Client::brokers(QObject *context, Callback<QList<BrokerInfo>> done)
{
    auto *op = new Operation<QList<BrokerInfo>>(context, std::move(done), this);
    withCluster(op, [this, op](const V3::Target &target) {
        V3::collectPages<V3::Broker>(op, transport(), target, V3::listBrokers(target), &V3::parseBrokers,
                                     [op](const QList<V3::Broker> &brokers) {
                                         QList<BrokerInfo> infos;
                                         for (const V3::Broker &broker : brokers)
                                             infos.append(broker.info());
                                         op->finishWith(infos);
                                     });
    });
    return op;
}

Job *ConfluentV3Client::offsets(const QList<TopicPartition> &partitions, OffsetSpec spec, QObject *context,
                                Callback<QList<PartitionOffset>> done)
{
    if (spec.kind == OffsetSpec::Kind::Timestamp || spec.kind == OffsetSpec::Kind::Offset)
        return unsupportedCall<QList<PartitionOffset>>(this, dialect(), Capability::OffsetsByTime, context,
                                                       std::move(done));
    auto *op = new Operation<QList<PartitionOffset>>(context, std::move(done), this);
    if (partitions.isEmpty()) {
        QTimer::singleShot(0, op, [op] { op->finishWith(QList<PartitionOffset>{}); });
        return op;
    }
    const bool earliest = spec.kind == OffsetSpec::Kind::Earliest;
    withCluster(op, [this, op, partitions, earliest](const V3::Target &target) {
        partitionEnds(op, target, partitions, [op, partitions, earliest](const QList<PartitionInfo> &ends) {
            QList<PartitionOffset> result;
            result.reserve(ends.size());
            for (qsizetype i = 0; i < ends.size(); ++i)
                result.append(
                    {partitions[i], (earliest ? ends[i].beginningOffset : ends[i].endOffset).value_or(-1)});
            op->finishWith(result);
        });
    });
    return op;
}

Job *ConfluentV3Client::read(const ReadRequest &request, QObject *context, BatchCallback batch,
                             Callback<ReadSummary> done)
{
    if (m_variant == Variant::Cloud)
        return unsupportedCall<ReadSummary>(this, dialect(), Capability::Consume, context, std::move(done));
    return ConfluentClient::read(request, context, std::move(batch), std::move(done));
}

std::unique_ptr<ConsumerSession> ConfluentV3Client::createConsumerSession(const ConsumerConfig &config)
{
    if (m_variant == Variant::Cloud)
        return std::make_unique<UnsupportedSession>(config, dialect());
    return ConfluentClient::createConsumerSession(config);
}

Job *ConfluentV3Client::serverLag(const QString &group, QObject *context, Callback<ServerLag> done)
{
    auto *op = new Operation<ServerLag>(context, std::move(done), this);
    withCluster(op, [this, op, group](const V3::Target &target) {
        // A group with nothing to compute (never committed, no members) answers 404 "Consumer
        // lags not found.", and one the server never heard of a plain 404: both are a group
        // without lag, as the client-side computation sees them, not a failure.
        op->send(transport(), V3::listLags(target, group), [this, op, target](Result<HttpResponse> response) {
            if (!response && response.error().kind == ErrorKind::NotFound)
                return op->finishWith(ServerLag{});
            auto page = parseResponse<V3::Page<ConsumerLag>>(response, &V3::parseLags);
            if (!page)
                return op->fail(page.error());
            auto finish = [op](const QList<ConsumerLag> &lags) {
                const V3::LagInputs inputs = V3::lagInputs(lags);
                op->finishWith(ServerLag{inputs.committed, inputs.ends, inputs.instances});
            };
            if (!page->hasNext())
                return finish(page->items);
            const Result<HttpRequest> next = V3::nextPage(target, page->next);
            if (!next)
                return op->fail(next.error());
            V3::collectPages<ConsumerLag>(op, transport(), target, *next, &V3::parseLags,
                                          std::function<void(QList<ConsumerLag>)>(finish), page->items);
        });
    });
    return op;
}

Job *ConfluentV3Client::committedOffsets(const QString &group, const QList<TopicPartition> &partitions,
                                         QObject *context, Callback<QList<PartitionOffset>> done)
{
    // The server's lag rows carry the committed offsets: no short-lived instance is needed.
    auto *op = new Operation<QList<PartitionOffset>>(context, std::move(done), this);
    op->adopt(serverLag(group, op, [op, partitions](Result<ServerLag> lag) {
        if (!lag)
            return op->fail(lag.error());
        QHash<TopicPartition, qint64> byPartition;
        for (const PartitionOffset &po : std::as_const(lag->committed))
            byPartition.insert(po.tp, po.offset);
        QList<PartitionOffset> result;
        result.reserve(partitions.size());
        for (const TopicPartition &tp : partitions)
            result.append({tp, byPartition.value(tp, -1)});
        op->finishWith(result);
    }));
    return op;
}

Job *ConfluentV3Client::listGroups(QObject *context, Callback<QList<ConsumerGroupInfo>> done)
{
    // The groups, then each group's consumers, then each consumer's assignments.
    auto *op = new Operation<QList<ConsumerGroupInfo>>(context, std::move(done), this);
    withCluster(op, [this, op](const V3::Target &target) {
        V3::collectPages<GroupDescription>(
            op, transport(), target, V3::listConsumerGroups(target), &V3::parseConsumerGroups,
            [this, op, target](const QList<GroupDescription> &groups) {
                auto infos = std::make_shared<QList<ConsumerGroupInfo>>(groups.size());
                auto pending = std::make_shared<qsizetype>(groups.size());
                if (groups.isEmpty())
                    return op->finishWith(QList<ConsumerGroupInfo>{});
                for (qsizetype g = 0; g < groups.size(); ++g) {
                    const QString group = groups[g].group;
                    (*infos)[g].name = group;
                    V3::collectPages<GroupMember>(
                        op, transport(), target, V3::listConsumers(target, group), &V3::parseConsumers,
                        [this, op, target, infos, pending, g, group](const QList<GroupMember> &members) {
                            auto memberPending = std::make_shared<qsizetype>(members.size());
                            for (const GroupMember &member : members)
                                (*infos)[g].instances.append({member.consumerId, {}, member.clientId});
                            if (members.isEmpty() && --*pending == 0)
                                return op->finishWith(*infos);
                            for (qsizetype m = 0; m < members.size(); ++m) {
                                V3::collectPages<TopicPartition>(
                                    op, transport(), target,
                                    V3::listAssignments(target, group, members[m].consumerId),
                                    &V3::parseAssignments,
                                    [op, infos, pending, memberPending, g,
                                     m](const QList<TopicPartition> &tps) {
                                        (*infos)[g].instances[m].assignment = tps;
                                        if (--*memberPending == 0 && --*pending == 0)
                                            op->finishWith(*infos);
                                    });
                            }
                        });
                }
            });
    });
    return op;
}

Job *ConfluentV3Client::commitOffsets(const QString &group, const QList<PartitionOffset> &nextOffsets,
                                      QObject *context, Callback<Done> done)
{
    if (m_variant == Variant::Cloud)
        return unsupportedCall<Done>(this, dialect(), Capability::ResetOffsets, context, std::move(done));
    return ConfluentClient::commitOffsets(group, nextOffsets, context, std::move(done));
}

Job *ConfluentV3Client::deleteConsumer(const QString &group, const QString &instance, QObject *context,
                                       Callback<Done> done)
{
    if (m_variant == Variant::Cloud)
        return unsupportedCall<Done>(this, dialect(), Capability::DeleteConsumer, context, std::move(done));
    return ConfluentClient::deleteConsumer(group, instance, context, std::move(done));
}

HttpRequest ConfluentV3Client::listTopicsRequest() const
{
    if (m_target.clusterId.isEmpty())
        return V3::listClusters(m_target.basePath);
    return V3::listTopics(m_target);
}

} // namespace Gregor
