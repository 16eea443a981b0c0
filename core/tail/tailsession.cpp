// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailsession.h"

#include <QLocale>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Gregor {

TailSession::TailSession(KafkaClient *client, const TailConfig &config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(config)
{
    m_nextTimer.setSingleShot(true);
    connect(&m_nextTimer, &QTimer::timeout, this, &TailSession::next);
    m_endsTimer.setInterval(EndsRefreshMs);
    connect(&m_endsTimer, &QTimer::timeout, this, &TailSession::refreshEnds);
    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, &TailSession::updateRates);
}

TailSession::~TailSession()
{
    stop();
}

QString TailSession::instanceName() const
{
    return m_consumer ? m_consumer->instanceName() : QString();
}

void TailSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TailSession::start()
{
    if (!m_client || m_config.topics.isEmpty())
        return;
    ++m_generation;
    m_positions.clear();
    m_held.clear();
    cancelLanes();
    m_retryMs = FirstRetryMs;
    m_lastError.clear();
    m_retryingSince = {};
    m_rateClock.start();
    m_rateTimer.start();
    setState(State::Starting);
    if (m_config.mode == TailConfig::Mode::Group) {
        ConsumerConfig consumer;
        consumer.group = m_config.group;
        consumer.instance = m_config.instance;
        consumer.topics = m_config.topics;
        consumer.autoCommit = m_config.autoCommit;
        consumer.autoOffsetReset = ConsumerConfig::Reset::Latest;
        m_consumer = m_client->createConsumerSession(consumer);
        setState(State::Running);
        m_endsTimer.start();
        return pollGroup();
    }
    m_fetcher = m_client->createPartitionFetcher();
    resolvePartitions();
}

