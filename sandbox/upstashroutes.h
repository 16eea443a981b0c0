// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "requestcontext.h"

namespace Gregor::Sandbox {

// The Upstash Kafka REST routes of api-spec §1.7b (everything but /webhook).
namespace UpstashRoutes {
bool owns(QStringView firstSegment); // produce, fetch, consume, commit, …
Reply handle(RequestContext &ctx);
HttpResponse topics(RequestContext &ctx);    // GET /topics as a map of name → partitions
HttpResponse consumers(RequestContext &ctx); // GET /consumers
} // namespace UpstashRoutes

} // namespace Gregor::Sandbox
