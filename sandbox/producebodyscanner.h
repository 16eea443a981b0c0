// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "upstashproduce.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace Gregor::Sandbox::UpstashProduce {

// Reads an Upstash produce body (one message object or an array of them) straight from its bytes
// into messages, without QJsonDocument, for the usual case only: well-formed JSON, every message
// of the expected shape and types. On anything else — a syntax error, a field of another type, a
// duplicate field, invalid or unusual UTF-8, a number it does not read exactly — it answers
// nullopt and the caller takes the general path (QJsonDocument and parseMessage), which then
// answers as it always did. tst_sandbox_producescan holds the two paths to the same messages.
std::optional<std::vector<Message>> scanBody(QByteArrayView body, const QString &pathTopic);

} // namespace Gregor::Sandbox::UpstashProduce
