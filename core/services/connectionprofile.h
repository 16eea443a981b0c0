// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/result.h"
#include "core/http/connectionsettings.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace Gregor {

// The secrets of a profile, which live only in the keychain (or are asked every time).
struct ProfileSecrets
{
    QString secret;        // password, token or API key
    QString proxyPassword; // of an explicit proxy with a user name
    bool isEmpty() const { return secret.isEmpty() && proxyPassword.isEmpty(); }
    friend bool operator==(const ProfileSecrets &, const ProfileSecrets &) = default;
};

// The keychain key of a profile's proxy password (the main secret is keyed by the profile id).
QString proxySecretKey(const QString &profileId);

// A saved connection, without its secret: the secret lives only in the OS keychain, keyed by id.
struct ConnectionProfile
{
    QString id; // stable, a UUID without braces
    QString name;
    QString color = QStringLiteral("#3daee9"); // colour tag "#rrggbb"
    DialectKind dialect = DialectKind::Upstash;
    QUrl baseUrl;
    ConnectionSettings::AuthKind auth = ConnectionSettings::AuthKind::None;
    QString user;

    enum class SecretMode
    {
        Keychain,     // stored in the OS keychain
        AskEveryTime, // never stored; asked when the connection opens
    };
    SecretMode secretMode = SecretMode::Keychain;

    QString caFile;
    QString clientCertFile;
    QString clientKeyFile;
    QString pinnedSha256Hex; // "trust this certificate"
    ConnectionSettings::ProxyKind proxy = ConnectionSettings::ProxyKind::System;
    QUrl proxyUrl;
    int timeoutMs = 30000;
    int maxResponseMiB = int(ConnectionSettings::DefaultMaxResponseBytes / (1024 * 1024));
    bool readOnly = false;     // no produce, commit, delete or offset reset
    bool localSandbox = false; // the built-in first-run profile: starts the sandbox in-process

    static ConnectionProfile create(const QString &name); // with a fresh id
    static ConnectionProfile localSandboxProfile();

    bool needsSecret() const { return auth != ConnectionSettings::AuthKind::None && !localSandbox; }
    // Sends credentials over plain HTTP to a host that is not loopback.
    bool sendsCredentialsInClear() const;

    bool needsProxyPassword() const
    {
        return proxy == ConnectionSettings::ProxyKind::Explicit && !proxyUrl.userName().isEmpty();
    }

    ConnectionSettings toSettings(const QString &secret, const QString &proxyPassword = {}) const;

    // Moves credentials typed into URLs out of them: the base URL's user name to `user` (with
    // Basic auth when none was chosen), its password and the proxy's password into the returned
    // secrets. Afterwards no URL of the profile holds a password, so nothing stored or shown can.
    // Every way a profile comes in (dialog, import, settings, environment) goes through here.
    ProfileSecrets moveUrlCredentials();

    // JSON without any secret (export, import, settings).
    QJsonObject toJson() const;
    // Credentials found in its URLs are dropped (settings written by an older version), or kept
    // for the caller to move out with moveUrlCredentials() (import).
    enum UrlSecrets
    {
        DropUrlSecrets,
        KeepUrlSecrets,
    };
    static Result<ConnectionProfile> fromJson(const QJsonObject &object,
                                              UrlSecrets urlSecrets = DropUrlSecrets);

    // From UPSTASH_KAFKA_REST_URL / _USERNAME / _PASSWORD; the password (from _PASSWORD, or
    // from the URL's user-info, which is taken out of it) is returned separately.
    static std::optional<std::pair<ConnectionProfile, QString>>
    fromEnvironment(const QProcessEnvironment &env);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// Export / import of several profiles as one JSON document (no secrets). An imported profile
// whose URLs held credentials comes back without them, the secrets apart for the keychain.
struct ImportedProfile
{
    ConnectionProfile profile;
    ProfileSecrets fromUrls;
};
QByteArray exportProfiles(const QList<ConnectionProfile> &profiles);
Result<QList<ImportedProfile>> importProfiles(const QByteArray &json);

QString dialectKey(DialectKind kind); // "upstash", "confluent-v2", "confluent-v1"
std::optional<DialectKind> dialectFromKey(const QString &key);

} // namespace Gregor
