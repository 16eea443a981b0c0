// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "requestcontext.h"
#include "store.h"

#include <QJsonValue>
#include <QList>

#include <expected>
#include <vector>

namespace Gregor::Sandbox::UpstashProduce {

// One message of a produce request, read and of the right shape (its topic not yet checked).
struct Message
{
    QString topic;
    std::optional<int> partition;
    NewRecord record;
};

// The general path: every message object read from its QJsonValue; the error names the first
// that is not a message.
std::expected<std::vector<Message>, QString> parseMessages(const QList<QJsonValue> &bodies,
                                                           const QString &pathTopic);
// Reads the message objects (a 400 for the first that is not one), then produces them.
std::expected<std::vector<AppendResult>, HttpResponse>
produce(RequestContext &ctx, const QList<QJsonValue> &messages, const QString &pathTopic);
// Validates every message (topic, partition, size), then appends them all at once.
std::expected<std::vector<AppendResult>, HttpResponse> produce(RequestContext &ctx,
                                                               std::vector<Message> messages);
// [{"topic","partition","offset","timestamp"}, …]
QByteArray metadataArray(const std::vector<AppendResult> &results);
// {"topic","partition","offset","timestamp"}
void writeMetadata(QByteArray &out, const AppendResult &result);

} // namespace Gregor::Sandbox::UpstashProduce
