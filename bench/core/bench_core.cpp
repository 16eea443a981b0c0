// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ./dev bench core — how fast each dialect turns a ~1 MB records answer into Records, as a ratio
// to the bare JSON parse of the same bytes (the floor any parser pays). Target: >= 150%.
// Beside it, the same Records built with simdjson's On-Demand API, so the note can say which is
// the faster record path.
#include "core/dialects/confluent/confluentparse.h"
#include "core/dialects/upstash/upstashparse.h"
#include "simdjsonrecords.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

using namespace Gregor;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype TargetBytes = 1024 * 1024;

// A JSON-ish text value like an order event, different per record.
QByteArray valueText(int i)
{
    return "{\"order\":" + QByteArray::number(100000 + i) + ",\"customer\":\"c-" +
           QByteArray::number(i * 7919 % 100003) + "\",\"items\":[{\"sku\":\"A-" +
           QByteArray::number(i % 97) + "\",\"qty\":" + QByteArray::number(i % 5 + 1) +
           "}],\"note\":\"deliver to the back door, ring twice\"}";
}

QByteArray jsonString(const QByteArray &text)
{
    QByteArray out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray upstashAnswer(int *count)
{
    QByteArray out = "[";
    int i = 0;
    while (out.size() < TargetBytes) {
        if (i)
            out += ',';
        out += "{\"topic\":\"orders\",\"partition\":" + QByteArray::number(i % 12) +
               ",\"offset\":" + QByteArray::number(i) +
               ",\"timestamp\":" + QByteArray::number(1700000000000 + i) + ",\"key\":\"customer-" +
               QByteArray::number(i % 1000) + "\",\"value\":" + jsonString(valueText(i)) +
               ",\"headers\":[{\"key\":\"trace\",\"value\":\"" + QByteArray::number(i * 31, 16) + "\"}]}";
        ++i;
    }
    *count = i;
    return out + ']';
}

QByteArray confluentAnswer(int *count, bool withTopic)
{
    QByteArray out = "[";
    int i = 0;
    while (out.size() < TargetBytes) {
        if (i)
            out += ',';
        out += '{';
        if (withTopic)
            out += "\"topic\":\"orders\",";
        out += "\"key\":\"" + QByteArray("customer-" + QByteArray::number(i % 1000)).toBase64() +
               "\",\"value\":\"" + valueText(i).toBase64() +
               "\",\"partition\":" + QByteArray::number(i % 12) + ",\"offset\":" + QByteArray::number(i) +
               '}';
        ++i;
    }
    *count = i;
    return out + ']';
}

// Best of several runs of each, interleaved so all see the same machine load (the cores are
// shared); the minimum is the least disturbed measurement of each.
std::vector<double> measureInterleaved(const std::vector<std::function<qsizetype()>> &parsers, int runs)
{
    std::vector<double> best(parsers.size(), 1e9);
    qsizetype sink = 0;
    for (int r = 0; r < runs; ++r) {
        for (size_t i = 0; i < parsers.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            sink += parsers[i]();
            best[i] = std::min(best[i], double(timer.nsecsElapsed()) / 1e9);
        }
    }
    if (sink < 0)
        qFatal("unreachable");
    return best;
}

} // namespace

int main()
{
    QTextStream out(stdout);
    constexpr int runs = 51;
    out << "bench_core: parse a ~1 MB records answer into Records; best of " << runs << " interleaved runs\n";
    out << u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(u"dialect"_s, -26)
               .arg(u"records"_s, 8)
               .arg(u"MB/s"_s, 8)
               .arg(u"records/s"_s, 10)
               .arg(u"simdjson MB/s"_s, 14)
               .arg(u"bare JSON MB/s"_s, 15)
               .arg(u"ratio"_s, 6)
               .arg(u"simdjson ratio"_s, 15);
    bool allMet = true;
    using Parsed = std::function<std::optional<QList<Record>>()>;
    const auto report = [&](const QString &name, const QByteArray &body, int count, const Parsed &ours,
                            const Parsed &simd) {
        const auto ourRecords = ours();
        const auto simdRecords = simd();
        if (!ourRecords || ourRecords->size() != count)
            qFatal("%s parsed the wrong number of records", qPrintable(name));
        const bool same = simdRecords == ourRecords;
        const auto best = measureInterleaved({[&] { return QJsonDocument::fromJson(body).array().size(); },
                                              [&] { return ours()->size(); },
                                              [&] { return simd().value_or(QList<Record>()).size(); }},
                                             runs);
        const double bare = best[0], mine = best[1], simdjson = best[2];
        const double mb = double(body.size()) / (1024.0 * 1024.0);
        const double ratio = bare / mine;
        allMet = allMet && ratio >= 1.5;
        out << u"%1 %2 %3 %4 %5 %6 %7% %8%%9\n"_s.arg(name, -26)
                   .arg(count, 8)
                   .arg(mb / mine, 8, 'f', 1)
                   .arg(double(count) / mine, 10, 'f', 0)
                   .arg(mb / simdjson, 14, 'f', 1)
                   .arg(mb / bare, 15, 'f', 1)
                   .arg(ratio * 100.0, 5, 'f', 0)
                   .arg(bare / simdjson * 100.0, 14, 'f', 0)
                   .arg(same ? QString() : u"  (simdjson's Records differ!)"_s);
    };

    int n = 0;
    const QByteArray upstash = upstashAnswer(&n);
    report(
        u"Upstash /fetch"_s, upstash, n, [&] { return std::optional(*Upstash::parseMessages(upstash)); },
        [&] { return BenchSimdjson::parseUpstashMessages(upstash); });
    const QByteArray v2 = confluentAnswer(&n, true);
    report(
        u"Confluent v2 …/records"_s, v2, n, [&] { return std::optional(*Confluent::parseRecords(v2)); },
        [&] { return BenchSimdjson::parseConfluentRecords(v2); });
    const QByteArray v1 = confluentAnswer(&n, false);
    report(
        u"Confluent v1 …/messages"_s, v1, n,
        [&] { return std::optional(*Confluent::parseRecords(v1, u"orders"_s)); },
        [&] { return BenchSimdjson::parseConfluentRecords(v1, u"orders"_s); });
    out << (allMet ? "target met: every dialect parses at >= 150% of the bare JSON parse\n"
                   : "TARGET MISSED: a dialect parses at < 150% of the bare JSON parse\n");
    return allMet ? 0 : 2;
}
