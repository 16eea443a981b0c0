// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

class QFile;

namespace Gregor::Sandbox {

class Store;

enum class FsyncMode
{
    Always,  // fsync every touched file before a produce/commit is acknowledged
    Interval // flush to the OS before acknowledging; fsync every 50 ms
};

// Committed offsets per group, as recovered from disk ("next offset to read").
using CommittedOffsets = std::map<QString, QHash<TopicPartition, qint64>>;

// The data directory:
//   DIR/topics/<topic>/topic.json   {"partitions": N}
//   DIR/topics/<topic>/<p>.log      frames: u32 length | u32 CRC-32 | encoded record
//   DIR/groups.log                  frames of {"g","t","p","o"} commits, compacted on start
// Every write is flushed to the OS before it returns; fsync per FsyncMode. On start, a torn or
// corrupt tail of a log (a crash mid-write) is cut off.
class Persistence : public QObject
{
    Q_OBJECT
public:
    struct Write
    {
        QString topic;
        int partition;
        QByteArrayView encoded;
    };
    struct RecoveryReport
    {
        int topics = 0;
        qint64 records = 0;
        qint64 bytesCut = 0;
        int commits = 0;
    };

    Persistence(QString directory, FsyncMode mode, QObject *parent = nullptr);
    ~Persistence() override;

    // Loads every topic and record into the store and the commits into `commits`, cutting torn
    // tails. Call once, before serving.
    bool recover(Store &store, CommittedOffsets &commits, QString *error);
    RecoveryReport report() const { return m_report; }

    // Also rewrites topic.json of an existing topic that gained partitions.
    bool createTopic(const QString &name, int partitions, QString *error);
    bool deleteTopic(const QString &name, QString *error); // closes its files, removes its directory
    bool writeRecords(const std::vector<Write> &writes, QString *error);
    bool writeCommit(const QString &group, const TopicPartition &tp, qint64 offset, QString *error);
    void syncAll(); // fsync everything written so far (interval timer, shutdown)

private:
    QFile *partitionFile(const QString &topic, int partition, QString *error);
    bool finishWrite(const QList<QFile *> &files, QString *error);
    QString topicDir(const QString &topic) const;

    QString m_dir;
    FsyncMode m_mode;
    std::map<std::pair<QString, int>, std::unique_ptr<QFile>> m_files;
    std::unique_ptr<QFile> m_groups;
    QSet<QFile *> m_dirty;
    QTimer m_syncTimer;
    RecoveryReport m_report;
};

} // namespace Gregor::Sandbox
