// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
{
    setObjectName(u"commandPalette"_s);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"paletteFilter"_s);
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"paletteList"_s);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(560, 380);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refill);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
}

static QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    return text.remove(u"…"_s).remove(u"..."_s).trimmed();
}

QList<QAction *> CommandPalette::collectActions(QWidget *window)
{
    QList<QAction *> result;
    const std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &prefix) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            if (action->menu()) {
                walk(action->menu(), prefix + plainText(action) + u" › "_s);
                continue;
            }
            if (!result.contains(action)) {
                action->setProperty("gregorPalettePath", QString(prefix + plainText(action)));
                result.append(action);
            }
        }
    };
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *top : bar->actions()) {
            if (top->menu())
                walk(top->menu(), plainText(top) + u" › "_s);
        }
    }
    return result;
}

void CommandPalette::setActions(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *action : actions)
        m_actions.append(action);
    refill();
}

void CommandPalette::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void CommandPalette::refill()
{
    m_list->clear();
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || !action->isVisible())
            continue;
        const QString path = action->property("gregorPalettePath").toString();
        const bool matches = std::ranges::all_of(
            words, [&](const QString &w) { return path.contains(w, Qt::CaseInsensitive); });
        if (!matches)
            continue;
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(shortcut.isEmpty() ? path : path + u"    "_s + shortcut, m_list);
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(action.data())));
        item->setIcon(action->icon());
        if (!action->isEnabled())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(row);
            break;
        }
    }
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    QPointer<QAction> action = qobject_cast<QAction *>(item->data(Qt::UserRole).value<QObject *>());
    accept();
    if (action)
        action->trigger();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys move through the list while typing continues in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Gregor
