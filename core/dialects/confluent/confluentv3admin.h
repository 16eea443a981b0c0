// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/topicadmin.h"

namespace Gregor {

class ConfluentV3Client;

// Topic management over Confluent REST v3 (api-spec §3.2): POST/DELETE/PATCH on topics and
// configs:alter, each call naming the cluster the client learnt.
class ConfluentV3Admin : public TopicAdmin
{
public:
    explicit ConfluentV3Admin(ConfluentV3Client *client);

    Job *createTopic(const TopicSpec &topic, bool validateOnly, QObject *context,
                     Callback<Done> done) override;
    Job *deleteTopic(const QString &topic, QObject *context, Callback<Done> done) override;
    Job *setPartitionCount(const QString &topic, int partitions, QObject *context,
                           Callback<Done> done) override;
    Job *topicConfigs(const QString &topic, QObject *context, Callback<QList<TopicConfig>> done) override;
    Job *alterConfigs(const QString &topic, const QList<ConfigChange> &changes, QObject *context,
                      Callback<Done> done) override;

    Result<HttpRequest> createTopicRequest(const TopicSpec &topic, bool validateOnly) const override;
    HttpRequest deleteTopicRequest(const QString &topic) const override;
    Result<HttpRequest> setPartitionCountRequest(const QString &topic, int partitions) const override;
    Result<HttpRequest> alterConfigsRequest(const QString &topic,
                                            const QList<ConfigChange> &changes) const override;

private:
    // Sends what `build` makes once the cluster is known; any 2xx is success (201, 200, 204).
    using Build = std::function<Result<HttpRequest>()>;
    Job *change(Build build, QObject *context, Callback<Done> done);

    ConfluentV3Client *m_client;
};

} // namespace Gregor
