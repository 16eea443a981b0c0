// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topics.h"

#include "offsets.h"

namespace Gregor {

QDebug operator<<(QDebug debug, const TopicInfo &topic)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "TopicInfo(" << topic.name << ", " << topic.partitionCount << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const PartitionInfo &partition)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "PartitionInfo(" << partition.partition << " leader=" << partition.leader.value_or(-1)
                    << " [" << partition.beginningOffset.value_or(-1) << ", "
                    << partition.endOffset.value_or(-1) << "))";
    return debug;
}

QDebug operator<<(QDebug debug, const PartitionOffset &offset)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << offset.tp << '@' << offset.offset;
    return debug;
}

} // namespace Gregor
