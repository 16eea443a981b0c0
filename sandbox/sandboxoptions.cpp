// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox::SandboxCommandLine {

namespace {

struct Option
{
    const char16_t *name;
    const char16_t *valueName; // nullptr = a switch
    const char16_t *help;
};

constexpr Option optionTable[] = {
    {u"port", u"N", u"Port to listen on; 0 (the default) picks a free one."},
    {u"bind", u"ADDR", u"Address to listen on (default 127.0.0.1)."},
    {u"topic", u"NAME:PARTITIONS", u"Create a topic at start (repeatable)."},
    {u"data-dir", u"DIR", u"Keep topics, records and committed offsets in DIR and recover them on start."},
    {u"fsync", u"always|interval",
     u"With --data-dir: 'always' fsyncs before every produce/commit is acknowledged (no acknowledged "
     u"record survives a power cut missing, but each request waits for the disk); 'interval' (the "
     u"default) acknowledges once the data is flushed to the operating system and fsyncs every 50 ms "
     u"(survives a crash of the sandbox; a power cut may lose the last 50 ms)."},
    {u"basic", u"USER:PASSWORD", u"Require HTTP Basic auth (Upstash style)."},
    {u"token", u"TOKEN", u"Require a token, sent as 'X-Auth-Token: TOKEN' or 'Authorization: Bearer TOKEN'."},
    {u"tls-cert", u"FILE", u"Serve HTTPS with this PEM certificate (chain)."},
    {u"tls-key", u"FILE", u"The PEM private key of --tls-cert."},
    {u"retention-records", u"N",
     u"Keep at most N records per partition: older ones are removed and the beginning offset moves on."},
    {u"retention-bytes", u"N",
     u"Keep at most N bytes of records per partition (as Kafka's retention.bytes)."},
    {u"tls-client-ca", u"FILE",
     u"Require a client certificate issued by a CA of this PEM file (mutual TLS)."},
    {u"demo", nullptr, u"Create demo topics (greetings, cities, orders, telemetry, big) and lagging groups."},
    {u"demo-traffic", u"RATE", u"Keep producing JSON orders to 'orders' at RATE records per second."},
    {u"fault", u"SPEC",
     u"Inject a fault (repeatable): latency=MS, error-rate=P, drop-rate=P, truncate-rate=P, "
     u"garble-rate=P, slow-body=BYTES_PER_S or status=CODE, each optionally @PATH-GLOB, e.g. "
     u"status=503@/topics*."},
    {u"seed", u"N", u"Seed of the fault dice, the sticky partitioner and the demo data."},
    {u"partitioner", u"MODE",
     u"Unkeyed records: round-robin (default), sticky or fixed:N. Keyed records always use murmur2."},
    {u"auto-create-topics", nullptr,
     u"Create a missing topic (1 partition) when a record is produced to it."},
    {u"strict-content-type", nullptr,
     u"Confluent routes: 415 for a body that is not application/vnd.kafka.*, 406 for a records Accept "
     u"without the consumer's format."},
    {u"dialect", u"upstash|confluent",
     u"The dialect of GET /topics (and unknown paths) for clients that name no vnd.kafka type."},
    {u"max-records", u"N", u"Records per fetch/consume answer (default 500)."},
    {u"max-fetch-bytes", u"BYTES", u"Payload bytes per fetch/consume answer (default 1 MiB)."},
    {u"max-record-bytes", u"BYTES", u"Largest record value accepted by produce (default 1 MiB)."},
    {u"max-body-bytes", u"BYTES", u"Largest request body (default 16 MiB)."},
    {u"upstash-expiry-ms", u"MS",
     u"Idle time after which an Upstash consumer instance is removed (default 120000)."},
    {u"confluent-expiry-ms", u"MS",
     u"Idle time after which a Confluent consumer instance is removed (default 300000)."},
    {u"consumer-request-timeout-ms", u"MS", u"Longest wait of a Confluent records GET (default 1000)."},
    {u"cluster-id", u"ID", u"The id of the one cluster Confluent REST v3 serves (default gregor-sandbox)."},
    {u"v3-batch-max-entries", u"N", u"Most entries of a v3 records:batch request (default 10)."},
    {u"verbose", nullptr, u"Log one line per request on standard error."},
};

std::expected<qint64, QString> number(const QCommandLineParser &parser, const QString &name, qint64 min,
                                      qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::unexpected(u"--%1 takes a number from %2 to %3"_s.arg(name).arg(min).arg(max));
    return value;
}

} // namespace

