// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// gregor-sandbox: a local server of the Upstash, Confluent v2 and v1 Kafka REST APIs.
#include "sandboxserver.h"
#include "shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gregor-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GREGOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local server of the Upstash, Confluent v2 and v1 (IBM Message Hub) Kafka REST APIs on one port.\n"
        "The first line on standard output is 'listening on <URL>'."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    SandboxCommandLine::addOptions(parser);
    parser.process(app);
    auto options = SandboxCommandLine::fromParser(parser);
    if (!options) {
        std::fprintf(stderr, "gregor-sandbox: %s\n", qPrintable(options.error()));
        return 2;
    }

    SandboxServer server(*options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "gregor-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // SIGINT/SIGTERM: stop listening, answer what is parked, fsync, exit.
    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::received, &app, [&](int signal) {
        std::fprintf(stderr, "gregor-sandbox: signal %d, shutting down\n", signal);
        server.stop();
        QCoreApplication::exit(0);
    });
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
