// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "laghealth.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Gregor {

QString healthName(Health health)
{
    switch (health) {
    case Health::Ok:
        return QCoreApplication::translate("Gregor::Lag", "OK");
    case Health::Unknown:
        return QCoreApplication::translate("Gregor::Lag", "Unknown");
    case Health::Warning:
        return QCoreApplication::translate("Gregor::Lag", "WARNING");
    case Health::Stalled:
        return QCoreApplication::translate("Gregor::Lag", "STALLED");
    case Health::Stopped:
        return QCoreApplication::translate("Gregor::Lag", "STOPPED");
    }
    return {};
}

QString formatDuration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s < 120)
        return QCoreApplication::translate("Gregor::Lag", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("Gregor::Lag", "%1 min").arg(s / 60);
    if (s < 86400)
        return s % 3600 >= 60 ? QCoreApplication::translate("Gregor::Lag", "%1 h %2 min")
                                    .arg(s / 3600)
                                    .arg(s % 3600 / 60)
                              : QCoreApplication::translate("Gregor::Lag", "%1 h").arg(s / 3600);
    return QCoreApplication::translate("Gregor::Lag", "%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600);
}

LagWindow::LagWindow(int size)
    : m_size(std::max(2, size))
{}

void LagWindow::setSize(int size)
{
    m_size = std::max(2, size);
    while (qsizetype(m_samples.size()) > m_size)
        m_samples.pop_front();
}

void LagWindow::add(GroupSnapshot snapshot)
{
    m_samples.push_back(std::move(snapshot));
    while (qsizetype(m_samples.size()) > m_size)
        m_samples.pop_front();
}

// (topic, partition) order, the order of every snapshot's partitions.
static bool sortsBefore(const TopicPartition &a, const TopicPartition &b)
{
    const int byTopic = a.topic.compare(b.topic);
    return byTopic < 0 || (byTopic == 0 && a.partition < b.partition);
}

// Walks the window's samples side by side in partition order: each partition of the newest
// sample is found in every older one by moving a cursor, not by a search per sample.
class LagWindow::Walk
{
public:
    explicit Walk(const std::deque<GroupSnapshot> &samples)
        : m_samples(samples)
        , m_cursors(samples.size(), 0)
        , m_track(samples.size(), nullptr)
    {}
    // The partition in each sample, oldest first (null where a sample lacks it); `tp` must not
    // go backwards between calls.
    const std::vector<const PartitionLag *> &track(const TopicPartition &tp)
    {
        for (size_t s = 0; s < m_samples.size(); ++s) {
            const QList<PartitionLag> &partitions = m_samples[s].partitions;
            qsizetype &at = m_cursors[s];
            while (at < partitions.size() && sortsBefore(partitions[at].tp, tp))
                ++at;
            m_track[s] = at < partitions.size() && partitions[at].tp == tp ? &partitions[at] : nullptr;
        }
        return m_track;
    }

private:
    const std::deque<GroupSnapshot> &m_samples;
    std::vector<qsizetype> m_cursors;
    std::vector<const PartitionLag *> m_track;
};

HealthVerdict LagWindow::partitionHealth(const TopicPartition &tp, qint64 nowMs, qint64 spanMs) const
{
    Walk walk(m_samples);
    return judge(walk.track(tp), nowMs, spanMs, true);
}

HealthVerdict LagWindow::judge(const std::vector<const PartitionLag *> &track, qint64 nowMs, qint64 spanMs,
                               bool inWords) const
{
    // A group judges every partition and words only its worst: the sentences are the cost.
    const auto say = [inWords](auto sentence) { return inWords ? sentence() : QString(); };
    if (m_samples.empty())
        return {Health::Unknown,
                say([] { return QCoreApplication::translate("Gregor::Lag", "no figures yet"); })};
    if (nowMs - m_samples.back().takenAtMs > spanMs)
        return {Health::Stopped, say([&] {
                    return QCoreApplication::translate("Gregor::Lag",
                                                       "no figures for %1, longer than the window")
                        .arg(formatDuration(double(nowMs - m_samples.back().takenAtMs) / 1000.0));
                })};
    const PartitionLag *newest = track.back();
    if (!newest || !newest->lag())
        return {Health::Unknown,
                say([] { return QCoreApplication::translate("Gregor::Lag", "nothing committed"); })};
    // The oldest sample of the window in which the partition has a commit.
    const PartitionLag *oldest = nullptr;
    qint64 oldestAt = 0;
    bool reachedZero = false;
    for (size_t s = 0; s < track.size(); ++s) {
        const PartitionLag *p = track[s];
        if (!p || !p->lag())
            continue;
        if (!oldest) {
            oldest = p;
            oldestAt = m_samples[s].takenAtMs;
        }
        reachedZero = reachedZero || *p->lag() == 0;
    }
    if (reachedZero)
        return {Health::Ok, say([&] {
                    return *newest->lag() == 0
                               ? QCoreApplication::translate("Gregor::Lag", "caught up")
                               : QCoreApplication::translate("Gregor::Lag", "lag reached zero in the window");
                })};
    if (oldest == newest)
        return {Health::Unknown,
                say([] { return QCoreApplication::translate("Gregor::Lag", "one sample so far"); })};
    const qint64 lagBefore = *oldest->lag(), lagNow = *newest->lag();
    const auto span = [&] { return formatDuration(double(m_samples.back().takenAtMs - oldestAt) / 1000.0); };
    if (lagNow < lagBefore)
        return {Health::Ok, say([&] {
                    return QCoreApplication::translate("Gregor::Lag", "lag falling, from %1 to %2 in %3")
                        .arg(lagBefore)
                        .arg(lagNow)
                        .arg(span());
                })};
    if (newest->committed != oldest->committed)
        return {Health::Warning, say([&] {
                    return QCoreApplication::translate(
                               "Gregor::Lag", "consuming, but lag did not fall (from %1 to %2 in %3)")
                        .arg(lagBefore)
                        .arg(lagNow)
                        .arg(span());
                })};
    return {Health::Stalled, say([&] {
                return lagNow > lagBefore
                           ? QCoreApplication::translate(
                                 "Gregor::Lag",
                                 "the committed offset has not moved in %1 while lag grew from %2 to %3")
                                 .arg(span())
                                 .arg(lagBefore)
                                 .arg(lagNow)
                           : QCoreApplication::translate(
                                 "Gregor::Lag",
                                 "the committed offset has not moved in %1 while lag stayed at %2")
                                 .arg(span())
                                 .arg(lagNow);
            })};
}

HealthVerdict LagWindow::groupHealth(qint64 nowMs, qint64 spanMs) const
{
    if (m_samples.empty())
        return {Health::Unknown, QCoreApplication::translate("Gregor::Lag", "no figures yet")};
    if (nowMs - m_samples.back().takenAtMs > spanMs)
        return partitionHealth({}, nowMs, spanMs);
    const GroupSnapshot &newest = m_samples.back();
    HealthVerdict worst{Health::Ok, QCoreApplication::translate("Gregor::Lag", "no partitions")};
    const PartitionLag *worstPartition = nullptr;
    int alike = 0;
    bool any = false;
    Walk walk(m_samples);
    for (const PartitionLag &p : newest.partitions) {
        const HealthVerdict verdict = judge(walk.track(p.tp), nowMs, spanMs, false);
        if (!any || int(verdict.health) > int(worst.health)) {
            worst = verdict;
            worstPartition = &p;
            alike = 0;
        } else if (verdict.health == worst.health) {
            ++alike;
        }
        any = true;
    }
    if (!any)
        return {Health::Unknown, QCoreApplication::translate("Gregor::Lag", "nothing committed")};
    const TopicPartition &tp = worstPartition->tp;
    QString reason = u"%1: %2"_s.arg(u"%1-%2"_s.arg(tp.topic).arg(tp.partition),
                                     partitionHealth(tp, nowMs, spanMs).reason);
    if (alike > 0)
        reason += QCoreApplication::translate("Gregor::Lag", " (and %1 more)").arg(alike);
    return {worst.health, reason};
}

LagRates LagWindow::rates() const
{
    LagRates rates;
    if (m_samples.size() < 2)
        return rates;
    const GroupSnapshot &older = m_samples.front(), &newer = m_samples.back();
    const double seconds = double(newer.takenAtMs - older.takenAtMs) / 1000.0;
    if (seconds <= 0)
        return rates;
    qint64 consumed = 0, produced = 0;
    bool anyCommit = false, anyEnd = false;
    qsizetype at = 0; // both are in partition order: one pass
    for (const PartitionLag &now : newer.partitions) {
        while (at < older.partitions.size() && sortsBefore(older.partitions[at].tp, now.tp))
            ++at;
        if (at == older.partitions.size() || !(older.partitions[at].tp == now.tp))
            continue;
        const PartitionLag *before = &older.partitions[at];
        if (now.hasCommit() && before->hasCommit()) {
            consumed += now.committed - before->committed;
            anyCommit = true;
        }
        if (now.end >= 0 && before->end >= 0) {
            produced += now.end - before->end;
            anyEnd = true;
        }
    }
    if (anyCommit)
        rates.consumedPerSecond = double(consumed) / seconds;
    if (anyEnd)
        rates.producedPerSecond = double(produced) / seconds;
    const qint64 lag = newer.totalLag();
    if (lag == 0 && newer.hasCommits())
        rates.secondsToDrain = 0;
    else if (rates.consumedPerSecond && rates.producedPerSecond &&
             *rates.consumedPerSecond - *rates.producedPerSecond > 0)
        rates.secondsToDrain = double(lag) / (*rates.consumedPerSecond - *rates.producedPerSecond);
    return rates;
}

Trend LagWindow::trend() const
{
    if (m_samples.size() < 2)
        return Trend::Flat;
    const qint64 before = m_samples.front().totalLag(), now = m_samples.back().totalLag();
    return now > before ? Trend::Rising : now < before ? Trend::Falling : Trend::Flat;
}

} // namespace Gregor
