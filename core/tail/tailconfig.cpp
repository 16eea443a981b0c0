// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailconfig.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor {

QString TailConfig::title() const
{
    if (topics.isEmpty())
        return QStringLiteral("—");
    return topics.size() == 1 ? topics.first() : u"%1 +%2"_s.arg(topics.first()).arg(topics.size() - 1);
}

static QString modeName(TailConfig::Mode mode)
{
    return mode == TailConfig::Mode::Group ? u"group"_s : u"follow"_s;
}

static QString startName(TailConfig::Start start)
{
    switch (start) {
    case TailConfig::Start::NewestCount:
        return u"newest"_s;
    case TailConfig::Start::Time:
        return u"time"_s;
    case TailConfig::Start::End:
        break;
    }
    return u"end"_s;
}

QJsonObject TailConfig::toJson() const
{
    QJsonArray partitionList;
    for (const TopicPartition &tp : partitions)
        partitionList.append(QJsonObject{{u"topic"_s, tp.topic}, {u"partition"_s, tp.partition}});
    return QJsonObject{{u"topics"_s, QJsonArray::fromStringList(topics)},
                       {u"partitions"_s, partitionList},
                       {u"mode"_s, modeName(mode)},
                       {u"start"_s, startName(start)},
                       {u"newestCount"_s, newestCount},
                       {u"startTimeMs"_s, startTimeMs},
                       {u"group"_s, group},
                       {u"instance"_s, instance},
                       {u"autoCommit"_s, autoCommit},
                       {u"waitMs"_s, waitMs},
                       {u"capacity"_s, qint64(capacity)},
                       {u"filter"_s, filterText}};
}

TailConfig TailConfig::fromJson(const QJsonObject &json)
{
    TailConfig c;
    for (const QJsonValue &t : json.value("topics"_L1).toArray())
        if (t.isString() && !t.toString().isEmpty())
            c.topics.append(t.toString());
    for (const QJsonValue &p : json.value("partitions"_L1).toArray()) {
        const QJsonObject o = p.toObject();
        const int partition = o.value("partition"_L1).toInt(-1);
        if (o.value("topic"_L1).isString() && partition >= 0)
            c.partitions.append({o.value("topic"_L1).toString(), partition});
    }
    c.mode = json.value("mode"_L1).toString() == "group"_L1 ? Mode::Group : Mode::Follow;
    const QString start = json.value("start"_L1).toString();
    c.start = start == "newest"_L1 ? Start::NewestCount : start == "time"_L1 ? Start::Time : Start::End;
    c.newestCount = std::max<qint64>(1, json.value("newestCount"_L1).toInteger(c.newestCount));
    c.startTimeMs = json.value("startTimeMs"_L1).toInteger(0);
    c.group = json.value("group"_L1).toString();
    c.instance = json.value("instance"_L1).toString();
    c.autoCommit = json.value("autoCommit"_L1).toBool(false);
    c.waitMs = std::clamp(json.value("waitMs"_L1).toInt(c.waitMs), 0, 30000);
    c.capacity =
        qsizetype(std::clamp<qint64>(json.value("capacity"_L1).toInteger(c.capacity), 1000, 10000000));
    c.filterText = json.value("filter"_L1).toString();
    return c;
}

} // namespace Gregor
