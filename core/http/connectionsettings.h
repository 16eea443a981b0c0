// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/capabilities.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Gregor {

// Everything needed to talk to one server, secrets included. Built by the app from a profile
// (non-secret fields from settings, the secret from the keychain); never written to disk as a whole.
struct ConnectionSettings
{
    DialectKind dialect = DialectKind::Upstash;
    QUrl baseUrl; // may carry a path prefix, e.g. https://host/kafka

    enum class AuthKind
    {
        None,
        Basic,     // user + secret
        AuthToken, // X-Auth-Token: secret (Message Hub)
        Bearer,    // Authorization: Bearer secret
    };
    AuthKind auth = AuthKind::None;
    QString user;
    QString secret;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    // TLS: the system CAs are always trusted; these add to them.
    QString caFile;         // PEM bundle
    QString clientCertFile; // PEM or PKCS#12 (.p12/.pfx)
    QString clientKeyFile;  // PEM key when the certificate is PEM
    QString clientKeyPassphrase;
    QByteArray pinnedSha256; // "trust this certificate": SHA-256 of the server certificate (DER), raw bytes

    enum class ProxyKind
    {
        System,
        None,
        Explicit
    };
    ProxyKind proxy = ProxyKind::System;
    QUrl proxyUrl; // http://user:pass@host:port or socks5://…

    static constexpr qint64 DefaultMaxResponseBytes = 64 * 1024 * 1024;
    qint64 maxResponseBytes = DefaultMaxResponseBytes; // a larger answer ends the call with TooLarge
    // Produce, commit, offset reset and instance removal are refused before anything is sent,
    // whoever asks (HttpRequest::writes).
    bool readOnly = false;
    int timeoutMs = 30000;      // transfer timeout per call (long polls add their own wait)
    int maxRetries = 3;         // idempotent reads only
    int retryBaseDelayMs = 250; // capped exponential backoff with jitter
    int retryMaxDelayMs = 5000;

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};

} // namespace Gregor
