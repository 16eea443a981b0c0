// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/topicconfigsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Gregor;
using namespace Qt::StringLiterals;

class TestTopicConfigsModel : public QObject
{
    Q_OBJECT

    static TopicConfig config(const QString &name, const QString &value, ConfigSource source,
                              bool readOnly = false, bool sensitive = false)
    {
        TopicConfig c;
        c.topic = u"t"_s;
        c.name = name;
        c.value = sensitive ? std::nullopt : std::optional(value);
        c.source = source;
        c.isDefault = source == ConfigSource::Default;
        c.isReadOnly = readOnly;
        c.isSensitive = sensitive;
        return c;
    }
    static QList<TopicConfig> server()
    {
        return {config(u"retention.ms"_s, u"3600000"_s, ConfigSource::DynamicTopic),
                config(u"cleanup.policy"_s, u"delete"_s, ConfigSource::Default),
                config(u"segment.bytes"_s, u"1073741824"_s, ConfigSource::StaticBroker, true),
                config(u"sasl.secret"_s, {}, ConfigSource::DynamicTopic, false, true)};
    }

private Q_SLOTS:
    void editsResetsAndWhatIsSent()
    {
        TopicConfigsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changes(&model, &TopicConfigsModel::changesChanged);
        model.setConfigs(server());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, TopicConfigsModel::NameColumn).data().toString(),
                 u"cleanup.policy"_s); // by name
        QCOMPARE(model.index(1, TopicConfigsModel::ValueColumn).data().toString(), u"3600000"_s);
        QCOMPARE(model.index(2, TopicConfigsModel::ValueColumn).data().toString(), u"(hidden)"_s);
        QVERIFY(
            !(model.flags(model.index(3, TopicConfigsModel::ValueColumn)) & Qt::ItemIsEditable)); // read-only
        QVERIFY(!(model.flags(model.index(0, TopicConfigsModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(3, TopicConfigsModel::ValueColumn), u"1"_s, Qt::EditRole));

        QVERIFY(model.setData(model.index(0, TopicConfigsModel::ValueColumn), u"compact"_s, Qt::EditRole));
        QVERIFY(model.index(0, 0).data(TopicConfigsModel::ChangedRole).toBool());
        QVERIFY(!model.canReset(0)); // the default has nothing of its own to reset
        QVERIFY(model.canReset(1));
        QVERIFY(model.resetToDefault(1));
        QCOMPARE(model.index(1, TopicConfigsModel::ValueColumn).data().toString(),
                 u"(back to the default)"_s);
        QCOMPARE(model.changes(),
                 (QList<ConfigChange>{{u"cleanup.policy"_s, u"compact"_s, ConfigChange::Operation::Set},
                                      {u"retention.ms"_s, std::nullopt, ConfigChange::Operation::Reset}}));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(
            describeChanges(model.configs(), model.changes()),
            (QStringList{u"cleanup.policy: delete → compact"_s, u"retention.ms: 3600000 → its default"_s}));

        // Typing the server's value back is no change.
        QVERIFY(model.setData(model.index(0, TopicConfigsModel::ValueColumn), u"delete"_s, Qt::EditRole));
        QCOMPARE(model.changes().size(), 1);
        model.revertRow(1);
        QVERIFY(!model.hasChanges());
    }

    void reloadKeepsEditsUntilTheServerShowsThem()
    {
        TopicConfigsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfigs(server());
        model.setData(model.index(0, TopicConfigsModel::ValueColumn), u"compact"_s, Qt::EditRole);
        model.setData(model.index(1, TopicConfigsModel::ValueColumn), u"60000"_s, Qt::EditRole);
        const QPersistentModelIndex retention = model.index(1, 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<TopicConfig> after = server();
        after[1].value = u"compact"_s; // cleanup.policy applied (server lists it second)
        after[1].source = ConfigSource::DynamicTopic;
        after.append(config(u"min.insync.replicas"_s, u"1"_s, ConfigSource::Default));
        after.removeAt(2); // segment.bytes gone
        model.setConfigs(after);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(retention.row(), 2);
        QCOMPARE(model.changes(),
                 (QList<ConfigChange>{{u"retention.ms"_s, u"60000"_s, ConfigChange::Operation::Set}}));
    }

    void readOnlyConnectionEditsNothing()
    {
        TopicConfigsModel model;
        model.setEditable(false);
        model.setConfigs(server());
        QVERIFY(!(model.flags(model.index(1, TopicConfigsModel::ValueColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.resetToDefault(1));
        QVERIFY(!model.hasChanges());
    }
};

QTEST_GUILESS_MAIN(TestTopicConfigsModel)
#include "tst_topicconfigsmodel.moc"
