// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsetreset.h"

#include <QCoreApplication>

#include "core/dialects/common/operation.h"

using namespace Qt::StringLiterals;

namespace Gregor {

QList<TopicPartition> partitionsInScope(const GroupSnapshot &snapshot, const ResetScope &scope)
{
    QList<TopicPartition> result;
    for (const PartitionLag &p : snapshot.partitions) {
        if (!scope.topic.isEmpty() && p.tp.topic != scope.topic)
            continue;
        if (!scope.partitions.isEmpty() && !scope.partitions.contains(p.tp.partition))
            continue;
        result.append(p.tp);
    }
    return result;
}

QList<ResetRow> planReset(const GroupSnapshot &snapshot, const ResetScope &scope, const ResetTarget &target,
                          const QHash<TopicPartition, qint64> &beginnings,
                          const QHash<TopicPartition, qint64> &ends,
                          const QHash<TopicPartition, qint64> &atTime)
{
    QList<ResetRow> rows;
    for (const TopicPartition &tp : partitionsInScope(snapshot, scope)) {
        const PartitionLag *p = snapshot.partition(tp);
        const qint64 begin = std::max<qint64>(0, beginnings.value(tp, 0));
        const qint64 end = std::max(begin, ends.value(tp, p ? p->end : begin));
        ResetRow row{tp, p ? p->committed : -1, begin, end};
        switch (target.kind) {
        case ResetTarget::Kind::Earliest:
            row.committedAfter = begin;
            break;
        case ResetTarget::Kind::Latest:
            row.committedAfter = end;
            break;
        case ResetTarget::Kind::DateTime: {
            const qint64 offset = atTime.value(tp, -1);
            row.committedAfter = offset < 0 ? end : offset;
            break;
        }
        case ResetTarget::Kind::Offset:
            row.committedAfter = target.value;
            break;
        case ResetTarget::Kind::Shift:
            row.committedAfter = (row.committedNow >= 0 ? row.committedNow : begin) + target.value;
            break;
        }
        row.committedAfter = std::clamp(row.committedAfter, begin, end);
        rows.append(row);
    }
    return rows;
}

QList<PartitionOffset> resetOffsets(const QList<ResetRow> &rows)
{
    QList<PartitionOffset> offsets;
    for (const ResetRow &row : rows)
        offsets.append({row.tp, row.committedAfter});
    return offsets;
}

namespace {
struct Lookups
{
    QHash<TopicPartition, qint64> beginnings, ends, atTime;
    int pending = 0;
};
} // namespace

Job *previewReset(KafkaClient *client, const GroupSnapshot &snapshot, const ResetScope &scope,
                  const ResetTarget &target, QObject *context, ResultJob<QList<ResetRow>>::Callback done)
{
    auto *op = new Operation<QList<ResetRow>>(context, std::move(done), client);
    const QList<TopicPartition> partitions = partitionsInScope(snapshot, scope);
    if (partitions.isEmpty()) {
        op->failLater(ApiError::make(
            ErrorKind::BadRequest,
            QCoreApplication::translate("Gregor::Lag", "No partition of the group is in the chosen scope.")));
        return op;
    }
    auto lookups = std::make_shared<Lookups>();
    auto ask = [=](OffsetSpec spec, QHash<TopicPartition, qint64> Lookups::*into) {
        ++lookups->pending;
        op->adopt(client->offsets(partitions, spec, op, [=](Result<QList<PartitionOffset>> offsets) {
            if (!op->active())
                return;
            if (!offsets)
                return op->fail(offsets.error());
            for (const PartitionOffset &po : *offsets)
                ((*lookups).*into).insert(po.tp, po.offset);
            if (--lookups->pending == 0)
                op->finishWith(
                    planReset(snapshot, scope, target, lookups->beginnings, lookups->ends, lookups->atTime));
        }));
    };
    ask(OffsetSpec::earliest(), &Lookups::beginnings);
    ask(OffsetSpec::latest(), &Lookups::ends);
    if (target.kind == ResetTarget::Kind::DateTime)
        ask(OffsetSpec::atTime(target.value), &Lookups::atTime);
    return op;
}

} // namespace Gregor
