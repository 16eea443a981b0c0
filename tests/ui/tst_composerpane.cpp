// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Composer area against the in-process sandbox: typing a record and sending it with
// Ctrl+Enter, the result with "Show in Messages" opening that record, a JSON error that blocks
// the send, variables previewed before they are sent, read-only, outcome unknown with its way
// to look at the topic, re-produce from Messages, the bulk produce dialog running, tab order
// and snapshots.
#include "core/compose/bulkproducer.h"
#include "core/compose/composerhistory.h"
#include "core/models/topiclistmodel.h"
#include "core/records/recordsmodel.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/testsupport.h"
#include "ui/composer/bulkproducedialog.h"
#include "ui/composer/composerform.h"
#include "ui/composer/composerpane.h"
#include "ui/composer/historypanel.h"
#include "ui/composer/valueeditor.h"
#include "ui/connection/connectionview.h"
#include "ui/connection/topicssidebar.h"
#include "ui/messages/messagespane.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestComposerPane : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<OpenConnection> m_connection;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    TopicListModel m_topics;
    int m_profiles = 0;

    // A connection of its own per pane, so drafts and history start empty.
    std::unique_ptr<OpenConnection> connect(const QUrl &url, bool readOnly = false)
    {
        ConnectionProfile profile = ConnectionProfile::localSandboxProfile();
        profile.id = u"composer-test-%1"_s.arg(++m_profiles);
        profile.readOnly = readOnly;
        auto connection = std::make_unique<OpenConnection>(profile);
        connection->open(url, {});
        return connection;
    }
    std::unique_ptr<ComposerPane> makePane(OpenConnection *connection)
    {
        auto pane = std::make_unique<ComposerPane>(connection, &m_topics, m_settings.get());
        pane->resize(1100, 720);
        pane->show();
        if (!QTest::qWaitForWindowExposed(pane.get()))
            return nullptr;
        return pane;
    }
    static void type(ComposerPane &pane, const QString &topic, const QString &key, const QString &value)
    {
        pane.form()->topic()->setEditText(topic);
        pane.form()->keyEncoding()->setCurrentIndex(key.isNull() ? 0 : 1);
        pane.form()->key()->setText(key);
        pane.form()->value()->setText(value);
    }
    static void pressSend(QWidget *focus)
    {
        QTest::keyClick(focus, Qt::Key_Enter, Qt::ControlModifier); // the keypad's Enter
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Test-mode data survives between runs: each run starts without drafts or history.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/composer"_s)
            .removeRecursively();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        Sandbox::SandboxOptions options;
        options.demo = true;
        m_server = std::make_unique<Sandbox::SandboxServer>(options);
        QVERIFY(m_server->start());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->setComposerTemplatesDir(m_dir.filePath(u"templates"_s));
        QList<TopicInfo> topics;
        for (const QString &name : m_server->store().topicNames())
            topics.append({name, m_server->store().partitionCount(name)});
        m_topics.setTopics(topics);
        m_connection = connect(m_server->url());
    }

    void typesSendsAndShowsTheResult()
    {
        auto pane = makePane(m_connection.get());
        QVERIFY(pane);
        type(*pane, u"orders"_s, u"customer-42"_s, u"{\"amount\": 12.5, \"items\": [1, 2]}"_s);
        // Kafka's default partitioner, computed here: murmur2("customer-42") over 6 partitions.
        const auto predicted = pane->composer()->predictedPartition(6);
        QVERIFY(predicted);
        QTRY_VERIFY(pane->form()
                        ->findChild<QLabel *>(u"composerPrediction"_s)
                        ->text()
                        .contains(u"partition %1"_s.arg(*predicted)));
        QSignalSpy show(pane.get(), &ComposerPane::showRecordRequested);
        QTRY_VERIFY(!pane->form()->value()->isChecking());
        pressSend(pane->form()->value()->editor());
        QTRY_COMPARE(pane->composer()->state(), Composer::State::Sent);
        QCOMPARE(pane->composer()->result().partition, *predicted);
        QVERIFY(pane->resultLabel()->text().contains(u"offset %1"_s.arg(pane->composer()->result().offset)));
        QVERIFY(pane->showInMessagesButton()->isVisible());
        QCOMPARE(pane->composer()->history()->size(), 1);
        QCOMPARE(pane->historyPanel()->view()->model()->rowCount(), 1);
        SAVE_SNAPSHOT(pane.get(), u"composer-sent"_s);
        pane->showInMessagesButton()->click();
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().at(2).toLongLong(), pane->composer()->result().offset);
    }

    void aJsonErrorStopsTheSend()
    {
        auto pane = makePane(m_connection.get());
        QVERIFY(pane);
        type(*pane, u"orders"_s, {}, u"{\n  \"amount\": 12.5,\n  \"items\": [1, 2],\n}"_s);
        QTRY_VERIFY(pane->form()->value()->jsonProblem().has_value());
        QCOMPARE(pane->form()->value()->jsonProblem()->line, 3); // the trailing comma
        const qsizetype before = pane->composer()->history()->size();
        pressSend(pane->form()->value()->editor());
        QCOMPARE(pane->composer()->state(), Composer::State::Idle);
        QVERIFY(pane->resultLabel()->text().contains(u"not valid JSON"_s));
        QVERIFY(pane->findChild<QLabel *>(u"valueProblem"_s)->text().contains(u"Line 3"_s));
        QCOMPARE(pane->composer()->history()->size(), before);
        SAVE_SNAPSHOT(pane.get(), u"composer-json-error"_s);
        // Variables stand where values go: {{seq}} as a number is fine.
        pane->form()->value()->setText(u"{\"n\": {{seq}}, \"id\": \"{{uuid}}\"}"_s);
        QTRY_VERIFY(!pane->form()->value()->isChecking());
        QVERIFY(!pane->form()->value()->jsonProblem());
    }

    void variablesArePreviewedBeforeSending()
    {
        auto pane = makePane(m_connection.get());
        QVERIFY(pane);
        type(*pane, u"greetings"_s, {}, u"{\"id\": \"{{uuid}}\", \"n\": {{seq}}}"_s);
        QTRY_VERIFY(!pane->form()->value()->isChecking());
        pressSend(pane->form()->value()->editor());
        QCOMPARE(pane->composer()->state(), Composer::State::Idle); // not yet
        QVERIFY(pane->previewText()->isVisible());
        const QString preview = pane->previewText()->toPlainText();
        QVERIFY(preview.startsWith(u"POST /produce"_s));
        QVERIFY(!preview.contains(u"{{"_s));
        pressSend(pane->form()->value()->editor());
        QTRY_COMPARE(pane->composer()->state(), Composer::State::Sent);
        // What was sent is what was shown.
        const QString sent = pane->composer()->history()->entry(0).record.value;
        QVERIFY2(preview.contains(QString(sent).replace(u"\""_s, u"\\\""_s)),
                 qPrintable(preview + u" / "_s + sent));
        QVERIFY(!pane->previewText()->isVisible());
    }

    void readOnlyCannotSend()
    {
        auto readOnly = connect(m_server->url(), true);
        auto pane = makePane(readOnly.get());
        QVERIFY(pane);
        QVERIFY(pane->findChild<QLabel *>(u"composerReadOnly"_s)->isVisible());
        QTRY_VERIFY(readOnly->client());
        QVERIFY(!pane->sendButton()->isEnabled());
        type(*pane, u"orders"_s, {}, u"1"_s);
        QTRY_VERIFY(!pane->form()->value()->isChecking());
        pane->send();
        QVERIFY(pane->resultLabel()->text().contains(u"read-only"_s));
        QCOMPARE(pane->composer()->history()->size(), 0);
    }

    void outcomeUnknownOffersToLook()
    {
        Sandbox::SandboxOptions options;
        options.faults = {*Sandbox::FaultSpec::parse(u"drop-rate=1@/produce*")};
        Sandbox::SandboxServer dropping(options);
        QVERIFY(dropping.start());
        QVERIFY(dropping.store().createTopic(u"orders"_s, 6));
        auto connection = connect(dropping.url());
        auto pane = makePane(connection.get());
        QVERIFY(pane);
        type(*pane, u"orders"_s, u"customer-42"_s, u"\"maybe\""_s);
        QTRY_VERIFY(!pane->form()->value()->isChecking());
        QSignalSpy look(pane.get(), &ComposerPane::readNewestRequested);
        pane->send();
        QTRY_COMPARE_WITH_TIMEOUT(pane->composer()->state(), Composer::State::OutcomeUnknown, 15000);
        QVERIFY(pane->resultLabel()->text().contains(
            u"Outcome unknown — look at the topic before you send again"_s));
        QVERIFY(pane->readNewestButton()->isVisible());
        SAVE_SNAPSHOT(pane.get(), u"composer-outcome-unknown"_s);
        pane->readNewestButton()->click();
        QCOMPARE(look.size(), 1);
        QCOMPARE(look.first().at(1).toInt(), *pane->composer()->predictedPartition(6));
    }

    void sendAgainFromMessagesAndShowInMessages()
    {
        auto connection = connect(m_server->url());
        ConnectionView view(connection.get(), m_settings.get());
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.sidebar()->model()->rowOf(u"orders"_s) >= 0);
        Record dead{u"orders.dlq"_s, 0, 7, 1, "k-1"_ba, "{\"retry\":true}"_ba, {{u"reason"_s, "timeout"_ba}}};
        view.sendAgain({dead});
        QCOMPARE(view.currentArea(), ConnectionView::Area::Composer);
        ComposerPane *pane = view.composer();
        QCOMPARE(pane->form()->topic()->currentText(), u"orders.dlq"_s);
        QCOMPARE(pane->form()->key()->text(), u"k-1"_s);
        QCOMPARE(pane->composer()->draft().headers.first().name, u"reason"_s);
        pane->form()->topic()->setEditText(u"orders"_s); // the redrive: another topic
        QTRY_VERIFY(!pane->form()->value()->isChecking());
        pane->send();
        QTRY_COMPARE(pane->composer()->state(), Composer::State::Sent);
        const ProduceResult result = pane->composer()->result();
        pane->showInMessagesButton()->click();
        QCOMPARE(view.currentArea(), ConnectionView::Area::Messages);
        QTRY_COMPARE_WITH_TIMEOUT(view.messages()->records()->recordCount(), 1, 15000);
        const Record shown = view.messages()->records()->store().record(0);
        QCOMPARE(shown.offset, result.offset);
        QCOMPARE(shown.partition, result.partition);
        QCOMPARE(shown.value, "{\"retry\":true}"_ba);
        QCOMPARE(shown.headers, dead.headers);
        QTRY_VERIFY(view.messages()->table()->currentIndex().isValid()); // and it is the one shown

        // The split between form and history is remembered with the view's layout.
        pane->splitter()->setSizes({500, 500});
        view.saveLayout();
        QCOMPARE(m_settings->splitterState(u"composer"_s), pane->splitter()->saveState());
    }

    void tabOrderFollowsTheLayout()
    {
        auto pane = makePane(m_connection.get());
        QVERIFY(pane);
        pane->form()->topic()->setFocus();
        const QString problems = Test::tabOrderProblems(Test::tabChain(pane->form()->topic()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        BulkProduceDialog dialog({m_connection.get()}, m_connection.get(), {}, u"orders"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QWidget *first = dialog.findChild<QWidget *>(u"bulkPath"_s);
        first->setFocus();
        const QString dialogProblems = Test::tabOrderProblems(Test::tabChain(first));
        QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems));
    }

    void bulkProduceDialogRuns()
    {
        QVERIFY(m_server->store().createTopic(u"bulk-ui"_s, 3));
        const QString path = m_dir.filePath(u"bulk.jsonl"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 3000; ++i)
                file.write("{\"key\":\"k" + QByteArray::number(i % 10) +
                           "\",\"payload\":\"{\\\"n\\\":" + QByteArray::number(i) + "}\"}\n");
            file.write("not json\n");
        }
        BulkProduceDialog dialog({m_connection.get()}, m_connection.get(), {}, u"bulk-ui"_s);
        dialog.resize(720, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFile(path);
        dialog.rate()->setValue(6000); // slow enough to look at it running
        dialog.dryRun();
        QVERIFY(dialog.log()->toPlainText().startsWith(u"POST /produce"_s));
        dialog.start();
        QTRY_VERIFY(dialog.producer() && dialog.producer()->progress().sent >= 600);
        QTRY_VERIFY(dialog.status()->text().contains(u"records/s"_s) &&
                    !dialog.status()->text().startsWith(u"0 "_s));
        SAVE_SNAPSHOT(&dialog, u"bulk-produce-running"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.producer()->state(), BulkProducer::State::Finished, 20000);
        QCOMPARE(dialog.producer()->progress().sent, 3000);
        QVERIFY(dialog.status()->text().contains(u"1 malformed"_s));
        QVERIFY(dialog.log()->toPlainText().contains(u"Line 3001"_s));
        SAVE_SNAPSHOT(&dialog, u"bulk-produce-finished"_s);
    }
};

QTEST_MAIN(TestComposerPane)
#include "tst_composerpane.moc"