// The partitions of every topic (narrowed to the chosen ones) with their ends, then the start
// positions the config asks for.
void TailSession::resolvePartitions()
{
    struct Gathered
    {
        QList<TailPartition> partitions;
        QList<PartitionInfo> infos;
        qsizetype waiting = 0;
        std::optional<ApiError> error;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->waiting = m_config.topics.size();
    const quint64 generation = m_generation;
    for (const QString &topic : std::as_const(m_config.topics)) {
        m_client->topicDetails(
            topic, this, [this, gathered, generation, topic](Result<TopicDetails> details) {
                if (generation != m_generation)
                    return;
                if (!details) {
                    if (!gathered->error)
                        gathered->error = details.error();
                } else {
                    for (const PartitionInfo &info : std::as_const(details->partitions)) {
                        const TopicPartition tp{topic, info.partition};
                        if (!m_config.partitions.isEmpty() && !m_config.partitions.contains(tp))
                            continue;
                        TailPartition p{tp, -1, info.endOffset.value_or(-1), 0};
                        const qint64 begin = info.beginningOffset.value_or(0);
                        if (m_config.start == TailConfig::Start::NewestCount && p.end >= 0)
                            p.next = std::max(begin, p.end - m_config.newestCount);
                        else
                            p.next = p.end >= 0 ? p.end : begin;
                        gathered->partitions.append(p);
                    }
                }
                if (--gathered->waiting > 0)
                    return;
                if (gathered->error)
                    return failedRound(*gathered->error);
                if (m_config.start != TailConfig::Start::Time)
                    return startAt(gathered->partitions);
                QList<TopicPartition> tps;
                for (const TailPartition &p : std::as_const(gathered->partitions))
                    tps.append(p.tp);
                m_job =
                    m_client->offsets(tps, OffsetSpec::atTime(m_config.startTimeMs), this,
                                      [this, gathered, generation](Result<QList<PartitionOffset>> offsets) {
                                          if (generation != m_generation)
                                              return;
                                          if (!offsets)
                                              return failedRound(offsets.error());
                                          QList<TailPartition> partitions = gathered->partitions;
                                          for (TailPartition &p : partitions)
                                              for (const PartitionOffset &po : std::as_const(*offsets))
                                                  if (po.tp == p.tp && po.offset >= 0)
                                                      p.next =
                                                          po.offset; // -1 (nothing that late): from the end
                                          startAt(partitions);
                                      });
            });
    }
}

void TailSession::startAt(QList<TailPartition> partitions)
{
    std::sort(partitions.begin(), partitions.end(), [](const TailPartition &a, const TailPartition &b) {
        return std::tie(a.tp.topic, a.tp.partition) < std::tie(b.tp.topic, b.tp.partition);
    });
    m_positions.set(partitions);
    Q_EMIT positionsChanged();
    recovered();
    m_endsTimer.start();
    next();
}

void TailSession::next()
{
    if (m_state == State::Stopped || m_state == State::Idle || m_job)
        return;
    if (m_config.mode == TailConfig::Mode::Group)
        return pollGroup();
    if (m_positions.isEmpty())
        return resolvePartitions(); // a start that failed: try again
    if (m_state == State::Paused)
        return;
    // Where the server reads partitions apart, each partition is a lane of its own, so a quiet
    // partition's long poll never holds back the records of a busy one.
    if (!m_fetcher->fetchesPartitionsApart())
        return fetchLane(AllPartitions);
    for (int lane = 0; lane < int(m_positions.partitions().size()); ++lane)
        requestLane(lane);
}

// At most MaxLanesInFlight long polls at once (the HTTP client keeps 6 connections a host, and
// the other panes need some); further lanes wait their turn, in order.
void TailSession::requestLane(int lane)
{
    if (m_laneJobs.contains(lane) || m_laneQueue.contains(lane))
        return;
    if (m_laneJobs.size() < MaxLanesInFlight)
        return fetchLane(lane);
    m_laneQueue.append(lane);
}

void TailSession::laneDone(int lane)
{
    m_laneJobs.remove(lane);
    while (m_laneJobs.size() < MaxLanesInFlight && !m_laneQueue.isEmpty())
        fetchLane(m_laneQueue.takeFirst());
}

void TailSession::fetchLane(int lane)
{
    if (m_state == State::Paused || m_state == State::Stopped || !m_fetcher)
        return;
    if (const QPointer<Job> running = m_laneJobs.value(lane); running && !running->isFinished())
        return;
    QList<PartitionOffset> positions = m_positions.positions();
    if (lane != AllPartitions) {
        const TailPartition &p = m_positions.partitions().at(lane);
        positions = {{p.tp, p.next}};
    }
    // When the partitions outnumber the slots and some bring records, a quiet one asks without
    // waiting on the server (and again a second later), so its long poll never holds a slot a
    // busy lane needs.
    const int lanes = int(m_positions.partitions().size());
    const bool sharesSlots = lane != AllPartitions && lanes > MaxLanesInFlight;
    const bool shortPoll = sharesSlots && m_quietLanes.contains(lane) && m_quietLanes.size() < lanes;
    // Only a lane known to be busy may hold a slot for the whole wait: at the start, or while every
    // lane is quiet, the lanes queued behind the slots would otherwise wait that long for their turn.
    int waitMs = m_config.waitMs;
    if (shortPoll)
        waitMs = 0;
    else if (sharesSlots && !m_busyLanes.contains(lane))
        waitMs = std::min(waitMs, QuietPollMs);
    const quint64 generation = m_generation;
    Job *job =
        m_fetcher->fetch(positions, waitMs, this, [this, generation, lane, shortPoll](FetchRound round) {
            if (generation != m_generation)
                return;
            laneDone(lane);
            const bool any = !round.records.isEmpty();
            if (any) {
                m_quietLanes.remove(lane);
                m_busyLanes.insert(lane);
            } else {
                m_busyLanes.remove(lane);
                if (!round.error)
                    m_quietLanes.insert(lane);
            }
            delivered(m_positions.accept(round.records));
            if (round.error)
                return failedLane(lane, *round.error);
            m_failingLanes.remove(lane);
            m_laneRetryMs.remove(lane);
            if (m_failingLanes.isEmpty())
                recovered();
            if (!any && shortPoll)
                return laterOnLane(lane, QuietPollMs);
            if (!any && !m_fetcher->waitsOnServer())
                return laterOnLane(lane, IdlePauseMs);
            requestLane(lane);
        });
    m_laneJobs.insert(lane, job);
}

void TailSession::laterOnLane(int lane, int delayMs)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(delayMs, this, [this, generation, lane] {
        if (generation == m_generation)
            requestLane(lane);
    });
}

