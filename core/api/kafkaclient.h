// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "capabilities.h"
#include "consumers.h"
#include "consumersession.h"
#include "core/http/connectionsettings.h"
#include "core/http/httprequest.h"
#include "core/http/job.h"
#include "groups.h"
#include "offsets.h"
#include "partitionfetcher.h"
#include "produce.h"
#include "topicadmin.h"
#include "topics.h"

#include <QObject>

#include <memory>

namespace Gregor {

class Journal;

// What to read: a bounded read that stops at the end offsets seen when it starts, or at maxRecords.
struct ReadRequest
{
    QString topic;
    QList<int> partitions; // empty: all partitions of the topic
    OffsetSpec start = OffsetSpec::earliest();
    qint64 newestCount = 0;   // > 0: start each partition at max(beginning, end - newestCount) instead
    qint64 maxRecords = 1000; // 0: no limit
    friend bool operator==(const ReadRequest &, const ReadRequest &) = default;
};

struct ReadSummary
{
    qint64 records = 0;
    bool reachedEnd = false; // every partition read up to its end offset
    bool hitLimit = false;   // stopped at maxRecords
    friend bool operator==(const ReadSummary &, const ReadSummary &) = default;
};

// The one interface every pane calls; a pane never sees a URL. Every call returns its Job
// (cancel it through a QPointer) and reports through the callback exactly once, unless the
// context object died first.
class KafkaClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = typename ResultJob<T>::Callback;
    using BatchCallback = std::function<void(const QList<Record> &batch)>;

    using QObject::QObject;
    ~KafkaClient() override = default;

    virtual DialectKind dialect() const = 0;
    virtual Capabilities capabilities() const = 0;
    virtual const ConnectionSettings &settings() const = 0;
    virtual Journal *journal() const = 0;

    virtual Job *listTopics(QObject *context, Callback<QList<TopicInfo>> done) = 0;
    // Partitions with beginning and end offsets; leaders and replicas where the dialect has them.
    virtual Job *topicDetails(const QString &topic, QObject *context, Callback<TopicDetails> done) = 0;
    virtual Job *brokers(QObject *context, Callback<QList<BrokerInfo>> done) = 0;

    // One result per record, in order. Never retried once request bytes were sent: a lost
    // answer is an error with outcomeUnknown set.
    virtual Job *produce(const QList<ProduceRecord> &records, QObject *context,
                         Callback<QList<ProduceResult>> done) = 0;

    // Builds the request produce() would send for records of one topic and one format. It holds
    // values only (no pointer to the client), so a bulk run calls it on a worker thread, and it
    // may outlive the client.
    using ProduceRequestBuilder = std::function<Result<HttpRequest>(const QList<ProduceRecord> &records)>;
    virtual ProduceRequestBuilder produceRequestBuilder() const = 0;
    // Sends a request the builder made for `count` records of `topic` and reads the answer as
    // produce() does (never retried; a lost answer is outcomeUnknown). `answered`, when given,
    // runs once the answer is a complete 2xx, before it is read (and before `done`).
    virtual Job *sendProduceRequest(const HttpRequest &request, const QString &topic, qsizetype count,
                                    QObject *context, Callback<QList<ProduceResult>> done,
                                    std::function<void()> answered) = 0;

    // Earliest / latest (end) offset, or the first offset at or after a time (-1 when none).
    virtual Job *offsets(const QList<TopicPartition> &partitions, OffsetSpec spec, QObject *context,
                         Callback<QList<PartitionOffset>> done) = 0;

    // Streams batches as they arrive; then the summary (or the error that stopped it).
    virtual Job *read(const ReadRequest &request, QObject *context, BatchCallback batch,
                      Callback<ReadSummary> done) = 0;

    // A group's committed offsets ("next offset to read", -1 when none) without joining it.
    virtual Job *committedOffsets(const QString &group, const QList<TopicPartition> &partitions,
                                  QObject *context, Callback<QList<PartitionOffset>> done) = 0;
    // Groups with their instances and assignments (Capability::ListGroups).
    virtual Job *listGroups(QObject *context, Callback<QList<ConsumerGroupInfo>> done) = 0;
    // A group's committed offsets, log end offsets and members as the server computed them
    // (Capability::ServerSideLag): one call where the client would need three.
    virtual Job *serverLag(const QString &group, QObject *context, Callback<ServerLag> done) = 0;
    // Sets a group's committed offsets ("next offset to read") through an instance of the group
    // made for it and removed after (Capability::ResetOffsets). Refused on a read-only connection.
    virtual Job *commitOffsets(const QString &group, const QList<PartitionOffset> &nextOffsets,
                               QObject *context, Callback<Done> done) = 0;
    // The whole sequence commitOffsets sends, for "copy as curl".
    virtual QList<HttpRequest> commitOffsetsRequests(const QString &group,
                                                     const QList<PartitionOffset> &nextOffsets) const = 0;
    virtual Job *deleteConsumer(const QString &group, const QString &instance, QObject *context,
                                Callback<Done> done) = 0;
    // The instances of `group` this client created that still exist: where the server cannot
    // list a group's members (Confluent), these are the ones the user can see and remove.
    virtual QStringList ownInstances(const QString &group) const
    {
        Q_UNUSED(group)
        return {};
    }

    virtual std::unique_ptr<ConsumerSession> createConsumerSession(const ConsumerConfig &config) = 0;
    // Follows partitions without a group (the live tail); owned by the caller, deleted before
    // the client.
    virtual std::unique_ptr<PartitionFetcher> createPartitionFetcher() = 0;

    // Topic management where the dialect has it (Capability::ManageTopics), else null. Owned
    // by the client.
    virtual TopicAdmin *topicAdmin() { return nullptr; }

    // HTTP requests sent and not yet answered, from the transport's live jobs.
    virtual int requestsInFlight() const = 0;
    // Closing the connection: cancels every call, then removes from the server what this client
    // created there (consumer instances of reads and lookups), waiting at most timeoutMs. `done`
    // gets how many could not be removed in time. Never blocks.
    virtual void shutdown(int timeoutMs, QObject *context, std::function<void(int leftBehind)> done) = 0;

    // The HTTP requests these calls would send, for "copy as curl" before sending.
    virtual HttpRequest produceRequest(const QList<ProduceRecord> &records) const = 0;
    virtual HttpRequest readRequest(const ReadRequest &request) const = 0;
    virtual HttpRequest listTopicsRequest() const = 0;

Q_SIGNALS:
    void requestsInFlightChanged(int count);
    // This client made a member of `group` to read or consume (a session, a Confluent read),
    // not one of the short-lived instances made to look at a group or to reset it: the groups
    // view shows the groups the app itself created.
    void groupCreated(const QString &group);
};

// Creates the client of the settings' dialect. The journal (may be null) records every exchange.
std::unique_ptr<KafkaClient> createKafkaClient(const ConnectionSettings &settings, Journal *journal,
                                               QObject *parent = nullptr);

} // namespace Gregor
