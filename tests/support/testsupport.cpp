#include "testsupport.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Gregor::Test {

QString outputDir(const QString &subdir)
{
    QString root = qEnvironmentVariable("GREGOR_TEST_OUTPUT");
    if (root.isEmpty())
        root = QDir::tempPath() + u"/gregor-test-output"_s;
    const QString dir = root + u'/' + subdir;
    QDir().mkpath(dir);
    return dir;
}

QString saveSnapshot(QWidget *widget, const QString &name)
{
    const QString path = outputDir(u"snapshots"_s) + u'/' + name + u".png"_s;
    widget->grab().save(path);
    return path;
}

} // namespace Gregor::Test
