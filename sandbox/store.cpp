// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "bytesink.h"
#include "persistence.h"
#include "topicname.h"

#include "core/api/partitioner.h"

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

namespace {
constexpr qint64 stickyBatchBytes = 16384; // Kafka's batch.size default
}

Store::Store(QObject *parent)
    : QObject(parent)
{}
Store::~Store() = default;

void Store::setPartitioner(PartitionerMode mode, quint64 seed)
{
    m_partitioner = mode;
    m_rng.seed(seed);
}

bool Store::createTopic(const QString &name, int partitions, QString *error)
{
    auto fail = [error](QString message) {
        if (error)
            *error = std::move(message);
        return false;
    };
    if (!isValidTopicName(name))
        return fail(u"invalid topic name '%1': use 1 to 249 of a-z A-Z 0-9 . _ -"_s.arg(name));
    if (partitions < 1 || partitions > maxPartitions)
        return fail(u"a topic has 1 to %1 partitions"_s.arg(maxPartitions));
    if (const Topic *existing = topic(name))
        return existing->partitionCount() == partitions
                   ? true
                   : fail(
                         u"topic '%1' exists with %2 partitions"_s.arg(name).arg(existing->partitionCount()));
    if (m_persistence) {
        QString writeError;
        if (!m_persistence->createTopic(name, partitions, &writeError))
            return fail(writeError);
    }
    restoreTopic(name, partitions);
    Q_EMIT topicCreated(name);
    return true;
}

bool Store::restoreTopic(const QString &name, int partitions)
{
    if (!isValidTopicName(name) || partitions < 1 || partitions > maxPartitions || m_topics.contains(name))
        return false;
    Topic topic;
    topic.name = name;
    topic.partitions.resize(size_t(partitions));
    for (PartitionLog &log : topic.partitions)
        log.setRetention(m_retention); // a new topic has no configs of its own yet
    m_lastTopic = nullptr;             // an insertion may move the topics
    m_topics.insert(name, std::move(topic));
    m_totalPartitions += partitions;
    return true;
}

void Store::setRetention(Retention retention)
{
    m_retention = retention;
    for (Topic &topic : m_topics) {
        const Retention effective = retentionOf(topic);
        for (PartitionLog &log : topic.partitions)
            log.setRetention(effective);
    }
}

Retention Store::retentionOf(const Topic &topic) const
{
    Retention effective = m_retention;
    if (auto it = topic.configs.constFind(u"retention.bytes"_s); it != topic.configs.cend()) {
        // Kafka: -1 = no limit; 0 keeps only what cannot go (here: the newest record).
        const qint64 bytes = it->toLongLong();
        effective.maxBytes = bytes < 0 ? 0 : qMax<qint64>(bytes, 1);
    }
    if (auto it = topic.configs.constFind(u"retention.ms"_s); it != topic.configs.cend()) {
        const qint64 ms = it->toLongLong(); // -1 = keep forever
        effective.maxAgeMs = ms < 0 ? 0 : qMax<qint64>(ms, 1);
    }
    return effective;
}

bool Store::deleteTopic(const QString &name, QString *error)
{
    if (!topic(name)) {
        if (error)
            *error = u"unknown topic '%1'"_s.arg(name);
        return false;
    }
    if (QString writeError; m_persistence && !m_persistence->deleteTopic(name, &writeError)) {
        if (error)
            *error = writeError;
        return false;
    }
    m_totalPartitions -= partitionCount(name);
    m_lastTopic = nullptr;
    m_topics.remove(name);
    Q_EMIT topicCreated(name); // the topics changed: groups drop its partitions
    return true;
}

bool Store::addPartitions(const QString &name, int partitions, QString *error)
{
    Topic *t = mutableTopic(name);
    auto fail = [error](QString message) {
        if (error)
            *error = std::move(message);
        return false;
    };
    if (!t)
        return fail(u"unknown topic '%1'"_s.arg(name));
    if (partitions <= t->partitionCount() || partitions > maxPartitions)
        return fail(
            u"a topic grows to %1 to %2 partitions"_s.arg(t->partitionCount() + 1).arg(maxPartitions));
    if (QString writeError; m_persistence && !m_persistence->createTopic(name, partitions, &writeError))
        return fail(writeError); // createTopic rewrites topic.json with the new count
    const Retention effective = retentionOf(*t);
    const size_t before = t->partitions.size();
    t->partitions.resize(size_t(partitions));
    m_totalPartitions += partitions - qint64(before);
    for (size_t p = before; p < t->partitions.size(); ++p)
        t->partitions[p].setRetention(effective);
    Q_EMIT topicCreated(name);
    return true;
}

