// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/http/httprequest.h"
#include "core/http/job.h"
#include "result.h"
#include "topicconfig.h"

#include <QMap>

namespace Gregor {

// A topic to create: its partitions and the configs it starts with (others inherit).
struct TopicSpec
{
    QString name;
    int partitions = 1;
    std::optional<int> replicationFactor; // the cluster's default when absent
    QMap<QString, QString> configs;
    friend bool operator==(const TopicSpec &, const TopicSpec &) = default;
};

// Topic management (Capability::ManageTopics): create, delete, add partitions, read and change
// configs. Every call that changes the cluster is refused before sending on a read-only
// connection. Each has its request for "copy as curl"; the secret never goes into it.
class TopicAdmin
{
public:
    template<typename T>
    using Callback = typename ResultJob<T>::Callback;

    virtual ~TopicAdmin() = default;

    // validateOnly: the server checks name, partitions and configs and creates nothing.
    virtual Job *createTopic(const TopicSpec &topic, bool validateOnly, QObject *context,
                             Callback<Done> done) = 0;
    virtual Job *deleteTopic(const QString &topic, QObject *context, Callback<Done> done) = 0;
    // Kafka only adds partitions: a count at or below the current one is refused by the server.
    virtual Job *setPartitionCount(const QString &topic, int partitions, QObject *context,
                                   Callback<Done> done) = 0;
    // Every config of the topic with its source, default and read-only flags.
    virtual Job *topicConfigs(const QString &topic, QObject *context, Callback<QList<TopicConfig>> done) = 0;
    // All changes at once: the broker applies all or none.
    virtual Job *alterConfigs(const QString &topic, const QList<ConfigChange> &changes, QObject *context,
                              Callback<Done> done) = 0;

    // The requests these calls send (with the cluster id learnt by the first call).
    virtual Result<HttpRequest> createTopicRequest(const TopicSpec &topic, bool validateOnly) const = 0;
    virtual HttpRequest deleteTopicRequest(const QString &topic) const = 0;
    virtual Result<HttpRequest> setPartitionCountRequest(const QString &topic, int partitions) const = 0;
    virtual Result<HttpRequest> alterConfigsRequest(const QString &topic,
                                                    const QList<ConfigChange> &changes) const = 0;
};

} // namespace Gregor
