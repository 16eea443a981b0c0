// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "laghealth.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Gregor {

// When a group counts as "above threshold": its total lag, or the time it needs to drain it
// (a group with lag that is not draining needs forever).
struct AlertRule
{
    std::optional<qint64> maxLag;
    std::optional<qint64> maxSecondsToDrain;

    bool isEmpty() const { return !maxLag && !maxSecondsToDrain; }
    QJsonObject toJson() const;
    static AlertRule fromJson(const QJsonObject &object);
    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

struct AlertEvent
{
    enum class Kind
    {
        LagAbove,   // total lag crossed the threshold
        DrainAbove, // time to drain crossed the threshold
        HealthBad,  // health turned STALLED or STOPPED
    };
    QString group;
    Kind kind = Kind::LagAbove;
    QString title;
    QString text;
    friend bool operator==(const AlertEvent &, const AlertEvent &) = default;
};

// Decides when to tell the user: once per crossing, with hysteresis (a group above its threshold
// is back to normal only below ClearRatio of it), never on every refresh.
class AlertTracker
{
public:
    static constexpr double ClearRatio = 0.9;

    void setDefaultRule(const AlertRule &rule) { m_defaultRule = rule; }
    const AlertRule &defaultRule() const { return m_defaultRule; }
    void setRule(const QString &group, const std::optional<AlertRule> &rule); // nullopt: the default
    std::optional<AlertRule> ownRule(const QString &group) const;
    AlertRule ruleFor(const QString &group) const;
    const QHash<QString, AlertRule> &ownRules() const { return m_rules; }

    bool isAbove(const QString &group) const;
    // Feeds one refresh's figures; returns what to notify now.
    QList<AlertEvent> update(const QString &group, qint64 totalLag, const LagRates &rates,
                             const HealthVerdict &health);
    void forget(const QString &group) { m_states.remove(group); }

private:
    struct State
    {
        bool lagAbove = false;
        bool drainAbove = false;
        Health health = Health::Unknown;
    };
    AlertRule m_defaultRule;
    QHash<QString, AlertRule> m_rules;
    QHash<QString, State> m_states;
};

} // namespace Gregor
