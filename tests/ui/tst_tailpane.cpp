// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Tail area against the in-process sandbox: a Follow tail on a topic of three partitions
// showing what is produced, a filter with "N of M shown", the jump button after scrolling up,
// pause and resume by keyboard, tabs with their own state, tails restored (not started) after a
// restart, export, highlight rules, tab order and snapshots.
#include "core/models/topiclistmodel.h"
#include "core/records/recordjson.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "core/tail/tailrecordsmodel.h"
#include "core/tail/tailsession.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/testsupport.h"
#include "ui/messages/recorddetailpane.h"
#include "ui/messages/searchbar.h"
#include "ui/tail/highlightruledialog.h"
#include "ui/tail/highlightrules.h"
#include "ui/tail/tailfollower.h"
#include "ui/tail/tailpane.h"
#include "ui/tail/tailpartitionsmodel.h"
#include "ui/tail/tailsetupbar.h"
#include "ui/tail/tailview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

class TestTailPane : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<OpenConnection> m_connection;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    TopicListModel m_topics;
    int m_seq = 0;

    QString newTopic()
    {
        const QString topic = u"tail-ui-%1"_s.arg(++m_seq);
        if (!m_server->createTopic(topic, 3))
            qFatal("cannot create %s", qPrintable(topic));
        QList<TopicInfo> topics = m_topics.topics();
        topics.append({topic, 3});
        m_topics.setTopics(topics);
        return topic;
    }

    // `count` records spread over the three partitions; of each 30, 10 are "odd" (some in every partition).
    bool produce(const QString &topic, int count)
    {
        QList<ProduceRecord> records;
        for (int i = 0; i < count; ++i) {
            const int n = m_seq * 100000 + i;
            const QByteArray kind = (i / 3) % 3 == i % 3 ? "odd" : "even";
            records.append({topic,
                            i % 3,
                            "key-" + QByteArray::number(n),
                            "{\"n\": " + QByteArray::number(n) + ", \"kind\": \"" + kind + "\"}",
                            {},
                            {}});
        }
        std::optional<Result<QList<ProduceResult>>> produced;
        m_connection->client()->produce(records, this, [&](Result<QList<ProduceResult>> r) { produced = r; });
        if (!QTest::qWaitFor([&] { return produced.has_value(); }, 10000))
            return false;
        return produced->has_value() && produced->value().size() == count;
    }

    std::unique_ptr<TailPane> makePane()
    {
        auto pane = std::make_unique<TailPane>(m_connection.get(), &m_topics, m_settings.get());
        pane->resize(1280, 760);
        pane->show();
        if (!QTest::qWaitForWindowExposed(pane.get()) || !QTest::qWaitForWindowActive(pane.get()))
            return nullptr;
        return pane;
    }

    static void startWithKeyboard(TailView *view)
    {
        view->setup()->topics()->setFocus();
        QTest::keyClick(view->setup()->topics(), Qt::Key_Return, Qt::ControlModifier);
    }

    static void typeFilter(TailView *view, const QString &text)
    {
        auto *query = view->searchBar()->findChild<QLineEdit *>(u"searchQuery"_s);
        query->setFocus();
        query->selectAll(); // typing replaces it: the filter is never cleared on the way
        QTest::keyClicks(query, text);
        QTest::keyClick(query, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_server = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxOptions{});
        QVERIFY(m_server->start());
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
        ConnectionProfile profile = ConnectionProfile::localSandboxProfile();
        profile.id = u"tail-test"_s;
        m_connection = std::make_unique<OpenConnection>(profile);
        m_connection->open(m_server->url(), {});
        QVERIFY(m_connection->client());
    }

    void init()
    {
        m_settings->setTailsState(m_connection->profile().id, {}); // each case starts with one empty tail
    }

    void followsAFilterAndJumps()
    {
        auto pane = makePane();
        QVERIFY(pane);
        QCOMPARE(pane->count(), 1);
        TailView *view = pane->currentView();
        QAbstractItemModelTester records(view->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester partitions(view->partitionsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString topic = newTopic();
        view->setup()->topics()->setText(topic);
        QCOMPARE(view->setup()->group()->text(), u"gregor-tail"_s);
        QVERIFY(!view->setup()->autoCommit()->isChecked());
        QVERIFY(!view->setup()->group()->isVisible()); // group fields only in group mode
        QVERIFY(view->setup()->memory()->text().startsWith(u"≈ "_s));
        startWithKeyboard(view);
        QVERIFY(view->session());
        QTRY_COMPARE(view->session()->state(), TailSession::State::Running);
        QCOMPARE(pane->tabs()->tabText(0), topic);
        QTRY_COMPARE(view->partitionsModel()->rowCount(), 3);

        QVERIFY(produce(topic, 30));
        QTRY_COMPARE(view->model()->rowCount(), 30);
        QTRY_VERIFY(view->statsLabel()->text().contains(u"30 received"_s));
        QTRY_COMPARE(view->partitionsModel()->partitions().at(1).next, qint64(10));

        // A filter while tailing: 10 of the 30 are "odd"; what arrives next is filtered too.
        typeFilter(view, u"odd"_s);
        QTRY_COMPARE(view->model()->rowCount(), 10);
        QTRY_VERIFY2(view->statsLabel()->text().contains(u"10 of 30 shown"_s),
                     qPrintable(view->statsLabel()->text()));
        QVERIFY(produce(topic, 30));
        QTRY_COMPARE(view->model()->rowCount(), 20);
        QTRY_VERIFY2(view->statsLabel()->text().contains(u"20 of 60 shown"_s),
                     qPrintable(view->statsLabel()->text()));
        QCOMPARE(view->config().filterText, u"odd"_s);
        view->table()->selectRow(view->model()->rowCount() - 1);
        QVERIFY(view->detail()->hasRecord());
        QVERIFY(view->detail()->valueView()->toPlainText().contains(u"\"odd\""_s));
        QTRY_COMPARE(view->partitionsModel()->partitions().at(2).next, qint64(20));
        SAVE_SNAPSHOT(pane.get(), u"tail-filter"_s);

        // An invalid filter says why in one sentence and keeps the rows.
        auto *mode = view->searchBar()->findChild<QComboBox *>(u"searchMode"_s);
        mode->setCurrentIndex(mode->findText(filterModeName(FilterSpec::Mode::Regex)));
        typeFilter(view, u"(odd"_s);
        auto *searchStatus = view->searchBar()->findChild<QLabel *>(u"searchStatus"_s);
        QVERIFY2(searchStatus->text().endsWith(u'.'), qPrintable(searchStatus->text()));
        QCOMPARE(view->model()->rowCount(), 20);
        mode->setCurrentIndex(mode->findText(filterModeName(FilterSpec::Mode::Text)));
        typeFilter(view, u"odd"_s);
        QTRY_COMPARE(view->model()->rowCount(), 20);

        // Scrolled up: the view stays put and the jump button counts what arrives.
        QVERIFY(produce(topic, 300));
        QTRY_COMPARE(view->model()->rowCount(), 120);
        QTRY_COMPARE(view->table()->verticalScrollBar()->value(),
                     view->table()->verticalScrollBar()->maximum());
        QVERIFY(view->follower()->isFollowing());
        QVERIFY(!view->follower()->jumpButton()->isVisible());
        view->table()->verticalScrollBar()->setValue(0);
        QVERIFY(!view->follower()->isFollowing());
        QVERIFY(view->follower()->jumpButton()->isVisible());
        QVERIFY(produce(topic, 30));
        QTRY_COMPARE(view->model()->rowCount(), 130);
        QTRY_COMPARE(view->follower()->newSinceLeft(), qsizetype(10));
        QCOMPARE(view->follower()->jumpButton()->text(), u"Jump to newest (10 new)"_s);
        QCOMPARE(view->table()->verticalScrollBar()->value(), 0);
        QTRY_COMPARE(view->partitionsModel()->partitions().at(0).next, qint64(130));
        // A highlight rule colors the rows it matches: numbers ending in 0 or 5.
        view->highlights()->addRule(
            {*FilterSpec::parse(u"[05],"_s, FilterSpec::Mode::Regex, FilterSpec::Scope::Value), u"#fdbc4b"_s,
             u"fives"_s});
        QCOMPARE(view->model()->highlightRules().size(), 1);
        QCOMPARE(view->model()->index(0, 0).data(TailRecordsModel::HighlightRole).toInt(), 0); // n = …00000
        SAVE_SNAPSHOT(pane.get(), u"tail-running"_s);
        view->follower()->jumpButton()->click();
        QVERIFY(view->follower()->isFollowing());
        QVERIFY(!view->follower()->jumpButton()->isVisible());
        QCOMPARE(view->table()->verticalScrollBar()->value(), view->table()->verticalScrollBar()->maximum());
        QVERIFY(produce(topic, 30));
        QTRY_COMPARE(view->model()->rowCount(), 140);
        QTRY_COMPARE(view->table()->verticalScrollBar()->value(),
                     view->table()->verticalScrollBar()->maximum());

        // Pause with Space in the table, resume with Ctrl+P; nothing produced meanwhile is lost.
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Space);
        QTRY_COMPARE(view->session()->state(), TailSession::State::Paused);
        QVERIFY(view->statusLabel()->text().startsWith(u"Paused"_s));
        QCOMPARE(view->setup()->pauseButton()->text(), u"Resume"_s);
        QVERIFY(produce(topic, 30));
        QTest::keyClick(view->table(), Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(view->session()->state(), TailSession::State::Running);
        QTRY_COMPARE(view->model()->rowCount(), 150);
        QTRY_VERIFY(view->statsLabel()->text().contains(u"150 of 450 shown"_s));

        // Copy as curl: the next fetch, secrets as references.
        const QString curl = view->copyAsCurl();
        QVERIFY2(curl.startsWith(u"curl"_s), qPrintable(curl));
        QVERIFY(view->noteLabel()->text().contains(u"curl"_s));
        SAVE_SNAPSHOT(pane.get(), u"tail-note"_s);

        // Export the records shown, off the GUI thread, then read the file back.
        const QString path = m_dir.filePath(u"tail.jsonl"_s);
        view->exportTo(path, ExportFormat::JsonLines, true);
        QTRY_VERIFY(view->noteLabel()->text().startsWith(u"Exported 150 records"_s));
        const auto exported = importJsonLines(path);
        QVERIFY(exported);
        QCOMPARE(exported->size(), 150);
        QVERIFY(exported->last().value.contains("odd"));

        // Rules are tried in order: every row shown is odd, the first rule wins where it matches.
        view->highlights()->addRule(
            {*FilterSpec::parse(u"odd"_s, FilterSpec::Mode::Text), u"#da4453"_s, u"odd"_s});
        QCOMPARE(view->model()->highlightRules().size(), 2);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const bool five = view->model()->record(row).value.contains("5,") ||
                              view->model()->record(row).value.contains("0,");
            QCOMPARE(view->model()->index(row, 0).data(TailRecordsModel::HighlightRole).toInt(),
                     five ? 0 : 1);
        }

        // Stop: the tail keeps what it holds.
        view->toggleStartStop();
        QCOMPARE(view->session()->state(), TailSession::State::Stopped);
        QCOMPARE(view->setup()->startButton()->text(), u"Start"_s);
        QCOMPARE(view->model()->rowCount(), 150);
    }

    void tabsHaveTheirOwnState()
    {
        auto pane = makePane();
        QVERIFY(pane);
        TailView *first = pane->currentView();
        const QString topic = newTopic();
        first->setup()->topics()->setText(topic);
        first->start();
        QTRY_COMPARE(first->session()->state(), TailSession::State::Running);
        QVERIFY(produce(topic, 6));
        QTRY_COMPARE(first->model()->rowCount(), 6);

        // The window's own Ctrl+T and Ctrl+W (filter topics, close the connection) do not fire
        // while the focus is in the Tail area: there they mean new tail and close tail.
        int windowShortcuts = 0;
        for (const char *keys : {"Ctrl+T", "Ctrl+W", "Ctrl+Return"}) {
            auto *action = new QAction(pane.get());
            action->setShortcut(QKeySequence(QString::fromLatin1(keys)));
            connect(action, &QAction::triggered, this, [&windowShortcuts] { ++windowShortcuts; });
            pane->addAction(action);
        }
        const int before = pane->count();
        first->table()->setFocus();
        QTest::keyClick(first->table(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(pane->count(), before + 1);
        TailView *second = pane->currentView();
        QVERIFY(second != first);
        QVERIFY(!second->session());
        QCOMPARE(second->model()->rowCount(), 0);
        QCOMPARE(QApplication::focusWidget(), second->setup()->topics());
        second->setup()->topics()->setText(topic);
        second->setup()->start()->setCurrentIndex(1); // the newest N per partition
        second->setup()->newest()->setValue(1);
        startWithKeyboard(second);
        QTRY_COMPARE(second->model()->rowCount(), 3);
        QCOMPARE(first->model()->rowCount(), 6);
        second->togglePause();
        QTRY_COMPARE(second->session()->state(), TailSession::State::Paused);
        QCOMPARE(first->session()->state(), TailSession::State::Running);

        // Ctrl+W closes the current tail and stops its session.
        QPointer<TailSession> session = second->session();
        QTest::keyClick(second->table(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(pane->count(), before);
        QVERIFY(session.isNull());
        QCOMPARE(pane->currentView(), first);
        QCOMPARE(windowShortcuts, 0);
    }

    void groupTailCommitsWhatIsShown()
    {
        auto pane = makePane();
        QVERIFY(pane);
        TailView *view = pane->currentView();
        const QString topic = newTopic();
        view->setup()->topics()->setText(topic);
        view->setup()->mode()->setCurrentIndex(1);
        QVERIFY(view->setup()->commitButton()->isVisible());
        QVERIFY(!view->setup()->commitButton()->isEnabled());
        view->setup()->group()->setText(u"tail-ui-group"_s);
        view->start();
        QTRY_COMPARE(view->session()->state(), TailSession::State::Running);
        QVERIFY(view->setup()->commitButton()->isEnabled());
        // The member starts at the end once it joined: produce until what it reads shows up.
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() > 0 || !produce(topic, 3); }, 15000));
        QVERIFY(view->model()->rowCount() > 0);
        view->setup()->commitButton()->click();
        QTRY_VERIFY2(view->noteLabel()->text().startsWith(u"Committed"_s),
                     qPrintable(view->noteLabel()->text()));
        QVERIFY(view->noteLabel()->text().contains(u"tail-ui-group"_s));
        QVERIFY(view->copyAsCurl().isEmpty()); // a group member has no fetch to copy
    }

    void highlightRuleDialogChecksTheRule()
    {
        auto pane = makePane();
        QVERIFY(pane);
        TailView *view = pane->currentView();
        view->highlights()->openEditor(u"(key"_s, FilterSpec::Mode::Regex, FilterSpec::Scope::Key);
        auto *dialog = view->highlights()->findChild<HighlightRuleDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->accept(); // an unclosed parenthesis: the dialog stays, saying why
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem()->text().endsWith(u'.'), qPrintable(dialog->problem()->text()));
        QVERIFY(view->highlights()->rules().isEmpty());
        dialog->findChild<QLineEdit *>(u"highlightQuery"_s)->setText(u"key-1"_s);
        dialog->accept();
        QCOMPARE(view->highlights()->rules().size(), 1);
        QCOMPARE(view->highlights()->rules().first().spec.scope, FilterSpec::Scope::Key);
        QCOMPARE(view->highlights()->rules().first().colorName, highlightPalette().first().second);
        QCOMPARE(view->model()->highlightRules().size(), 1);
    }

    void configsComeBackNotStarted()
    {
        const QString topic = newTopic();
        {
            auto pane = makePane();
            QVERIFY(pane);
            QCOMPARE(pane->count(), 1);
            TailView *follow = pane->currentView();
            follow->setup()->topics()->setText(topic);
            follow->setup()->partitions()->setText(u"0,2"_s);
            follow->setup()->capacity()->setValue(5000);
            typeFilter(follow, u"odd"_s);
            follow->highlights()->addRule(
                {*FilterSpec::parse(u"even"_s, FilterSpec::Mode::Text), u"#27ae60"_s, {}});
            follow->start();
            QTRY_COMPARE(follow->session()->state(), TailSession::State::Running);
            TailView *group = pane->addTail();
            group->setup()->topics()->setText(topic + u", other"_s);
            group->setup()->mode()->setCurrentIndex(1);
            group->setup()->instance()->setText(u"me"_s);
            Q_EMIT group->setup()->edited();
            QCOMPARE(pane->tabs()->tabText(1), topic + u" +1"_s);
        }
        auto pane = makePane();
        QVERIFY(pane);
        QCOMPARE(pane->count(), 2);
        TailView *follow = pane->view(0);
        QVERIFY(!follow->session()); // restored, not started
        QCOMPARE(follow->config().topics, QStringList{topic});
        QCOMPARE(follow->config().partitions, (QList<TopicPartition>{{topic, 0}, {topic, 2}}));
        QCOMPARE(follow->config().capacity, qsizetype(5000));
        QCOMPARE(follow->model()->capacity(), qsizetype(5000));
        QCOMPARE(follow->config().filterText, u"odd"_s);
        QVERIFY(follow->model()->hasMatcher());
        QCOMPARE(follow->highlights()->rules().size(), 1);
        QCOMPARE(follow->model()->highlightRules().size(), 1);
        TailView *group = pane->view(1);
        QCOMPARE(group->config().mode, TailConfig::Mode::Group);
        QCOMPARE(group->config().instance, u"me"_s);
        QCOMPARE(group->config().group, u"gregor-tail"_s);
        QCOMPARE(pane->currentView(), group);
        QCOMPARE(pane->tabs()->tabText(1), topic + u" +1"_s);
    }

    // On Confluent Cloud the tail cannot start: the setup is greyed with the reason beneath, and
    // Ctrl+Return starts nothing.
    void cloudConnectionSaysWhyItCannotTail()
    {
        ConnectionProfile profile;
        profile.id = u"tail-cloud"_s;
        profile.dialect = DialectKind::ConfluentCloud;
        profile.proxy = ConnectionSettings::ProxyKind::None;
        OpenConnection cloud(profile);
        cloud.open(m_server->url(), {});
        QVERIFY(cloud.client());
        m_settings->setTailsState(profile.id, {});
        TailPane pane(&cloud, &m_topics, m_settings.get());
        pane.resize(1280, 760);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        TailView *view = pane.currentView();
        QVERIFY(!view->setup()->isEnabled());
        auto *note = view->findChild<QLabel *>(u"tailNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(u"has no call that reads records"_s), qPrintable(note->text()));
        view->setup()->topics()->setText(newTopic());
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!view->session());
        SAVE_SNAPSHOT(&pane, u"tail-cloud-cannot-tail"_s);
    }

    void setupTabOrderFollowsTheLayout()
    {
        auto pane = makePane();
        QVERIFY(pane);
        TailView *view = pane->currentView();
        view->setup()->mode()->setCurrentIndex(1); // the group row shows
        view->setup()->start()->setCurrentIndex(1);
        QVERIFY(view->setup()->group()->isVisible());
        SAVE_SNAPSHOT(view->setup(), u"tail-setup-group"_s);
        QList<QWidget *> chain = Test::tabChain(view->setup()->topics());
        // The setup bar's part of the chain, then the rest of the view.
        QList<QWidget *> setup;
        for (QWidget *w : std::as_const(chain))
            if (view->setup()->isAncestorOf(w))
                setup.append(w);
        QVERIFY(setup.contains(view->setup()->group()));
        QVERIFY(setup.contains(view->setup()->exportButton()));
        QString problems = Test::tabOrderProblems(setup);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QList<QWidget *> inView;
        for (QWidget *w : std::as_const(chain))
            if (view->isAncestorOf(w))
                inView.append(w);
        problems = Test::tabOrderProblems(inView);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(inView.contains(view->table()));
    }
};

QTEST_MAIN(TestTailPane)
#include "tst_tailpane.moc"
