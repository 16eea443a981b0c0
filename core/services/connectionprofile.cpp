// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {
using AuthKind = ConnectionSettings::AuthKind;
using ProxyKind = ConnectionSettings::ProxyKind;

QString authKey(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return u"none"_s;
    case AuthKind::Basic:
        return u"basic"_s;
    case AuthKind::AuthToken:
        return u"x-auth-token"_s;
    case AuthKind::Bearer:
        return u"bearer"_s;
    }
    return {};
}

std::optional<AuthKind> authFromKey(const QString &key)
{
    for (AuthKind kind : {AuthKind::None, AuthKind::Basic, AuthKind::AuthToken, AuthKind::Bearer}) {
        if (authKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString proxyKey(ProxyKind kind)
{
    switch (kind) {
    case ProxyKind::System:
        return u"system"_s;
    case ProxyKind::None:
        return u"none"_s;
    case ProxyKind::Explicit:
        return u"explicit"_s;
    }
    return {};
}

ApiError invalid(const QString &what)
{
    return ApiError::make(
        ErrorKind::Protocol,
        QCoreApplication::translate("Gregor::ConnectionProfile", "The profile file is not valid: %1.")
            .arg(what));
}
} // namespace

QString dialectKey(DialectKind kind)
{
    switch (kind) {
    case DialectKind::Upstash:
        return u"upstash"_s;
    case DialectKind::ConfluentV2:
        return u"confluent-v2"_s;
    case DialectKind::ConfluentV1:
        return u"confluent-v1"_s;
    case DialectKind::ConfluentV3:
        return u"confluent-v3"_s;
    case DialectKind::ConfluentCloud:
        return u"confluent-cloud"_s;
    }
    return {};
}

std::optional<DialectKind> dialectFromKey(const QString &key)
{
    for (DialectKind kind : allDialects()) {
        if (dialectKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

ConnectionProfile ConnectionProfile::create(const QString &name)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    return profile;
}

ConnectionProfile ConnectionProfile::localSandboxProfile()
{
    ConnectionProfile profile;
    profile.id = u"local-sandbox"_s;
    profile.name = QCoreApplication::translate("Gregor::ConnectionProfile", "Local sandbox");
    profile.color = u"#27ae60"_s;
    profile.dialect = DialectKind::Upstash;
    profile.localSandbox = true;
    return profile;
}

static bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ConnectionProfile::sendsCredentialsInClear() const
{
    return auth != AuthKind::None && baseUrl.scheme() == u"http"_s && !isLoopback(baseUrl.host());
}

QString proxySecretKey(const QString &profileId)
{
    return profileId + u"/proxy"_s;
}

ProfileSecrets ConnectionProfile::moveUrlCredentials()
{
    ProfileSecrets found;
    if (baseUrl.isValid() && !baseUrl.userInfo().isEmpty()) {
        const QString urlUser = baseUrl.userName(QUrl::FullyDecoded);
        found.secret = baseUrl.password(QUrl::FullyDecoded);
        if (!urlUser.isEmpty() && user.isEmpty())
            user = urlUser;
        if (auth == AuthKind::None && !urlUser.isEmpty())
            auth = AuthKind::Basic;
        baseUrl = baseUrl.adjusted(QUrl::RemoveUserInfo);
    }
    if (proxyUrl.isValid() && !proxyUrl.password().isEmpty()) {
        found.proxyPassword = proxyUrl.password(QUrl::FullyDecoded);
        proxyUrl = proxyUrl.adjusted(QUrl::RemovePassword);
    }
    return found;
}

ConnectionSettings ConnectionProfile::toSettings(const QString &secret, const QString &proxyPassword) const
{
    ConnectionSettings settings;
    settings.dialect = dialect;
    settings.baseUrl = baseUrl;
    settings.auth = auth;
    settings.user = user;
    settings.secret = secret;
    settings.caFile = caFile;
    settings.clientCertFile = clientCertFile;
    settings.clientKeyFile = clientKeyFile;
    settings.pinnedSha256 = QByteArray::fromHex(pinnedSha256Hex.toLatin1());
    settings.proxy = proxy;
    settings.proxyUrl = proxyUrl;
    if (!proxyPassword.isEmpty())
        settings.proxyUrl.setPassword(proxyPassword, QUrl::DecodedMode);
    settings.timeoutMs = timeoutMs;
    settings.readOnly = readOnly;
    settings.maxResponseBytes = qint64(maxResponseMiB) * 1024 * 1024;
    return settings;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject object{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"color"_s, color},
        {u"dialect"_s, dialectKey(dialect)},
        {u"url"_s, baseUrl.adjusted(QUrl::RemoveUserInfo).toString()},
        {u"auth"_s, authKey(auth)},
        {u"user"_s, user},
        {u"secret"_s, secretMode == SecretMode::Keychain ? u"keychain"_s : u"ask"_s},
        {u"proxy"_s, proxyKey(proxy)},
        {u"timeoutMs"_s, timeoutMs},
        {u"maxResponseMiB"_s, maxResponseMiB},
        {u"readOnly"_s, readOnly},
    };
    // Optional fields only when set, so exported files stay short.
    const auto putIfSet = [&object](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    putIfSet(u"caFile"_s, caFile);
    putIfSet(u"clientCertFile"_s, clientCertFile);
    putIfSet(u"clientKeyFile"_s, clientKeyFile);
    putIfSet(u"pinnedSha256"_s, pinnedSha256Hex);
    putIfSet(u"proxyUrl"_s, proxyUrl.adjusted(QUrl::RemovePassword).toString());
    if (localSandbox)
        object.insert(u"localSandbox"_s, true);
    return object;
}

Result<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &object, UrlSecrets urlSecrets)
{
    ConnectionProfile profile;
    profile.id = object.value("id"_L1).toString();
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = object.value("name"_L1).toString().trimmed();
    if (profile.name.isEmpty())
        return std::unexpected(
            invalid(QCoreApplication::translate("Gregor::ConnectionProfile", "a profile has no name")));
    profile.color = object.value("color"_L1).toString(profile.color);
    const auto dialect = dialectFromKey(object.value("dialect"_L1).toString());
    if (!dialect)
        return std::unexpected(invalid(
            QCoreApplication::translate("Gregor::ConnectionProfile", "profile \"%1\" has an unknown dialect")
                .arg(profile.name)));
    profile.dialect = *dialect;
    profile.localSandbox = object.value("localSandbox"_L1).toBool();
    profile.baseUrl = QUrl(object.value("url"_L1).toString(), QUrl::StrictMode);
    if (!profile.localSandbox && (!profile.baseUrl.isValid() || (profile.baseUrl.scheme() != u"http"_s &&
                                                                 profile.baseUrl.scheme() != u"https"_s)))
        return std::unexpected(
            invalid(QCoreApplication::translate("Gregor::ConnectionProfile",
                                                "profile \"%1\" needs an http or https URL")
                        .arg(profile.name)));
    const auto auth = authFromKey(object.value("auth"_L1).toString(u"none"_s));
    if (!auth)
        return std::unexpected(invalid(QCoreApplication::translate("Gregor::ConnectionProfile",
                                                                   "profile \"%1\" has an unknown auth kind")
                                           .arg(profile.name)));
    profile.auth = *auth;
    profile.user = object.value("user"_L1).toString();
    profile.secretMode =
        object.value("secret"_L1).toString() == u"ask"_s ? SecretMode::AskEveryTime : SecretMode::Keychain;
    profile.caFile = object.value("caFile"_L1).toString();
    profile.clientCertFile = object.value("clientCertFile"_L1).toString();
    profile.clientKeyFile = object.value("clientKeyFile"_L1).toString();
    profile.pinnedSha256Hex = object.value("pinnedSha256"_L1).toString();
    const QString proxy = object.value("proxy"_L1).toString(u"system"_s);
    profile.proxy = proxy == u"none"_s       ? ProxyKind::None
                    : proxy == u"explicit"_s ? ProxyKind::Explicit
                                             : ProxyKind::System;
    profile.proxyUrl = QUrl(object.value("proxyUrl"_L1).toString());
    profile.timeoutMs = qBound(1000, object.value("timeoutMs"_L1).toInt(30000), 600000);
    profile.maxResponseMiB = qBound(1, object.value("maxResponseMiB"_L1).toInt(64), 4096);
    profile.readOnly = object.value("readOnly"_L1).toBool();
    if (urlSecrets == DropUrlSecrets)
        profile.moveUrlCredentials();
    return profile;
}

std::optional<std::pair<ConnectionProfile, QString>>
ConnectionProfile::fromEnvironment(const QProcessEnvironment &env)
{
    const QString url = env.value(u"UPSTASH_KAFKA_REST_URL"_s);
    if (url.isEmpty())
        return std::nullopt;
    ConnectionProfile profile;
    profile.id = u"env-upstash"_s;
    profile.name = QCoreApplication::translate("Gregor::ConnectionProfile", "Upstash (environment)");
    profile.dialect = DialectKind::Upstash;
    profile.baseUrl = QUrl(url);
    profile.user = env.value(u"UPSTASH_KAFKA_REST_USERNAME"_s);
    profile.auth = profile.user.isEmpty() ? AuthKind::None : AuthKind::Basic;
    const ProfileSecrets inUrl = profile.moveUrlCredentials();
    // The secret comes from the environment each run; it is never stored.
    profile.secretMode = SecretMode::AskEveryTime;
    const QString password = env.value(u"UPSTASH_KAFKA_REST_PASSWORD"_s);
    return std::make_pair(profile, password.isEmpty() ? inUrl.secret : password);
}

QByteArray exportProfiles(const QList<ConnectionProfile> &profiles)
{
    QJsonArray array;
    for (const ConnectionProfile &profile : profiles) {
        if (!profile.localSandbox)
            array.append(profile.toJson());
    }
    return QJsonDocument(QJsonObject{{u"gregorProfiles"_s, 1}, {u"profiles"_s, array}}).toJson();
}

Result<QList<ImportedProfile>> importProfiles(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(
            invalid(QCoreApplication::translate("Gregor::ConnectionProfile", "%1 at byte %2")
                        .arg(error.errorString())
                        .arg(error.offset)));
    const QJsonValue list = doc.object().value("profiles"_L1);
    if (!list.isArray())
        return std::unexpected(
            invalid(QCoreApplication::translate("Gregor::ConnectionProfile", "it has no \"profiles\" list")));
    QList<ImportedProfile> profiles;
    for (const QJsonValue &value : list.toArray()) {
        auto profile = ConnectionProfile::fromJson(value.toObject(), ConnectionProfile::KeepUrlSecrets);
        if (!profile)
            return std::unexpected(profile.error());
        ImportedProfile imported{*profile, {}};
        imported.fromUrls = imported.profile.moveUrlCredentials();
        profiles.append(imported);
    }
    return profiles;
}

} // namespace Gregor
