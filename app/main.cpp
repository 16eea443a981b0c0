// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// main(): parses the command line, starts the window; nothing else lives here.
#include "core/services/appsettings.h"
#include "core/services/connectionprofile.h"
#include "core/services/openconnection.h"
#include "core/services/secretstore.h"
#include "localsandbox.h"
#include "ui/connection/connectionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/versioninfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Calls a function once, right after the window's first paint: the window shows at once and
// opening the last session's connections (and seeding the local sandbox) happens behind it.
// With --startup-probe it also prints "first-frame" and, when the first connection works,
// "connected", so `./dev bench startup` can time them from outside the process.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(Gregor::MainWindow *window, bool probe, std::function<void()> then)
        : m_window(window)
        , m_probe(probe)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }
    void watchConnection()
    {
        if (!m_probe || !m_window->currentView())
            return;
        auto *connection = m_window->currentView()->connection();
        QObject::connect(connection, &Gregor::OpenConnection::stateChanged, this, [](auto state) {
            if (state == Gregor::OpenConnection::State::Connected) {
                std::printf("connected\n");
                std::fflush(stdout);
            }
        });
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            m_window->removeEventFilter(this);
            if (m_probe) {
                std::printf("first-frame\n");
                std::fflush(stdout);
            }
            QTimer::singleShot(0, this, std::exchange(m_then, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Gregor::MainWindow *m_window;
    bool m_probe;
    std::function<void()> m_then;
};
} // namespace

int main(int argc, char *argv[])
{
    // --version and --help answer without a display (over ssh, in the package test): no GUI.
    const bool informationOnly = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return !std::strcmp(arg, "-v") || !std::strcmp(arg, "--version") || !std::strcmp(arg, "-h") ||
               !std::strcmp(arg, "--help") || !std::strcmp(arg, "--help-all");
    });
    std::unique_ptr<QCoreApplication> app = informationOnly ? std::make_unique<QCoreApplication>(argc, argv)
                                                            : std::make_unique<QApplication>(argc, argv);
    QApplication::setOrganizationName(u"Gregor"_s);
    QApplication::setApplicationName(u"Gregor"_s);
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Started from the build tree: the notification events sit beside it, not in /usr/share.
    // (Windows and macOS look in the install tree's data folder instead; see packaging/.)
    if (const QString share = QCoreApplication::applicationDirPath() + u"/../share"_s;
        QFileInfo::exists(share + u"/knotifications6/gregor.notifyrc"_s)) {
        const QByteArray dirs = qgetenv("XDG_DATA_DIRS");
        const QByteArray ours = QFile::encodeName(QDir(share).absolutePath());
        qputenv("XDG_DATA_DIRS",
                QByteArray(ours + ':' + (dirs.isEmpty() ? "/usr/local/share:/usr/share"_ba : dirs)));
    }
#endif
    // The user's language: Qt's own strings, then ours (:/i18n, made by qt_add_translations).
    // GREGOR_TRANSLATION=<file.qm> shows another one, e.g. the pseudo-locale of the build tree.
    QTranslator qtStrings;
    if (qtStrings.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtStrings);
    QTranslator ourStrings;
    const QString chosen = qEnvironmentVariable("GREGOR_TRANSLATION");
    if (chosen.isEmpty() ? ourStrings.load(QLocale(), u"gregor"_s, u"_"_s, u":/i18n"_s)
                         : ourStrings.load(chosen))
        QCoreApplication::installTranslator(&ourStrings);
    else if (!chosen.isEmpty())
        std::fprintf(stderr, "gregor: cannot load the translation %s\n", qPrintable(chosen));
    QApplication::setApplicationVersion(QStringLiteral(GREGOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Gregor::Main", "A desktop console for Apache Kafka over REST."));
    parser.addHelpOption();
    QCommandLineOption versionOption(
        {u"v"_s, u"version"_s},
        QCoreApplication::translate("Gregor::Main", "Print the versions of Gregor, Qt and KF6."));
    QCommandLineOption verboseOption(
        u"verbose"_s, QCoreApplication::translate(
                          "Gregor::Main", "Log every HTTP exchange (gregor.http) to standard error."));
    QCommandLineOption trafficOption(
        u"demo-traffic"_s,
        QCoreApplication::translate("Gregor::Main",
                                    "Records per second the local sandbox produces (default 5)."),
        QCoreApplication::translate("Gregor::Main", "RATE"), u"5"_s);
    // For `./dev bench startup`: fresh settings, and a line on stdout at the first painted frame
    // and when the first-run connection is up.
    QCommandLineOption probeOption(
        u"startup-probe"_s,
        QCoreApplication::translate("Gregor::Main", "Report startup milestones on standard output."));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // The desktop file's actions.
    QCommandLineOption newConnectionOption(
        u"new-connection"_s,
        QCoreApplication::translate("Gregor::Main", "Open the dialog for a new connection."));
    QCommandLineOption localSandboxOption(
        u"local-sandbox"_s,
        QCoreApplication::translate("Gregor::Main", "Open the built-in local sandbox connection."));
    parser.addOptions(
        {versionOption, verboseOption, trafficOption, probeOption, newConnectionOption, localSandboxOption});
    parser.process(*app);
    if (parser.isSet(versionOption) || informationOnly) {
        std::printf("%s\n", qPrintable(Gregor::versionLine()));
        return 0;
    }
    QApplication::setDesktopFileName(u"io.github.gregor_kafka.Gregor"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/gregor.svg"_s));
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"gregor.*.debug=true"_s);

    // The built-in "Local sandbox" connection: started on its own thread on a free loopback port
    // the first time it is opened, with demo topics, groups with lag, and a moving topic.
    Gregor::LocalSandbox sandbox(parser.value(trafficOption).toDouble());
    auto startSandbox = [&sandbox](QObject *context, std::function<void(Gregor::Result<QUrl>)> done) {
        sandbox.start(context, std::move(done));
    };

    const bool probe = parser.isSet(probeOption);
    if (probe)
        QStandardPaths::setTestModeEnabled(true);
    Gregor::AppSettings settings;
    if (probe)
        settings.clearForFirstRun();
    Gregor::SecretStore secrets;
    Gregor::MainWindow window(&settings, &secrets, startSandbox);
    std::unique_ptr<AfterFirstPaint> afterFirstPaint;
    const bool askNewConnection = parser.isSet(newConnectionOption);
    const bool openLocalSandbox = parser.isSet(localSandboxOption);
    afterFirstPaint = std::make_unique<AfterFirstPaint>(
        &window, probe, [&window, &afterFirstPaint, askNewConnection, openLocalSandbox] {
            window.restoreSession();
            afterFirstPaint->watchConnection();
            if (openLocalSandbox)
                window.openProfile(Gregor::ConnectionProfile::localSandboxProfile());
            if (askNewConnection)
                window.newConnection();
        });
    window.show();
    return app->exec();
}
