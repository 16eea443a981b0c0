// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The groups list, a group's tree and its instances: diffs keep rows (and so selection) in place;
// every model runs under QAbstractItemModelTester.
#include "core/lag/groupsmodel.h"
#include "core/lag/grouptreemodel.h"
#include "core/lag/instancesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

namespace {
GroupsModel::Row row(const QString &name, qint64 lag, bool above = false)
{
    GroupsModel::Row r;
    r.name = name;
    r.hasFigures = true;
    r.hasCommits = true;
    r.totalLag = lag;
    r.largestLag = lag;
    r.above = above;
    r.liveInstances = 0;
    return r;
}
GroupSnapshot snapshotOf(const QString &group, const QList<std::tuple<QString, int, qint64, qint64>> &parts)
{
    QList<PartitionOffset> committed;
    QHash<TopicPartition, qint64> ends;
    for (const auto &[topic, partition, c, e] : parts) {
        committed.append({{topic, partition}, c});
        ends.insert({topic, partition}, e);
    }
    return makeSnapshot(group, 1, committed, ends, std::nullopt);
}
} // namespace

class TestLagModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsUpdateByDiff()
    {
        GroupsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GroupsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row(u"b"_s, 10), row(u"a"_s, 5), row(u"c"_s, 0)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), u"a"_s);
        const QPersistentModelIndex b = model.index(1, GroupsModel::TotalLagColumn);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setRows({row(u"b"_s, 12000), row(u"c"_s, 0), row(u"d"_s, 1)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(b.isValid());
        QCOMPARE(b.row(), 0);
        QCOMPARE(b.data(GroupsModel::SortRole).toLongLong(), 12000);
        // 2,000 changed groups are one signal.
        changed.clear();
        QList<GroupsModel::Row> many;
        for (int i = 0; i < 2000; ++i)
            many.append(row(u"g%1"_s.arg(i, 4, 10, QChar(u'0')), i));
        model.setRows(many);
        for (GroupsModel::Row &r : many)
            r.totalLag += 1;
        changed.clear();
        model.updateRows(many);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 2000);
    }

    void displayTexts()
    {
        GroupsModel model;
        GroupsModel::Row none = row(u"empty"_s, 0);
        none.hasCommits = false;
        GroupsModel::Row unlisted = row(u"u"_s, 3);
        unlisted.liveInstances = -1;
        GroupsModel::Row live = row(u"l"_s, 3);
        live.liveInstances = 2;
        GroupsModel::Row stale = row(u"s"_s, 3);
        stale.stale = true;
        stale.error = u"The server did not answer."_s;
        stale.refreshedMs = 1000;
        model.setRows({none, unlisted, live, stale});
        auto text = [&](const QString &name, int column) {
            return model.index(model.rowOfGroup(name), column).data().toString();
        };
        QCOMPARE(text(u"empty"_s, GroupsModel::TotalLagColumn), u"nothing committed"_s);
        QCOMPARE(text(u"empty"_s, GroupsModel::InstancesColumn), u"offsets only"_s);
        QCOMPARE(text(u"u"_s, GroupsModel::InstancesColumn), u"not listed"_s);
        QCOMPARE(text(u"l"_s, GroupsModel::InstancesColumn), u"2 live"_s);
        QVERIFY(text(u"s"_s, GroupsModel::RefreshedColumn).endsWith(u"(stale)"_s));
        QVERIFY(model.index(model.rowOfGroup(u"s"_s), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"did not answer"_s));
        QVERIFY(model.index(model.rowOfGroup(u"s"_s), 0).data(GroupsModel::StaleRole).toBool());
    }

    void filterByNameAndThreshold()
    {
        GroupsModel model;
        GroupsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row(u"billing"_s, 10, true), row(u"dashboard"_s, 5), row(u"billing-eu"_s, 1)});
        filter.setNameFilter(u"BILL"_s);
        QCOMPARE(filter.rowCount(), 2);
        filter.setOnlyAboveThreshold(true);
        QCOMPARE(filter.rowCount(), 1);
        filter.setNameFilter({});
        QCOMPARE(filter.rowCount(), 1);
        model.updateRows({row(u"dashboard"_s, 5, true)});
        QCOMPARE(filter.rowCount(), 2);
        filter.setOnlyAboveThreshold(false);
        filter.sort(GroupsModel::TotalLagColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), u"billing"_s);
    }

    void treeUpdatesByDiff()
    {
        GroupTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(
            snapshotOf(u"g"_s, {{u"orders"_s, 0, 5, 10}, {u"orders"_s, 1, 7, 7}, {u"cities"_s, 0, 1, 4}}));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex orders = model.index(1, 0);
        QCOMPARE(orders.data(GroupTreeModel::TopicRole).toString(), u"orders"_s);
        QCOMPARE(model.rowCount(orders), 2);
        QCOMPARE(model.index(0, GroupTreeModel::LagColumn, orders).data().toString(), u"5"_s);
        QCOMPARE(model.index(1, 0, orders).data(GroupTreeModel::PartitionRole).toInt(), 1);
        const QPersistentModelIndex p1 = model.index(1, GroupTreeModel::LagColumn, orders);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // A new topic before "orders", orders-0 gone, orders-1 moved on, orders-2 new.
        model.setSnapshot(snapshotOf(u"g"_s, {{u"alpha"_s, 0, 0, 0},
                                              {u"orders"_s, 1, 9, 20},
                                              {u"orders"_s, 2, 0, 3},
                                              {u"cities"_s, 0, 1, 4}}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(p1.isValid());
        QCOMPARE(p1.data().toString(), u"11"_s);
        QCOMPARE(p1.parent().row(), 2);
        QCOMPARE(model.rowCount(p1.parent()), 2);
        // Another group replaces everything.
        model.setSnapshot(snapshotOf(u"h"_s, {{u"x"_s, 0, -1, 3}}));
        QCOMPARE(model.rowCount(), 0); // x-0 has no commit and no instance: not part of the figures
        model.setSnapshot(GroupSnapshot{});
        QCOMPARE(model.rowCount(), 0);
    }

    void noCommitIsSaidInWords()
    {
        GroupTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const GroupSnapshot s = makeSnapshot(u"g"_s, 1, {}, {{{u"t"_s, 0}, 9}},
                                             QList<ConsumerInstanceInfo>{{u"i1"_s, {{u"t"_s, 0}}, {}}});
        model.setSnapshot(s);
        const QModelIndex topic = model.index(0, 0);
        QCOMPARE(model.index(0, GroupTreeModel::LagColumn, topic).data().toString(), u"no commit"_s);
        QCOMPARE(model.index(0, GroupTreeModel::CommittedColumn, topic).data().toString(), u"no commit"_s);
        QCOMPARE(model.index(0, GroupTreeModel::InstanceColumn, topic).data().toString(), u"i1"_s);
        QCOMPARE(model.index(0, GroupTreeModel::LagColumn).data().toString(), u"no commit"_s);
    }

    void instancesUpdateByDiff()
    {
        InstancesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInstances({{u"b"_s, {{u"t"_s, 1}}, {}}, {u"a"_s, {{u"t"_s, 0}, {u"u"_s, 2}}, u"app-a"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, InstancesModel::PartitionsColumn).data().toString(), u"t: 0; u: 2"_s);
        QCOMPARE(model.index(0, InstancesModel::ClientIdColumn).data().toString(), u"app-a"_s);
        QCOMPARE(model.index(1, InstancesModel::ClientIdColumn).data().toString(), QString());
        const QPersistentModelIndex b = model.index(1, 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setInstances({{u"b"_s, {{u"t"_s, 0}, {u"t"_s, 1}}, {}}, {u"c"_s, {}, {}}});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(b.row(), 0);
        QCOMPARE(model.index(0, InstancesModel::PartitionsColumn).data().toString(), u"t: 0, 1"_s);
        QCOMPARE(model.index(1, InstancesModel::PartitionsColumn).data().toString(),
                 u"nothing assigned (joining?)"_s);
        QCOMPARE(describeAssignment({{u"z"_s, 3}, {u"a"_s, 2}, {u"a"_s, 1}}), u"a: 1, 2; z: 3"_s);
    }
};

QTEST_GUILESS_MAIN(TestLagModels)
#include "tst_lagmodels.moc"