void TailSession::failedLane(int lane, const ApiError &error)
{
    m_failingLanes.insert(lane);
    int &retryMs = m_laneRetryMs[lane];
    retryMs = retryMs == 0 ? FirstRetryMs : std::min(MaxRetryMs, retryMs * 2);
    noteFailure(error);
    laterOnLane(lane, retryMs);
}

void TailSession::pollGroup()
{
    if (!m_consumer || m_job)
        return;
    const quint64 generation = m_generation;
    m_job = m_consumer->poll(m_config.waitMs, this, [this, generation](Result<QList<Record>> records) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        if (!records)
            return failedRound(records.error());
        const QList<Record> fresh = m_positions.accept(*records, /*adoptUnknown=*/true);
        if (m_state == State::Paused) {
            m_held.append(fresh);
            return m_nextTimer.start(PausedGroupPollMs);
        }
        delivered(fresh);
        recovered();
        next();
    });
}

void TailSession::delivered(const QList<Record> &records)
{
    if (records.isEmpty())
        return;
    m_delivered += records.size();
    for (const Record &r : records)
        m_deliveredBytes += r.key.size() + r.value.size();
    Q_EMIT recordsArrived(records);
    Q_EMIT positionsChanged();
}

void TailSession::noteFailure(const ApiError &error)
{
    m_lastError = error.userText.isEmpty() ? error.serverMessage : error.userText;
    if (!m_retryingSince.isValid())
        m_retryingSince = QDateTime::currentDateTime();
    if (m_state != State::Paused)
        setState(State::Retrying);
    Q_EMIT stateChanged(m_state); // the status line shows the latest error
}

// A start or a group poll that failed: tried again after a growing pause.
void TailSession::failedRound(const ApiError &error)
{
    m_job = nullptr;
    if (m_state == State::Stopped)
        return;
    m_retryMs = m_state == State::Retrying ? std::min(MaxRetryMs, m_retryMs * 2) : FirstRetryMs;
    noteFailure(error);
    m_nextTimer.start(m_retryMs);
}

void TailSession::recovered()
{
    m_retryMs = FirstRetryMs;
    m_retryingSince = {};
    if (m_state == State::Retrying || m_state == State::Starting)
        setState(State::Running);
}

void TailSession::pause()
{
    if (m_state == State::Stopped || m_state == State::Idle || m_state == State::Paused)
        return;
    if (m_config.mode == TailConfig::Mode::Follow) {
        // A cancelled round delivers nothing, so the positions stay those of the last record shown.
        ++m_generation;
        cancelLanes();
        if (m_job) {
            m_job->cancel();
            m_job = nullptr;
        }
    }
    m_nextTimer.stop();
    setState(State::Paused);
    if (m_config.mode == TailConfig::Mode::Group && !m_job)
        m_nextTimer.start(PausedGroupPollMs);
}

void TailSession::resume()
{
    if (m_state != State::Paused)
        return;
    setState(m_retryingSince.isValid() ? State::Retrying : State::Running);
    if (!m_held.isEmpty()) {
        const QList<Record> held = std::exchange(m_held, {});
        delivered(held);
    }
    m_nextTimer.stop();
    next();
}

void TailSession::cancelLanes()
{
    m_laneQueue.clear();
    const auto jobs = std::exchange(m_laneJobs, {});
    for (const QPointer<Job> &job : jobs)
        if (job)
            job->cancel();
    m_failingLanes.clear();
    m_laneRetryMs.clear();
    m_quietLanes.clear();
    m_busyLanes.clear();
}

void TailSession::stop()
{
    if (m_state == State::Stopped)
        return;
    ++m_generation;
    m_nextTimer.stop();
    m_endsTimer.stop();
    m_rateTimer.stop();
    if (m_job)
        m_job->cancel();
    if (m_endsJob)
        m_endsJob->cancel();
    if (m_assignmentJob)
        m_assignmentJob->cancel();
    m_job = nullptr;
    cancelLanes();
    if (m_fetcher)
        m_fetcher->close();
    m_fetcher.reset();
    if (m_consumer) {
        // Closing removes the instance from the group; the session lives until that answered.
        ConsumerSession *consumer = m_consumer.release();
        consumer->close(consumer, [consumer](Result<Done>) { consumer->deleteLater(); });
    }
    const bool notify = m_state != State::Idle;
    m_state = State::Stopped;
    if (notify)
        Q_EMIT stateChanged(m_state);
}

