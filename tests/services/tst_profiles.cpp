#include "core/services/appsettings.h"
#include "core/services/connectionprofile.h"
#include "core/services/secretstore.h"

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
        QVERIFY(!json.contains(u"password"_s));
        auto back = ConnectionProfile::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(*back, profile);
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
        QCOMPARE(imported->first(), profiles.at(1));
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
        QVERIFY(!result->first.toJson().contains(u"s3cret"_s));
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
        if (qEnvironmentVariableIsEmpty("GREGOR_TEST_KEYRING"))
            QSKIP("No keyring session here (needs dbus-run-session and gnome-keyring-daemon): the keychain "
                  "round "
                  "trip is skipped.");
        if (!SecretStore::isAvailable())
            QSKIP("QtKeychain reports no keychain backend in this session: the round trip is skipped.");
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
