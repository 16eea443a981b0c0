// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <expected>
#include <optional>
#include <random>

namespace Gregor::Sandbox {

// One injected fault. Syntax (see sandbox/README.md):  KIND=VALUE[@PATH-GLOB]
//   latency=MS            answer MS milliseconds late
//   error-rate=P          with probability P (0..1) answer 500 with the dialect's error body
//   drop-rate=P           with probability P close the connection without an answer
//   truncate-rate=P       with probability P send the headers and half the body, then close
//   garble-rate=P         with probability P send a complete answer whose body is cut in half
//   slow-body=BYTES_PER_S send the answer at that rate
//   status=CODE           answer CODE (400..599) with the dialect's error body
// The optional @PATH-GLOB limits the fault to request paths matching it (* and ? wildcards,
// * also crosses '/'), e.g. status=503@/topics*  or  drop-rate=0.5@/consume/*.
struct FaultSpec
{
    enum class Kind
    {
        Latency,
        ErrorRate,
        DropRate,
        TruncateRate,
        GarbleRate,
        SlowBody,
        Status
    };
    Kind kind = Kind::Latency;
    double value = 0; // ms, probability, bytes/s or status code
    QString pathGlob; // empty = every path

    static std::expected<FaultSpec, QString> parse(QStringView text);
    QString toString() const;
    bool appliesTo(QStringView path) const;
    friend bool operator==(const FaultSpec &a, const FaultSpec &b)
    {
        return a.kind == b.kind && a.value == b.value && a.pathGlob == b.pathGlob;
    }

private:
    QRegularExpression m_re;
};

// What happens to one request.
struct FaultDecision
{
    qint64 latencyMs = 0;
    std::optional<int> status;  // answer this status instead of handling the request
    bool injectedError = false; // the status comes from error-rate
    bool drop = false;
    bool truncate = false;
    bool garble = false; // a complete answer, Content-Length and all, whose body is cut in half
    qint64 slowBytesPerSecond = 0;
    bool any() const { return latencyMs || status || drop || truncate || garble || slowBytesPerSecond; }
};

// The faults in force and a seeded random source, so a test run is reproducible.
class FaultInjector
{
public:
    void setFaults(QList<FaultSpec> faults) { m_faults = std::move(faults); }
    void addFault(FaultSpec fault) { m_faults.append(std::move(fault)); }
    void clear() { m_faults.clear(); }
    const QList<FaultSpec> &faults() const { return m_faults; }
    void seed(quint64 seed) { m_rng.seed(seed); }

    FaultDecision decide(QStringView path);

private:
    bool roll(double probability);
    QList<FaultSpec> m_faults;
    std::mt19937_64 m_rng{1};
};

} // namespace Gregor::Sandbox
