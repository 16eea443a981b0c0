// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QString>

#include <optional>

namespace Gregor {

struct RecordHeader
{
    QString key;
    QByteArray value;
    friend bool operator==(const RecordHeader &, const RecordHeader &) = default;
};

// One Kafka record as every dialect delivers it. Key and value are bytes: a null key (no key)
// differs from an empty one, and a null value is a tombstone.
struct Record
{
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    std::optional<qint64> timestampMs; // absent where the dialect has none (Confluent v2)
    QByteArray key;
    QByteArray value;
    QList<RecordHeader> headers;

    bool hasKey() const { return !key.isNull(); }
    friend bool operator==(const Record &, const Record &) = default;
};

struct TopicPartition
{
    QString topic;
    int partition = -1;
    friend bool operator==(const TopicPartition &, const TopicPartition &) = default;
    friend size_t qHash(const TopicPartition &tp, size_t seed = 0)
    {
        return qHashMulti(seed, tp.topic, tp.partition);
    }
};

QDebug operator<<(QDebug debug, const RecordHeader &header);
QDebug operator<<(QDebug debug, const Record &record);
QDebug operator<<(QDebug debug, const TopicPartition &tp);

} // namespace Gregor
