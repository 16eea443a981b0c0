// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "faultinjector.h"
#include "partitionlog.h"
#include "persistence.h"
#include "store.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <utility>

class QCommandLineParser;

namespace Gregor::Sandbox {

// Everything the sandbox can be told, on the command line or by an embedding program.
struct SandboxOptions
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port

    // The answer GET /topics gives a client that names no vnd.kafka type (Auto = Upstash's map),
    // and the error body of paths no dialect owns.
    enum class Dialect
    {
        Auto,
        Upstash,
        Confluent
    } dialect = Dialect::Auto;

    QList<std::pair<QString, int>> topics; // created at start
    QString dataDir;                       // empty = in memory only
    FsyncMode fsync = FsyncMode::Interval;

    // Auth: none unless one of these is set; then either credential is accepted.
    QString basicUser, basicPassword; // --basic USER:PASSWORD
    QString token;                    // X-Auth-Token or Authorization: Bearer
    QString tlsCertFile, tlsKeyFile;
    QString tlsClientCaFile;
    Retention retention; // --retention-records N, --retention-bytes N (per partition) // --tls-client-ca:
                         // require a client certificate issued by this CA (mTLS)

    bool demo = false;
    double demoTrafficRate = 0; // records per second into "orders"
    QList<FaultSpec> faults;
    quint64 seed = 0x67726567; // faults, sticky partitioner, demo data
    PartitionerMode partitioner;
    bool autoCreateTopics = false;
    int autoCreatePartitions = 1;
    bool strictContentType = false;
    bool verbose = false; // one line per request on stderr

    // Confluent REST v3 (/v3, /kafka/v3): the one cluster's id and the records:batch limit
    // (api.v3.produce.batch.maximum.entries).
    QString clusterId = QStringLiteral("gregor-sandbox");
    int v3BatchMaxEntries = 10;

    // Limits (api-spec §10).
    int maxRecords = 500;                    // per fetch/consume answer
    qint64 maxFetchBytes = 1024 * 1024;      // payload per fetch/consume answer
    qint64 maxRecordBytes = 1024 * 1024;     // one record value
    qint64 maxBodyBytes = 16 * 1024 * 1024;  // one request body
    qint64 maxWaitMs = 30000;                // longest long-poll a request may ask for
    qint64 confluentRequestTimeoutMs = 1000; // cap of a v2 records GET (consumer.request.timeout.ms)

    // Idle expiry of consumer instances.
    qint64 upstashExpiryMs = 120000;
    qint64 confluentExpiryMs = 300000;

    bool authRequired() const { return !basicUser.isEmpty() || !token.isEmpty(); }
    bool tls() const { return !tlsCertFile.isEmpty(); }
};

// The command line, apart from main() so it can be tested. addOptions() declares every option
// on a parser; fromParser() validates what was given.
namespace SandboxCommandLine {
void addOptions(QCommandLineParser &parser);
std::expected<SandboxOptions, QString> fromParser(const QCommandLineParser &parser);
// Parses a full argument list (argv[0] first); --help/--version are errors here.
std::expected<SandboxOptions, QString> parse(const QStringList &arguments);
} // namespace SandboxCommandLine

} // namespace Gregor::Sandbox
