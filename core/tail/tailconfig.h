// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gregor {

// What one tail follows and how: remembered across restarts (the records are not).
struct TailConfig
{
    enum class Mode
    {
        Follow, // no group: positions kept by the app, each record exactly once
        Group,  // a member of a consumer group: the server assigns partitions and keeps positions
    };
    enum class Start
    {
        End,         // only what arrives from now on
        NewestCount, // the newest N of each partition, then what arrives
        Time,        // from the first record at or after a date-time
    };

    QStringList topics;
    QList<TopicPartition> partitions; // the chosen ones; empty: every partition of the topics
    Mode mode = Mode::Follow;
    Start start = Start::End;
    qint64 newestCount = 100;
    qint64 startTimeMs = 0;
    QString group;    // Group mode
    QString instance; // Group mode; empty: a unique name is made
    bool autoCommit = false;
    int waitMs = 1000; // how long one fetch may wait on the server for records
    qsizetype capacity = 100000;
    QString filterText; // the filter bar's text, remembered with the tail

    // A short name for a tab: "orders", "orders +2".
    QString title() const;

    QJsonObject toJson() const;
    static TailConfig fromJson(const QJsonObject &json); // lenient: missing fields keep defaults

    friend bool operator==(const TailConfig &, const TailConfig &) = default;
};

} // namespace Gregor
