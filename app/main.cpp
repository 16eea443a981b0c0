// main(): parses the command line and shows the window; nothing else lives here.
#include "ui/shell/mainwindow.h"
#include "ui/versioninfo.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Gregor"_s);
    QApplication::setApplicationName(u"Gregor"_s);
    QApplication::setApplicationVersion(QStringLiteral(GREGOR_VERSION));
    QApplication::setDesktopFileName(u"io.github.gregor.Gregor"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A desktop console for Apache Kafka over REST."_s);
    parser.addHelpOption();
    QCommandLineOption versionOption({u"v"_s, u"version"_s}, u"Print the versions of Gregor, Qt and KF6."_s);
    parser.addOption(versionOption);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::printf("%s\n", qPrintable(Gregor::versionLine()));
        return 0;
    }

    Gregor::MainWindow window;
    window.show();
    return app.exec();
}
