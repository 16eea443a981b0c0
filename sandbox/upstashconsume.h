// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "requestcontext.h"

namespace Gregor::Sandbox::UpstashConsume {

// GET /consume/{g}/{i}/{topic}?timeout=  and  GET|POST /consume/{g}/{i} {topic?|topics?, timeout?}.
// The first call creates the instance, configured by the Kafka-* headers (§1.4); a later call
// naming other topics re-subscribes it (§10). Long-polls up to the timeout.
Reply consume(RequestContext &ctx);

} // namespace Gregor::Sandbox::UpstashConsume
