// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/kafkaclient.h"
#include "tailconfig.h"
#include "tailpositions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Gregor {

// One live tail: finds the partitions and start positions, then fetches from the positions it
// keeps (Follow) or polls as a member of a group (Group), and hands on each record once. Faults
// never stop it: a failed round keeps the positions and is retried with a growing pause, the
// status says since when and why, and the next answer catches up from where it stood.
class TailSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Starting,
        Running,
        Paused,
        Retrying,
        Stopped,
    };
    Q_ENUM(State)

    static constexpr int FirstRetryMs = 250;
    static constexpr int MaxRetryMs = 5000;
    static constexpr int IdlePauseMs = 250;         // between empty rounds when the server does not wait
    static constexpr int EndsRefreshMs = 2000;      // how often the ends are asked, for "behind"
    static constexpr int PausedGroupPollMs = 15000; // keeps a paused group member alive
    static constexpr int MaxLanesInFlight = 4;
    // With more partitions than slots: a quiet partition's turn while others are busy, and the
    // longest a partition not known to be busy waits on the server.
    static constexpr int QuietPollMs = 1000;

    TailSession(KafkaClient *client, const TailConfig &config, QObject *parent = nullptr);
    ~TailSession() override; // stops: the server-side instance is removed

    const TailConfig &config() const { return m_config; }
    void start();
    void pause();
    void resume();
    void stop();

    State state() const { return m_state; }
    QString statusText() const;
    QString lastError() const { return m_lastError; }
    QDateTime retryingSince() const { return m_retryingSince; }
    const TailPositions &positions() const { return m_positions; }
    qint64 delivered() const { return m_delivered; }
    double recordsPerSecond() const { return m_recordRate; }
    double bytesPerSecond() const { return m_byteRate; }
    QString instanceName() const;
    qint64 heldRecords() const { return m_held.size(); }
    int quietPartitions() const { return int(m_quietLanes.size()); } // whose last fetch came back empty

    // Group mode: commits "next offset to read" of every partition shown so far.
    Job *commitShown(QObject *context, ResultJob<Done>::Callback done);
    // The request the next fetch sends, for "Copy as curl".
    HttpRequest fetchRequest() const;

Q_SIGNALS:
    void recordsArrived(const QList<Record> &records);
    void stateChanged(TailSession::State state);
    void positionsChanged();
    void statsChanged();

private:
    void setState(State state);
    void resolvePartitions();
    void startAt(QList<TailPartition> partitions);
    static constexpr int AllPartitions = -1; // the lane of a fetcher that reads them together

    void next();
    void requestLane(int lane);
    void laneDone(int lane);
    void fetchLane(int lane);
    void laterOnLane(int lane, int delayMs);
    void failedLane(int lane, const ApiError &error);
    void noteFailure(const ApiError &error);
    void cancelLanes();
    void pollGroup();
    void delivered(const QList<Record> &records);
    void failedRound(const ApiError &error);
    void recovered();
    void refreshEnds();
    void refreshAssignment();
    void updateRates();

    QPointer<KafkaClient> m_client;
    TailConfig m_config;
    State m_state = State::Idle;
    std::unique_ptr<PartitionFetcher> m_fetcher;
    std::unique_ptr<ConsumerSession> m_consumer;
    QPointer<Job> m_job;                  // a start's lookup or a group poll
    QHash<int, QPointer<Job>> m_laneJobs; // Follow: the fetch in flight per lane
    QList<int> m_laneQueue;               // lanes waiting for a free slot, in turn
    QSet<int> m_failingLanes;
    QSet<int> m_quietLanes; // lanes whose last answer was empty
    QSet<int> m_busyLanes;  // lanes whose last answer brought records
    QHash<int, int> m_laneRetryMs;
    QPointer<Job> m_endsJob;
    QPointer<Job> m_assignmentJob;
    TailPositions m_positions;
    QList<Record> m_held; // group mode, paused: polled to stay alive, shown on resume
    QTimer m_nextTimer;
    QTimer m_endsTimer;
    QTimer m_rateTimer;
    int m_retryMs = FirstRetryMs;
    QString m_lastError;
    QDateTime m_retryingSince;
    qint64 m_delivered = 0;
    qint64 m_deliveredBytes = 0;
    qint64 m_ratedRecords = 0, m_ratedBytes = 0;
    QElapsedTimer m_rateClock;
    double m_recordRate = 0, m_byteRate = 0;
    quint64 m_generation = 0; // a stop or restart makes answers of earlier rounds stale
};

} // namespace Gregor
