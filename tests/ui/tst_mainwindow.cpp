#include "tests/support/testsupport.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/versioninfo.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"GregorTest"_s);
        QApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }
    void hasFileViewHelpMenusAndStatusBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text().remove(u'&');
        QCOMPARE(titles, (QStringList{u"File"_s, u"View"_s, u"Help"_s}));
        QVERIFY(window.statusBar()->isVisible());
        Test::saveSnapshot(&window, u"mainwindow-empty"_s);
    }
    void aboutShowsVersions()
    {
        AboutDialog dialog;
        auto *versions = dialog.findChild<QLabel *>(u"versions"_s);
        QVERIFY(versions);
        QVERIFY(versions->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(versions->text().contains(u"KF6 SyntaxHighlighting 6."_s));
        QCOMPARE(versions->text(), versionLine());
    }
    void geometryIsRememberedAcrossRuns()
    {
        {
            MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(777, 555);
            first.close();
        }
        MainWindow second;
        QCOMPARE(second.size(), QSize(777, 555));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
