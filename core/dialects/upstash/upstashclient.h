// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/kafkaclient.h"

namespace Gregor {

class Transport;

// KafkaClient over the Upstash Kafka REST API (api-spec §1, decisions §10).
class UpstashClient : public KafkaClient
{
    Q_OBJECT
public:
    UpstashClient(const ConnectionSettings &settings, Journal *journal, QObject *parent = nullptr);
    ~UpstashClient() override;

    DialectKind dialect() const override { return DialectKind::Upstash; }
    Capabilities capabilities() const override { return capabilitiesOf(DialectKind::Upstash); }
    const ConnectionSettings &settings() const override;
    Journal *journal() const override;
    Transport *transport() const { return m_transport; }

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
    std::unique_ptr<ConsumerSession> createConsumerSession(const ConsumerConfig &config) override;
    std::unique_ptr<PartitionFetcher> createPartitionFetcher() override;
    int requestsInFlight() const override;
    void shutdown(int timeoutMs, QObject *context, std::function<void(int)> done) override;

    HttpRequest produceRequest(const QList<ProduceRecord> &records) const override;
    HttpRequest readRequest(const ReadRequest &request) const override;
    HttpRequest listTopicsRequest() const override;

    // The instance name /committed is asked under: Upstash wants one in the path, and a name of
    // our own keeps the question from touching a real member of the group.
    static QString inspectorInstance();
    // How long one /fetch may wait on the server when the partition has nothing yet.
    static constexpr int FetchWaitMs = 500;

private:
    Transport *m_transport;
};

} // namespace Gregor
