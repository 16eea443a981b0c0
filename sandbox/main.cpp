#include "sandboxserver.h"

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
        u"A local server of the Upstash, Confluent v2 and v1 Kafka REST APIs."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOption(u"port"_s, u"Port to listen on (0 = any free port)."_s, u"N"_s, u"0"_s);
    QCommandLineOption bindOption(u"bind"_s, u"Address to listen on."_s, u"ADDR"_s, u"127.0.0.1"_s);
    QCommandLineOption topicOption(u"topic"_s, u"Create a topic (repeatable)."_s, u"NAME:PARTITIONS"_s);
    parser.addOptions({portOption, bindOption, topicOption});
    parser.process(app);

    SandboxOptions options;
    bool ok = false;
    options.port = parser.value(portOption).toUShort(&ok);
    if (!ok) {
        std::fprintf(stderr, "gregor-sandbox: --port takes a number from 0 to 65535\n");
        return 2;
    }
    if (!options.bindAddress.setAddress(parser.value(bindOption))) {
        std::fprintf(stderr, "gregor-sandbox: --bind takes an IP address such as 127.0.0.1\n");
        return 2;
    }

    SandboxServer server(options);
    for (const QString &spec : parser.values(topicOption)) {
        const auto name = spec.section(u':', 0, 0);
        const int partitions = spec.contains(u':') ? spec.section(u':', 1).toInt() : 1;
        if (!server.createTopic(name, partitions)) {
            std::fprintf(
                stderr,
                "gregor-sandbox: cannot create topic '%s' (names use a-z A-Z 0-9 . _ -, 1+ partitions)\n",
                qPrintable(spec));
            return 2;
        }
    }
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "gregor-sandbox: cannot listen: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
