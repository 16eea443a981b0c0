// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "laghistory.h"

#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Gregor {

// Lives on the history thread; every method runs there.
class LagHistory::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
        , m_connectionName(u"gregor-lag-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}

    ~Worker() override
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    bool open()
    {
        if (m_open)
            return true;
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery q(db);
        for (const QString &statement :
             {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
              u"CREATE TABLE IF NOT EXISTS samples (conn TEXT NOT NULL, grp TEXT NOT NULL, topic TEXT NOT "
              u"NULL, "
              "part INTEGER NOT NULL, ts INTEGER NOT NULL, lag INTEGER NOT NULL, committed INTEGER NOT NULL, "
              "end_offset INTEGER NOT NULL)"_s,
              u"CREATE INDEX IF NOT EXISTS samples_by_group ON samples (conn, grp, part, ts)"_s,
              u"CREATE INDEX IF NOT EXISTS samples_by_time ON samples (ts)"_s})
            if (!q.exec(statement))
                return fail(q.lastError().text());
        m_open = true;
        return true;
    }

    void record(const QString &connection, const GroupSnapshot &snapshot)
    {
        if (!open())
            return;
        QSqlDatabase db = QSqlDatabase::database(m_connectionName);
        db.transaction();
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO samples VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        auto insert = [&](const QString &topic, int partition, qint64 lag, qint64 committed, qint64 end) {
            q.addBindValue(connection);
            q.addBindValue(snapshot.group);
            q.addBindValue(topic);
            q.addBindValue(partition);
            q.addBindValue(snapshot.takenAtMs);
            q.addBindValue(lag);
            q.addBindValue(committed);
            q.addBindValue(end);
            if (!q.exec())
                fail(q.lastError().text());
        };
        for (const TopicLag &topic : snapshot.topics())
            if (topic.withoutCommit < topic.partitions)
                insert(topic.topic, -1, topic.lag, -1, -1);
        for (const PartitionLag &p : snapshot.partitions)
            if (const auto lag = p.lag())
                insert(p.tp.topic, p.tp.partition, *lag, p.committed, p.end);
        db.commit();
    }

    void maintain(qint64 nowMs, int retentionDays)
    {
        if (!open())
            return;
        QSqlDatabase db = QSqlDatabase::database(m_connectionName);
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM samples WHERE ts < ?"_s);
        q.addBindValue(nowMs - qint64(retentionDays) * 86400 * 1000);
        if (!q.exec())
            fail(q.lastError().text());
        // One sample per minute (the newest) for what is older than an hour. A pass over what
        // was thinned before keeps it as it is, so passes need no bookkeeping.
        const qint64 cut = nowMs - LagHistory::FullResolutionMs;
        q.prepare(u"DELETE FROM samples WHERE ts >= ? AND ts < ? AND rowid NOT IN (SELECT MAX(rowid) FROM "
                  "samples WHERE ts >= ? AND ts < ? GROUP BY conn, grp, topic, part, ts / ?)"_s);
        const qint64 from = 0;
        for (const QVariant &v : {QVariant(from), QVariant(cut), QVariant(from), QVariant(cut),
                                  QVariant(LagHistory::DownsampledBucketMs)})
            q.addBindValue(v);
        if (!q.exec())
            fail(q.lastError().text());
    }

    QList<LagSeries> query(const LagHistoryQuery &query)
    {
        QList<LagSeries> result;
        if (!open())
            return result;
        const qint64 span = std::max<qint64>(1, query.toMs - query.fromMs);
        const qint64 bucket = std::max<qint64>(1, span / std::max(1, query.buckets));
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.setForwardOnly(true);
        const bool partitions = !query.topic.isEmpty();
        q.prepare(partitions
                      ? u"SELECT topic, part, MAX(ts), MAX(lag) FROM samples WHERE conn = ? AND grp = ? "
                        "AND part >= 0 AND topic = ? AND ts >= ? AND ts <= ? GROUP BY part, (ts - ?) / ? "
                        "ORDER BY part, MAX(ts)"_s
                      : u"SELECT topic, part, MAX(ts), MAX(lag) FROM samples WHERE conn = ? AND grp = ? "
                        "AND part = -1 AND ts >= ? AND ts <= ? GROUP BY topic, (ts - ?) / ? "
                        "ORDER BY topic, MAX(ts)"_s);
        q.addBindValue(query.connection);
        q.addBindValue(query.group);
        if (partitions)
            q.addBindValue(query.topic);
        q.addBindValue(query.fromMs);
        q.addBindValue(query.toMs);
        q.addBindValue(query.fromMs);
        q.addBindValue(bucket);
        if (!q.exec()) {
            fail(q.lastError().text());
            return result;
        }
        while (q.next()) {
            const QString topic = q.value(0).toString();
            const int partition = q.value(1).toInt();
            if (result.isEmpty() || result.last().topic != topic || result.last().partition != partition)
                result.append(LagSeries{topic, partition, {}});
            result.last().points.append(
                QPointF(double(q.value(2).toLongLong()), double(q.value(3).toLongLong())));
        }
        return result;
    }

    qint64 rows()
    {
        if (!open())
            return -1;
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        return q.exec(u"SELECT COUNT(*) FROM samples"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString lastError() const
    {
        QMutexLocker lock(&m_errorMutex);
        return m_error;
    }

private:
    bool fail(const QString &error)
    {
        qCWarning(lcLag) << "lag history" << m_path << error;
        QMutexLocker lock(&m_errorMutex);
        m_error = error;
        return false;
    }

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    mutable QMutex m_errorMutex;
    QString m_error;
};

static QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/lag-history.sqlite"_s;
}

LagHistory::LagHistory(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
    , m_worker(new Worker(m_path))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_thread.setObjectName(u"lag-history"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [worker = m_worker] { delete worker; });
    m_thread.start(QThread::LowPriority);
}

LagHistory::~LagHistory()
{
    // The queued writes run before the quit; the worker closes the database on its own thread.
    QMetaObject::invokeMethod(m_worker, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void LagHistory::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void LagHistory::setRetentionDays(int days)
{
    m_retentionDays = std::clamp(days, 1, 3650);
}

void LagHistory::record(const QString &connection, const GroupSnapshot &snapshot)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, connection, snapshot] { worker->record(connection, snapshot); },
        Qt::QueuedConnection);
    const qint64 now = m_clock();
    if (now - m_lastMaintenanceMs > 5 * 60 * 1000) {
        m_lastMaintenanceMs = now;
        maintain();
    }
}

void LagHistory::maintain()
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, now = m_clock(), days = m_retentionDays] { worker->maintain(now, days); },
        Qt::QueuedConnection);
}

void LagHistory::query(const LagHistoryQuery &query, QObject *context,
                       std::function<void(QList<LagSeries>)> done)
{
    // The answer comes back through this object (it outlives the thread); the receiver is
    // checked on its own thread, where it could have been deleted.
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, query, receiver, done = std::move(done)] {
            QList<LagSeries> series = worker->query(query);
            QMetaObject::invokeMethod(
                this,
                [receiver, done, series = std::move(series)] {
                    if (receiver)
                        done(series);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LagHistory::whenIdle(QObject *context, std::function<void(qint64)> done)
{
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, receiver, done = std::move(done)] {
            const qint64 rows = worker->rows();
            QMetaObject::invokeMethod(
                this,
                [receiver, done, rows] {
                    if (receiver)
                        done(rows);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QString LagHistory::lastError() const
{
    return m_worker->lastError();
}

} // namespace Gregor
