// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "consumergroups.h"
#include "requestcontext.h"

namespace Gregor::Sandbox {

// The Confluent REST Proxy routes: v2 (§2.4, §2.5, GET /) and v1 / IBM Message Hub (§4.1, §4.2).
// v1 and v2 share paths and are told apart by the vnd.kafka version in Content-Type or Accept.
namespace ConfluentRoutes {
bool owns(QStringView firstSegment); // "", topics, brokers, consumers
Reply handle(RequestContext &ctx);
HttpResponse topicsList(RequestContext &ctx); // GET /topics as a list of names

// Checks the request Content-Type of a body-carrying call: vnd.kafka types always pass;
// application/json, octet-stream, form data or none pass unless --strict-content-type.
std::optional<HttpResponse> checkContentType(const RequestContext &ctx);
// The embedded format a Content-Type/Accept names, or an error for one the sandbox lacks.
std::expected<EmbeddedFormat, HttpResponse> embeddedFormat(const RequestContext &ctx, const MediaType &type);
} // namespace ConfluentRoutes

namespace ConfluentProduce {
Reply produce(RequestContext &ctx, const QString &topic, std::optional<int> pathPartition);
}

namespace ConfluentConsumers {
Reply handle(RequestContext &ctx); // /consumers/{g}[/instances/{i}[/…]]
}

namespace V1Routes {
Reply messages(RequestContext &ctx); // GET /topics/{t}/partitions/{p}/messages?offset=&count=
Reply readTopic(RequestContext &ctx, const QString &group, const QString &instance,
                const QString &topic); // GET /consumers/{g}/instances/{i}/topics/{t}
HttpResponse commitAnswer(RequestContext &ctx, const ConsumerInstance &instance); // v1 POST …/offsets
} // namespace V1Routes

} // namespace Gregor::Sandbox
