// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/apierror.h"

#include <QNetworkReply>

namespace Gregor {

// The ApiError for a reply that failed without an HTTP answer (connection, TLS, timeout). The
// error string of Qt goes into serverMessage for the request log; the user gets advice.
ApiError transportError(QNetworkReply::NetworkError error, const QString &detail);

// Marks an error of a non-idempotent request whose bytes may have reached the server.
ApiError withUnknownOutcome(ApiError error);

} // namespace Gregor