void addOptions(QCommandLineParser &parser)
{
    for (const Option &o : optionTable) {
        const QString name = QString::fromUtf16(o.name);
        if (o.valueName)
            parser.addOption(
                QCommandLineOption(name, QString::fromUtf16(o.help), QString::fromUtf16(o.valueName)));
        else
            parser.addOption(QCommandLineOption(name, QString::fromUtf16(o.help)));
    }
}

std::expected<SandboxOptions, QString> fromParser(const QCommandLineParser &parser)
{
    SandboxOptions o;
    if (!parser.positionalArguments().isEmpty())
        return std::unexpected(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    auto integer = [&](const QString &name, qint64 min, qint64 max, auto &target) -> std::optional<QString> {
        if (!parser.isSet(name))
            return std::nullopt;
        auto value = number(parser, name, min, max);
        if (!value)
            return value.error();
        target = decltype(+target)(*value);
        return std::nullopt;
    };
    for (auto error :
         {integer(u"port"_s, 0, 65535, o.port), integer(u"max-records"_s, 1, 100000, o.maxRecords),
          integer(u"max-fetch-bytes"_s, 1, qint64(1) << 32, o.maxFetchBytes),
          integer(u"max-record-bytes"_s, 1, qint64(1) << 31, o.maxRecordBytes),
          integer(u"max-body-bytes"_s, 1, qint64(1) << 32, o.maxBodyBytes),
          integer(u"upstash-expiry-ms"_s, 1, qint64(1) << 40, o.upstashExpiryMs),
          integer(u"confluent-expiry-ms"_s, 1, qint64(1) << 40, o.confluentExpiryMs),
          integer(u"consumer-request-timeout-ms"_s, 0, 3600000, o.confluentRequestTimeoutMs),
          integer(u"v3-batch-max-entries"_s, 1, 100000, o.v3BatchMaxEntries)}) {
        if (error)
            return std::unexpected(*error);
    }
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        o.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return std::unexpected(u"--seed takes a non-negative integer"_s);
    }
    if (parser.isSet(u"bind"_s) && !o.bindAddress.setAddress(parser.value(u"bind"_s)))
        return std::unexpected(u"--bind takes an IP address such as 127.0.0.1 or ::1"_s);
    for (const QString &spec : parser.values(u"topic"_s)) {
        const qsizetype colon = spec.lastIndexOf(u':');
        bool ok = colon > 0;
        const int partitions = ok ? spec.sliced(colon + 1).toInt(&ok) : 1;
        if (!ok || partitions < 1 || partitions > Store::maxPartitions)
            return std::unexpected(u"--topic takes NAME:PARTITIONS, e.g. orders:6 (got '%1')"_s.arg(spec));
        o.topics.append({spec.first(colon), partitions});
    }
    o.dataDir = parser.value(u"data-dir"_s);
    if (parser.isSet(u"fsync"_s)) {
        const QString mode = parser.value(u"fsync"_s);
        if (mode != u"always" && mode != u"interval")
            return std::unexpected(u"--fsync takes always or interval"_s);
        o.fsync = mode == u"always" ? FsyncMode::Always : FsyncMode::Interval;
    }
    if (parser.isSet(u"basic"_s)) {
        const QString basic = parser.value(u"basic"_s);
        const qsizetype colon = basic.indexOf(u':');
        if (colon <= 0)
            return std::unexpected(u"--basic takes USER:PASSWORD"_s);
        o.basicUser = basic.first(colon);
        o.basicPassword = basic.sliced(colon + 1);
    }
    if (parser.isSet(u"token"_s) && (o.token = parser.value(u"token"_s)).isEmpty())
        return std::unexpected(u"--token takes a non-empty token"_s);
    o.tlsCertFile = parser.value(u"tls-cert"_s);
    o.tlsKeyFile = parser.value(u"tls-key"_s);
    o.tlsClientCaFile = parser.value(u"tls-client-ca"_s);
    for (auto [name, target] : {std::pair{u"retention-records"_s, &o.retention.maxRecords},
                                std::pair{u"retention-bytes"_s, &o.retention.maxBytes}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *target = parser.value(name).toLongLong(&ok);
        if (!ok || *target < 1)
            return std::unexpected(u"--%1 takes a positive number"_s.arg(name));
    }
    if (!o.tlsClientCaFile.isEmpty() && o.tlsCertFile.isEmpty())
        return std::unexpected(u"--tls-client-ca needs --tls-cert and --tls-key"_s);
    if (o.tlsCertFile.isEmpty() != o.tlsKeyFile.isEmpty())
        return std::unexpected(u"--tls-cert and --tls-key go together"_s);
    o.demo = parser.isSet(u"demo"_s);
    if (parser.isSet(u"demo-traffic"_s)) {
        bool ok = false;
        o.demoTrafficRate = parser.value(u"demo-traffic"_s).toDouble(&ok);
        if (!ok || o.demoTrafficRate <= 0 || o.demoTrafficRate > 1e6)
            return std::unexpected(u"--demo-traffic takes records per second, e.g. 20"_s);
    }
    for (const QString &spec : parser.values(u"fault"_s)) {
        auto fault = FaultSpec::parse(spec);
        if (!fault)
            return std::unexpected(u"--fault %1: %2"_s.arg(spec, fault.error()));
        o.faults.append(*fault);
    }
    if (parser.isSet(u"partitioner"_s)) {
        const QString mode = parser.value(u"partitioner"_s);
        bool ok = true;
        if (mode == u"round-robin")
            o.partitioner.kind = PartitionerMode::Kind::RoundRobin;
        else if (mode == u"sticky")
            o.partitioner.kind = PartitionerMode::Kind::Sticky;
        else if (mode.startsWith(u"fixed:")) {
            o.partitioner.kind = PartitionerMode::Kind::Fixed;
            o.partitioner.fixedPartition = mode.sliced(6).toInt(&ok);
            ok = ok && o.partitioner.fixedPartition >= 0;
        } else
            ok = false;
        if (!ok)
            return std::unexpected(u"--partitioner takes round-robin, sticky or fixed:N"_s);
    }
    if (parser.isSet(u"cluster-id"_s)) {
        // A path segment and a CRN part: keep it to what real cluster ids use.
        static const QRegularExpression idRe(u"^[A-Za-z0-9._-]{1,64}$"_s);
        o.clusterId = parser.value(u"cluster-id"_s);
        if (!idRe.match(o.clusterId).hasMatch())
            return std::unexpected(u"--cluster-id takes 1 to 64 of a-z A-Z 0-9 . _ -"_s);
    }
    o.autoCreateTopics = parser.isSet(u"auto-create-topics"_s);
    o.strictContentType = parser.isSet(u"strict-content-type"_s);
    o.verbose = parser.isSet(u"verbose"_s);
    if (parser.isSet(u"dialect"_s)) {
        const QString dialect = parser.value(u"dialect"_s);
        if (dialect != u"upstash" && dialect != u"confluent")
            return std::unexpected(u"--dialect takes upstash or confluent"_s);
        o.dialect =
            dialect == u"upstash" ? SandboxOptions::Dialect::Upstash : SandboxOptions::Dialect::Confluent;
    }
    return o;
}

std::expected<SandboxOptions, QString> parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return std::unexpected(parser.errorText());
    return fromParser(parser);
}

} // namespace Gregor::Sandbox::SandboxCommandLine
