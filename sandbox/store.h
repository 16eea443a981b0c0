#pragma once
#include "core/api/record.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Gregor::Sandbox {

// One partition's append-only log. Offsets start at 0 and are the index into the log.
struct PartitionLog
{
    std::vector<Record> records;
    qint64 endOffset() const { return qint64(records.size()); }
};

struct Topic
{
    QString name;
    std::vector<PartitionLog> partitions;
};

// Topics → partitions → records, in memory.
class Store
{
public:
    // Returns false when the name is invalid or the topic exists with another partition count.
    bool createTopic(const QString &name, int partitions);
    const Topic *topic(const QString &name) const;
    Topic *topic(const QString &name);
    QStringList topicNames() const; // sorted

    static bool isValidTopicName(const QString &name);

private:
    QHash<QString, Topic> m_topics;
};

} // namespace Gregor::Sandbox
