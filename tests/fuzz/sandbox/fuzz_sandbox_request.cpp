// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes as one HTTP request (method, target, headers, body) through
// the sandbox's router, without a socket. Input layout:
//   METHOD SP TARGET LF { NAME ":" VALUE LF } LF BODY
// Every answer must be a status from 200 to 599 with a JSON body (or an empty 204; a v3 produce
// stream: a JSON report per line), and the store must never hold a record that does not decode.
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;

namespace {

// Both live until the process ends and are never destroyed: static destruction after libFuzzer
// returns from main would tear Qt down in the wrong order.
QCoreApplication *app = nullptr;
SandboxServer *server = nullptr;
int runs = 0;

void freshServer()
{
    SandboxOptions options;
    options.maxBodyBytes = 64 * 1024;
    options.maxRecordBytes = 4096;
    options.autoCreateTopics = (runs / 5000) % 2 == 1; // both produce paths
    delete server;
    server = new SandboxServer(options);
    server->createTopic(u"t"_s, 3);
    server->createTopic(u"greetings"_s, 1);
    HttpRequest seed;
    seed.method = "POST";
    seed.path = "/produce/greetings";
    seed.body =
        "[{\"value\":\"a\",\"key\":\"k\"},{\"value\":\"b\",\"headers\":[{\"key\":\"h\",\"value\":\"v\"}]}]";
    server->dispatch(seed);
}

HttpRequest parse(QByteArrayView data)
{
    HttpRequest r;
    qsizetype lineEnd = data.indexOf('\n');
    const QByteArrayView first = lineEnd < 0 ? data : data.first(lineEnd);
    const qsizetype space = first.indexOf(' ');
    r.method = (space < 0 ? first : first.first(space)).toByteArray().toUpper();
    QByteArray target = space < 0 ? QByteArray("/") : first.sliced(space + 1).toByteArray();
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.first(q);
    r.query = q < 0 ? QByteArray() : target.sliced(q + 1);
    qsizetype at = lineEnd < 0 ? data.size() : lineEnd + 1;
    while (at < data.size()) {
        lineEnd = data.indexOf('\n', at);
        const QByteArrayView line = data.sliced(at, (lineEnd < 0 ? data.size() : lineEnd) - at);
        at = lineEnd < 0 ? data.size() : lineEnd + 1;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append(line.first(colon).trimmed(), line.sliced(colon + 1).trimmed());
    }
    r.body = data.sliced(at).toByteArray();
    return r;
}

bool isJson(const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError;
}

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    freshServer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (++runs % 5000 == 0)
        freshServer(); // bounded memory, and both auto-create settings
    const HttpRequest request = parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    Reply reply = server->dispatch(request);
    const HttpResponse response = reply.now ? *reply.now : *reply.poll(true);
    check(response.status >= 200 && response.status <= 599, "status in 200..599");
    if (response.status == 204) {
        check(response.body.isEmpty(), "204 has no body");
    } else if (!isJson(response.body)) {
        // A v3 produce stream answers one delivery report per record, one per line.
        check(request.path.contains("v3/"), "the body is JSON"); // the router also takes "v3//…"
        const QList<QByteArray> lines = response.body.split('\n');
        bool any = false;
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            check(isJson(line), "every line of a v3 stream answer is JSON");
            any = true;
        }
        check(any, "a v3 stream answer has a report");
    }
    for (const QString &topic : server->store().topicNames()) {
        for (const PartitionLog &log : server->store().topic(topic)->partitions)
            if (log.endOffset() > 0)
                check(RecordCodec::decode(log.at(log.endOffset() - 1).encoded).has_value(),
                      "stored records decode");
    }
    return 0;
}
