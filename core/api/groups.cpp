// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups.h"

using namespace Qt::StringLiterals;

namespace Gregor {

QString groupStateName(GroupState state)
{
    switch (state) {
    case GroupState::Unknown:
        return u"Unknown"_s;
    case GroupState::PreparingRebalance:
        return u"Preparing rebalance"_s;
    case GroupState::CompletingRebalance:
        return u"Completing rebalance"_s;
    case GroupState::Assigning:
        return u"Assigning"_s;
    case GroupState::Reconciling:
        return u"Reconciling"_s;
    case GroupState::Stable:
        return u"Stable"_s;
    case GroupState::Dead:
        return u"Dead"_s;
    case GroupState::Empty:
        return u"Empty"_s;
    }
    return {};
}

QString groupTypeName(GroupType type)
{
    switch (type) {
    case GroupType::Unknown:
        return u"Unknown"_s;
    case GroupType::Classic:
        return u"Classic"_s;
    case GroupType::Consumer:
        return u"Consumer"_s;
    case GroupType::Share:
        return u"Share"_s;
    }
    return {};
}

QDebug operator<<(QDebug debug, const GroupDescription &group)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "GroupDescription(" << group.group << ' ' << groupStateName(group.state) << ' '
                    << groupTypeName(group.type) << " assignor=" << group.partitionAssignor
                    << (group.isSimple ? " simple" : "") << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const ConsumerLag &lag)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ConsumerLag(" << lag.group << ' ' << lag.tp << " current=" << lag.currentOffset
                    << " end=" << lag.logEndOffset << " lag=" << lag.lag << " consumer=" << lag.consumerId
                    << ')';
    return debug;
}

} // namespace Gregor
