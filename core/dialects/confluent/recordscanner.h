// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QByteArrayView>

#include <optional>

namespace Gregor::Confluent {

// The fast path of parseRecords(): a single pass over the plain shape every binary-format
// answer has — an array of flat objects with topic, key, value (base64 or null), partition,
// offset and optionally timestamp, strings without escapes. Anything else (escapes, other keys,
// odd numbers, malformed JSON) answers nullopt and the caller takes the general parser, so the
// result is always the one QJsonDocument would give; the fuzzer checks that they agree.
std::optional<QList<Record>> scanBinaryRecords(QByteArrayView body, const QString &defaultTopic);

} // namespace Gregor::Confluent
