// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QListWidget;

namespace Gregor {

// Ctrl+K: every action of the window with its shortcut; type to filter, Enter to run.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *parent = nullptr);

    void setActions(const QList<QAction *> &actions);
    void setFilter(const QString &text);
    QListWidget *list() const { return m_list; }
    // Runs the highlighted action and closes.
    void runCurrent();

    // All actions of a widget's menus and submenus that have text, de-duplicated.
    static QList<QAction *> collectActions(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QList<QPointer<QAction>> m_actions;
};

} // namespace Gregor
