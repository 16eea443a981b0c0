// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "core/lag/laghistory.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "core/services/secretstore.h"
#include "profileactions.h"
#include "ui/common/colordot.h"
#include "ui/composer/composerpane.h"
#include "ui/connection/connectionview.h"
#include "ui/connection/topicssidebar.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/messages/messagespane.h"
#include "ui/palette/commandpalette.h"
#include "ui/requestlog/requestlogpane.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Gregor {

MainWindow::MainWindow(AppSettings *settings, SecretStore *secrets, LocalServerStarter localServer,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_opener(new ConnectionOpener(secrets, std::move(localServer), this))
    , m_profiles(new ProfileActions(settings, secrets, m_opener, this))
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(u"Gregor"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"connections"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_emptyState =
        new QLabel(tr("<h2>No connection is open</h2><p>Press <b>Ctrl+N</b> to add one, or open the "
                      "built-in local sandbox from <i>File › Open connection</i>.</p>"),
                   m_tabs);
    m_emptyState->setObjectName(u"emptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    setCentralWidget(m_tabs);
    m_tabs->installEventFilter(this); // the empty state follows the tabs' size

    m_stateLabel = new QLabel(tr("Not connected"), this);
    m_stateLabel->setObjectName(u"connectionState"_s);
    m_inFlightLabel = new QLabel(this);
    m_inFlightLabel->setObjectName(u"requestsInFlight"_s);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"lastError"_s);
    m_errorLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_inFlightLabel);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        m_tabs->setCurrentIndex(index);
        closeCurrentConnection();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateStatusBar();
        updateActions();
    });
    connect(m_opener, &ConnectionOpener::failed, this,
            [this](OpenConnection *connection, const QString &sentence) {
                connection->reportError(ApiError::make(ErrorKind::Network, sentence));
            });

    connect(m_profiles, &ProfileActions::profileCreated, this, &MainWindow::openProfile);
    connect(m_profiles, &ProfileActions::message, this,
            [this](const QString &sentence) { statusBar()->showMessage(sentence, 8000); });
    createMenus();
    if (!restoreGeometry(settings->windowGeometry()))
        resize(1280, 820);
    restoreState(settings->windowState());
    updateStatusBar();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor (QWidget deletes them later); they must not call back.
    disconnect(m_tabs, nullptr, this, nullptr);
    for (ConnectionView *view : views())
        disconnect(view->connection(), nullptr, this, nullptr);
}

