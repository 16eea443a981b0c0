// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window does, through its menus and status bar, against an in-process sandbox:
// Help › About, the requests-in-flight count (which must not stick when the log is cleared),
// closing a tab and quitting (both after the connection cleaned up behind it).
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "core/services/secretstore.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/testsupport.h"
#include "ui/connection/connectionview.h"
#include "ui/connection/topicssidebar.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/shell/mainwindow.h"

#include <ksyntaxhighlighting_version.h>

#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Gregor;
using Gregor::Sandbox::SandboxServer;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;

    LocalServerStarter starter()
    {
        return [this](QObject *context, std::function<void(Result<QUrl>)> done) {
            const QUrl url = m_sandbox->url();
            QTimer::singleShot(0, context, [done, url] { done(url); });
        };
    }
    std::unique_ptr<MainWindow> openWindow(AppSettings &settings, SecretStore &secrets)
    {
        auto window = std::make_unique<MainWindow>(&settings, &secrets, starter());
        window->resize(1100, 700);
        window->show();
        window->restoreSession();
        return window;
    }
    static QAction *menuAction(MainWindow &window, const QString &menu, const QString &text)
    {
        for (QAction *top : window.menuBar()->actions()) {
            if (top->text().remove(u'&') != menu || !top->menu())
                continue;
            for (QAction *action : top->menu()->actions()) {
                if (action->text().remove(u'&').startsWith(text))
                    return action;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Sandbox::SandboxOptions options;
        options.port = 0;
        options.topics = {{u"orders"_s, 2}, {u"payments"_s, 1}};
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->start());
    }
    void cleanup() { m_sandbox->clearFaults(); }

    void helpAboutShowsTheVersionsThatRun()
    {
        AppSettings settings(m_dir.filePath(u"about.ini"_s));
        SecretStore secrets(u"GregorTest"_s);
        auto window = openWindow(settings, secrets);
        QAction *about = menuAction(*window, u"Help"_s, u"About"_s);
        QVERIFY(about);
        about->trigger();
        auto *dialog = window->findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString text = dialog->findChild<QLabel *>(u"versions"_s)->text();
        QVERIFY2(text.contains(QStringLiteral("Gregor " GREGOR_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)), qPrintable(text));
        SAVE_SNAPSHOT(dialog, u"about"_s);
        dialog->close();
    }

    void requestsInFlightDoNotStickWhenTheLogIsCleared()
    {
        AppSettings settings(m_dir.filePath(u"inflight.ini"_s));
        SecretStore secrets(u"GregorTest"_s);
        auto window = openWindow(settings, secrets);
        ConnectionView *view = window->currentView();
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->connection()->state(), OpenConnection::State::Connected, 10000);
        auto *inFlight = window->findChild<QLabel *>(u"requestsInFlight"_s);
        QTRY_COMPARE(inFlight->text(), QString());

        m_sandbox->addFault(*Sandbox::FaultSpec::parse(u"latency=400@/topics"_s));
        view->sidebar()->refresh();
        QTRY_COMPARE(inFlight->text(), u"1 request in flight"_s);
        // The log forgets the running exchange; the count follows the request, not the log.
        view->connection()->journal()->clear();
        QCOMPARE(inFlight->text(), u"1 request in flight"_s);
        QTRY_COMPARE_WITH_TIMEOUT(inFlight->text(), QString(), 5000);
        QCOMPARE(view->connection()->requestsInFlight(), 0);
    }

    void closingATabCleansUpThenShowsTheEmptyState()
    {
        AppSettings settings(m_dir.filePath(u"close.ini"_s));
        SecretStore secrets(u"GregorTest"_s);
        auto window = openWindow(settings, secrets);
        ConnectionView *view = window->currentView();
        QVERIFY(view);
        QPointer<OpenConnection> connection = view->connection();
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), OpenConnection::State::Connected, 10000);
        QAction *close = menuAction(*window, u"File"_s, u"Close Connection"_s);
        QVERIFY(close && close->isEnabled());
        close->trigger();
        QCOMPARE(window->tabs()->count(), 0);
        QVERIFY(window->findChild<QLabel *>(u"emptyState"_s)->isVisible());
        QVERIFY(!close->isEnabled());
        // The connection goes once it has removed what it made on the server.
        QTRY_VERIFY_WITH_TIMEOUT(connection.isNull(), 5000);
        SAVE_SNAPSHOT(window.get(), u"mainwindow-empty"_s);
    }

    void quittingWaitsForTheConnectionsThenCloses()
    {
        AppSettings settings(m_dir.filePath(u"quit.ini"_s));
        SecretStore secrets(u"GregorTest"_s);
        auto window = openWindow(settings, secrets);
        QVERIFY(window->currentView());
        QTRY_COMPARE_WITH_TIMEOUT(window->currentView()->connection()->state(),
                                  OpenConnection::State::Connected, 10000);
        QAction *quit = window->findChild<QAction *>(u"quitAction"_s);
        QVERIFY(quit);
        quit->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 5000);
        // The session was saved on the way out.
        AppSettings reread(m_dir.filePath(u"quit.ini"_s));
        QCOMPARE(reread.openConnections(), QStringList{u"local-sandbox"_s});
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
