// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/result.h"

#include <QSslConfiguration>

namespace Gregor {

struct ConnectionSettings;

// The TLS configuration of one connection: the system CAs plus the connection's CA file, and its
// client certificate (PEM with a key file, or PKCS#12). An unreadable file is an error the user
// sees on the first call, not a silent fallback.
Result<QSslConfiguration> tlsConfiguration(const ConnectionSettings &settings);

// Whether a certificate is the one the user chose to trust for this connection.
bool matchesPin(const QSslCertificate &certificate, const QByteArray &pinnedSha256);

} // namespace Gregor