void MainWindow::addAreaAction(QMenu *menu, const QString &text, int area, const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(text, this, [this, area] {
        if (ConnectionView *view = currentView())
            view->showArea(ConnectionView::Area(area));
    });
    action->setShortcut(shortcut);
    m_connectionActions.append(action);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(QIcon::fromTheme(u"list-add"_s), tr("&New Connection…"), QKeySequence::New, this,
                    &MainWindow::newConnection);
    m_openMenu = file->addMenu(tr("&Open Connection"));
    m_openMenu->setObjectName(u"openMenu"_s);
    connect(m_openMenu, &QMenu::aboutToShow, this, &MainWindow::fillOpenMenu);
    fillOpenMenu();
    m_connectionActions.append(file->addAction(tr("&Edit Connection…"), QKeySequence(u"Ctrl+E"_s), this,
                                               &MainWindow::editCurrentConnection));
    m_connectionActions.append(file->addAction(tr("&Close Connection"), QKeySequence::Close, this,
                                               &MainWindow::closeCurrentConnection));
    file->addSeparator();
    file->addAction(tr("&Import Connections…"), m_profiles, &ProfileActions::importProfiles);
    file->addAction(tr("E&xport Connections…"), m_profiles, &ProfileActions::exportProfiles);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), QKeySequence::Quit,
                                    this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_connectionActions.append(
        edit->addAction(tr("Copy Request as &curl"), QKeySequence(u"Ctrl+Shift+C"_s), this, [this] {
            if (ConnectionView *view = currentView())
                view->requestLog()->copySelectedAsCurl();
        }));
    m_connectionActions.append(edit->addAction(tr("&Filter Topics"), QKeySequence(u"Ctrl+T"_s), this, [this] {
        if (ConnectionView *view = currentView())
            view->sidebar()->focusFilter();
    }));
    m_connectionActions.append(
        edit->addAction(tr("&Find in Records or Log"), QKeySequence::Find, this, [this] {
            if (ConnectionView *view = currentView())
                view->find();
        }));
    m_connectionActions.append(edit->addAction(tr("C&lear Request Log"), this, [this] {
        if (ConnectionView *view = currentView())
            view->requestLog()->clear();
    }));

    // Records: the Messages area's actions, here so they have shortcuts and show in the palette.
    QMenu *records = menuBar()->addMenu(tr("&Records"));
    const auto recordsAction = [this, records](const QString &text, const QKeySequence &shortcut,
                                               void (MessagesPane::*slot)()) {
        QAction *action = records->addAction(text, shortcut, this, [this, slot] {
            if (ConnectionView *current = currentView()) {
                current->showArea(ConnectionView::Area::Messages);
                (current->messages()->*slot)();
            }
        });
        m_connectionActions.append(action);
    };
    // Ctrl+Return reads in Messages and sends in the Composer: one action, so the shortcut is
    // never ambiguous between the two areas.
    m_connectionActions.append(
        records->addAction(tr("&Read (Send in the Composer)"), QKeySequence(u"Ctrl+Return"_s), this, [this] {
            if (ConnectionView *current = currentView()) {
                if (current->currentArea() == ConnectionView::Area::Composer)
                    return current->composer()->send();
                current->showArea(ConnectionView::Area::Messages);
                current->messages()->read();
            }
        }));
    recordsAction(tr("&Stop Reading"), QKeySequence(u"Ctrl+."_s), &MessagesPane::cancelRead);
    recordsAction(tr("&Compare Two Selected"), QKeySequence(u"Ctrl+D"_s), &MessagesPane::compareSelected);
    recordsAction(tr("&Export…"), QKeySequence(u"Ctrl+Shift+E"_s), &MessagesPane::exportRecords);
    m_connectionActions.append(records->addAction(tr("Send &Again…"), this, [this] {
        if (ConnectionView *current = currentView())
            current->messages()->sendSelectedAgain();
    }));
    m_connectionActions.append(records->addAction(tr("&Bulk Produce…"), this, [this] {
        if (ConnectionView *current = currentView())
            current->openBulkProduce();
    }));
    m_connectionActions.append(records->addAction(tr("Copy Read as c&url"), this, [this] {
        if (ConnectionView *current = currentView())
            current->messages()->copyReadAsCurl();
    }));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    QAction *palette = view->addAction(tr("Command &Palette…"), QKeySequence(u"Ctrl+K"_s), this,
                                       &MainWindow::showCommandPalette);
    palette->setObjectName(u"paletteAction"_s);
    view->addSeparator();
    addAreaAction(view, tr("&Messages"), int(ConnectionView::Area::Messages), QKeySequence(u"Ctrl+1"_s));
    addAreaAction(view, tr("C&omposer"), int(ConnectionView::Area::Composer), QKeySequence(u"Ctrl+2"_s));
    addAreaAction(view, tr("Consumer &Groups"), int(ConnectionView::Area::ConsumerGroups),
                  QKeySequence(u"Ctrl+3"_s));
    addAreaAction(view, tr("Live &Tail"), int(ConnectionView::Area::Tail), QKeySequence(u"Ctrl+4"_s));
    addAreaAction(view, tr("&Request Log"), int(ConnectionView::Area::RequestLog), QKeySequence(u"Ctrl+5"_s));
    view->addSeparator();
    m_connectionActions.append(view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        if (ConnectionView *current = currentView())
            current->refresh();
    }));
    m_connectionActions.append(
        view->addAction(tr("&Next Connection"), QKeySequence(u"Ctrl+PgDown"_s), this, [this] {
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % qMax(1, m_tabs->count()));
        }));
    m_connectionActions.append(
        view->addAction(tr("&Previous Connection"), QKeySequence(u"Ctrl+PgUp"_s), this, [this] {
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) %
                                    qMax(1, m_tabs->count()));
        }));
    QAction *statusBarToggle = view->addAction(tr("&Status Bar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this,
                    &MainWindow::showCommandPalette);
    QAction *about = help->addAction(tr("&About Gregor"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::fillOpenMenu()
{
    m_openMenu->clear();
    QList<ConnectionProfile> profiles = m_settings->profiles();
    if (m_environmentProfile)
        profiles.append(*m_environmentProfile);
    for (const ConnectionProfile &profile : profiles) {
        QAction *action =
            m_openMenu->addAction(colorDotIcon(QColor::fromString(profile.color)), profile.name);
        connect(action, &QAction::triggered, this, [this, profile] { openProfile(profile); });
    }
}

ConnectionView *MainWindow::currentView() const
{
    return qobject_cast<ConnectionView *>(m_tabs->currentWidget());
}

QList<ConnectionView *> MainWindow::views() const
{
    QList<ConnectionView *> result;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ConnectionView *>(m_tabs->widget(i)))
            result.append(view);
    }
    return result;
}

ConnectionView *MainWindow::openProfile(const ConnectionProfile &profile)
{
    for (ConnectionView *view : views()) {
        if (view->connection()->profile().id == profile.id) {
            m_tabs->setCurrentWidget(view);
            return view;
        }
    }
    auto *connection = new OpenConnection(profile, this);
    // Made after the tabs, so it is deleted after the views that write to it.
    if (!m_lagHistory)
        m_lagHistory = new LagHistory({}, this);
    auto *view = new ConnectionView(connection, m_settings, m_lagHistory, m_tabs);
    view->setDirectory([this] {
        QList<OpenConnection *> connections;
        for (ConnectionView *v : views())
            connections.append(v->connection());
        return connections;
    });
    connect(view, &ConnectionView::sendAgainElsewhere, this,
            [this](const QList<Record> &records, const QString &targetId) {
                for (ConnectionView *v : views()) {
                    if (v->connection()->profile().id == targetId) {
                        m_tabs->setCurrentWidget(v);
                        v->sendAgain(records);
                        return;
                    }
                }
            });
    connection->setParent(view);
    const int index = m_tabs->addTab(view, colorDotIcon(QColor::fromString(profile.color)), profile.name);
    m_tabs->setTabToolTip(index, u"%1 — %2"_s.arg(dialectName(profile.dialect),
                                                  profile.localSandbox ? tr("in-process sandbox")
                                                                       : profile.baseUrl.toDisplayString(
                                                                             QUrl::RemoveUserInfo)));
    m_tabs->setCurrentIndex(index);
    connect(connection, &OpenConnection::stateChanged, this, &MainWindow::updateStatusBar);
    connect(connection, &OpenConnection::requestsInFlightChanged, this, &MainWindow::updateStatusBar);
    connect(connection, &OpenConnection::errorReported, this, &MainWindow::updateStatusBar);
    m_opener->open(connection, this);
    updateActions();
    rememberOpenConnections();
    return view;
}

void MainWindow::restoreSession()
{
    if (auto env = ConnectionProfile::fromEnvironment(QProcessEnvironment::systemEnvironment())) {
        m_environmentProfile = env->first;
        m_opener->setKnownSecret(env->first.id, env->second);
        if (!QUrl(QProcessEnvironment::systemEnvironment().value(u"UPSTASH_KAFKA_REST_URL"_s))
                 .userInfo()
                 .isEmpty())
            statusBar()->showMessage(
                tr("UPSTASH_KAFKA_REST_URL holds a user name and password: they are used "
                   "for this session only and never stored or shown."),
                10000);
    }
    QStringList ids = m_settings->openConnections();
    if (!m_settings->firstRunDone()) {
        ids = {ConnectionProfile::localSandboxProfile().id};
        if (m_environmentProfile)
            ids.append(m_environmentProfile->id);
        m_settings->setFirstRunDone(true);
    }
    const QString current = m_settings->currentConnection();
    for (const QString &id : std::as_const(ids)) {
        if (m_environmentProfile && id == m_environmentProfile->id)
            openProfile(*m_environmentProfile);
        else if (auto profile = m_settings->profile(id))
            openProfile(*profile);
    }
    for (ConnectionView *view : views()) {
        if (view->connection()->profile().id == current)
            m_tabs->setCurrentWidget(view);
    }
}

void MainWindow::updateActions()
{
    const bool hasConnection = currentView() != nullptr;
    for (QAction *action : std::as_const(m_connectionActions))
        action->setEnabled(hasConnection);
    m_emptyState->setVisible(!hasConnection);
    m_emptyState->resize(m_tabs->size());
}

void MainWindow::updateStatusBar()
{
    ConnectionView *view = currentView();
    if (!view) {
        m_stateLabel->setText(tr("Not connected"));
        m_inFlightLabel->clear();
        m_errorLabel->clear();
        return;
    }
    OpenConnection *connection = view->connection();
    const QString name = connection->profile().name;
    switch (connection->state()) {
    case OpenConnection::State::Connecting:
        m_stateLabel->setText(tr("%1: connecting…").arg(name));
        break;
    case OpenConnection::State::Connected:
        m_stateLabel->setText(tr("%1: connected").arg(name));
        break;
    case OpenConnection::State::Failed:
        m_stateLabel->setText(tr("%1: not connected").arg(name));
        break;
    }
    const int inFlight = connection->requestsInFlight();
    m_inFlightLabel->setText(
        inFlight > 0 ? (inFlight == 1 ? tr("1 request in flight") : tr("%1 requests in flight").arg(inFlight))
                     : QString());
    m_errorLabel->setText(connection->lastError());
    m_errorLabel->setToolTip(connection->lastError());
}

void MainWindow::showCommandPalette()
{
    if (!m_palette)
        m_palette = new CommandPalette(this);
    m_palette->setActions(CommandPalette::collectActions(this));
    m_palette->setFilter({});
    const QPoint topCenter = mapToGlobal(QPoint(width() / 2, menuBar()->height() + 40));
    m_palette->move(topCenter.x() - m_palette->width() / 2, topCenter.y());
    m_palette->open();
}

CommandPalette *MainWindow::commandPalette() const
{
    return m_palette;
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newConnection()
{
    m_profiles->editProfile(ConnectionProfile::create(QString()), true);
}

void MainWindow::editCurrentConnection()
{
    if (ConnectionView *view = currentView())
        m_profiles->editProfile(view->connection()->profile(), false);
}

void MainWindow::closeCurrentConnection()
{
    ConnectionView *view = currentView();
    if (!view)
        return;
    view->saveLayout();
    OpenConnection *connection = view->connection();
    disconnect(connection, nullptr, this, nullptr);
    m_tabs->removeTab(m_tabs->indexOf(view));
    // The connection outlives its tab until what it created on the server is removed.
    connection->setParent(this);
    view->deleteLater();
    rememberOpenConnections();
    updateActions();
    updateStatusBar();
    retire(connection, [] {});
}

void MainWindow::retire(OpenConnection *connection, std::function<void()> then)
{
    const QString name = connection->profile().name;
    statusBar()->showMessage(tr("Closing %1: removing what it created on the server…").arg(name));
    connection->close(this, [this, connection, name, then = std::move(then)](int leftBehind) {
        statusBar()->showMessage(
            leftBehind > 0
                ? tr("Closed %1; %2 consumer instance(s) could not be removed and expire on the server by "
                     "themselves.")
                      .arg(name)
                      .arg(leftBehind)
                : tr("Closed %1.").arg(name),
            8000);
        connection->deleteLater();
        then();
    });
}

void MainWindow::rememberOpenConnections()
{
    // At once, not only on quit: after a crash or a kill the same connections come back.
    QStringList ids;
    for (ConnectionView *view : views())
        ids.append(view->connection()->profile().id);
    m_settings->setOpenConnections(ids);
}

void MainWindow::saveSession()
{
    QStringList ids;
    for (ConnectionView *view : views()) {
        ids.append(view->connection()->profile().id);
        view->saveLayout();
    }
    m_settings->setOpenConnections(ids);
    if (ConnectionView *view = currentView())
        m_settings->setCurrentConnection(view->connection()->profile().id);
    m_settings->setWindowLayout(saveGeometry(), saveState());
    m_settings->sync();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::Resize)
        m_emptyState->resize(m_tabs->size());
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_readyToClose || views().isEmpty()) {
        if (!m_readyToClose)
            saveSession();
        event->accept();
        return;
    }
    // Quitting removes every consumer instance the connections created (bounded by
    // OpenConnection::CloseTimeoutMs), then closes for real.
    event->ignore();
    if (m_closing)
        return;
    m_closing = true;
    saveSession();
    const QList<ConnectionView *> open = views();
    auto pending = std::make_shared<int>(int(open.size()));
    for (ConnectionView *view : open) {
        OpenConnection *connection = view->connection();
        disconnect(connection, nullptr, this, nullptr);
        connection->close(this, [this, pending](int) {
            if (--*pending > 0)
                return;
            m_readyToClose = true;
            close();
        });
    }
    statusBar()->showMessage(tr("Closing: removing what the connections created on the server…"));
}

} // namespace Gregor
