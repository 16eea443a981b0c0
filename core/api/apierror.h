// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDebug>
#include <QString>

namespace Gregor {

enum class ErrorKind
{
    Network,   // could not connect, connection reset, DNS
    Tls,       // certificate or handshake problem
    Timeout,   // no answer within the call's transfer timeout
    Auth,      // 401
    Forbidden, // 403
    NotFound,  // 404
    Conflict,  // 409
    BadRequest,
    TooLarge, // 413
    Server,   // 5xx
    Protocol, // an answer we cannot parse
    Cancelled,
    Unsupported, // the dialect cannot do this (see capabilities); nothing was sent
};

// The one error type of every layer: transport failure, HTTP status and the server's envelope
// ({error,status} or {error_code,message}) become one value with a sentence for the user.
struct ApiError
{
    ErrorKind kind = ErrorKind::Network;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    int serverCode = 0; // Confluent error_code (40403…) or Upstash status; 0 when absent
    QString serverMessage;
    QString userText; // one sentence: what happened and what to do next
    quint64 journalId = 0;
    // A produce or commit whose request bytes were sent but whose answer never came:
    // it may have been applied. Never retried blindly.
    bool outcomeUnknown = false;

    // Builds the error for an HTTP answer with a non-2xx status from its body (either envelope,
    // HTML, empty or truncated).
    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError make(ErrorKind kind, const QString &userText);
    // A per-record or per-item error code inside a successful answer (Confluent produce offsets).
    static ApiError fromServerCode(int serverCode, const QString &serverMessage);

    QString kindName() const;
    friend bool operator==(const ApiError &, const ApiError &) = default;
};

QString errorKindName(ErrorKind kind);
ErrorKind errorKindForStatus(int status);
QDebug operator<<(QDebug debug, const ApiError &error);

} // namespace Gregor
