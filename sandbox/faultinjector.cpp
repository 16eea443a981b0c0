// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

namespace {
struct KindName
{
    FaultSpec::Kind kind;
    QStringView name;
};
constexpr KindName kindNames[] = {
    {FaultSpec::Kind::Latency, u"latency"},        {FaultSpec::Kind::ErrorRate, u"error-rate"},
    {FaultSpec::Kind::DropRate, u"drop-rate"},     {FaultSpec::Kind::TruncateRate, u"truncate-rate"},
    {FaultSpec::Kind::GarbleRate, u"garble-rate"}, {FaultSpec::Kind::SlowBody, u"slow-body"},
    {FaultSpec::Kind::Status, u"status"},
};
} // namespace

std::expected<FaultSpec, QString> FaultSpec::parse(QStringView text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return std::unexpected(
            u"a fault reads KIND=VALUE[@PATH-GLOB], e.g. latency=200 or status=503@/topics*"_s);
    const QStringView kindText = text.first(eq);
    QStringView valueText = text.sliced(eq + 1);
    FaultSpec spec;
    if (const qsizetype at = valueText.indexOf(u'@'); at >= 0) {
        spec.pathGlob = valueText.sliced(at + 1).toString();
        valueText = valueText.first(at);
        if (spec.pathGlob.isEmpty())
            return std::unexpected(u"an empty path pattern after '@'"_s);
    }
    bool known = false;
    for (const auto &[kind, name] : kindNames) {
        if (kindText == name) {
            spec.kind = kind;
            known = true;
        }
    }
    if (!known) {
        QStringList names;
        for (const auto &entry : kindNames)
            names.append(entry.name.toString());
        return std::unexpected(u"unknown fault '%1' (%2)"_s.arg(kindText, names.join(u", "_s)));
    }
    bool ok = false;
    spec.value = valueText.toDouble(&ok);
    if (!ok || !std::isfinite(spec.value) || spec.value < 0)
        return std::unexpected(u"'%1' needs a non-negative number"_s.arg(kindText));
    switch (spec.kind) {
    case Kind::ErrorRate:
    case Kind::DropRate:
    case Kind::TruncateRate:
    case Kind::GarbleRate:
        if (spec.value > 1)
            return std::unexpected(u"'%1' is a probability from 0 to 1"_s.arg(kindText));
        break;
    case Kind::Status:
        if (spec.value != std::floor(spec.value) || spec.value < 400 || spec.value > 599)
            return std::unexpected(u"'status' takes an HTTP error code from 400 to 599"_s);
        break;
    case Kind::SlowBody:
        if (spec.value < 1)
            return std::unexpected(u"'slow-body' takes at least 1 byte per second"_s);
        break;
    case Kind::Latency:
        break;
    }
    if (!spec.pathGlob.isEmpty())
        spec.m_re = QRegularExpression::fromWildcard(spec.pathGlob, Qt::CaseSensitive,
                                                     QRegularExpression::NonPathWildcardConversion);
    return spec;
}

QString FaultSpec::toString() const
{
    QString name;
    for (const auto &[k, n] : kindNames)
        if (k == kind)
            name = n.toString();
    QString text = name + u'=' + QString::number(value);
    if (!pathGlob.isEmpty())
        text += u'@' + pathGlob;
    return text;
}

bool FaultSpec::appliesTo(QStringView path) const
{
    return pathGlob.isEmpty() || m_re.matchView(path).hasMatch();
}

bool FaultInjector::roll(double probability)
{
    if (probability <= 0)
        return false;
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < probability;
}

FaultDecision FaultInjector::decide(QStringView path)
{
    FaultDecision d;
    for (const FaultSpec &fault : std::as_const(m_faults)) {
        if (!fault.appliesTo(path))
            continue;
        switch (fault.kind) {
        case FaultSpec::Kind::Latency:
            d.latencyMs = qMax(d.latencyMs, qint64(fault.value));
            break;
        case FaultSpec::Kind::Status:
            if (!d.status)
                d.status = int(fault.value);
            break;
        case FaultSpec::Kind::ErrorRate:
            if (roll(fault.value) && !d.status) {
                d.status = 500;
                d.injectedError = true;
            }
            break;
        case FaultSpec::Kind::DropRate:
            d.drop = d.drop || roll(fault.value);
            break;
        case FaultSpec::Kind::TruncateRate:
            d.truncate = d.truncate || roll(fault.value);
            break;
        case FaultSpec::Kind::GarbleRate:
            d.garble = d.garble || roll(fault.value);
            break;
        case FaultSpec::Kind::SlowBody:
            d.slowBytesPerSecond = qint64(fault.value);
            break;
        }
    }
    return d;
}

} // namespace Gregor::Sandbox
