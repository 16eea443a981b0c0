// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// No secret reaches the disk, the logs or the screen, however a profile comes in: typed into the
// dialog's URL, imported from a file whose URLs hold credentials, or given in the environment.
// The passwords land in the keychain (a real one, in a private D-Bus session) and the
// connections still sign in with them. Also: warnings from callbacks never block.
#include "core/http/journal.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "core/services/secretstore.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/testsupport.h"
#include "ui/connection/connectionview.h"
#include "ui/profiles/profiledialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/profileactions.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Gregor;

namespace {
QStringList s_log;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    s_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}
} // namespace

class TestSecretsOnDisk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    const QStringList m_secrets{u"Dialog-Secret-1"_s, u"Import-Secret-2"_s, u"Proxy-Secret-3"_s,
                                u"Env-Secret-4"_s};

    QString serverUrlWith(const QString &userInfo) const
    {
        return u"http://%1@127.0.0.1:%2"_s.arg(userInfo).arg(m_server->port());
    }
    static std::optional<QString> readSecret(SecretStore &store, const QString &key)
    {
        std::optional<Result<QString>> read;
        QObject context;
        store.read(key, &context, [&](Result<QString> r) { read = r; });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000) || !read->has_value())
            return std::nullopt;
        return read->value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        GREGOR_REQUIRE(!qEnvironmentVariableIsEmpty("GREGOR_TEST_KEYRING") && SecretStore::isAvailable(),
                       "No keyring session here (needs dbus-run-session and gnome-keyring-daemon).");
        Sandbox::SandboxOptions options;
        options.port = 0;
        options.basicUser = u"alice"_s;
        options.basicPassword = m_secrets.at(0);
        options.topics = {{u"orders"_s, 1}};
        m_server = std::make_unique<Sandbox::SandboxServer>(options);
        QVERIFY(m_server->start());
    }

    void noSecretOnDiskInLogsOrOnScreen()
    {
        QLoggingCategory::setFilterRules(u"gregor.*.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const QString ini = m_dir.filePath(u"settings/gregor.ini"_s);
        AppSettings settings(ini);
        SecretStore secrets(u"GregorSecretsTest"_s);
        qputenv("UPSTASH_KAFKA_REST_URL", serverUrlWith(u"dave:"_s + m_secrets.at(3)).toUtf8());
        MainWindow window(&settings, &secrets, {});
        window.show();
        window.restoreSession(); // the first run opens the environment's profile
        QVERIFY(window.tabs()->count() >= 1);
        const int before = window.tabs()->count();

        // 1. The dialog, with the password typed into the URL.
        window.newConnection();
        auto *dialog = window.findChild<ProfileDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"Typed"_s);
        dialog->setUrl(serverUrlWith(u"alice:"_s + m_secrets.at(0)));
        dialog->accept();
        QTRY_COMPARE(window.tabs()->count(), before + 1);
        ConnectionView *typed = window.currentView();
        QCOMPARE(typed->connection()->profile().name, u"Typed"_s);
        QCOMPARE(typed->connection()->profile().user, u"alice"_s);
        // It signs in with the password the keychain now holds.
        QTRY_COMPARE_WITH_TIMEOUT(typed->connection()->state(), OpenConnection::State::Connected, 10000);
        QCOMPARE(readSecret(secrets, typed->connection()->profile().id), m_secrets.at(0));

        // 2. An import whose URLs hold credentials, the proxy's too.
        const QString importPath = m_dir.filePath(u"import.json"_s);
        {
            QFile file(importPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"{\"gregorProfiles\":1,\"profiles\":[{\"id\":\"imported-1\",\"name\":\"Imported\","
                       u"\"dialect\":\"upstash\",\"url\":\"%1\",\"proxy\":\"explicit\","
                       u"\"proxyUrl\":\"http://carol:%2@127.0.0.1:3128\"}]}"_s
                           .arg(serverUrlWith(u"bob:"_s + m_secrets.at(1)), m_secrets.at(2))
                           .toUtf8());
        }
        window.profileActions()->importFile(importPath);
        QTRY_COMPARE(readSecret(secrets, u"imported-1"_s), m_secrets.at(1));
        QTRY_COMPARE(readSecret(secrets, proxySecretKey(u"imported-1"_s)), m_secrets.at(2));
        const auto imported = settings.profile(u"imported-1"_s);
        QVERIFY(imported.has_value());
        QCOMPARE(imported->user, u"bob"_s);
        QCOMPARE(imported->proxyUrl.userName(), u"carol"_s);

        // 3. Export, then look everywhere.
        const QString exportPath = m_dir.filePath(u"export.json"_s);
        window.profileActions()->exportFile(exportPath);
        settings.sync();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});

        QStringList places;
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            places << files.next();
        for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                                    QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation}) {
            QDirIterator more(QStandardPaths::writableLocation(location), QDir::Files,
                              QDirIterator::Subdirectories);
            while (more.hasNext())
                places << more.next();
        }
        QVERIFY(places.contains(ini) && places.contains(exportPath));
        for (const QString &path : std::as_const(places)) {
            if (path == importPath)
                continue; // the user's own file
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString &secret : m_secrets)
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path + u" holds "_s + secret));
        }
        QVERIFY(!s_log.isEmpty()); // the HTTP log was on and did log
        const QString log = s_log.join(u'\n');
        QString journals, tooltips;
        for (int i = 0; i < window.tabs()->count(); ++i) {
            tooltips += window.tabs()->tabToolTip(i) + u'\n';
            const Journal *journal =
                qobject_cast<ConnectionView *>(window.tabs()->widget(i))->connection()->journal();
            for (int row = 0; row < journal->size(); ++row) {
                const JournalEntry &e = journal->at(row);
                journals += e.url.toString() + u'\n';
                for (const auto &[name, value] : e.requestHeaders)
                    journals += QString::fromLatin1(name + ": " + value) + u'\n';
            }
        }
        QVERIFY(!journals.isEmpty());
        for (const QString &secret : m_secrets) {
            QVERIFY2(!log.contains(secret), qPrintable(u"the log holds "_s + secret));
            QVERIFY2(!journals.contains(secret), qPrintable(u"the request log holds "_s + secret));
            QVERIFY2(!tooltips.contains(secret), qPrintable(u"a tab tooltip holds "_s + secret));
        }
        qunsetenv("UPSTASH_KAFKA_REST_URL");
        window.close();
    }

    void warningsFromCallbacksDoNotBlock()
    {
        AppSettings settings(m_dir.filePath(u"warn.ini"_s));
        SecretStore secrets(u"GregorSecretsTest"_s);
        MainWindow window(&settings, &secrets, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        // A static QMessageBox::warning would run a nested event loop here and never return.
        window.profileActions()->importFile(bad);
        auto *box = window.findChild<QMessageBox *>(u"profileWarning"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().startsWith(u"The profile file is not valid"_s));
        box->accept();
    }
};

QTEST_MAIN(TestSecretsOnDisk)
#include "tst_secretsondisk.moc"
