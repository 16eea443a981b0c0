// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Topic management from the topics sidebar against the in-process sandbox over Confluent v3:
// create (a check first, a form error, the confirmation), edit configs in place, add partitions,
// delete after typing the name; read-only and Upstash connections; tab order and snapshots.
#include "core/models/topicconfigsmodel.h"
#include "core/models/topiclistmodel.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/answerbox.h"
#include "tests/support/testsupport.h"
#include "ui/connection/topicssidebar.h"
#include "ui/topics/deletetopicdialog.h"
#include "ui/topics/newtopicdialog.h"
#include "ui/topics/partitionsdialog.h"
#include "ui/topics/topicactions.h"
#include "ui/topics/topicconfigdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

namespace {

template<typename Dialog>
Dialog *openDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = parent->findChild<Dialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown && QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}
} // namespace

class TestTopicAdmin : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

    std::unique_ptr<OpenConnection> connect(DialectKind dialect, bool readOnly, const QString &id)
    {
        ConnectionProfile profile;
        profile.id = id;
        profile.name = id;
        profile.dialect = dialect;
        profile.readOnly = readOnly;
        profile.proxy = ConnectionSettings::ProxyKind::None;
        auto connection = std::make_unique<OpenConnection>(profile);
        connection->open(m_server->url(), {});
        return connection;
    }
    std::unique_ptr<TopicsSidebar> sidebar(OpenConnection *connection)
    {
        auto bar = std::make_unique<TopicsSidebar>(connection, m_settings.get());
        bar->resize(320, 600);
        bar->show();
        if (!QTest::qWaitForWindowExposed(bar.get()))
            return nullptr;
        return bar;
    }
    static bool select(TopicsSidebar *bar, const QString &topic)
    {
        if (!QTest::qWaitFor([&] { return bar->model()->rowOf(topic) >= 0; }, 5000))
            return false;
        auto *filter = qobject_cast<QSortFilterProxyModel *>(bar->view()->model());
        bar->view()->setCurrentIndex(
            filter->mapFromSource(bar->model()->index(bar->model()->rowOf(topic), 0)));
        return bar->currentTopic() == topic;
    }
    int configRow(TopicConfigsModel *model, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->configs().at(row).name == name)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_server = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxOptions{});
        QVERIFY(m_server->start());
        QVERIFY(m_server->createTopic(u"existing"_s, 2));
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    }

    void createConfigurePartitionAndDelete()
    {
        auto connection = connect(DialectKind::ConfluentV3, false, u"v3-admin"_s);
        QVERIFY(connection->client());
        auto bar = sidebar(connection.get());
        QVERIFY(bar);
        TopicActions *actions = bar->actions();
        QTRY_VERIFY(bar->model()->rowOf(u"existing"_s) >= 0);
        QVERIFY(actions->newTopic()->isEnabled());
        QVERIFY(!actions->deleteTopic()->isEnabled()); // no topic chosen yet

        // New topic: a bad config line, a check that creates nothing, then the confirmed create.
        QTest::keyClick(bar->view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *create = openDialog<NewTopicDialog>(bar.get());
        QVERIFY(create);
        const QString tabOrder = Test::tabOrderProblems(Test::tabChain(create->nameEdit()));
        QVERIFY2(tabOrder.isEmpty(), qPrintable(tabOrder));
        QTest::keyClicks(create->nameEdit(), u"payments"_s);
        create->partitions()->setValue(4);
        create->configs()->setPlainText(u"retention.ms=60000\nnot a config"_s);
        create->createButton()->click();
        QCOMPARE(create->status()->text(), u"Config line 2 is not name=value."_s);
        SAVE_SNAPSHOT(create, u"topic-new-error"_s);
        create->configs()->setPlainText(u"retention.ms=60000\n# a comment\ncleanup.policy = compact"_s);
        create->checkButton()->click();
        QTRY_VERIFY(create->status()->text().contains(u"would create"_s));
        QVERIFY(!m_server->store().topic(u"payments"_s));
        create->createButton()->click();
        QVERIFY(Test::answerBox(u"confirmCreateTopic"_s, QMessageBox::DestructiveRole));
        QTRY_VERIFY(m_server->store().topic(u"payments"_s));
        QCOMPARE(m_server->store().partitionCount(u"payments"_s), 4);
        QCOMPARE(m_server->store().topic(u"payments"_s)->configs.value(u"cleanup.policy"_s), u"compact"_s);
        QTRY_COMPARE(bar->currentTopic(), u"payments"_s); // the list shows and selects it
        QVERIFY(actions->deleteTopic()->isEnabled());

        // A name already taken is refused in the form.
        actions->newTopic()->trigger();
        auto *again = openDialog<NewTopicDialog>(bar.get());
        QVERIFY(again);
        again->nameEdit()->setText(u"existing"_s);
        again->createButton()->click();
        QCOMPARE(again->status()->text(), u"There is already a topic called “existing”."_s);
        again->reject();

        // Configuration: edit a value in place with the keyboard, reset another, apply.
        actions->configure()->trigger();
        auto *configs = openDialog<TopicConfigDialog>(bar.get());
        QVERIFY(configs);
        QTRY_VERIFY(configs->model()->rowCount() > 2);
        QVERIFY(!configs->applyButton()->isEnabled());
        const int retention = configRow(configs->model(), u"retention.ms"_s);
        QVERIFY(retention >= 0);
        QVERIFY(configs->model()->canReset(retention));
        configs->view()->setCurrentIndex(
            configs->view()->model()->index(retention, TopicConfigsModel::ValueColumn));
        QVERIFY(configs->resetButton()->isEnabled());
        configs->resetButton()->click();
        const int cleanup = configRow(configs->model(), u"cleanup.policy"_s);
        configs->view()->setFocus();
        configs->view()->setCurrentIndex(
            configs->view()->model()->index(cleanup, TopicConfigsModel::ValueColumn));
        QTest::keyClick(configs->view(), Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY2(qobject_cast<QLineEdit *>(editor) && editor->parentWidget() == configs->view()->viewport(),
                 qPrintable(Test::describe(editor)));
        qobject_cast<QLineEdit *>(editor)->selectAll();
        QTest::keyClicks(editor, u"delete"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(
            configs->model()->changes(),
            (QList<ConfigChange>{{u"cleanup.policy"_s, u"delete"_s, ConfigChange::Operation::Set},
                                 {u"retention.ms"_s, std::nullopt, ConfigChange::Operation::Reset}}));
        QVERIFY(configs->applyButton()->isEnabled());
        SAVE_SNAPSHOT(configs, u"topic-configs-edited"_s);
        const QString configTabOrder = Test::tabOrderProblems(Test::tabChain(configs->filter()));
        QVERIFY2(configTabOrder.isEmpty(), qPrintable(configTabOrder));
        configs->applyButton()->click();
        QVERIFY(Test::answerBox(u"confirmConfigs"_s, QMessageBox::DestructiveRole));
        QTRY_COMPARE(m_server->store().topic(u"payments"_s)->configs.value(u"cleanup.policy"_s), u"delete"_s);
        QVERIFY(!m_server->store().topic(u"payments"_s)->configs.contains(u"retention.ms"_s));
        QTRY_VERIFY(!configs->model()->hasChanges()); // reloaded: the server shows them now
        configs->reject();

        // Add partitions: only upwards, confirmed; the list shows the new count.
        actions->addPartitions()->trigger();
        auto *partitions = openDialog<PartitionsDialog>(bar.get());
        QVERIFY(partitions);
        QCOMPARE(partitions->count()->minimum(), 5);
        partitions->count()->setValue(6);
        SAVE_SNAPSHOT(partitions, u"topic-add-partitions"_s);
        partitions->addButton()->click();
        QVERIFY(Test::answerBox(u"confirmAddPartitions"_s, QMessageBox::DestructiveRole));
        QTRY_COMPARE(m_server->store().partitionCount(u"payments"_s), 6);
        QTRY_COMPARE(bar->model()->topics().at(bar->model()->rowOf(u"payments"_s)).partitionCount, 6);

        // Delete: the button waits for the name; Del on the list opens it.
        QVERIFY(select(bar.get(), u"payments"_s));
        bar->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(bar.get()));
        bar->view()->setFocus();
        QTest::keyClick(bar->view(), Qt::Key_Delete);
        auto *drop = openDialog<DeleteTopicDialog>(bar.get());
        QVERIFY(drop);
        QVERIFY(!drop->deleteButton()->isEnabled());
        QTest::keyClicks(drop->confirmation(), u"paymentz"_s);
        QVERIFY(!drop->deleteButton()->isEnabled());
        drop->confirmation()->setText(u"payments"_s);
        QVERIFY(drop->deleteButton()->isEnabled());
        QVERIFY(drop->copyAsCurl().startsWith(u"Copied"_s));
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"DELETE"_s) &&
                     curl.contains(u"/v3/clusters/gregor-sandbox/topics/payments"_s),
                 qPrintable(curl));
        SAVE_SNAPSHOT(drop, u"topic-delete"_s);
        drop->deleteButton()->click();
        QTRY_VERIFY(!m_server->store().topic(u"payments"_s));
        QTRY_COMPARE(bar->model()->rowOf(u"payments"_s), -1);
    }

    void readOnlyConnectionOnlyLooks()
    {
        auto connection = connect(DialectKind::ConfluentV3, true, u"v3-readonly"_s);
        auto bar = sidebar(connection.get());
        QVERIFY(bar);
        QVERIFY(select(bar.get(), u"existing"_s));
        TopicActions *actions = bar->actions();
        for (QAction *action : {actions->newTopic(), actions->addPartitions(), actions->deleteTopic()}) {
            QVERIFY(!action->isEnabled());
            QVERIFY2(action->toolTip().contains(u"read-only"_s), qPrintable(action->toolTip()));
        }
        QVERIFY(actions->configure()->isEnabled());
        actions->configure()->trigger();
        auto *configs = openDialog<TopicConfigDialog>(bar.get());
        QVERIFY(configs);
        QTRY_VERIFY(configs->model()->rowCount() > 2);
        QVERIFY(!(configs->model()->flags(configs->model()->index(0, TopicConfigsModel::ValueColumn)) &
                  Qt::ItemIsEditable));
        QVERIFY(!configs->applyButton()->isEnabled());
        QVERIFY(configs->status()->text().contains(u"read-only"_s));
        configs->reject();
    }

    void upstashConnectionSaysWhy()
    {
        auto connection = connect(DialectKind::Upstash, false, u"upstash"_s);
        auto bar = sidebar(connection.get());
        QVERIFY(bar);
        QVERIFY(select(bar.get(), u"existing"_s));
        for (QAction *action : {bar->actions()->newTopic(), bar->actions()->configure(),
                                bar->actions()->addPartitions(), bar->actions()->deleteTopic()}) {
            QVERIFY(!action->isEnabled());
            QVERIFY2(action->toolTip().contains(u"cannot create or delete topics"_s),
                     qPrintable(action->toolTip()));
        }
    }
};

QTEST_MAIN(TestTopicAdmin)
#include "tst_topicadmin.moc"
