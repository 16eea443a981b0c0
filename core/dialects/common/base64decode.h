// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Gregor::Json {

// Base64 by table, for the record scanners: the same acceptance as Json::base64() on a
// QJsonValue (strict alphabet, at most two '=' that complete a quantum); "" decodes to an empty,
// non-null array.
std::optional<QByteArray> decodeBase64(QByteArrayView text);

} // namespace Gregor::Json
