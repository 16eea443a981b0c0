// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailfollower.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Gregor {

TailFollower::TailFollower(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    m_jump = new QPushButton(QIcon::fromTheme(u"go-bottom"_s), QString(), view);
    m_jump->setObjectName(u"tailJumpToNewest"_s);
    m_jump->setFocusPolicy(Qt::NoFocus); // floats over the table; Ctrl+End does the same
    m_jump->setToolTip(tr("Scroll to the newest record and follow again (Ctrl+End)"));
    m_jump->setCursor(Qt::PointingHandCursor);
    // In the selection colors, so it reads as a call to action over the rows, in either theme.
    QPalette palette = m_jump->palette();
    palette.setColor(QPalette::Button, palette.color(QPalette::Highlight));
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::HighlightedText));
    m_jump->setPalette(palette);
    m_jump->setAutoFillBackground(false);
    m_jump->hide();
    connect(m_jump, &QPushButton::clicked, this, &TailFollower::jumpToNewest);
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &TailFollower::scrolled);
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar] {
        // A taller window or a shorter buffer can bring the bottom into view.
        if (!m_following && bar->value() >= bar->maximum() && m_view->model() &&
            m_view->model()->rowCount() > 0)
            scrolled(bar->value());
    });
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { rowsInserted(first, last); });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { rowsRemoved(first, last); });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_followingBeforeReset = m_following; });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // A new filter or a cleared buffer: keep following if we were; otherwise start over at the top.
        m_newRows = 0;
        if (m_followingBeforeReset)
            jumpToNewest();
        updateButton();
    });
    view->installEventFilter(this);
}

void TailFollower::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following)
        m_newRows = 0;
    updateButton();
    Q_EMIT followingChanged(following);
}

void TailFollower::jumpToNewest()
{
    m_scrolling = true;
    m_view->scrollToBottom();
    m_scrolling = false;
    setFollowing(true);
    m_newRows = 0;
    updateButton();
}

void TailFollower::scrolled(int value)
{
    if (m_scrolling)
        return;
    const bool atBottom = value >= m_view->verticalScrollBar()->maximum();
    setFollowing(atBottom);
}

void TailFollower::rowsInserted(int first, int last)
{
    if (m_following) {
        m_scrolling = true;
        m_view->scrollToBottom();
        m_scrolling = false;
        return;
    }
    m_newRows += last - first + 1;
    updateButton();
}

void TailFollower::rowsRemoved(int first, int last)
{
    if (m_following || first != 0)
        return;
    // The oldest rows left: what the user reads moved up by that many rows; follow it.
    QScrollBar *bar = m_view->verticalScrollBar();
    const int rows = last - first + 1;
    const int step = m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                         ? rows
                         : rows * std::max(1, m_view->sizeHintForRow(0));
    m_scrolling = true;
    bar->setValue(std::max(0, bar->value() - step));
    m_scrolling = false;
}

void TailFollower::updateButton()
{
    const bool show = !m_following;
    if (show) {
        m_jump->setText(m_newRows > 0 ? tr("Jump to newest (%1 new)").arg(QLocale().toString(m_newRows))
                                      : tr("Jump to newest"));
        m_jump->adjustSize();
        placeButton();
        m_jump->raise();
    }
    m_jump->setVisible(show);
}

void TailFollower::placeButton()
{
    const QWidget *viewport = m_view->viewport();
    const QRect area(viewport->mapTo(m_view, QPoint(0, 0)), viewport->size());
    const QSize size = m_jump->sizeHint();
    m_jump->resize(size);
    m_jump->move(area.right() - size.width() - 12, area.bottom() - size.height() - 12);
}

bool TailFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        placeButton();
    return QObject::eventFilter(watched, event);
}

} // namespace Gregor
