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
        log.setRetention(m_retention);
    m_lastTopic = nullptr; // an insertion may move the topics
    m_topics.insert(name, std::move(topic));
    return true;
}

void Store::setRetention(Retention retention)
{
    m_retention = retention;
    for (Topic &topic : m_topics) {
        for (PartitionLog &log : topic.partitions)
            log.setRetention(retention);
    }
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
    Q_ASSERT(t);
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
