// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ConfluentV3Client's produce: through v3 (one streamed request per run of same-topic records,
// one delivery report per record) when the records need it, through v2 otherwise.
#include "confluentv3client.h"

#include "core/dialects/common/operation.h"
#include "core/dialects/common/produceexchange.h"
#include "core/dialects/common/produceruns.h"
#include "v3parse.h"

using namespace Qt::StringLiterals;

namespace Gregor {

namespace V3 = ConfluentV3;

namespace {

bool needsV3(const ProduceRecord &record)
{
    return !record.headers.isEmpty() || record.timestampMs.has_value();
}

ApiError clusterUnknown()
{
    return ApiError::make(ErrorKind::BadRequest,
                          QObject::tr("Gregor has not learnt the cluster's id yet: refresh the topics, "
                                      "then produce again."));
}

} // namespace

bool ConfluentV3Client::producesThroughV3(const QList<ProduceRecord> &records) const
{
    return m_variant == Variant::Cloud || std::any_of(records.begin(), records.end(), needsV3);
}

Job *ConfluentV3Client::produce(const QList<ProduceRecord> &records, QObject *context,
                                Callback<QList<ProduceResult>> done)
{
    if (!producesThroughV3(records))
        return ConfluentClient::produce(records, context, std::move(done));
    // One streamed request per run of same-topic records. The builder reads the target when a
    // run is sent, by which time withCluster() has learnt the cluster's id; the job is the
    // client's child, so the client outlives it.
    auto *job = new ProduceRunsJob(
        transport(), records,
        [](const ProduceRecord &first, const ProduceRecord &next) { return next.topic == first.topic; },
        [this](const QList<ProduceRecord> &run) { return V3::produceStream(m_target, run); },
        &V3::parseDeliveryReports, context, std::move(done), this);
    if (records.isEmpty()) {
        job->start();
        return job;
    }
    withCluster<QList<ProduceResult>>(job, [job](const V3::Target &) { job->start(); });
    return job;
}

KafkaClient::ProduceRequestBuilder ConfluentV3Client::produceRequestBuilder() const
{
    // Values only: the builder runs on a worker thread and may outlive the client. v2 for
    // records that need nothing more (their answer is one small list), v3 for the rest.
    return [target = m_target, cloud = m_variant == Variant::Cloud,
            v2 = ConfluentClient::produceRequestBuilder()](
               const QList<ProduceRecord> &records) -> Result<HttpRequest> {
        if (!cloud && std::none_of(records.begin(), records.end(), needsV3))
            return v2(records);
        if (target.clusterId.isEmpty())
            return std::unexpected(clusterUnknown());
        return V3::produceStream(target, records);
    };
}

Job *ConfluentV3Client::sendProduceRequest(const HttpRequest &request, const QString &topic, qsizetype count,
                                           QObject *context, Callback<QList<ProduceResult>> done,
                                           std::function<void()> answered)
{
    if (!request.path.startsWith(m_target.basePath + u'/'))
        return ConfluentClient::sendProduceRequest(request, topic, count, context, std::move(done),
                                                   std::move(answered));
    return sendProduceExchange(
        transport(), this, request, context, std::move(done), std::move(answered),
        [topic, count](const QByteArray &body) { return V3::parseDeliveryReports(body, topic, count); });
}

HttpRequest ConfluentV3Client::produceRequest(const QList<ProduceRecord> &records) const
{
    if (records.isEmpty() || !producesThroughV3(records))
        return ConfluentClient::produceRequest(records);
    return V3::produceStream(m_target, records).value_or(HttpRequest{});
}

} // namespace Gregor
