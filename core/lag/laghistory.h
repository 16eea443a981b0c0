// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "groupsnapshot.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QThread>

#include <functional>

namespace Gregor {

// One line of the lag chart: a topic's (or a partition's) lag over time.
struct LagSeries
{
    QString topic;
    int partition = -1;    // -1: the topic's total
    QList<QPointF> points; // x: ms since the epoch, y: lag (the largest in each bucket)
    friend bool operator==(const LagSeries &, const LagSeries &) = default;
};

struct LagHistoryQuery
{
    QString connection; // the profile id
    QString group;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int buckets = 600; // about the chart's width in pixels
    QString topic;     // set: one line per partition of this topic; empty: one per topic
    friend bool operator==(const LagHistoryQuery &, const LagHistoryQuery &) = default;
};

// Every refresh's figures in one local SQLite database (WAL), written and read on a thread of
// its own so the window never waits for the disk. Samples older than an hour are thinned to one
// a minute; samples older than the retention go.
class LagHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultRetentionDays = 7;
    static constexpr qint64 FullResolutionMs = 3600 * 1000;
    static constexpr qint64 DownsampledBucketMs = 60 * 1000;
    using Clock = std::function<qint64()>;

    // path: the database file; empty: the app's data location ("lag-history.sqlite").
    explicit LagHistory(const QString &path = {}, QObject *parent = nullptr);
    ~LagHistory() override; // writes what is queued, then closes

    QString path() const { return m_path; }
    void setClock(Clock clock); // for retention and thinning; default: the wall clock
    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }

    void record(const QString &connection, const GroupSnapshot &snapshot);
    // Thins and expires now (also done by itself every few minutes while recording).
    void maintain();
    // The series of a group, bucketed; `done` runs on `context`'s thread.
    void query(const LagHistoryQuery &query, QObject *context, std::function<void(QList<LagSeries>)> done);
    // Runs after everything queued before it was written (tests, shutdown).
    void whenIdle(QObject *context, std::function<void(qint64 rows)> done);
    QString lastError() const;

private:
    class Worker;
    QString m_path;
    int m_retentionDays = DefaultRetentionDays;
    QThread m_thread;
    Worker *m_worker;
    qint64 m_lastMaintenanceMs = 0;
    Clock m_clock;
};

} // namespace Gregor
