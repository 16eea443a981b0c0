// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record.h"

namespace Gregor {

QDebug operator<<(QDebug debug, const RecordHeader &header)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "RecordHeader(" << header.key << '=' << header.value << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Record &record)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Record(" << record.topic << '/' << record.partition << '@' << record.offset;
    if (record.timestampMs)
        debug << " ts=" << *record.timestampMs;
    debug << " key=" << record.key << " value=" << record.value.left(64);
    if (!record.headers.isEmpty())
        debug << " headers=" << record.headers;
    debug << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const TopicPartition &tp)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << tp.topic << '/' << tp.partition;
    return debug;
}

} // namespace Gregor