void Store::setTopicConfigs(const QString &name, QMap<QString, QString> configs)
{
    Topic *t = mutableTopic(name);
    if (!t)
        return;
    t->configs = std::move(configs);
    const Retention effective = retentionOf(*t);
    for (PartitionLog &log : t->partitions)
        log.setRetention(effective);
}

bool Store::restoreRecord(const QString &topicName, int partition, QByteArrayView encoded)
{
    Topic *t = mutableTopic(topicName);
    if (!t || partition < 0 || partition >= t->partitionCount())
        return false;
    return t->partitions[size_t(partition)].appendEncoded(encoded);
}

const Topic *Store::topic(QStringView name) const
{
    // A produce or fetch asks for the same topic once a record: the last answer is kept, as the
    // hash lookup makes a QString of the name every time.
    if (m_lastTopic && m_lastTopic->name == name)
        return m_lastTopic;
    auto it = m_topics.constFind(name.toString());
    if (it == m_topics.cend())
        return nullptr;
    m_lastTopic = const_cast<Topic *>(&*it);
    return m_lastTopic;
}

Topic *Store::mutableTopic(QStringView name)
{
    return const_cast<Topic *>(std::as_const(*this).topic(name));
}

int Store::partitionCount(QStringView name) const
{
    const Topic *t = topic(name);
    return t ? t->partitionCount() : -1;
}

bool Store::hasPartition(QStringView name, qint64 partition) const
{
    return partition >= 0 && partition < partitionCount(name);
}

QStringList Store::topicNames() const
{
    QStringList names = m_topics.keys();
    names.sort();
    return names;
}

int Store::choosePartition(const QString &topicName, const QByteArray &key, qsizetype recordBytes)
{
    Topic *t = mutableTopic(topicName);
    if (!t) // deleted meanwhile (v3); append() then refuses the record
        return 0;
    const int count = t->partitionCount();
    if (!key.isNull())
        return partitionForKey(key, count);
    switch (m_partitioner.kind) {
    case PartitionerMode::Kind::Fixed:
        return m_partitioner.fixedPartition % count;
    case PartitionerMode::Kind::Sticky:
        if (t->stickyPartition < 0 || t->stickyBytes >= stickyBatchBytes) {
            int next = int(m_rng() % quint64(count));
            if (count > 1 && next == t->stickyPartition)
                next = (next + 1) % count;
            t->stickyPartition = next;
            t->stickyBytes = 0;
        }
        t->stickyBytes += recordBytes;
        return t->stickyPartition;
    case PartitionerMode::Kind::RoundRobin:
        break;
    }
    return int(t->roundRobin++ % quint64(count));
}

std::expected<std::vector<AppendResult>, QString> Store::append(std::vector<PendingAppend> records)
{
    // Topics can be deleted (v3) while a producer such as the demo traffic still names them.
    for (const PendingAppend &r : records) {
        if (!hasPartition(r.topic, r.partition))
            return std::unexpected(u"unknown topic-partition %1-%2"_s.arg(r.topic).arg(r.partition));
    }
    // Every record encoded into one buffer, one after the other: ends[i] is where record i ends.
    QByteArray buffer;
    std::vector<qsizetype> ends(records.size());
    {
        qsizetype expected = 0;
        for (const PendingAppend &r : records)
            expected += 32 + r.record.key.size() + r.record.value.size() + 16 * r.record.headers.size();
        ByteSink sink(buffer);
        sink.reserve(expected);
        for (size_t i = 0; i < records.size(); ++i) {
            RecordCodec::encode(sink, records[i].record);
            ends[i] = sink.size();
        }
    }
    const auto encoded = [&](size_t i) {
        const qsizetype start = i ? ends[i - 1] : 0;
        return QByteArrayView(buffer).sliced(start, ends[i] - start);
    };
    if (m_persistence) {
        std::vector<Persistence::Write> writes;
        writes.reserve(records.size());
        for (size_t i = 0; i < records.size(); ++i)
            writes.push_back({records[i].topic, records[i].partition, encoded(i)});
        QString error;
        if (!m_persistence->writeRecords(writes, &error))
            return std::unexpected(error);
    }
    std::vector<AppendResult> results;
    results.reserve(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        Topic *t = mutableTopic(records[i].topic);
        PartitionLog &log = t->partitions[size_t(records[i].partition)];
        results.push_back(
            {records[i].topic, records[i].partition, log.endOffset(), records[i].record.timestampMs});
        log.appendEncoded(encoded(i));
    }
    if (!results.empty())
        Q_EMIT appended();
    return results;
}

} // namespace Gregor::Sandbox
