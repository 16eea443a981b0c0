#pragma once
#include "requestcontext.h"
#include "store.h"

#include <QJsonValue>
#include <QList>

#include <expected>
#include <vector>

namespace Gregor::Sandbox::UpstashProduce {

// Validates every message (shape, topic, partition, size), then appends them all at once.
std::expected<std::vector<AppendResult>, HttpResponse>
produce(RequestContext &ctx, const QList<QJsonValue> &messages, const QString &pathTopic);
// {"topic","partition","offset","timestamp"}
void writeMetadata(QByteArray &out, const AppendResult &result);

} // namespace Gregor::Sandbox::UpstashProduce
