// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QByteArray>
#include <QList>

#include <optional>

// The same answers as core's record scanners produce, parsed with simdjson's On-Demand API, so
// ./dev bench core can say whether simdjson would be the faster record path (issue 13, point 1).
// Bench-only: nullopt on anything the scanners would decline.
namespace Gregor::BenchSimdjson {

std::optional<QList<Record>> parseUpstashMessages(const QByteArray &body);
// Confluent v2 …/records and v1 …/messages in the binary format: key and value base64 or null.
std::optional<QList<Record>> parseConfluentRecords(const QByteArray &body, const QString &defaultTopic = {});

} // namespace Gregor::BenchSimdjson
