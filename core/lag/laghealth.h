// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "groupsnapshot.h"

#include <QList>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace Gregor {

// A health status that needs no threshold, in the manner of LinkedIn's Burrow, from a sliding
// window of samples. Ordered from best to worst: a group is as healthy as its worst partition.
enum class Health
{
    Ok,      // lag reached zero in the window, or is falling
    Unknown, // no commit, or one sample so far
    Warning, // the committed offset advances but lag does not fall
    Stalled, // the committed offset does not move while lag stays or grows
    Stopped, // the newest figures are older than the window is long
};
QString healthName(Health health);

struct HealthVerdict
{
    Health health = Health::Unknown;
    QString reason; // in words, e.g. "the committed offset has not moved in 90 s while lag grew to 40"
    friend bool operator==(const HealthVerdict &, const HealthVerdict &) = default;
};

enum class Trend
{
    Flat,
    Rising,
    Falling,
};

struct LagRates
{
    std::optional<double> consumedPerSecond; // from successive committed offsets
    std::optional<double> producedPerSecond; // from successive end offsets
    // lag ÷ (consumption − production) when that is positive; 0 when there is no lag.
    std::optional<double> secondsToDrain;
    bool draining() const { return secondsToDrain.has_value(); }
    friend bool operator==(const LagRates &, const LagRates &) = default;
};

// The last samples of one group, oldest first, and what follows from them.
class LagWindow
{
public:
    static constexpr int DefaultSize = 10;
    explicit LagWindow(int size = DefaultSize);

    void add(GroupSnapshot snapshot);
    int size() const { return m_size; }
    void setSize(int size);
    bool isEmpty() const { return m_samples.empty(); }
    const GroupSnapshot &newest() const { return m_samples.back(); }
    const GroupSnapshot &oldest() const { return m_samples.front(); }
    qsizetype count() const { return qsizetype(m_samples.size()); }

    // spanMs: how long the window is (its size × the refresh interval).
    HealthVerdict partitionHealth(const TopicPartition &tp, qint64 nowMs, qint64 spanMs) const;
    HealthVerdict groupHealth(qint64 nowMs, qint64 spanMs) const;
    LagRates rates() const;
    Trend trend() const;

private:
    class Walk;
    HealthVerdict judge(const std::vector<const PartitionLag *> &track, qint64 nowMs, qint64 spanMs,
                        bool inWords) const;
    int m_size;
    std::deque<GroupSnapshot> m_samples;
};

QString formatDuration(double seconds); // "45 s", "12 min", "3 h 20 min", "2 d 4 h"

} // namespace Gregor
