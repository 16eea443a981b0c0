// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// Strict, small readers for server answers: a field has the type we need or the whole answer is
// a Protocol error that names what was wrong. Never half a value.
namespace Gregor::Json {

ApiError protocolError(const QString &what);

Result<QJsonDocument> parse(const QByteArray &body);
Result<QJsonArray> parseArray(const QByteArray &body);
Result<QJsonObject> parseObject(const QByteArray &body);

// An integral JSON number (no fraction, within qint64); nullopt otherwise.
std::optional<qint64> integer(const QJsonValue &value);
// An integral number that fits an int and is >= minimum.
std::optional<int> intAtLeast(const QJsonValue &value, int minimum);
// Absent and null are "missing"; both forms occur (§7: nulls omitted or present).
inline bool missing(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// Strict base64 (Confluent binary format); null stays null, "" becomes empty-but-not-null.
std::optional<QByteArray> base64(const QJsonValue &value);
// Base64 for a request body.
QJsonValue toBase64(const QByteArray &bytes);

// A percent-encoded path segment: '/', '?', '#', spaces and everything non-unreserved escaped.
QString segment(const QString &text);

QByteArray compact(const QJsonValue &value);

// Appends UTF-8 text as a JSON string: quotes, backslashes and control characters escaped, the
// rest byte for byte. For request bodies written directly, without a QJsonObject per record.
void appendString(QByteArray &out, QByteArrayView utf8);

} // namespace Gregor::Json
