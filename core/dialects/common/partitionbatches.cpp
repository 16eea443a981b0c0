// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partitionbatches.h"

#include "jsonread.h"

namespace Gregor {

QList<QList<TopicPartition>> partitionBatches(const QList<TopicPartition> &partitions, qsizetype maxBodyBytes)
{
    // {"topic":"…","partition":123456}, and a comma: 32 bytes besides the name.
    constexpr qsizetype PerEntry = 32;
    QList<QList<TopicPartition>> batches{{}};
    qsizetype bytes = 2;
    for (const TopicPartition &tp : partitions) {
        const qsizetype entry = PerEntry + tp.topic.toUtf8().size();
        if (!batches.last().isEmpty() && bytes + entry > maxBodyBytes) {
            batches.append(QList<TopicPartition>());
            bytes = 2;
        }
        batches.last().append(tp);
        bytes += entry;
    }
    return batches;
}

static QByteArray quoted(const QString &text)
{
    QByteArray out;
    Json::appendString(out, text.toUtf8());
    return out;
}

QByteArray partitionListJson(const QList<TopicPartition> &partitions)
{
    QByteArray out;
    out.reserve(partitions.size() * 40 + 2);
    out += '[';
    QString lastTopic;
    QByteArray lastQuoted;
    for (qsizetype i = 0; i < partitions.size(); ++i) {
        const TopicPartition &tp = partitions[i];
        if (i == 0 || tp.topic != lastTopic) {
            lastTopic = tp.topic;
            lastQuoted = quoted(tp.topic);
        }
        if (i > 0)
            out += ',';
        out += "{\"topic\":";
        out += lastQuoted;
        out += ",\"partition\":";
        out += QByteArray::number(tp.partition);
        out += '}';
    }
    out += ']';
    return out;
}

} // namespace Gregor
