// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagalerts.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gregor {

QJsonObject AlertRule::toJson() const
{
    QJsonObject object;
    if (maxLag)
        object.insert(u"maxLag"_s, double(*maxLag));
    if (maxSecondsToDrain)
        object.insert(u"maxSecondsToDrain"_s, double(*maxSecondsToDrain));
    return object;
}

AlertRule AlertRule::fromJson(const QJsonObject &object)
{
    AlertRule rule;
    auto positive = [&](const QString &key) -> std::optional<qint64> {
        const double value = object.value(key).toDouble(-1);
        return value > 0 && value < 9e15 ? std::optional<qint64>(qint64(value)) : std::nullopt;
    };
    rule.maxLag = positive(u"maxLag"_s);
    rule.maxSecondsToDrain = positive(u"maxSecondsToDrain"_s);
    return rule;
}

void AlertTracker::setRule(const QString &group, const std::optional<AlertRule> &rule)
{
    if (rule)
        m_rules.insert(group, *rule);
    else
        m_rules.remove(group);
}

std::optional<AlertRule> AlertTracker::ownRule(const QString &group) const
{
    const auto it = m_rules.constFind(group);
    return it == m_rules.cend() ? std::nullopt : std::optional<AlertRule>(*it);
}

AlertRule AlertTracker::ruleFor(const QString &group) const
{
    return m_rules.value(group, m_defaultRule);
}

bool AlertTracker::isAbove(const QString &group) const
{
    const auto it = m_states.constFind(group);
    return it != m_states.cend() && (it->lagAbove || it->drainAbove);
}

static bool bad(Health health)
{
    return health == Health::Stalled || health == Health::Stopped;
}

QList<AlertEvent> AlertTracker::update(const QString &group, qint64 totalLag, const LagRates &rates,
                                       const HealthVerdict &health)
{
    QList<AlertEvent> events;
    const AlertRule rule = ruleFor(group);
    State &state = m_states[group];
    const QLocale locale;

    if (rule.maxLag) {
        const qint64 limit = *rule.maxLag;
        if (!state.lagAbove && totalLag > limit) {
            state.lagAbove = true;
            events.append({group, AlertEvent::Kind::LagAbove,
                           QCoreApplication::translate("Gregor::Lag", "%1 is falling behind").arg(group),
                           QCoreApplication::translate("Gregor::Lag",
                                                       "Its lag is %1 records, above the threshold of %2.")
                               .arg(locale.toString(totalLag), locale.toString(limit))});
        } else if (state.lagAbove && double(totalLag) < double(limit) * ClearRatio) {
            state.lagAbove = false;
        }
    } else {
        state.lagAbove = false;
    }

    if (rule.maxSecondsToDrain) {
        const double limit = double(*rule.maxSecondsToDrain);
        const double drain = totalLag == 0 ? 0 : rates.secondsToDrain.value_or(qInf());
        if (!state.drainAbove && drain > limit) {
            state.drainAbove = true;
            events.append(
                {group, AlertEvent::Kind::DrainAbove,
                 QCoreApplication::translate("Gregor::Lag", "%1 is not keeping up").arg(group),
                 rates.secondsToDrain
                     ? QCoreApplication::translate(
                           "Gregor::Lag", "It needs %1 to drain its lag, more than the threshold of %2.")
                           .arg(formatDuration(drain), formatDuration(limit))
                     : QCoreApplication::translate("Gregor::Lag", "Its lag of %1 records is not draining.")
                           .arg(locale.toString(totalLag))});
        } else if (state.drainAbove && drain < limit * ClearRatio) {
            state.drainAbove = false;
        }
    } else {
        state.drainAbove = false;
    }

    if (bad(health.health) && health.health != state.health)
        events.append(
            {group, AlertEvent::Kind::HealthBad,
             QCoreApplication::translate("Gregor::Lag", "%1 is %2").arg(group, healthName(health.health)),
             health.reason});
    state.health = health.health;
    return events;
}

} // namespace Gregor
