// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against a real in-process sandbox: first run, topics, request log, profile
// dialog with connection test, command palette, shortcuts and the remembered session.
#include "core/models/topiclistmodel.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "core/services/secretstore.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/testsupport.h"
#include "ui/connection/connectionview.h"
#include "ui/connection/topicssidebar.h"
#include "ui/messages/messagespane.h"
#include "ui/palette/commandpalette.h"
#include "ui/profiles/connectiontestwidget.h"
#include "ui/profiles/profiledialog.h"
#include "ui/requestlog/requestlogpane.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Gregor;
using Gregor::Sandbox::SandboxOptions;
using Gregor::Sandbox::SandboxServer;

class TestShell : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_demo;
    int m_sandboxStarts = 0;

    LocalServerStarter starter()
    {
        return [this](QObject *context, std::function<void(Result<QUrl>)> done) {
            ++m_sandboxStarts;
            Result<QUrl> url = std::unexpected(ApiError::make(ErrorKind::Network, u"no sandbox"_s));
            if (!m_demo) {
                SandboxOptions options;
                options.demo = true;
                m_demo = std::make_unique<SandboxServer>(options);
                if (!m_demo->start())
                    m_demo.reset();
            }
            if (m_demo)
                url = m_demo->url();
            QTimer::singleShot(0, context, [done, url] { done(url); });
        };
    }
    QString iniPath() const { return m_dir.filePath(u"gregor.ini"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void firstRunOpensTheLocalSandboxWithTopics()
    {
        AppSettings settings(iniPath());
        SecretStore secrets(u"GregorTest"_s);
        MainWindow window(&settings, &secrets, starter());
        window.resize(1280, 800);
        window.show();
        window.restoreSession();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.tabs()->count(), 1);
        ConnectionView *view = window.currentView();
        QVERIFY(view);
        QVERIFY(view->connection()->profile().localSandbox);
        // Remembered at once, not only on quit: a crash or a kill keeps the session.
        QCOMPARE(AppSettings(iniPath()).openConnections(), QStringList{view->connection()->profile().id});
        QTRY_COMPARE_WITH_TIMEOUT(view->connection()->state(), OpenConnection::State::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->sidebar()->model()->rowCount() >= 5, 10000);
        QVERIFY(view->sidebar()->model()->rowOf(u"orders"_s) >= 0);
        QCOMPARE(window.findChild<QLabel *>(u"connectionState"_s)->text(), u"Local sandbox: connected"_s);
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(u'&');
        QVERIFY(menus.contains(u"File"_s) && menus.contains(u"View"_s) && menus.contains(u"Help"_s));
        SAVE_SNAPSHOT(&window, u"mainwindow"_s);
        window.close();
    }

    void requestLogShowsExchangesAndCopiesCurlWithoutSecrets()
    {
        AppSettings settings(iniPath());
        SecretStore secrets(u"GregorTest"_s);
        MainWindow window(&settings, &secrets, starter());
        window.resize(1280, 800);
        window.show();
        window.restoreSession(); // the session remembered the local sandbox
        ConnectionView *view = window.currentView();
        QVERIFY(view);
        QVERIFY(view->connection()->profile().localSandbox);
        // Remembered at once, not only on quit: a crash or a kill keeps the session.
        QCOMPARE(AppSettings(iniPath()).openConnections(), QStringList{view->connection()->profile().id});
        QTRY_COMPARE_WITH_TIMEOUT(view->connection()->state(), OpenConnection::State::Connected, 10000);

        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(view->currentArea(), ConnectionView::Area::RequestLog);
        RequestLogPane *log = view->requestLog();
        QTRY_VERIFY_WITH_TIMEOUT(log->view()->model()->rowCount() >= 1, 10000);
        log->view()->selectRow(0);
        const QString curl = log->copySelectedAsCurl();
        QVERIFY2(curl.startsWith(u"curl"_s), qPrintable(curl));
        QVERIFY(curl.contains(m_demo->url().authority()));
        QCOMPARE(QApplication::clipboard()->text(), curl);
        auto *responseBody = log->findChild<QPlainTextEdit *>(u"responseBody"_s);
        QVERIFY(responseBody);
        QVERIFY2(responseBody->toPlainText().contains(u"orders"_s), qPrintable(responseBody->toPlainText()));
        SAVE_SNAPSHOT(&window, u"requestlog"_s);

        // The status filter hides successes when asked for server errors.
        auto *statusClass = log->findChild<QComboBox *>(u"statusClass"_s);
        statusClass->setCurrentIndex(3);
        QCOMPARE(log->view()->model()->rowCount(), 0);
        statusClass->setCurrentIndex(0);
        window.close();
    }

    void profileDialogTestsAConnectionStepByStep()
    {
        SandboxOptions options;
        options.basicUser = u"alice"_s;
        options.basicPassword = u"wonderland"_s;
        options.topics = {{u"payments"_s, 3}};
        SandboxServer secured(options);
        QVERIFY(secured.start());

        ConnectionProfile profile = ConnectionProfile::create(u"Secured"_s);
        ProfileDialog dialog(profile, {}, false);
        dialog.setUrl(secured.url().toString());
        dialog.setAuth(ConnectionSettings::AuthKind::Basic, u"alice"_s);
        dialog.setSecret(u"wrong"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(u"keychainNote"_s)->isVisible());

        QSignalSpy finished(dialog.testWidget(), &ConnectionTestWidget::finished);
        dialog.testConnection();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QTreeWidget *steps = dialog.testWidget()->steps();
        QVERIFY(steps->topLevelItem(0)->text(0).startsWith(u"✔"_s));
        QVERIFY(steps->topLevelItem(2)->text(0).startsWith(u"✘"_s));
        QVERIFY2(steps->topLevelItem(2)->text(1).contains(u"user name and password"_s),
                 qPrintable(steps->topLevelItem(2)->text(1)));

        dialog.setSecret(u"wonderland"_s);
        dialog.testConnection();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY(steps->topLevelItem(2)->text(1).contains(u"1 topic visible"_s));
        QVERIFY(dialog.findChild<QTreeWidget *>(u"capabilitySheet"_s)->isVisible());

        // Run again while a run is still busy (against a server that never answers): only the new
        // run's outcome shows, never the cancelled one's.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        dialog.setUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
        dialog.testConnection();
        QVERIFY(dialog.testWidget()->isRunning());
        auto *result = dialog.findChild<QLabel *>(u"testResult"_s);
        dialog.setUrl(secured.url().toString());
        finished.clear();
        dialog.testConnection();
        QCOMPARE(result->text(), u"Testing…"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY2(result->text().startsWith(u"The connection works"_s), qPrintable(result->text()));

        dialog.autoDetect();
        auto *detectResult = dialog.findChild<QLabel *>(u"detectResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(detectResult->text().contains(u"Upstash"_s), 10000);
        QCOMPARE(dialog.profile().dialect, DialectKind::Upstash);
        QCOMPARE(dialog.profile().user, u"alice"_s);
        SAVE_SNAPSHOT(&dialog, u"profiledialog"_s);
    }

    // Confluent Cloud: API key and secret as Basic auth, the connection test passes, and the
    // capability sheet says it cannot read records and that lag comes from the server.
    void profileDialogForConfluentCloud()
    {
        SandboxOptions options;
        options.basicUser = u"API-KEY"_s;
        options.basicPassword = u"cloud secret"_s;
        options.topics = {{u"orders"_s, 3}};
        SandboxServer cloud(options);
        QVERIFY(cloud.start());
        ConnectionProfile profile = ConnectionProfile::create(u"Cloud"_s);
        ProfileDialog dialog(profile, {}, false);
        auto *dialect = dialog.findChild<QComboBox *>(u"dialect"_s);
        const int cloudIndex = dialect->findData(QVariant::fromValue(DialectKind::ConfluentCloud));
        QVERIFY(cloudIndex >= 0);
        QCOMPARE(dialect->itemText(cloudIndex), u"Confluent Cloud (REST v3)"_s);
        QVERIFY(dialect->findData(QVariant::fromValue(DialectKind::ConfluentV3)) >= 0);
        dialect->setCurrentIndex(cloudIndex);
        dialog.setUrl(cloud.url().toString());
        dialog.setAuth(ConnectionSettings::AuthKind::Basic, u"API-KEY"_s);
        dialog.setSecret(u"cloud secret"_s);
        dialog.resize(900, 820);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(dialog.testWidget(), &ConnectionTestWidget::finished);
        dialog.testConnection();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        auto *sheet = dialog.findChild<QTreeWidget *>(u"capabilitySheet"_s);
        QVERIFY(sheet->isVisible());
        const auto row = [&](const QString &name) -> QTreeWidgetItem * {
            for (int i = 0; i < sheet->topLevelItemCount(); ++i)
                if (sheet->topLevelItem(i)->text(0).endsWith(name))
                    return sheet->topLevelItem(i);
            return nullptr;
        };
        QVERIFY(row(u"Read records"_s));
        QVERIFY(row(u"Read records"_s)->text(0).startsWith(u"✘"_s));
        QCOMPARE(row(u"Read records"_s)->childCount(), 1);
        QVERIFY(row(u"Read records"_s)->child(0)->text(0).contains(u"has no call that reads records"_s));
        QCOMPARE(row(u"Lag computed by the server"_s)->childCount(), 0);
        QVERIFY(row(u"Lag computed by the server"_s)->text(0).startsWith(u"✔"_s));
        QCOMPARE(dialog.profile().dialect, DialectKind::ConfluentCloud);
        SAVE_SNAPSHOT(&dialog, u"profiledialog-cloud"_s);
    }

    void requestLogGivesTheTableTheLargerShareAndRemembersTheSplit()
    {
        {
            AppSettings settings(iniPath());
            settings.setSplitterState(u"requestLog"_s, {});
            SecretStore secrets(u"GregorTest"_s);
            MainWindow window(&settings, &secrets, starter());
            window.resize(1280, 800);
            window.show();
            window.restoreSession();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ConnectionView *view = window.currentView();
            view->showArea(ConnectionView::Area::RequestLog);
            QSplitter *split = view->requestLog()->splitter();
            QTRY_VERIFY(split->sizes().at(0) > 0);
            QVERIFY2(split->sizes().at(0) > split->sizes().at(1), "the exchanges get the larger share");
            split->setSizes({150, 550});
            window.close(); // saves the session, splits included
        }
        AppSettings settings(iniPath());
        SecretStore secrets(u"GregorTest"_s);
        MainWindow window(&settings, &secrets, starter());
        window.resize(1280, 800);
        window.show();
        window.restoreSession();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionView *view = window.currentView();
        view->showArea(ConnectionView::Area::RequestLog);
        QSplitter *split = view->requestLog()->splitter();
        QTRY_VERIFY(split->sizes().at(0) > 0);
        QVERIFY2(split->sizes().at(0) < split->sizes().at(1), "the user's split came back");
        window.close();
    }

    void oneClickShowsATopicAndEnterReadsIt()
    {
        AppSettings settings(iniPath());
        SecretStore secrets(u"GregorTest"_s);
        MainWindow window(&settings, &secrets, starter());
        window.resize(1280, 800);
        window.show();
        window.restoreSession();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionView *view = window.currentView();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->sidebar()->model()->rowCount() >= 5, 10000);
        auto *list = view->sidebar()->findChild<QListView *>(u"topics"_s);
        auto *summary = view->messages()->findChild<QLabel *>(u"topicSummary"_s);
        auto *readButton = view->messages()->findChild<QPushButton *>(u"read"_s);
        auto *records = view->messages()->findChild<QTableView *>(u"records"_s);
        QVERIFY(list && summary && readButton && records);
        view->showArea(ConnectionView::Area::RequestLog);

        // One click: the Messages area shows the topic's details, ready to read; nothing is read.
        const QModelIndex first = list->model()->index(0, 0);
        const QString firstName = first.data(TopicListModel::NameRole).toString();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QCOMPARE(view->currentArea(), ConnectionView::Area::Messages);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(firstName + u':'), 10000);
        QVERIFY(readButton->isEnabled());
        QCOMPARE(records->model()->rowCount(), 0);

        // The arrow keys move to the next topic and show it.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        const QString second = list->currentIndex().data(TopicListModel::NameRole).toString();
        QVERIFY(second != firstName);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(second + u':'), 10000);
        QCOMPARE(records->model()->rowCount(), 0);

        // Enter reads it.
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(records->model()->rowCount() > 0, 10000);
        SAVE_SNAPSHOT(&window, u"topic-one-click"_s);
        window.close();
    }

    void profileDialogTabOrderFollowsTheForm()
    {
        ProfileDialog dialog(ConnectionProfile::create(u"Tabs"_s), {}, true);
        dialog.setAuth(ConnectionSettings::AuthKind::Basic, u"u"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QWidget *> chain = Test::tabChain(dialog.findChild<QWidget *>(u"name"_s));
        QStringList names;
        for (QWidget *w : chain)
            names << Test::describe(w);
        const QStringList top{u"name"_s, u"color"_s, u"url"_s,    u"dialect"_s,    u"autoDetect"_s,
                              u"auth"_s, u"user"_s,  u"secret"_s, u"secretMode"_s, u"caFile"_s};
        QCOMPARE(names.mid(0, top.size()), top);
        QVERIFY2(names.contains(u"testSteps"_s) && names.contains(u"testConnection"_s),
                 qPrintable(names.join(u", "_s)));
        const QString tabOrder = Test::tabOrderProblems(chain);
        QVERIFY2(tabOrder.isEmpty(), qPrintable(tabOrder));
    }

    void commandPaletteRunsActionsByName()
    {
        AppSettings settings(iniPath());
        SecretStore secrets(u"GregorTest"_s);
        MainWindow window(&settings, &secrets, starter());
        window.show();
        window.restoreSession();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionView *view = window.currentView();
        QVERIFY(view);
        view->showArea(ConnectionView::Area::Messages);
        window.showCommandPalette();
        CommandPalette *palette = window.commandPalette();
        QVERIFY(palette && palette->isVisible());
        QVERIFY(palette->list()->count() > 10);
        // Every listed action shows its shortcut where it has one.
        bool sawShortcut = false;
        for (int i = 0; i < palette->list()->count(); ++i)
            sawShortcut |= palette->list()->item(i)->text().contains(u"Ctrl+"_s);
        QVERIFY(sawShortcut);
        palette->setFilter(u"view request log"_s);
        QVERIFY(palette->list()->count() >= 1);
        SAVE_SNAPSHOT(palette, u"commandpalette"_s);
        palette->runCurrent();
        QCOMPARE(view->currentArea(), ConnectionView::Area::RequestLog);
        window.close();
    }

    void readOnlyAndPlainHttpAreVisible()
    {
        AppSettings settings(iniPath());
        SecretStore secrets(u"GregorTest"_s);
        ConnectionProfile profile = ConnectionProfile::create(u"Remote"_s);
        profile.baseUrl = QUrl(u"http://kafka.invalid:8082"_s);
        profile.auth = ConnectionSettings::AuthKind::Basic;
        profile.user = u"bob"_s;
        profile.readOnly = true;
        profile.timeoutMs = 2000;
        settings.saveProfile(profile);
        MainWindow window(&settings, &secrets, starter());
        window.opener()->setKnownSecret(profile.id, u"hunter2"_s);
        window.show();
        ConnectionView *view = window.openProfile(profile);
        QVERIFY(view->findChild<QLabel *>(u"readOnlyBanner"_s)->isVisibleTo(view));
        QVERIFY(view->findChild<QLabel *>(u"plainHttpBanner"_s)->isVisibleTo(view));
        // The connection fails (no such host) with one sentence in the status bar.
        QTRY_COMPARE_WITH_TIMEOUT(view->connection()->state(), OpenConnection::State::Failed, 15000);
        QVERIFY(!window.findChild<QLabel *>(u"lastError"_s)->text().isEmpty());
        // The secret never reaches the journal.
        for (int row = 0; row < view->connection()->journal()->size(); ++row) {
            const JournalEntry &entry = view->connection()->journal()->at(row);
            for (const auto &header : entry.requestHeaders)
                QVERIFY(!header.second.contains("aHVudGVyMg")); // base64 of bob:hunter2 starts like this
        }
        window.closeCurrentConnection();
        QCOMPARE(window.tabs()->count(), 0);
        QVERIFY(window.findChild<QLabel *>(u"emptyState"_s)->isVisible());
        window.close();
    }

    void darkPaletteIsFollowed()
    {
        // Widgets follow the system palette; highlighted bodies pick a dark theme from it.
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(u"#202326"_s));
        dark.setColor(QPalette::WindowText, QColor(u"#fcfcfc"_s));
        dark.setColor(QPalette::Base, QColor(u"#141618"_s));
        dark.setColor(QPalette::AlternateBase, QColor(u"#1d1f22"_s));
        dark.setColor(QPalette::Text, QColor(u"#fcfcfc"_s));
        dark.setColor(QPalette::Button, QColor(u"#292c30"_s));
        dark.setColor(QPalette::ButtonText, QColor(u"#fcfcfc"_s));
        dark.setColor(QPalette::Highlight, QColor(u"#3daee9"_s));
        QApplication::setPalette(dark);
        {
            AppSettings settings(m_dir.filePath(u"dark.ini"_s));
            SecretStore secrets(u"GregorTest"_s);
            MainWindow window(&settings, &secrets, starter());
            window.resize(1280, 800);
            window.show();
            window.restoreSession();
            ConnectionView *view = window.currentView();
            QVERIFY(view);
            view->showArea(ConnectionView::Area::RequestLog);
            RequestLogPane *log = view->requestLog();
            QTRY_VERIFY_WITH_TIMEOUT(log->view()->model()->rowCount() >= 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!view->connection()->journal()->at(0).inFlight(), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(view->connection()->state(), OpenConnection::State::Connected, 10000);
            log->view()->selectRow(0);
            auto *tabs = log->findChild<QTabWidget *>(u"detail"_s);
            tabs->setCurrentIndex(1);
            SAVE_SNAPSHOT(&window, u"requestlog-dark"_s);
            window.close();
        }
        QApplication::setPalette(light);
    }

    void tenThousandTopicsListAndFilterInstantly()
    {
        SandboxServer many;
        for (int i = 0; i < 10000; ++i)
            QVERIFY(many.createTopic(u"topic-%1"_s.arg(i, 5, 10, QChar(u'0')), 1 + i % 12));
        QVERIFY(many.start());
        AppSettings settings(m_dir.filePath(u"many.ini"_s));
        OpenConnection connection(ConnectionProfile::localSandboxProfile());
        TopicsSidebar sidebar(&connection, &settings);
        sidebar.resize(300, 600);
        sidebar.show();
        connection.open(many.url(), {});
        QTRY_COMPARE_WITH_TIMEOUT(sidebar.model()->rowCount(), 10000, 20000);
        auto *filter = sidebar.findChild<QLineEdit *>(u"topicFilter"_s);
        QElapsedTimer clock;
        clock.start();
        filter->setText(u"topic-0999"_s);
        const qint64 filterMs = clock.elapsed();
        QCOMPARE(sidebar.view()->model()->rowCount(), 10); // topic-09990 … topic-09999
        qInfo("10,000 topics: filter applied in %lld ms", filterMs);
        // A refresh that changes nothing keeps the selection.
        sidebar.view()->setCurrentIndex(sidebar.view()->model()->index(3, 0));
        const QString selected = sidebar.currentTopic();
        sidebar.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(connection.journal()->size() >= 2 && !connection.journal()->at(1).inFlight(),
                                 10000);
        QCOMPARE(sidebar.currentTopic(), selected);
        sidebar.model()->togglePinned(u"topic-09995"_s);
        filter->clear();
        QCOMPARE(sidebar.view()->model()->index(0, 0).data().toString(), u"topic-09995"_s);
        SAVE_SNAPSHOT(&sidebar, u"topics-sidebar"_s);
        QCOMPARE(settings.pinnedTopics(connection.profile().id), QStringList{u"topic-09995"_s});
    }

    void sessionIsRemembered()
    {
        AppSettings settings(iniPath());
        QVERIFY(settings.firstRunDone());
        // The last window closed its only connection; the earlier windows proved the restore.
        QCOMPARE(settings.openConnections(), QStringList{});
        QVERIFY(!settings.windowGeometry().isEmpty());
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
