#include "store.h"

#include <algorithm>

namespace Gregor::Sandbox {

bool Store::isValidTopicName(const QString &name)
{
    // Kafka's rule: 1–249 characters of [a-zA-Z0-9._-], and not "." or "..".
    if (name.isEmpty() || name.size() > 249 || name == u"." || name == u"..")
        return false;
    return std::ranges::all_of(name, [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'.' || c == u'_' || c == u'-';
    });
}

bool Store::createTopic(const QString &name, int partitions)
{
    if (!isValidTopicName(name) || partitions < 1 || partitions > 10000)
        return false;
    if (auto it = m_topics.constFind(name); it != m_topics.cend())
        return int(it->partitions.size()) == partitions;
    Topic topic;
    topic.name = name;
    topic.partitions.resize(size_t(partitions));
    m_topics.insert(name, std::move(topic));
    return true;
}

const Topic *Store::topic(const QString &name) const
{
    auto it = m_topics.constFind(name);
    return it == m_topics.cend() ? nullptr : &*it;
}

Topic *Store::topic(const QString &name)
{
    auto it = m_topics.find(name);
    return it == m_topics.end() ? nullptr : &*it;
}

QStringList Store::topicNames() const
{
    QStringList names = m_topics.keys();
    names.sort();
    return names;
}

} // namespace Gregor::Sandbox
