// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QByteArrayView>

#include <optional>

namespace Gregor::Upstash {

// The fast path of parseMessages(): an answer of /fetch or /consume, an array of flat objects
// with topic, partition, offset, timestamp, key, value and headers, read with simdjson's
// On-Demand API (in ./dev bench core it beat a hand-written scanner on escaped text values).
// Anything else (other members, duplicates, unusual numbers or strings) answers nullopt and the
// caller takes the general parser, so the result is always the one QJsonDocument gives; the
// fuzzer and tst_recordscanners check that they agree.
std::optional<QList<Record>> scanMessages(QByteArrayView body);

} // namespace Gregor::Upstash
