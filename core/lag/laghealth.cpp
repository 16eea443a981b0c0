#include "laghealth.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Gregor {

QString healthName(Health health)
{
    switch (health) {
    case Health::Ok:
        return u"OK"_s;
    case Health::Unknown:
        return u"Unknown"_s;
    case Health::Warning:
        return u"WARNING"_s;
    case Health::Stalled:
        return u"STALLED"_s;
    case Health::Stopped:
        return u"STOPPED"_s;
    }
    return {};
}

static QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 120)
        return u"%1 s"_s.arg(s);
    if (s < 7200)
        return u"%1 min"_s.arg(s / 60);
    return u"%1 h"_s.arg(s / 3600);
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

HealthVerdict LagWindow::partitionHealth(const TopicPartition &tp, qint64 nowMs, qint64 spanMs) const
{
    if (m_samples.empty())
        return {Health::Unknown, u"no figures yet"_s};
    if (nowMs - m_samples.back().takenAtMs > spanMs)
        return {Health::Stopped, u"no figures for %1, longer than the window"_s.arg(
                                     duration(nowMs - m_samples.back().takenAtMs))};
    const PartitionLag *newest = m_samples.back().partition(tp);
    if (!newest || !newest->lag())
        return {Health::Unknown, u"nothing committed"_s};
    // The oldest sample of the window in which the partition has a commit.
    const PartitionLag *oldest = nullptr;
    qint64 oldestAt = 0;
    bool reachedZero = false;
    for (const GroupSnapshot &sample : m_samples) {
        const PartitionLag *p = sample.partition(tp);
        if (!p || !p->lag())
            continue;
        if (!oldest) {
            oldest = p;
            oldestAt = sample.takenAtMs;
        }
        reachedZero = reachedZero || *p->lag() == 0;
    }
    if (reachedZero)
        return {Health::Ok, *newest->lag() == 0 ? u"caught up"_s : u"lag reached zero in the window"_s};
    if (oldest == newest)
        return {Health::Unknown, u"one sample so far"_s};
    const qint64 lagBefore = *oldest->lag(), lagNow = *newest->lag();
    const QString span = duration(m_samples.back().takenAtMs - oldestAt);
    if (lagNow < lagBefore)
        return {Health::Ok, u"lag falling, from %1 to %2 in %3"_s.arg(lagBefore).arg(lagNow).arg(span)};
    if (newest->committed != oldest->committed)
        return {
            Health::Warning,
            u"consuming, but lag did not fall (from %1 to %2 in %3)"_s.arg(lagBefore).arg(lagNow).arg(span)};
    return {Health::Stalled,
            lagNow > lagBefore
                ? u"the committed offset has not moved in %1 while lag grew from %2 to %3"_s.arg(span)
                      .arg(lagBefore)
                      .arg(lagNow)
                : u"the committed offset has not moved in %1 while lag stayed at %2"_s.arg(span).arg(lagNow)};
}

HealthVerdict LagWindow::groupHealth(qint64 nowMs, qint64 spanMs) const
{
    if (m_samples.empty())
        return {Health::Unknown, u"no figures yet"_s};
    if (nowMs - m_samples.back().takenAtMs > spanMs)
        return partitionHealth({}, nowMs, spanMs);
    const GroupSnapshot &newest = m_samples.back();
    HealthVerdict worst{Health::Ok, u"no partitions"_s};
    QString worstPartition;
    int alike = 0;
    bool any = false;
    for (const PartitionLag &p : newest.partitions) {
        const HealthVerdict verdict = partitionHealth(p.tp, nowMs, spanMs);
        if (!any || int(verdict.health) > int(worst.health)) {
            worst = verdict;
            worstPartition = u"%1-%2"_s.arg(p.tp.topic).arg(p.tp.partition);
            alike = 0;
        } else if (verdict.health == worst.health) {
            ++alike;
        }
        any = true;
    }
    if (!any)
        return {Health::Unknown, u"nothing committed"_s};
    QString reason = u"%1: %2"_s.arg(worstPartition, worst.reason);
    if (alike > 0)
        reason += u" (and %1 more)"_s.arg(alike);
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
    for (const PartitionLag &now : newer.partitions) {
        const PartitionLag *before = older.partition(now.tp);
        if (!before)
            continue;
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
