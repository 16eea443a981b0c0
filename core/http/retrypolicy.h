// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <optional>

namespace Gregor {

struct ConnectionSettings;

// When and how long to wait before trying a request again. Pure, so it can be tested without a
// network.
namespace RetryPolicy {

// Capped exponential backoff with "full jitter": a uniform delay in [0, min(cap, base * 2^attempt)],
// attempt counted from 0. jitter is a value in [0, 1) (random in production, fixed in tests).
int backoffMs(int attempt, int baseMs, int maxMs, double jitter);

// Retry-After as seconds or as an HTTP date; nullopt when absent or unreadable. Never negative.
std::optional<int> retryAfterMs(const QByteArray &headerValue, const QDateTime &now);

// Whether an HTTP status may be retried: 429 always (the server refused before doing anything),
// 500/502/503/504 only for idempotent requests (Confluent's retriable 50003 is a 500).
bool retryableStatus(int status, bool idempotent);

// Whether a transport error may be retried. Errors before any byte was sent (refused, unknown host)
// are safe for every request; others only for idempotent ones. TLS and cancellation never.
bool retryableNetworkError(QNetworkReply::NetworkError error, bool idempotent);

// Errors that happen before the request could have reached the server.
bool failedBeforeSending(QNetworkReply::NetworkError error);

} // namespace RetryPolicy
} // namespace Gregor
