#include "tests/support/testsupport.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/versioninfo.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestAbout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aboutShowsVersions()
    {
        AboutDialog dialog;
        auto *versions = dialog.findChild<QLabel *>(u"versions"_s);
        QVERIFY(versions);
        QVERIFY(versions->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(versions->text().contains(u"KF6 SyntaxHighlighting 6."_s));
        QCOMPARE(versions->text(), versionLine());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        SAVE_SNAPSHOT(&dialog, u"about"_s);
    }
};

QTEST_MAIN(TestAbout)
#include "tst_mainwindow.moc"
