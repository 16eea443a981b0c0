// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/topiclistmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

static QList<TopicInfo> topics(std::initializer_list<std::pair<const char *, int>> list)
{
    QList<TopicInfo> result;
    for (const auto &[name, partitions] : list)
        result.append({QString::fromLatin1(name), partitions});
    return result;
}

static QStringList names(const TopicListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(TopicListModel::NameRole).toString();
    return result;
}

class TestTopicListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refreshByDiffKeepsPersistentIndexes()
    {
        TopicListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTopics(topics({{"orders", 6}, {"cities", 4}, {"greetings", 1}}));
        QCOMPARE(names(model), (QStringList{u"cities"_s, u"greetings"_s, u"orders"_s}));

        const QPersistentModelIndex orders = model.index(2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTopics(topics({{"orders", 12}, {"big", 1}, {"greetings", 1}, {"telemetry", 3}}));
        QCOMPARE(names(model), (QStringList{u"big"_s, u"greetings"_s, u"orders"_s, u"telemetry"_s}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1); // orders 6 → 12
        QVERIFY(orders.isValid());
        QCOMPARE(orders.data(TopicListModel::PartitionCountRole).toInt(), 12);
        QCOMPARE(orders.row(), 2);
    }

    void randomRefreshesMatchTheNewList()
    {
        TopicListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(42);
        for (int round = 0; round < 200; ++round) {
            QList<TopicInfo> next;
            for (int i = 0; i < 40; ++i) {
                if (rng.bounded(2))
                    next.append({u"topic-%1"_s.arg(i, 2, 10, QChar(u'0')), int(rng.bounded(1, 4))});
            }
            model.setTopics(next);
            QStringList expected;
            for (const TopicInfo &topic : next)
                expected << topic.name;
            expected.sort();
            QCOMPARE(names(model), expected);
        }
    }

    void tenThousandTopics()
    {
        TopicListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TopicInfo> many;
        for (int i = 0; i < 10000; ++i)
            many.append({u"t%1"_s.arg(i), 1});
        model.setTopics(many);
        QCOMPARE(model.rowCount(), 10000);
        many.removeAt(5000);
        model.setTopics(many);
        QCOMPARE(model.rowCount(), 9999);
    }

    void pinningMovesOneRowAndKeepsSelection()
    {
        TopicListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTopics(topics({{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}}));
        const QPersistentModelIndex b = model.index(1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.togglePinned(u"d"_s);
        QCOMPARE(names(model), (QStringList{u"d"_s, u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(b.row(), 2);
        QVERIFY(model.index(0).data(TopicListModel::PinnedRole).toBool());
        model.togglePinned(u"d"_s);
        QCOMPARE(names(model), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        // A refresh keeps pinned topics first.
        model.togglePinned(u"c"_s);
        model.setTopics(topics({{"a", 1}, {"c", 2}, {"e", 1}}));
        QCOMPARE(names(model), (QStringList{u"c"_s, u"a"_s, u"e"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTopicListModel)
#include "tst_topiclistmodel.moc"
