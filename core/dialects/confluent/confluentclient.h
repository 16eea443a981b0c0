// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "confluentrequests.h"
#include "core/api/kafkaclient.h"

namespace Gregor {

class InstanceJanitor;
class Transport;

// KafkaClient over the Confluent REST Proxy v2 (also Karapace) and v1 / IBM Message Hub: one
// class, the version picks media types and the few calls that differ (§2, §4.1).
class ConfluentClient : public KafkaClient
{
    Q_OBJECT
public:
    ConfluentClient(Confluent::Version version, const ConnectionSettings &settings, Journal *journal,
                    QObject *parent = nullptr);
    ~ConfluentClient() override;

    DialectKind dialect() const override;
    Capabilities capabilities() const override { return capabilitiesOf(dialect()); }
    const ConnectionSettings &settings() const override;
    Journal *journal() const override;
    Transport *transport() const { return m_transport; }
    Confluent::Version version() const { return m_version; }

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
    Job *commitOffsets(const QString &group, const QList<PartitionOffset> &nextOffsets, QObject *context,
                       Callback<Done> done) override;
    QList<HttpRequest> commitOffsetsRequests(const QString &group,
                                             const QList<PartitionOffset> &nextOffsets) const override;
    Job *deleteConsumer(const QString &group, const QString &instance, QObject *context,
                        Callback<Done> done) override;
    QStringList ownInstances(const QString &group) const override;
    std::unique_ptr<ConsumerSession> createConsumerSession(const ConsumerConfig &config) override;
    std::unique_ptr<PartitionFetcher> createPartitionFetcher() override;
    int requestsInFlight() const override;
    void shutdown(int timeoutMs, QObject *context, std::function<void(int)> done) override;

    HttpRequest produceRequest(const QList<ProduceRecord> &records) const override;
    HttpRequest readRequest(const ReadRequest &request) const override;
    HttpRequest listTopicsRequest() const override;

    // Consumer instances this client created and has not deleted yet; closing removes them.
    InstanceJanitor *instances() const { return m_instances; }
    // Deletes a consumer instance without anyone waiting: cleanup after reads and lookups, which
    // must happen even when the call that created it failed or was cancelled.
    void deleteInstanceLater(const QString &group, const QString &instance);

private:
    Confluent::Version m_version;
    Transport *m_transport;
    InstanceJanitor *m_instances;
};

} // namespace Gregor
