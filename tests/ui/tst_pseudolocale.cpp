// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every pane in the pseudo-locale (each string accented and ~40 % longer, translations/
// pseudolocale.cpp), at the size of a laptop window: the main window, the profile dialog,
// messages, composer, groups and tail. Text must be translated (not plain ASCII), must not be
// clipped and must not overlap; the snapshots (pseudo-*.png) are for looking at.
#include "core/records/recordreader.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "core/services/secretstore.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/layoutcheck.h"
#include "tests/support/testsupport.h"
#include "ui/connection/connectionview.h"
#include "ui/connection/topicssidebar.h"
#include "ui/messages/messagespane.h"
#include "ui/profiles/profiledialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/tail/tailpane.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestPseudoLocale : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTranslator m_translator;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;

    ConnectionView *view() const { return m_window->currentView(); }
    void look(QWidget *widget, const QString &name)
    {
        QApplication::processEvents(); // the layouts settle after the last show()
        SAVE_SNAPSHOT(widget, u"pseudo-"_s + name);
        const QStringList problems = Test::layoutProblems(widget);
        QVERIFY2(problems.isEmpty(), qPrintable(name + u":\n  "_s + problems.join(u"\n  "_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY2(m_translator.load(QStringLiteral(GREGOR_PSEUDO_QM)), GREGOR_PSEUDO_QM);
        QCoreApplication::installTranslator(&m_translator);
        Sandbox::SandboxOptions options;
        options.port = 0;
        options.demo = true;
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
        m_secrets = std::make_unique<SecretStore>(u"GregorTest"_s);
        const QUrl url = m_sandbox->url();
        m_window =
            std::make_unique<MainWindow>(m_settings.get(), m_secrets.get(),
                                         [url](QObject *context, std::function<void(Result<QUrl>)> done) {
                                             QTimer::singleShot(0, context, [done, url] { done(url); });
                                         });
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->restoreSession(); // the first run opens the local sandbox
        QTRY_VERIFY(view());
        QTRY_COMPARE_WITH_TIMEOUT(view()->connection()->state(), OpenConnection::State::Connected, 10000);
    }

    // Every area fits a 1280 px window: the window did not have to grow for any of them.
    void everyAreaFitsALaptopWindow()
    {
        QTabWidget *areas = view()->areas();
        QStringList tooWide;
        const int room = areas->width() - (m_window->width() - 1280); // at 1280 px
        for (int i = 0; i < areas->count(); ++i) {
            if (const int needed = areas->widget(i)->minimumSizeHint().width(); needed > room)
                tooWide.append(u"%1 needs %2 px"_s.arg(areas->tabText(i)).arg(needed));
        }
        QVERIFY2(tooWide.isEmpty(),
                 qPrintable(u"room at 1280 px: %1 px; "_s.arg(room) + tooWide.join(u", "_s)));
        QVERIFY2(m_window->width() == 1280,
                 qPrintable(u"the window grew to %1 px; the sidebar needs %2"_s.arg(m_window->width())
                                .arg(view()->sidebar()->minimumSizeHint().width())));
    }

    void stringsAreTranslated()
    {
        // The pseudo-locale reached the menus: a plain-ASCII menu title was never translated.
        const QList<QAction *> menus = m_window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        for (const QAction *menu : menus)
            QVERIFY2(menu->text().startsWith(u'['), qPrintable(menu->text()));
    }

    void mainWindow()
    {
        QTRY_VERIFY(view()->sidebar()->findChild<QAbstractItemView *>()->model()->rowCount() > 0);
        look(m_window.get(), u"main-window"_s);
    }

    void messages()
    {
        view()->openTopic(u"orders"_s);
        view()->messages()->read();
        QTRY_VERIFY_WITH_TIMEOUT(view()->messages()->table()->model()->rowCount() > 0 &&
                                     !view()->messages()->reader()->isRunning(),
                                 10000);
        view()->messages()->table()->selectRow(0);
        look(m_window.get(), u"messages"_s);
    }

    void composer()
    {
        view()->showArea(ConnectionView::Area::Composer);
        look(m_window.get(), u"composer"_s);
    }

    void groups()
    {
        view()->showArea(ConnectionView::Area::ConsumerGroups);
        look(m_window.get(), u"groups"_s);
    }

    void tail()
    {
        view()->showArea(ConnectionView::Area::Tail);
        if (view()->tail()->count() == 0)
            view()->tail()->newTailButton()->click();
        QTRY_VERIFY(view()->tail()->count() > 0);
        look(m_window.get(), u"tail"_s);
    }

    void profileDialog()
    {
        ProfileDialog dialog(ConnectionProfile::create(u"Staging"_s), {}, false, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        look(&dialog, u"profile-dialog"_s);
    }

    // Not the pseudo-locale: the README's picture (docs/screenshot.png is copied from it), the
    // messages of a demo topic with a record open, in a window of its own made in English.
    void readmeScreenshot()
    {
        m_window.reset();
        QCoreApplication::removeTranslator(&m_translator);
        AppSettings settings(m_dir.filePath(u"readme.ini"_s));
        const QUrl url = m_sandbox->url();
        MainWindow window(&settings, m_secrets.get(),
                          [url](QObject *context, std::function<void(Result<QUrl>)> done) {
                              QTimer::singleShot(0, context, [done, url] { done(url); });
                          });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.restoreSession();
        QTRY_VERIFY(window.currentView());
        ConnectionView *view = window.currentView();
        QTRY_COMPARE_WITH_TIMEOUT(view->connection()->state(), OpenConnection::State::Connected, 10000);
        view->openTopic(u"orders"_s);
        view->messages()->read();
        QTRY_VERIFY_WITH_TIMEOUT(view->messages()->table()->model()->rowCount() >= 3 &&
                                     !view->messages()->reader()->isRunning(),
                                 10000);
        view->messages()->table()->selectRow(2);
        QApplication::processEvents();
        SAVE_SNAPSHOT(&window, u"readme-screenshot"_s);
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
