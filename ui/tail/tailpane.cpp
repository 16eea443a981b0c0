// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailpane.h"

#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "core/tail/tailsession.h"
#include "tailview.h"
#include "ui/common/colordot.h"

#include <QJsonArray>
#include <QKeyEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {

enum class PaneKey
{
    None,
    NewTail,
    CloseTail,
    StartStop,
};

// The keys the Tail area takes for itself while the focus is in it: the window's Ctrl+T
// (filter topics), Ctrl+W (close the connection) and Ctrl+Return (read in Messages) mean
// "new tail", "close this tail" and "start or stop" here.
PaneKey paneKey(const QKeyEvent *event)
{
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::ControlModifier)
        return PaneKey::None;
    switch (event->key()) {
    case Qt::Key_T:
        return PaneKey::NewTail;
    case Qt::Key_W:
        return PaneKey::CloseTail;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return PaneKey::StartStop;
    default:
        return PaneKey::None;
    }
}

} // namespace

TailPane::TailPane(OpenConnection *connection, TopicListModel *topics, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_topics(topics)
    , m_settings(settings)
{
    setObjectName(u"tailPane"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_newTail = new QToolButton(m_tabs);
    m_newTail->setObjectName(u"tailNew"_s);
    m_newTail->setIcon(QIcon::fromTheme(u"tab-new"_s, QIcon::fromTheme(u"list-add"_s)));
    m_newTail->setText(tr("New tail"));
    m_newTail->setToolTip(tr("New tail (Ctrl+T)"));
    m_newTail->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newTail->setAutoRaise(true);
    m_tabs->setCornerWidget(m_newTail, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_restoring = true;
    const QJsonObject saved = settings->tailsState(connection->profile().id);
    for (const QJsonValue &tail : saved.value("tails"_L1).toArray())
        makeView(tail.toObject());
    if (m_tabs->count() == 0)
        makeView({});
    m_tabs->setCurrentIndex(std::clamp(saved.value("current"_L1).toInt(), 0, m_tabs->count() - 1));
    m_restoring = false;

    connect(m_newTail, &QToolButton::clicked, this, [this] { addTail(); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TailPane::closeTail);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TailPane::saveState);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &TailPane::saveState);
}

TailPane::~TailPane()
{
    saveState();
    // The views go after this body: nothing of theirs may call back into a pane half gone.
    m_tabs->disconnect(this);
    m_tabs->tabBar()->disconnect(this);
    for (int i = 0; i < m_tabs->count(); ++i)
        view(i)->disconnect(this);
}

int TailPane::count() const
{
    return m_tabs->count();
}

TailView *TailPane::view(int index) const
{
    return qobject_cast<TailView *>(m_tabs->widget(index));
}

TailView *TailPane::currentView() const
{
    return qobject_cast<TailView *>(m_tabs->currentWidget());
}

TailView *TailPane::makeView(const QJsonObject &state)
{
    auto *view = new TailView(m_connection, m_topics, m_settings, m_tabs);
    if (!state.isEmpty())
        view->restoreState(state);
    view->setSendTargets(
        [this] { return m_sendTargets ? m_sendTargets() : QList<QPair<QString, QString>>(); });
    m_tabs->addTab(view, view->title());
    updateTab(view);
    connect(view, &TailView::titleChanged, this, [this, view] { updateTab(view); });
    connect(view, &TailView::stateChanged, this, [this, view] { updateTab(view); });
    connect(view, &TailView::configChanged, this, &TailPane::saveState);
    connect(view, &TailView::sendAgainRequested, this, &TailPane::sendAgainRequested);
    return view;
}

TailView *TailPane::addTail(const QJsonObject &state)
{
    TailView *view = makeView(state);
    m_tabs->setCurrentWidget(view);
    view->focusSetup();
    saveState();
    return view;
}

void TailPane::closeTail(int index)
{
    TailView *closing = view(index);
    if (!closing)
        return;
    closing->disconnect(this);
    m_tabs->removeTab(index);
    delete closing; // its session stops now, a group member leaves its group
    if (m_tabs->count() == 0)
        addTail();
    else if (TailView *current = currentView())
        current->focusSetup();
    saveState();
}

void TailPane::closeCurrentTail()
{
    closeTail(m_tabs->currentIndex());
}

void TailPane::updateTab(TailView *view)
{
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    const QString title = view->title();
    m_tabs->setTabText(index, title);
    QString state = tr("not running");
    QIcon icon;
    if (TailSession *session = view->session()) {
        switch (session->state()) {
        case TailSession::State::Starting:
        case TailSession::State::Running:
            state = tr("running");
            icon = colorDotIcon(QColor(0x27, 0xae, 0x60));
            break;
        case TailSession::State::Paused:
            state = tr("paused");
            icon = colorDotIcon(QColor(0xfd, 0xbc, 0x4b));
            break;
        case TailSession::State::Retrying:
            state = tr("retrying");
            icon = colorDotIcon(QColor(0xda, 0x44, 0x53));
            break;
        case TailSession::State::Idle:
        case TailSession::State::Stopped:
            break;
        }
    }
    m_tabs->setTabIcon(index, icon);
    m_tabs->setTabToolTip(index, tr("%1: %2 (Ctrl+W closes)").arg(title, state));
}

void TailPane::saveState() const
{
    if (m_restoring)
        return;
    QJsonArray tails;
    for (int i = 0; i < m_tabs->count(); ++i)
        tails.append(view(i)->saveState());
    m_settings->setTailsState(m_connection->profile().id,
                              QJsonObject{{u"tails"_s, tails}, {u"current"_s, m_tabs->currentIndex()}});
}

void TailPane::focusFilter()
{
    if (TailView *current = currentView())
        current->focusFilter();
}

void TailPane::setSendTargets(SendTargets targets)
{
    m_sendTargets = std::move(targets);
}

bool TailPane::event(QEvent *event)
{
    // A key of ours, pressed inside the pane, is not a window shortcut: it comes here as a key press.
    if (event->type() == QEvent::ShortcutOverride &&
        paneKey(static_cast<QKeyEvent *>(event)) != PaneKey::None) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void TailPane::keyPressEvent(QKeyEvent *event)
{
    switch (paneKey(event)) {
    case PaneKey::NewTail:
        addTail();
        break;
    case PaneKey::CloseTail:
        closeCurrentTail();
        break;
    case PaneKey::StartStop:
        if (TailView *current = currentView())
            current->toggleStartStop();
        break;
    case PaneKey::None:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

} // namespace Gregor