Job *TailSession::commitShown(QObject *context, ResultJob<Done>::Callback done)
{
    if (!m_consumer)
        return nullptr;
    return m_consumer->commit(m_positions.nextOffsets(), context, std::move(done));
}

HttpRequest TailSession::fetchRequest() const
{
    if (m_fetcher)
        return m_fetcher->fetchRequest(m_positions.positions(), m_config.waitMs);
    return {};
}

void TailSession::refreshEnds()
{
    if (m_client && m_config.mode == TailConfig::Mode::Group && m_consumer && !m_assignmentJob &&
        m_client->capabilities().testFlag(Capability::ListGroups))
        refreshAssignment();
    if (!m_client || m_endsJob || m_positions.isEmpty())
        return;
    QList<TopicPartition> tps;
    for (const TailPartition &p : m_positions.partitions())
        tps.append(p.tp);
    m_endsJob =
        m_client->offsets(tps, OffsetSpec::latest(), this, [this](Result<QList<PartitionOffset>> ends) {
            m_endsJob = nullptr;
            if (!ends)
                return; // the status line reports the rounds; "behind" keeps its last figure
            for (const PartitionOffset &po : std::as_const(*ends))
                m_positions.setEnd(po.tp, po.offset);
            Q_EMIT positionsChanged();
        });
}

// The partitions the server gave this member, so they show before their first record.
void TailSession::refreshAssignment()
{
    const QString member = m_consumer->instanceName();
    m_assignmentJob = m_client->listGroups(this, [this, member](Result<QList<ConsumerGroupInfo>> groups) {
        m_assignmentJob = nullptr;
        if (!groups)
            return;
        for (const ConsumerGroupInfo &group : std::as_const(*groups)) {
            if (group.name != m_config.group)
                continue;
            for (const ConsumerInstanceInfo &instance : group.instances)
                if (instance.name == member)
                    for (const TopicPartition &tp : instance.assignment)
                        m_positions.adopt(tp);
        }
        Q_EMIT positionsChanged();
    });
}

void TailSession::updateRates()
{
    const double seconds = std::max<qint64>(1, m_rateClock.restart()) / 1000.0;
    const double records = double(m_delivered - m_ratedRecords) / seconds;
    const double bytes = double(m_deliveredBytes - m_ratedBytes) / seconds;
    m_ratedRecords = m_delivered;
    m_ratedBytes = m_deliveredBytes;
    // Smoothed, so a bursty topic reads as a rate rather than a flicker.
    constexpr double weight = 0.4;
    m_recordRate = m_recordRate * (1 - weight) + records * weight;
    m_byteRate = m_byteRate * (1 - weight) + bytes * weight;
    if (m_recordRate < 0.05)
        m_recordRate = 0;
    Q_EMIT statsChanged();
}

QString TailSession::statusText() const
{
    const QLocale locale;
    switch (m_state) {
    case State::Idle:
        return tr("Not started.");
    case State::Starting:
        return tr("Finding the partitions and where to start…");
    case State::Running:
        if (m_config.mode == TailConfig::Mode::Group)
            return tr("Consuming as %1 in group %2; commits: %3.")
                .arg(instanceName().isEmpty() ? tr("a new member") : instanceName(), m_config.group,
                     m_config.autoCommit ? tr("automatic") : tr("only when you commit what is shown"));
        return m_positions.partitions().size() == 1
                   ? tr("Following 1 partition.")
                   : tr("Following %1 partitions.").arg(m_positions.partitions().size());
    case State::Paused:
        return m_config.mode == TailConfig::Mode::Group
                   ? tr("Paused: the member stays in the group; records are held until you resume.")
                   : tr("Paused: the positions are kept; resuming continues from them.");
    case State::Retrying:
        return tr("Retrying since %1: %2 The tail catches up when the server answers.")
            .arg(locale.toString(m_retryingSince.time(), QLocale::LongFormat), m_lastError);
    case State::Stopped:
        return tr("Stopped.");
    }
    return {};
}

} // namespace Gregor
