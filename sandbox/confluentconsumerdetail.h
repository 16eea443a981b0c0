// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the Confluent consumer route files.
#include "consumergroups.h"
#include "requestcontext.h"

#include <QJsonObject>

namespace Gregor::Sandbox::ConfluentConsumers::Detail {

// One {topic, partition[, offset]} entry of a request body.
struct Entry
{
    TopicPartition tp;
    qint64 offset = -1;
};

// The entries of a JSON array; 422 for a wrong shape, 404/40403 for an unknown topic-partition.
std::expected<QList<Entry>, HttpResponse> entries(const RequestContext &ctx, const QJsonValue &list,
                                                  bool withOffset, bool mustExist = true);
// The body as a JSON object after the Content-Type check.
std::expected<QJsonObject, HttpResponse> objectBody(const RequestContext &ctx, bool allowEmpty = false);

Reply positions(RequestContext &ctx, const QString &group, ConsumerInstance &instance, const QString &where);
Reply records(RequestContext &ctx, const QString &group, ConsumerInstance &instance);

} // namespace Gregor::Sandbox::ConfluentConsumers::Detail
