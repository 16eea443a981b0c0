// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "faultinjector.h"
#include "httptypes.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>
#include <optional>

namespace Gregor::Sandbox {

// A responder that can outlive the handler call (long-polls, latency, slow bodies). Resetting
// the optional lets Qt HTTP Server go on with the connection.
using ResponderHolder = std::shared_ptr<std::optional<QHttpServerResponder>>;

// Sends a response, applying the delivery faults of `faults`: latency, drop (abort the
// connection), truncate (headers with the full Content-Length, half the body, close) and
// slow-body (the body at a fixed rate, written straight to the socket).
void deliverResponse(ResponderHolder responder, HttpResponse response, const FaultDecision &faults,
                     QPointer<QTcpSocket> socket, QObject *context);

// Answers at once on a responder the caller keeps (drop aborts the connection instead).
void deliverNow(QHttpServerResponder &responder, const HttpResponse &response, const FaultDecision &faults,
                QTcpSocket *socket);

// The status line and headers as the sandbox writes them itself for raw (faulty) answers.
QByteArray rawResponseHead(const HttpResponse &response, bool close);

} // namespace Gregor::Sandbox
