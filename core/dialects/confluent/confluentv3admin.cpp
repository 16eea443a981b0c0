// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluentv3admin.h"

#include "confluentv3client.h"
#include "v3pages.h"
#include "v3parse.h"
#include "v3requests.h"

using namespace Qt::StringLiterals;

namespace Gregor {

namespace V3 = ConfluentV3;

namespace {

V3::NewTopic newTopic(const TopicSpec &topic, bool validateOnly)
{
    V3::NewTopic created;
    created.name = topic.name;
    created.partitionsCount = topic.partitions;
    created.replicationFactor = topic.replicationFactor;
    for (auto it = topic.configs.cbegin(); it != topic.configs.cend(); ++it)
        created.configs.append({it.key(), it.value()});
    created.validateOnly = validateOnly;
    return created;
}

} // namespace

ConfluentV3Admin::ConfluentV3Admin(ConfluentV3Client *client)
    : m_client(client)
{}

Job *ConfluentV3Admin::change(Build build, QObject *context, Callback<Done> done)
{
    auto *op = new Operation<Done>(context, std::move(done), m_client);
    m_client->withCluster(op, [this, op, build = std::move(build)](const V3::Target &) {
        const Result<HttpRequest> request = build();
        if (!request)
            return op->fail(request.error());
        op->send(m_client->transport(), *request, [op](Result<HttpResponse> response) {
            op->finishWith(
                parseResponse<Done>(response, [](const QByteArray &) -> Result<Done> { return Done{}; }));
        });
    });
    return op;
}

Job *ConfluentV3Admin::createTopic(const TopicSpec &topic, bool validateOnly, QObject *context,
                                   Callback<Done> done)
{
    return change([this, topic, validateOnly] { return createTopicRequest(topic, validateOnly); }, context,
                  std::move(done));
}

Job *ConfluentV3Admin::deleteTopic(const QString &topic, QObject *context, Callback<Done> done)
{
    return change([this, topic] { return Result<HttpRequest>(deleteTopicRequest(topic)); }, context,
                  std::move(done));
}

Job *ConfluentV3Admin::setPartitionCount(const QString &topic, int partitions, QObject *context,
                                         Callback<Done> done)
{
    return change([this, topic, partitions] { return setPartitionCountRequest(topic, partitions); }, context,
                  std::move(done));
}

Job *ConfluentV3Admin::topicConfigs(const QString &topic, QObject *context, Callback<QList<TopicConfig>> done)
{
    auto *op = new Operation<QList<TopicConfig>>(context, std::move(done), m_client);
    m_client->withCluster(op, [this, op, topic](const V3::Target &target) {
        V3::collectPages<TopicConfig>(op, m_client->transport(), target, V3::listTopicConfigs(target, topic),
                                      &V3::parseTopicConfigs, [op](QList<TopicConfig> configs) {
                                          std::ranges::sort(configs, {}, &TopicConfig::name);
                                          op->finishWith(std::move(configs));
                                      });
    });
    return op;
}

Job *ConfluentV3Admin::alterConfigs(const QString &topic, const QList<ConfigChange> &changes,
                                    QObject *context, Callback<Done> done)
{
    return change([this, topic, changes] { return alterConfigsRequest(topic, changes); }, context,
                  std::move(done));
}

Result<HttpRequest> ConfluentV3Admin::createTopicRequest(const TopicSpec &topic, bool validateOnly) const
{
    return V3::createTopic(m_client->target(), newTopic(topic, validateOnly));
}

HttpRequest ConfluentV3Admin::deleteTopicRequest(const QString &topic) const
{
    return V3::deleteTopic(m_client->target(), topic);
}

Result<HttpRequest> ConfluentV3Admin::setPartitionCountRequest(const QString &topic, int partitions) const
{
    return V3::setPartitionCount(m_client->target(), topic, partitions);
}

Result<HttpRequest> ConfluentV3Admin::alterConfigsRequest(const QString &topic,
                                                          const QList<ConfigChange> &changes) const
{
    return V3::alterTopicConfigs(m_client->target(), topic, changes);
}

} // namespace Gregor
