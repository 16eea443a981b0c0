#pragma once
#include "core/api/result.h"
#include "core/http/connectionsettings.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace Gregor {

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
    bool readOnly = false;     // no produce, commit, delete or offset reset
    bool localSandbox = false; // the built-in first-run profile: starts the sandbox in-process

    static ConnectionProfile create(const QString &name); // with a fresh id
    static ConnectionProfile localSandboxProfile();

    bool needsSecret() const { return auth != ConnectionSettings::AuthKind::None && !localSandbox; }
    // Sends credentials over plain HTTP to a host that is not loopback.
    bool sendsCredentialsInClear() const;

    ConnectionSettings toSettings(const QString &secret) const;

    // JSON without any secret (export, import, settings).
    QJsonObject toJson() const;
    static Result<ConnectionProfile> fromJson(const QJsonObject &object);

    // From UPSTASH_KAFKA_REST_URL / _USERNAME / _PASSWORD; the password is returned separately.
    static std::optional<std::pair<ConnectionProfile, QString>>
    fromEnvironment(const QProcessEnvironment &env);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// Export / import of several profiles as one JSON document (no secrets).
QByteArray exportProfiles(const QList<ConnectionProfile> &profiles);
Result<QList<ConnectionProfile>> importProfiles(const QByteArray &json);

QString dialectKey(DialectKind kind); // "upstash", "confluent-v2", "confluent-v1"
std::optional<DialectKind> dialectFromKey(const QString &key);

} // namespace Gregor
