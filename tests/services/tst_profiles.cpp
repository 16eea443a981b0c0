// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/appsettings.h"
#include "core/services/connectionprofile.h"
#include "core/services/secretstore.h"
#include "tests/support/testsupport.h"

#include <QDirIterator>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestProfiles : public QObject
{
    Q_OBJECT
private:
    static ConnectionProfile sample()
    {
        ConnectionProfile profile = ConnectionProfile::create(u"Prod Upstash"_s);
        profile.color = u"#da4453"_s;
        profile.dialect = DialectKind::Upstash;
        profile.baseUrl = QUrl(u"https://tops-stingray-7863-eu1-rest-kafka.upstash.io"_s);
        profile.auth = ConnectionSettings::AuthKind::Basic;
        profile.user = u"dG9wcy1zdGluZ3JheQ"_s;
        profile.pinnedSha256Hex = u"ab01"_s;
        profile.timeoutMs = 15000;
        profile.readOnly = true;
        return profile;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonRoundTripKeepsEveryFieldButNoSecret()
    {
        const ConnectionProfile profile = sample();
        const QJsonObject json = profile.toJson();
        auto back = ConnectionProfile::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(*back, profile);
    }

    void credentialsTypedIntoUrlsNeverReachTheJson_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("proxyUrl");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("proxyPassword");
        QTest::newRow("base url") << u"https://alice:hunter2-base@h.example"_s << QString() << u"alice"_s
                                  << u"hunter2-base"_s << QString();
        QTest::newRow("encoded") << u"https://al%40ce:p%3Ass%2Fw0rd@h.example/kafka"_s << QString()
                                 << u"al@ce"_s << u"p:ss/w0rd"_s << QString();
        QTest::newRow("proxy") << u"https://h.example"_s << u"http://carol:hunter2-proxy@proxy:3128"_s
                               << QString() << QString() << u"hunter2-proxy"_s;
    }
    void credentialsTypedIntoUrlsNeverReachTheJson()
    {
        QFETCH(QString, url);
        QFETCH(QString, proxyUrl);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, proxyPassword);
        ConnectionProfile profile = ConnectionProfile::create(u"typed"_s);
        profile.baseUrl = QUrl(url);
        profile.proxy = ConnectionSettings::ProxyKind::Explicit;
        profile.proxyUrl = QUrl(proxyUrl);
        // toJson alone already strips them (defence in depth)…
        const QByteArray direct = QJsonDocument(profile.toJson()).toJson();
        for (const QString &s : {secret, proxyPassword})
            QVERIFY2(s.isEmpty() || !direct.contains(s.toUtf8()), direct.constData());
        // …and moving them out hands them over for the keychain.
        const ProfileSecrets found = profile.moveUrlCredentials();
        QCOMPARE(found.secret, secret);
        QCOMPARE(found.proxyPassword, proxyPassword);
        QCOMPARE(profile.user, user);
        if (!user.isEmpty())
            QCOMPARE(profile.auth, ConnectionSettings::AuthKind::Basic);
        QVERIFY(profile.baseUrl.password().isEmpty());
        QVERIFY(profile.proxyUrl.password().isEmpty());
        if (!proxyUrl.isEmpty())
            QCOMPARE(profile.proxyUrl.userName(), u"carol"_s); // a user name is not a secret
        // The connection still sends them: toSettings puts the proxy password back for sending only.
        const ConnectionSettings sent = profile.toSettings(found.secret, found.proxyPassword);
        QCOMPARE(sent.proxyUrl.password(), proxyPassword);
        QVERIFY(sent.baseUrl.userInfo().isEmpty());

        // An import of a file holding them gives them apart, and the profile without them.
        const QByteArray file = "{\"profiles\":[{\"name\":\"i\",\"dialect\":\"upstash\",\"url\":\"" +
                                url.toUtf8() + "\",\"proxy\":\"explicit\",\"proxyUrl\":\"" +
                                proxyUrl.toUtf8() + "\"}]}";
        auto imported = importProfiles(file);
        QVERIFY(imported.has_value());
        QCOMPARE(imported->first().fromUrls, found);
        const QByteArray reexported = exportProfiles({imported->first().profile});
        for (const QString &s : {secret, proxyPassword})
            QVERIFY2(s.isEmpty() || !reexported.contains(s.toUtf8()), reexported.constData());
    }

    void importRejectsBadFilesWithASentence_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("no list") << QByteArray("{\"gregorProfiles\":1}");
        QTest::newRow("no name") << QByteArray(
            "{\"profiles\":[{\"dialect\":\"upstash\",\"url\":\"http://x\"}]}");
        QTest::newRow("bad dialect") << QByteArray(
            "{\"profiles\":[{\"name\":\"a\",\"dialect\":\"kafka\",\"url\":\"http://x\"}]}");
        QTest::newRow("bad url") << QByteArray(
            "{\"profiles\":[{\"name\":\"a\",\"dialect\":\"upstash\",\"url\":\"ftp://x\"}]}");
    }
    void importRejectsBadFilesWithASentence()
    {
        QFETCH(QByteArray, json);
        auto result = importProfiles(json);
        QVERIFY(!result.has_value());
        QVERIFY(result.error().userText.startsWith(u"The profile file is not valid"_s));
    }

    void exportImportRoundTripSkipsTheBuiltInSandbox()
    {
        const QList<ConnectionProfile> profiles{ConnectionProfile::localSandboxProfile(), sample()};
        const QByteArray exported = exportProfiles(profiles);
        QVERIFY(!exported.contains("local-sandbox"));
        auto imported = importProfiles(exported);
        QVERIFY(imported.has_value());
        QCOMPARE(imported->size(), 1);
        QCOMPARE(imported->first().profile, profiles.at(1));
        QVERIFY(imported->first().fromUrls.isEmpty());
    }

    void fromEnvironment()
    {
        QProcessEnvironment env;
        QVERIFY(!ConnectionProfile::fromEnvironment(env).has_value());
        env.insert(u"UPSTASH_KAFKA_REST_URL"_s, u"https://x-rest-kafka.upstash.io"_s);
        env.insert(u"UPSTASH_KAFKA_REST_USERNAME"_s, u"user"_s);
        env.insert(u"UPSTASH_KAFKA_REST_PASSWORD"_s, u"s3cret"_s);
        auto result = ConnectionProfile::fromEnvironment(env);
        QVERIFY(result.has_value());
        QCOMPARE(result->first.auth, ConnectionSettings::AuthKind::Basic);
        QCOMPARE(result->first.user, u"user"_s);
        QCOMPARE(result->second, u"s3cret"_s);
        QVERIFY(!QJsonDocument(result->first.toJson()).toJson().contains("s3cret"));

        // Credentials inside the URL: taken out of it, the password used as the secret.
        env.insert(u"UPSTASH_KAFKA_REST_URL"_s, u"https://envuser:url-s3cret@x-rest-kafka.upstash.io"_s);
        env.remove(u"UPSTASH_KAFKA_REST_USERNAME"_s);
        env.remove(u"UPSTASH_KAFKA_REST_PASSWORD"_s);
        result = ConnectionProfile::fromEnvironment(env);
        QVERIFY(result.has_value());
        QCOMPARE(result->first.user, u"envuser"_s);
        QCOMPARE(result->first.auth, ConnectionSettings::AuthKind::Basic);
        QCOMPARE(result->second, u"url-s3cret"_s);
        QVERIFY(result->first.baseUrl.userInfo().isEmpty());
        QVERIFY(!QJsonDocument(result->first.toJson()).toJson().contains("url-s3cret"));
    }

    void plainHttpWarning()
    {
        ConnectionProfile profile = sample();
        QVERIFY(!profile.sendsCredentialsInClear());
        profile.baseUrl = QUrl(u"http://kafka.example.com:8082"_s);
        QVERIFY(profile.sendsCredentialsInClear());
        profile.baseUrl = QUrl(u"http://127.0.0.1:8082"_s);
        QVERIFY(!profile.sendsCredentialsInClear());
        profile.baseUrl = QUrl(u"http://localhost:8082"_s);
        QVERIFY(!profile.sendsCredentialsInClear());
        profile.baseUrl = QUrl(u"http://kafka.example.com:8082"_s);
        profile.auth = ConnectionSettings::AuthKind::None;
        QVERIFY(!profile.sendsCredentialsInClear());
    }

    void settingsStoreProfilesWithoutSecretsAndRememberTheSession()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"gregor.ini"_s);
        const ConnectionProfile profile = sample();
        {
            // A profile handed over with credentials still in its URLs is written without them.
            ConnectionProfile careless = ConnectionProfile::create(u"careless"_s);
            careless.baseUrl = QUrl(u"https://u:in-url-secret@h.example"_s);
            careless.proxy = ConnectionSettings::ProxyKind::Explicit;
            careless.proxyUrl = QUrl(u"http://p:proxy-url-secret@proxy:3128"_s);
            AppSettings settings(ini);
            settings.saveProfile(careless);
            settings.sync();
            QFile file(ini);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.contains("careless"));
            QVERIFY2(!bytes.contains("in-url-secret") && !bytes.contains("proxy-url-secret"),
                     bytes.constData());
            settings.removeProfile(careless.id);
        }
        {
            AppSettings settings(ini);
            QCOMPARE(settings.profiles().size(), 1); // the built-in sandbox
            QVERIFY(settings.profiles().first().localSandbox);
            settings.saveProfile(profile);
            settings.setOpenConnections({u"local-sandbox"_s, profile.id});
            settings.setCurrentConnection(profile.id);
            settings.sync();
        }
        AppSettings settings(ini);
        QCOMPARE(settings.profiles().size(), 2);
        QCOMPARE(settings.profiles().at(1), profile);
        QCOMPARE(settings.openConnections(), (QStringList{u"local-sandbox"_s, profile.id}));
        QCOMPARE(settings.currentConnection(), profile.id);
        settings.removeProfile(profile.id);
        QCOMPARE(settings.profiles().size(), 1);
        QCOMPARE(settings.openConnections(), QStringList{u"local-sandbox"_s});
    }

    void secretRoundTripThroughARealKeychain()
    {
        GREGOR_REQUIRE(
            !qEnvironmentVariableIsEmpty("GREGOR_TEST_KEYRING"),
            "No keyring session here (needs dbus-run-session and gnome-keyring-daemon): the keychain "
            "round trip is skipped.");
        GREGOR_REQUIRE(SecretStore::isAvailable(),
                       "QtKeychain reports no keychain backend in this session: the round trip is skipped.");
        SecretStore store(u"GregorTest"_s);
        const QString id = ConnectionProfile::create(u"k"_s).id;

        std::optional<Result<Done>> written;
        store.write(id, u"p@ss w0rd"_s, this, [&](Result<Done> r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
        QVERIFY2(written->has_value(), qPrintable(written->error().userText));

        std::optional<Result<QString>> read;
        store.read(id, this, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        QVERIFY(read->has_value());
        QCOMPARE(read->value(), u"p@ss w0rd"_s);

        std::optional<Result<Done>> removed;
        store.remove(id, this, [&](Result<Done> r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
        read.reset();
        store.read(id, this, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        QVERIFY(read->has_value());
        QVERIFY(read->value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
