// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "confluentclient.h"
#include "confluentv3admin.h"
#include "core/dialects/common/operation.h"
#include "v3parse.h"
#include "v3requests.h"

#include <functional>

namespace Gregor {

// KafkaClient over Confluent REST v3 (api-spec §3), for Confluent Platform's REST Proxy, which
// serves v2 beside it, and for Confluent Cloud, which serves v3 only under /kafka/v3. Each call
// goes to the API that does it best: topics, partitions, offsets, configs, brokers, groups and
// lag through v3; produce through v3 when a record carries headers or a timestamp (always on
// Cloud); consuming through v2, which Cloud lacks (Capability::Consume).
//
// Every v3 path names the cluster: the first call lists /clusters and the id is kept.
class ConfluentV3Client : public ConfluentClient
{
    Q_OBJECT
public:
    enum class Variant
    {
        WithV2, // Confluent Platform: /v3 beside v2
        Cloud,  // Confluent Cloud: /kafka/v3, nothing else
    };

    ConfluentV3Client(Variant variant, const ConnectionSettings &settings, Journal *journal,
                      QObject *parent = nullptr);
    ~ConfluentV3Client() override;

    DialectKind dialect() const override;

    Job *listTopics(QObject *context, Callback<QList<TopicInfo>> done) override;
    Job *topicDetails(const QString &topic, QObject *context, Callback<TopicDetails> done) override;
    Job *brokers(QObject *context, Callback<QList<BrokerInfo>> done) override;
    Job *produce(const QList<ProduceRecord> &records, QObject *context,
                 Callback<QList<ProduceResult>> done) override;
    ProduceRequestBuilder produceRequestBuilder() const override;
    Job *sendProduceRequest(const HttpRequest &request, const QString &topic, qsizetype count,
                            QObject *context, Callback<QList<ProduceResult>> done,
                            std::function<void()> answered) override;
    Job *offsets(const QList<TopicPartition> &partitions, OffsetSpec spec, QObject *context,
                 Callback<QList<PartitionOffset>> done) override;
    Job *read(const ReadRequest &request, QObject *context, BatchCallback batch,
              Callback<ReadSummary> done) override;
    Job *committedOffsets(const QString &group, const QList<TopicPartition> &partitions, QObject *context,
                          Callback<QList<PartitionOffset>> done) override;
    Job *listGroups(QObject *context, Callback<QList<ConsumerGroupInfo>> done) override;
    Job *serverLag(const QString &group, QObject *context, Callback<ServerLag> done) override;
    std::unique_ptr<ConsumerSession> createConsumerSession(const ConsumerConfig &config) override;
    Job *commitOffsets(const QString &group, const QList<PartitionOffset> &nextOffsets, QObject *context,
                       Callback<Done> done) override;
    Job *deleteConsumer(const QString &group, const QString &instance, QObject *context,
                        Callback<Done> done) override;

    TopicAdmin *topicAdmin() override { return &m_admin; }

    HttpRequest produceRequest(const QList<ProduceRecord> &records) const override;
    HttpRequest listTopicsRequest() const override;

    // The cluster the v3 calls address; its id is empty until the first call learnt it.
    ConfluentV3::Target target() const;
    // Whether these records go through v3 (headers or timestamps, or a Cloud connection).
    bool producesThroughV3(const QList<ProduceRecord> &records) const;

private:
    friend class ConfluentV3Admin;
    // Runs `then` with the cluster once its id is known (listing /clusters first if need be).
    template<typename T>
    void withCluster(Operation<T> *op, std::function<void(const ConfluentV3::Target &)> then);
    // Each partition's earliest and latest offsets, one call per partition in parallel, in order.
    template<typename T>
    void partitionEnds(Operation<T> *op, const ConfluentV3::Target &target,
                       const QList<TopicPartition> &partitions,
                       std::function<void(QList<PartitionInfo>)> then);

    Variant m_variant;
    ConfluentV3::Target m_target;
    ConfluentV3Admin m_admin{this};
};

template<typename T>
inline void ConfluentV3Client::withCluster(Operation<T> *op,
                                           std::function<void(const ConfluentV3::Target &)> then)
{
    if (!m_target.clusterId.isEmpty()) {
        then(m_target);
        return;
    }
    op->send(transport(), ConfluentV3::listClusters(m_target.basePath),
             [this, op, then = std::move(then)](Result<HttpResponse> response) {
                 const auto clusters = parseResponse<ConfluentV3::Page<ConfluentV3::Cluster>>(
                     response, &ConfluentV3::parseClusters);
                 if (!clusters)
                     return op->fail(clusters.error());
                 if (clusters->items.isEmpty())
                     return op->fail(
                         ApiError::make(ErrorKind::NotFound,
                                        tr("The server lists no Kafka cluster at %1/clusters; check the URL.")
                                            .arg(m_target.basePath)));
                 // A REST Proxy fronts one cluster; Confluent Cloud's endpoint is one cluster's.
                 m_target.clusterId = clusters->items.first().id;
                 then(m_target);
             });
}

template<typename T>
inline void ConfluentV3Client::partitionEnds(Operation<T> *op, const ConfluentV3::Target &target,
                                             const QList<TopicPartition> &partitions,
                                             std::function<void(QList<PartitionInfo>)> then)
{
    if (partitions.isEmpty())
        return then({});
    auto ends = std::make_shared<QList<PartitionInfo>>(partitions.size());
    auto pending = std::make_shared<qsizetype>(partitions.size());
    for (qsizetype i = 0; i < partitions.size(); ++i) {
        op->send(transport(), ConfluentV3::partitionOffsets(target, partitions[i]),
                 [op, ends, pending, i, then](Result<HttpResponse> response) {
                     const auto parsed =
                         parseResponse<PartitionInfo>(response, &ConfluentV3::parsePartitionOffsets);
                     if (!parsed)
                         return op->fail(parsed.error());
                     (*ends)[i] = *parsed;
                     if (--*pending == 0)
                         then(*ends);
                 });
    }
}

} // namespace Gregor
