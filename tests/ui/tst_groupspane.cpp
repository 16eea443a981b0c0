// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Consumer groups area against the in-process demo sandbox: the demo groups appear with no
// typing, their tree, instances and chart; alerts notify once per crossing; offset reset with its
// preview and confirmations; instance removal; read-only; tab order; snapshots light and dark.
#include "core/http/journal.h"
#include "core/lag/groupsmodel.h"
#include "core/lag/grouptreemodel.h"
#include "core/lag/instancesmodel.h"
#include "core/lag/laghistory.h"
#include "core/lag/lagmonitor.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "sandbox/consumergroups.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/answerbox.h"
#include "tests/support/testsupport.h"
#include "ui/groups/alertsdialog.h"
#include "ui/groups/groupdetails.h"
#include "ui/groups/groupspane.h"
#include "ui/groups/lagchartview.h"
#include "ui/groups/lagnotifier.h"
#include "ui/groups/resetoffsetsdialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Gregor;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    return p;
}

} // namespace

class TestGroupsPane : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<OpenConnection> m_connection;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LagHistory> m_history;

    std::unique_ptr<GroupsPane> makePane(OpenConnection *connection)
    {
        auto pane = std::make_unique<GroupsPane>(connection, m_settings.get(), m_history.get());
        pane->resize(1200, 760);
        pane->show();
        if (!QTest::qWaitForWindowExposed(pane.get()))
            return nullptr;
        return pane;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        Sandbox::SandboxOptions options;
        options.demo = true;
        options.demoTrafficRate = 100;
        m_server = std::make_unique<Sandbox::SandboxServer>(options);
        QVERIFY(m_server->start());
        m_connection = std::make_unique<OpenConnection>(ConnectionProfile::localSandboxProfile());
        m_connection->open(m_server->url(), {});
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
        m_history = std::make_unique<LagHistory>(m_dir.filePath(u"history.sqlite"_s));
    }

    void demoGroupsAppearWithoutTyping()
    {
        auto pane = makePane(m_connection.get());
        QVERIFY(pane);
        pane->monitor()->setIntervalMs(1000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowOfGroup(u"billing"_s) >= 0 &&
                                     pane->model()->rowOfGroup(u"dashboard"_s) >= 0,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->monitor()->window(u"dashboard"_s)->count() >= 3, 20000);
        const GroupsModel *model = pane->model();
        const int billing = model->rowOfGroup(u"billing"_s);
        const int dashboard = model->rowOfGroup(u"dashboard"_s);
        QCOMPARE(model->index(billing, GroupsModel::InstancesColumn).data().toString(), u"1 live"_s);
        QCOMPARE(model->index(dashboard, GroupsModel::InstancesColumn).data().toString(), u"offsets only"_s);
        QVERIFY(
            model->index(dashboard, GroupsModel::TotalLagColumn).data(GroupsModel::SortRole).toLongLong() >
            0);
        QCOMPARE(model->index(dashboard, GroupsModel::HealthColumn).data().toString(), u"STALLED"_s);
        QCOMPARE(model->index(billing, GroupsModel::HealthColumn).data().toString(), u"WARNING"_s);
        SAVE_SNAPSHOT(pane.get(), u"groups-list-light"_s);

        pane->selectGroup(u"dashboard"_s);
        QCOMPARE(pane->details()->group(), u"dashboard"_s);
        QCOMPARE(pane->details()->treeModel()->rowCount(), 2); // cities and telemetry
        QVERIFY(pane->details()->header()->text().contains(u"STALLED"_s));
        SAVE_SNAPSHOT(pane.get(), u"groups-tree-light"_s);

        pane->selectGroup(u"billing"_s);
        pane->details()->tabs()->setCurrentWidget(pane->details()->chart());
        QSignalSpy drawn(pane->details()->chart(), &LagChartView::drawn);
        pane->details()->chart()->reload();
        QVERIFY(drawn.wait(10000));
        QCOMPARE(pane->details()->chart()->lineCount(), 1);                 // orders
        pane->details()->chart()->setRange(LagChartView::Range::Minutes15); // buckets of 1.5 s
        QTRY_VERIFY_WITH_TIMEOUT(pane->details()->chart()->pointCount() >= 2, 10000);
        SAVE_SNAPSHOT(pane.get(), u"groups-chart-light"_s);

        // A topic selected in the tree: a line per partition.
        pane->details()->tabs()->setCurrentIndex(0);
        QTreeView *tree = pane->details()->treeView();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        pane->details()->tabs()->setCurrentWidget(pane->details()->chart());
        QTRY_COMPARE_WITH_TIMEOUT(pane->details()->chart()->lineCount(), 6, 10000);

        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        drawn.clear();
        pane->details()->chart()->reload();
        QVERIFY(drawn.wait(10000));
        SAVE_SNAPSHOT(pane.get(), u"groups-chart-dark"_s);
        pane->details()->tabs()->setCurrentIndex(0);
        SAVE_SNAPSHOT(pane.get(), u"groups-tree-dark"_s);
        QApplication::setPalette(light);

        // Remembered for the next run.
        pane.reset();
        const QJsonObject state = m_settings->groupsState(m_connection->profile().id);
        QVERIFY(state.value(u"groups"_s).toArray().contains(u"dashboard"_s));
        QCOMPARE(state.value(u"intervalMs"_s).toInt(), 1000);
    }

    // Over Confluent v3 the server lists the groups and computes their lag: the demo groups come
    // without typing, the live member with its client id, and the pane says whose lag it shows.
    void confluentV3ServerSideLag()
    {
        ConnectionProfile profile;
        profile.id = u"groups-v3"_s;
        profile.name = u"Platform"_s;
        profile.dialect = DialectKind::ConfluentV3;
        profile.proxy = ConnectionSettings::ProxyKind::None;
        OpenConnection v3(profile);
        v3.open(m_server->url(), {});
        QVERIFY(v3.client());
        auto pane = makePane(&v3);
        QVERIFY(pane);
        auto *note = pane->findChild<QLabel *>(u"groupsCapabilityNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(u"server computes"_s), qPrintable(note->text()));
        pane->monitor()->setIntervalMs(1000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->monitor()->status(u"billing"_s) &&
                                     pane->monitor()->status(u"billing"_s)->hasFigures &&
                                     pane->monitor()->status(u"dashboard"_s) &&
                                     pane->monitor()->status(u"dashboard"_s)->hasFigures,
                                 15000);
        const GroupsModel *model = pane->model();
        QCOMPARE(
            model->index(model->rowOfGroup(u"billing"_s), GroupsModel::InstancesColumn).data().toString(),
            u"1 live"_s);
        QVERIFY(model->index(model->rowOfGroup(u"dashboard"_s), GroupsModel::TotalLagColumn)
                    .data(GroupsModel::SortRole)
                    .toLongLong() > 0);
        pane->selectGroup(u"billing"_s);
        pane->details()->tabs()->setCurrentWidget(pane->details()->instancesView());
        QTableView *instances = pane->details()->instancesView();
        QTRY_COMPARE(instances->model()->rowCount(), 1);
        QVERIFY(!instances->isColumnHidden(InstancesModel::ClientIdColumn));
        QVERIFY(!instances->model()->index(0, InstancesModel::ClientIdColumn).data().toString().isEmpty());
        SAVE_SNAPSHOT(pane.get(), u"groups-v3-instances"_s);
    }

    void alertsNotifyOncePerCrossing()
    {
        auto pane = makePane(m_connection.get());
        QVERIFY(pane);
        pane->monitor()->setIntervalMs(1000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->monitor()->status(u"billing"_s) &&
                                     pane->monitor()->status(u"billing"_s)->hasFigures,
                                 15000);
        QSignalSpy notified(pane->notifier(), &LagNotifier::notified);
        pane->monitor()->alerts().setDefaultRule({1, std::nullopt});
        QSignalSpy finished(pane->monitor(), &LagMonitor::refreshFinished);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 20000);
        int billingLag = 0;
        for (const QList<QVariant> &args : notified)
            if (args.at(1).toString().startsWith(u"billing is falling behind"_s))
                ++billingLag;
        QCOMPARE(billingLag, 1); // above on every refresh, told once
        const int row = pane->model()->rowOfGroup(u"billing"_s);
        QVERIFY(pane->model()->index(row, 0).data(GroupsModel::AboveThresholdRole).toBool());
        pane->filterModel()->setOnlyAboveThreshold(true);
        QVERIFY(pane->filterModel()->rowCount() >= 1);
        SAVE_SNAPSHOT(pane.get(), u"groups-above-threshold"_s);
        pane->filterModel()->setOnlyAboveThreshold(false);
        pane->monitor()->alerts().setDefaultRule({});
        pane->monitor()->reevaluateAlerts();
        QTRY_VERIFY(!pane->model()->index(row, 0).data(GroupsModel::AboveThresholdRole).toBool());
    }

    void resetWithPreviewAndConfirmation()
    {
        auto pane = makePane(m_connection.get());
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->monitor()->status(u"dashboard"_s) &&
                                     pane->monitor()->status(u"dashboard"_s)->hasFigures,
                                 15000);
        ResetOffsetsDialog dialog(m_connection.get(), pane->monitor()->status(u"dashboard"_s)->snapshot,
                                  u"cities"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString tabOrder =
            Test::tabOrderProblems(Test::tabChain(dialog.focusWidget() ? dialog.focusWidget() : &dialog));
        QVERIFY2(tabOrder.isEmpty(), qPrintable(tabOrder));

        dialog.setTarget({ResetTarget::Kind::Latest, 0});
        QSignalSpy ready(&dialog, &ResetOffsetsDialog::previewReady);
        dialog.runPreview();
        QVERIFY(ready.wait(10000));
        QCOMPARE(dialog.previewTable()->rowCount(), 4); // the 4 partitions of cities
        QVERIFY(dialog.curlSequence().contains(u"/commit/dashboard/"_s));
        QVERIFY(!dialog.curlSequence().contains(m_connection->client()->settings().secret.isEmpty()
                                                    ? u"\u0001"_s
                                                    : m_connection->client()->settings().secret));
        SAVE_SNAPSHOT(&dialog, u"reset-preview"_s);
        QSignalSpy done(&dialog, &ResetOffsetsDialog::resetDone);
        dialog.apply();
        QVERIFY(Test::answerBox(u"confirmReset"_s, QMessageBox::DestructiveRole));
        QVERIFY(done.wait(10000));
        for (const ResetRow &row : dialog.preview())
            QCOMPARE(m_server->groups().committed(u"dashboard"_s, row.tp).value_or(-1), row.committedAfter);

        // A group with a live instance asks again; cancelling commits nothing.
        const GroupSnapshot billing = pane->monitor()->status(u"billing"_s)->snapshot;
        ResetOffsetsDialog again(m_connection.get(), billing, {});
        again.show();
        QSignalSpy ready2(&again, &ResetOffsetsDialog::previewReady);
        again.runPreview();
        QVERIFY(ready2.wait(10000));
        QSignalSpy done2(&again, &ResetOffsetsDialog::resetDone);
        again.apply();
        QVERIFY(Test::answerBox(u"confirmReset"_s, QMessageBox::DestructiveRole));
        QVERIFY(Test::answerBox(u"confirmResetLive"_s, QMessageBox::RejectRole));
        QTest::qWait(200); // nothing may follow the refusal: waiting is the assertion
        QCOMPARE(done2.size(), 0);
    }

    void removeInstanceConfirmed()
    {
        auto pane = makePane(m_connection.get());
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->monitor()->status(u"billing"_s) &&
                                     pane->monitor()->status(u"billing"_s)->hasLiveInstances(),
                                 15000);
        pane->selectGroup(u"billing"_s);
        GroupDetails *details = pane->details();
        details->tabs()->setCurrentWidget(details->instancesView());
        QTRY_COMPARE_WITH_TIMEOUT(details->instancesModel()->rowCount(), 1, 5000);
        details->instancesView()->selectRow(0);
        QVERIFY(details->removeInstanceButton()->isEnabled());
        SAVE_SNAPSHOT(pane.get(), u"groups-instances"_s);
        const int before = m_connection->journal()->size();
        details->removeInstanceButton()->click();
        QVERIFY(Test::answerBox(u"confirmRemoveInstance"_s, QMessageBox::DestructiveRole));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Journal *journal = m_connection->journal();
                for (int i = before; i < journal->size(); ++i)
                    if (journal->at(i).url.path() == u"/delete-consumer/billing/billing-worker-1"_s &&
                        journal->at(i).status == 200)
                        return true;
                return false;
            }(),
            10000);
    }

    void readOnlyTurnsWritesOff()
    {
        ConnectionProfile profile = ConnectionProfile::localSandboxProfile();
        profile.id = u"read-only"_s;
        profile.readOnly = true;
        OpenConnection connection(profile);
        connection.open(m_server->url(), {});
        auto pane = makePane(&connection);
        QVERIFY(pane);
        pane->addGroup(u"dashboard"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pane->monitor()->status(u"dashboard"_s) &&
                                     pane->monitor()->status(u"dashboard"_s)->hasFigures,
                                 15000);
        pane->selectGroup(u"dashboard"_s);
        QVERIFY(!pane->details()->resetButton()->isEnabled());
        QVERIFY(!pane->details()->removeInstanceButton()->isEnabled());
    }

    void notifyrcNamesTheEvents()
    {
        const QString path = QFINDTESTDATA("../../resources/gregor.notifyrc");
        QVERIFY(!path.isEmpty());
        QSettings rc(path, QSettings::IniFormat);
        // "[Event/lagThreshold]" reads as the group Event with the child lagThreshold.
        for (const QString &event : {u"lagThreshold"_s, u"groupHealth"_s})
            QVERIFY2(!rc.value(u"Event/%1/Name"_s.arg(event)).toString().isEmpty(), qPrintable(event));
        QVERIFY(!rc.value(u"Global/IconName"_s).toString().isEmpty());
    }

    void tabOrderFollowsTheLayout()
    {
        auto pane = makePane(m_connection.get());
        QVERIFY(pane);
        AlertsDialog dialog(pane->monitor(), pane->notifier(), m_history.get(), u"billing"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString tabOrder =
            Test::tabOrderProblems(Test::tabChain(dialog.focusWidget() ? dialog.focusWidget() : &dialog));
        QVERIFY2(tabOrder.isEmpty(), qPrintable(tabOrder));
        SAVE_SNAPSHOT(&dialog, u"alerts-dialog"_s);
        const QList<QWidget *> paneChain = Test::tabChain(pane->findChild<QWidget *>(u"addGroupEdit"_s), 12);
        const QString paneTabOrder = Test::tabOrderProblems(paneChain);
        QVERIFY2(paneTabOrder.isEmpty(), qPrintable(paneTabOrder));
    }
};

QTEST_MAIN(TestGroupsPane)
#include "tst_groupspane.moc"
