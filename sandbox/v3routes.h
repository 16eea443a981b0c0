// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "requestcontext.h"

namespace Gregor::Sandbox {

// Confluent REST v3 (api-spec §3): one cluster under /v3 (standalone REST Proxy) and /kafka/v3
// (Confluent Server, Confluent Cloud), on the same port as the other dialects.
namespace V3Routes {
// How many leading segments name the v3 base path: 1 for v3/…, 2 for kafka/v3/…, else 0.
int prefixLength(const QStringList &segments);
// ctx.segments start after the base path (clusters/…).
Reply handle(RequestContext &ctx);
} // namespace V3Routes

namespace V3 {
class Links;
// The route files; each gets the segments after the base path (clusters/{c}/…), the cluster
// checked.
Reply topics(RequestContext &ctx, const Links &links);         // …/topics[/{t}[/…]]
Reply configs(RequestContext &ctx, const Links &links);        // …/topics/{t|-}/configs[…]
Reply partitions(RequestContext &ctx, const Links &links);     // …/topics/{t}/partitions[/…]
Reply consumerGroups(RequestContext &ctx, const Links &links); // …/consumer-groups[/…]
Reply produce(RequestContext &ctx, const Links &links);        // …/topics/{t}/records[:batch]
} // namespace V3

} // namespace Gregor::Sandbox
